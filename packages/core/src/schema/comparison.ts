import { z } from 'zod';
import { Basis } from './observation.js';
import { ProvenanceKind } from './provenance.js';
import { Unit } from './unit.js';
import { Direction, MetricId, ReportId, SeriesId, UnitId, Year } from './vocabulary.js';

/**
 * One metric observed in both years. `from`/`to` are values; `fromYear`/`toYear` say when. Each
 * side names who states it: the report (edition) and how we hold its words. In a report's own
 * comparison both sides name that report; in a series each side names the newest edition stating
 * that year's figure.
 */
export const ComparisonRow = z
  .object({
    metricId: MetricId,
    label: z.string(),
    unit: UnitId,
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
    fromReportId: ReportId,
    fromEdition: z.int(),
    fromProvenance: ProvenanceKind,
    fromBasis: Basis.optional(),
    fromApproximate: z.literal(true).optional(),
    toReportId: ReportId,
    toEdition: z.int(),
    toProvenance: ProvenanceKind,
    toBasis: Basis.optional(),
    toApproximate: z.literal(true).optional(),
    fromUnseenIn: z
      .array(ReportId)
      .optional()
      .describe('Editions that also report on the from year but were not read that far.'),
    toUnseenIn: z
      .array(ReportId)
      .optional()
      .describe('Editions that also report on the to year but were not read that far.'),
  })
  .meta({ id: 'ComparisonRow' });
export type ComparisonRow = z.infer<typeof ComparisonRow>;

/**
 * A metric with a figure for one of the two years only: listed, never compared with 0.
 * `missing` says why the other year has none: the text is silent, or it says the figure was
 * not reported.
 */
export const OneYearOnly = z
  .object({
    metricId: MetricId,
    label: z.string(),
    unit: UnitId,
    year: Year.describe('The year it is observed in.'),
    missingYear: Year.describe('The compared year with no figure.'),
    missing: z
      .enum(['silent', 'not-reported', 'unseen'])
      .describe(
        'silent: no edition gives a figure; not-reported: an edition says it was not reported; unseen: not in the part of the text we read.',
      ),
    value: z.number(),
    usd: z.number().optional(),
    derived: z.boolean().describe('True when the value is derived rather than stated.'),
    basis: Basis.optional(),
    approximate: z.literal(true).optional(),
    reportId: ReportId.describe('The report that states the figure.'),
    edition: z.int(),
    provenance: ProvenanceKind,
  })
  .meta({ id: 'OneYearOnly' });
export type OneYearOnly = z.infer<typeof OneYearOnly>;

export const Comparison = z
  .object({
    reportId: ReportId.optional().describe("Present on a report's comparison."),
    seriesId: SeriesId.optional().describe("Present on a series' comparison."),
    from: Year,
    to: Year,
    units: z.array(Unit).describe('The units the rows count in (how their values are written).'),
    rows: z.array(ComparisonRow),
    onlyOneYear: z.array(OneYearOnly),
  })
  .refine((c) => (c.reportId === undefined) !== (c.seriesId === undefined), {
    message: 'a comparison is of one report or of one series',
    path: ['reportId'],
  })
  .meta({ id: 'Comparison' });
export type Comparison = z.infer<typeof Comparison>;
