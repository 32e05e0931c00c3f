/**
 * `@tip-report/core/data`: the reports and everything that works on them, without zod. Importing
 * the schemas costs most of the package's import time; clients that only read, compare and cite
 * (browsers, edge functions, scripts) start faster from here. The types are the same.
 */
export { citation } from './citation.js';
export { compare, type ReportFigures, selectMetrics } from './compare.js';
export { comparisonToCsv, metricsToCsv } from './csv.js';
export { deepFreeze } from './deep-freeze.js';
export { describeChange, fillStatement, formatPercent, formatValue } from './describe-change.js';
export { ReportQueryError } from './errors.js';
export { type FigureInText, findFiguresInText, quoteStates } from './figures-in-text.js';
export { evaluateFormula } from './formula.js';
export { provenanceUrl } from './provenance.js';
export { getReport, reportIds, reports } from './reports/index.js';
export type {
  Breakdown,
  Comparison,
  ComparisonRow,
  CslJson,
  Direction,
  Finding,
  Formula,
  Metric,
  MetricId,
  NonFigure,
  Observation,
  OneYearOnly,
  Organisation,
  Report,
  ReportId,
  ReportMetadata,
  ReportSummary,
  SourceSpan,
  Stance,
  Topic,
  Unit,
  Year,
} from './schema/index.js';
