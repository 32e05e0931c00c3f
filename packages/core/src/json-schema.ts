import { z } from 'zod';
import { Comparison, ComparisonRow } from './schema/comparison.js';
import { CslJson } from './schema/csl-json.js';
import { Finding } from './schema/finding.js';
import { Breakdown, Metric } from './schema/metric.js';
import { Observation } from './schema/observation.js';
import { Organisation } from './schema/organisation.js';
import { Report, ReportSummary } from './schema/report.js';
import { SourceSpan } from './schema/source-span.js';

const published = {
  Report,
  ReportSummary,
  Metric,
  Observation,
  SourceSpan,
  Finding,
  Organisation,
  Breakdown,
  Comparison,
  ComparisonRow,
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
