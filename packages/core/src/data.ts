/**
 * `@tip-report/core/data`: the reports and everything that works on them, without zod. Importing
 * the schemas costs most of the package's import time; clients that only read, compare and cite
 * (browsers, edge functions, scripts) start faster from here. The types are the same.
 */

export type * from './schema/index.js';
export * from './toolkit.js';
