/** See size-budget.mjs: the entry's gzip bytes, its goal and the ceiling the test holds it to. */
export declare const sizeBudget: { goal: number; ceiling: number };
