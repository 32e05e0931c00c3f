export declare const sizeBudget: { entry: number; defaultView: number };
