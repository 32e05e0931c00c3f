import { englishRest } from 'virtual:tip-report/english-rest';
import { isLoaded, registerCatalog } from '@tip-report/core/data';

/**
 * Registers the English words the entry leaves out (those only the Source expander, a series and
 * the trend say). Imported by those chunks; English is the catalog every locale falls back to.
 */
export function registerEnglishRest(): void {
  if (isLoaded('en')) registerCatalog(englishRest);
}
