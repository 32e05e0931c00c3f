/**
 * Core's zod schemas for what the API answers, and what live-data.ts makes of them. A module of
 * its own, imported by live-data.ts only after it has told zod to parse without compiling code
 * (zod's `jitless`): zod decides that when a schema is built, that is when this module loads, and
 * compiling would need `eval`, which a strict CSP refuses (and reports in the host's console).
 */
export {
  citation,
  headlineMetricIds,
  LinkedMetric,
  ReportMetadata,
  Series,
  SeriesMetric,
  Topic,
  Unit,
} from '@tip-report/core';
