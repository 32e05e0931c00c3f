// The bytes a partner's reader downloads for the default view: dist/widget.js, gzipped at level 9
// (the default English comparison needs no chunk). Read by scripts/build.mjs, which prints it, and
// by scripts/widget-bundle.test.ts, which fails above `ceiling`.
export const sizeBudget = {
  /** Issue 10's goal: 15 KB. Not reached yet; README "What loads when" says what is left. */
  goal: 15 * 1024,
  /** What the entry may not grow past while it is cut towards the goal (it was 20,356 B before
   * issue 10; English formatted without Intl costs about 400 B of it). */
  ceiling: 20_608,
};
