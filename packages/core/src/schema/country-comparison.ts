import { z } from 'zod';
import { Basis } from './observation.js';
import { ProvenanceKind, ProvenanceUrl } from './provenance.js';
import { Difference } from './series.js';
import { Unit } from './unit.js';
import { MetricId, ReportId, SeriesId, UnitId, Year } from './vocabulary.js';

/**
 * Why a year of a country's row has a figure or not: `figure`; `not-reported` (an edition says
 * so); `unseen` (not in the part of the text we read); `silent` (the text read gives none).
 */
export const CellState = z
  .enum(['figure', 'not-reported', 'unseen', 'silent'])
  .meta({ id: 'CellState' });
export type CellState = z.infer<typeof CellState>;

/** One country's figure for one year, with the edition that states it, or why there is none. */
export const CountryCell = z
  .object({
    year: Year,
    state: CellState,
    text: z
      .string()
      .describe('The value as written (or the state in words), in the language of the answer.'),
    value: z.number().optional(),
    usd: z.number().optional(),
    approximate: z.literal(true).optional(),
    basis: Basis.optional(),
    derived: z.boolean().optional().describe('True when the value is derived rather than stated.'),
    reportId: ReportId.optional().describe(
      'The edition that states the figure, or that says it was not reported.',
    ),
    edition: z.int().optional(),
    provenance: ProvenanceKind.optional(),
    provenanceUrl: ProvenanceUrl.optional(),
    differs: z
      .array(Difference)
      .optional()
      .describe('What other editions stating the same figure disagree on (see the series).'),
    unseenIn: z
      .array(ReportId)
      .optional()
      .describe(
        'For unseen: the editions reporting on the year whose read part does not reach the metric.',
      ),
  })
  .meta({ id: 'CountryCell' });
export type CountryCell = z.infer<typeof CountryCell>;

/** One country's series in a comparison: its own provenance per year and its own notes. */
export const CountryRow = z
  .object({
    seriesId: SeriesId,
    country: z.object({
      alpha3: z.string(),
      alpha2: z.string(),
      name: z.string().describe('In the language of the answer.'),
    }),
    hasMetric: z
      .boolean()
      .describe(
        'Whether any edition of this series states the metric (or says it was not reported).',
      ),
    label: z.string().optional().describe("The series' own label of the metric, where it has one."),
    unit: UnitId.optional().describe('The unit its figures count in, where it has the metric.'),
    cells: z.array(CountryCell).describe('One a year of the comparison, ascending.'),
    notes: z
      .array(z.string())
      .describe(
        'What a reader must know of this row: what was read of each edition, unseen, not-reported and silent years, inconsistent breakdowns, partial periods.',
      ),
  })
  .meta({ id: 'CountryRow' });
export type CountryRow = z.infer<typeof CountryRow>;

/**
 * One metric over the same years for several series (a row a country). The rows compare only
 * where they count in one unit; otherwise `comparable` is false and `reason` says why.
 */
export const CountryComparison = z
  .object({
    metricId: MetricId,
    label: z.string(),
    from: Year,
    to: Year,
    years: z.array(Year).describe('The years of the rows, ascending: data years of some series.'),
    units: z.array(Unit).describe('The units the rows count in (how their values are written).'),
    comparable: z.boolean(),
    reason: z
      .enum(['currency', 'unit'])
      .optional()
      .describe('Why not: different currencies (manat against dram), or different counts.'),
    notes: z
      .array(z.string())
      .describe('What holds for the whole comparison (why not comparable, definitions differ).'),
    rows: z.array(CountryRow).min(1),
  })
  .refine((c) => c.comparable === (c.reason === undefined), {
    message: 'a comparison that is not comparable says why, and only then',
    path: ['reason'],
  })
  .meta({ id: 'CountryComparison' });
export type CountryComparison = z.infer<typeof CountryComparison>;
