import { isLoaded, localeIds } from '@tip-report/core';

/**
 * Core's full entry registers every locale's catalog when it is imported (a side effect its
 * package.json declares, so bundlers keep it). If a bundle ever dropped it, every answer would be
 * English whatever Content-Language says: the app refuses to build instead.
 */
export function assertCatalogsLoaded(): void {
  const missing = localeIds.filter((id) => !isLoaded(id));
  if (missing.length > 0) {
    throw new Error(`the catalogs of ${missing.join(', ')} are not registered`);
  }
}
