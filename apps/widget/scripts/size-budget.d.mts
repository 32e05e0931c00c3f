/**
 * See size-budget.mjs: the entry's gzip bytes (its ceiling) and the budget of everything the
 * default view needs (the entry and the chunks it loads on its own).
 */
export declare const sizeBudget: {
  ceiling: number;
  defaultView: number;
  defaultViewChunks: readonly string[];
};
