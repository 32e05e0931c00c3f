// The functions and data of the package, without zod: shared by the full entry (index.ts) and
// the zod-free one (data.ts), so each is listed once.
export { type CitationFormat, citation, citationFormats } from './citation.js';
export {
  checkYear,
  compare,
  comparedYears,
  type Figures,
  type ReportFigures,
  type SeriesFigures,
  selectMetrics,
} from './compare.js';
export { type CountryQuery, compareCountries, countryName } from './compare-countries.js';
export {
  type CsvColumn,
  comparisonToCsv,
  countryComparisonToCsv,
  csvColumns,
  csvTableSchema,
  metricsToCsv,
  restatementsToCsv,
  seriesToCsv,
} from './csv.js';
export { describeChange, describeOneYear } from './describe-change.js';
export { describeQueryError, type QueryErrorCode, ReportQueryError } from './errors.js';
export {
  fillStatement,
  formatNumber,
  formatPercent,
  formatValue,
  pluralize,
  type ValueOptions,
} from './format.js';
export { glossesOf } from './glosses.js';
export {
  type Catalog,
  fill,
  isLoaded,
  type LocaleId,
  loadLocale,
  localeIds,
  type MessageParams,
  message,
  registerCatalog,
  resolveLocale,
  translated,
} from './i18n.js';
/** Each catalog but English as a module of its own: a bundle may start loading one early. */
export { catalogLoaders } from './locales/index.generated.js';
export {
  canonicalQuery,
  filterMetrics,
  formulaInWords,
  headlineMetricIds,
  linkFacts,
  linkMetric,
  localizeMetric,
  type MetricFilter,
  splitIds,
} from './metric-query.js';
export { provenanceUrl } from './provenance.js';
export {
  defaultReport,
  getReport,
  reportIds,
  reports,
} from './reports/index.js';
export {
  editionsNotReaching,
  getSeries,
  reaches,
  restatements,
  series,
  seriesIds,
  seriesReports,
  usdRate,
  yearsReportedOn,
} from './series.js';
export { azerbaijaniOrdinalSuffix, ordinalYear } from './year-ordinal.js';
