import { z } from 'zod';
import { Direction, MetricId, ReportId, Unit, Year } from './vocabulary.js';

/** One metric observed in both years. `from`/`to` are values; `fromYear`/`toYear` say when. */
export const ComparisonRow = z
  .object({
    metricId: MetricId,
    label: z.string(),
    unit: Unit,
    statement: z.string().describe("The metric's sentence template (see Metric.statement)."),
    fromYear: Year,
    toYear: Year,
    from: z.number(),
    to: z.number(),
    fromUsd: z.number().optional(),
    toUsd: z.number().optional(),
    change: z.number().describe('to - from'),
    percentChange: z
      .number()
      .nullable()
      .describe('100 * change / from; null when from is 0 (no percentage of nothing).'),
    direction: Direction,
    derived: z.boolean().describe('True when either value is derived rather than stated.'),
  })
  .meta({ id: 'ComparisonRow' });
export type ComparisonRow = z.infer<typeof ComparisonRow>;

/** A metric the report gives for one of the two years only: listed, never compared with 0. */
export const OneYearOnly = z
  .object({
    metricId: MetricId,
    label: z.string(),
    unit: Unit,
    year: Year.describe('The year it is observed in.'),
    missingYear: Year.describe('The compared year the text gives no figure for.'),
    value: z.number(),
    usd: z.number().optional(),
  })
  .meta({ id: 'OneYearOnly' });
export type OneYearOnly = z.infer<typeof OneYearOnly>;

export const Comparison = z
  .object({
    reportId: ReportId,
    from: Year,
    to: Year,
    rows: z.array(ComparisonRow),
    onlyOneYear: z.array(OneYearOnly),
  })
  .meta({ id: 'Comparison' });
export type Comparison = z.infer<typeof Comparison>;
