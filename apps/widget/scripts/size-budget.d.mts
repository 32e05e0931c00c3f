/**
 * See size-budget.mjs: the entry's gzip bytes (ceiling and goal) and the budget of everything the
 * default view needs (the entry and the chunks it loads on its own).
 */
export declare const sizeBudget: {
  goal: number;
  ceiling: number;
  defaultView: number;
  defaultViewChunks: readonly string[];
};
