// The functions and data of the package, without zod: shared by the full entry (index.ts) and
// the zod-free one (data.ts), so each is listed once.
export { citation } from './citation.js';
export { checkYear, compare, type ReportFigures, selectMetrics } from './compare.js';
export { comparisonToCsv, metricsToCsv } from './csv.js';
export { deepFreeze } from './deep-freeze.js';
export { describeChange, fillStatement, formatPercent, formatValue } from './describe-change.js';
export { ReportQueryError } from './errors.js';
export { type FigureInText, findFiguresInText, quoteStates } from './figures-in-text.js';
export { evaluateFormula } from './formula.js';
export { provenanceUrl } from './provenance.js';
export { getReport, reportIds, reports } from './reports/index.js';
