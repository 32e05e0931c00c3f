// The bytes a partner's reader downloads, gzipped at level 9. Read by scripts/build.mjs, which
// prints them, and by scripts/widget-bundle.test.ts, which fails above either budget.
export const sizeBudget = {
  /**
   * dist/widget.js alone: what it reaches today (18.9 KB), rounded up to the next KB. Issue 10's
   * goal is 15 KB; README "What loads when" says what is left in the entry and why.
   */
  ceiling: 19 * 1024,
  /** Issue 10's goal for the entry, 15 KB: not reached. */
  goal: 15 * 1024,
  /**
   * Everything the default view needs (the entry and every chunk it loads on its own), the
   * budget every partner page relies on: 20 KB.
   */
  defaultView: 20 * 1024,
  /** The chunks the default view loads on its own, beside widget.js: none. */
  defaultViewChunks: [],
};
