import { z } from 'zod';
import { Comparison, ComparisonRow } from './schema/comparison.js';
import { CountryComparison } from './schema/country-comparison.js';
import { CslJson } from './schema/csl-json.js';
import { Finding } from './schema/finding.js';
import { Breakdown, LinkedMetric, Metric } from './schema/metric.js';
import { Observation } from './schema/observation.js';
import { Organisation } from './schema/organisation.js';
import { Provenance } from './schema/provenance.js';
import { Report, ReportSummary } from './schema/report.js';
import { Restatement, Series, SeriesSummary } from './schema/series.js';
import { Unit } from './schema/unit.js';

const published = {
  Report,
  ReportSummary,
  Metric,
  LinkedMetric,
  Observation,
  Provenance,
  Unit,
  Series,
  SeriesSummary,
  Restatement,
  Finding,
  Organisation,
  Breakdown,
  Comparison,
  ComparisonRow,
  CountryComparison,
  CslJson,
} as const;

/** The schemas whose JSON Schema the package publishes. */
export type SchemaName = keyof typeof published;
export const schemaNames = Object.freeze(Object.keys(published) as SchemaName[]);

const cache = new Map<SchemaName, Record<string, unknown>>();

/**
 * JSON Schema (draft 2020-12) for one of the package's zod schemas, made on first use so that
 * importing the package costs nothing for callers who never ask.
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  let schema = cache.get(name);
  if (schema === undefined) {
    schema = z.toJSONSchema(published[name], {
      target: 'draft-2020-12',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    cache.set(name, schema);
  }
  return schema;
}
