// Generated from the catalogs in src/locales by scripts/build-data.mjs. Do not edit.
import type { Catalog } from '../i18n.js';

/** Every locale the package has a catalog for. */
export const localeIds = ["az","en","ru"] as const;

/** Each catalog but English (the data's own language, always loaded) as a module of its own. */
export const catalogLoaders: Record<string, () => Promise<{ catalog: Catalog }>> = {
  az: () => import('./az.generated.js'),
  ru: () => import('./ru.generated.js'),
};
