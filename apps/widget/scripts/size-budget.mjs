// The bytes a partner's reader downloads, gzipped at level 9. Printed by scripts/build.mjs and
// held by scripts/widget-bundle.test.ts, which fails above either.
export const sizeBudget = {
  /** dist/widget.js alone. */
  entry: 15 * 1024,
  /** Everything the default view downloads: the entry, the live widget and what it imports. */
  defaultView: 40 * 1024,
};
