import { isLoaded, loadLocale, localeIds } from '@tip-report/core';

/**
 * Every locale's catalog, registered. Core's full entry registers them as a side effect of being
 * imported, but core's package.json says `sideEffects: false`, so a bundler (esbuild for
 * dist/node.js, wrangler for the Worker) drops that registration and every answer would be in
 * English whatever `Content-Language` says. Loading each locale through `loadLocale` keeps the
 * catalogs in any bundle; the entries await this before they build the app.
 */
export const catalogsLoaded: Promise<void> = Promise.all(localeIds.map(loadLocale)).then(
  () => undefined,
);

/** Fails loudly where a caller built the app before the catalogs were there. */
export function assertCatalogsLoaded(): void {
  const missing = localeIds.filter((id) => !isLoaded(id));
  if (missing.length > 0) {
    throw new Error(`catalogs not loaded: ${missing.join(', ')}; await catalogsLoaded first`);
  }
}
