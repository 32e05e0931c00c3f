import { z } from 'zod';
import { Breakdown, LinkedNotReported, LinkedObservation, MetricDefinition } from './metric.js';
import { Observation, PartialPeriodObservation } from './observation.js';
import { GlossedOrganisation } from './organisation.js';
import { ProvenanceKind, ProvenanceUrl } from './provenance.js';
import { LinkedEditionFact, ReportMetadata } from './report.js';
import { Topic, Unit } from './unit.js';
import { MetricId, ReportId, SeriesId, UnitId, Year } from './vocabulary.js';

const provenance = ProvenanceKind.describe("The kind of `source`, as a comparison's rows name it.");
const usdRate = z
  .number()
  .optional()
  .describe('Units of the currency per dollar that this edition used for all its figures.');

/** One edition's statement of a figure: what it says and whether that agrees with the others. */
export const SeriesStatement = z
  .object({
    reportId: ReportId,
    edition: ReportMetadata.shape.edition,
    // What the edition says: the observation's own fields (pick() is barred by its refinement).
    value: Observation.shape.value,
    usd: Observation.shape.usd,
    basis: Observation.shape.basis,
    approximate: Observation.shape.approximate,
    roundedTo: Observation.shape.roundedTo,
    source: Observation.shape.source,
    provenance,
    provenanceUrl: ProvenanceUrl,
    agrees: z
      .boolean()
      .describe(
        'Whether its value (the count, or the amount in the metric\'s own currency) is the newest edition\'s, up to the rounding either states ("19 million" against "19,068,600").',
      ),
    usdRate,
  })
  .meta({ id: 'SeriesStatement' });
export type SeriesStatement = z.infer<typeof SeriesStatement>;

/**
 * What the statements of one figure disagree on, if anything. `rounding`: the values differ, but
 * no more than an amount written "N million" is rounded by (they agree); `value`: beyond that.
 */
export const Difference = z
  .enum(['value', 'rounding', 'usd', 'basis', 'approximate'])
  .meta({ id: 'Difference' });
export type Difference = z.infer<typeof Difference>;

/**
 * A metric's figure for one data year: the newest edition's observation, which edition that is,
 * and every edition's statement of the same figure (newest first).
 */
export const SeriesPoint = LinkedObservation.safeExtend({
  reportId: ReportId.describe('The newest edition that states this figure.'),
  provenance,
  edition: ReportMetadata.shape.edition,
  statements: z.array(SeriesStatement).min(1),
  differs: z.array(Difference).describe('Empty when every statement says the same.'),
  unseenIn: z
    .array(ReportId)
    .optional()
    .describe(
      'Editions that report on this year but were not read as far as the metric: they may state it too, or differently (not in the part of the text we read).',
    ),
}).meta({ id: 'SeriesPoint' });
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** A year marked not reported, with the edition that says so. */
export const SeriesNotReported = LinkedNotReported.safeExtend({
  reportId: ReportId,
  edition: ReportMetadata.shape.edition,
  provenance,
}).meta({ id: 'SeriesNotReported' });
export type SeriesNotReported = z.infer<typeof SeriesNotReported>;

/**
 * A data year with no figure and no not-reported mark, where an edition that reports on that year
 * was not read as far as the metric: unknown, not silence and never 0.
 */
export const SeriesUnseen = z
  .object({
    year: Year,
    reportIds: z
      .array(ReportId)
      .min(1)
      .describe(
        'The editions reporting on this year whose read part does not reach the metric (or that could not be read at all).',
      ),
  })
  .meta({ id: 'SeriesUnseen' });
export type SeriesUnseen = z.infer<typeof SeriesUnseen>;

/** A figure for part of a year, with the edition that states it: never a point of the series. */
export const SeriesPartialPeriod = PartialPeriodObservation.safeExtend({
  reportId: ReportId,
  edition: ReportMetadata.shape.edition,
  provenance,
  provenanceUrl: ProvenanceUrl,
}).meta({ id: 'SeriesPartialPeriod' });
export type SeriesPartialPeriod = z.infer<typeof SeriesPartialPeriod>;

export const SeriesMetric = MetricDefinition.extend({
  points: z.array(SeriesPoint).describe('One a data year that some edition states, by year.'),
  notReported: z
    .array(SeriesNotReported)
    .describe('Years an edition says were not reported and no edition states: never 0.'),
  unseen: z
    .array(SeriesUnseen)
    .describe(
      'Years with no figure because the part of the text we read does not reach the metric: not in the part of the text we read.',
    ),
  partialPeriods: z
    .array(SeriesPartialPeriod)
    .describe('Figures for part of a year (January to March): not data years.'),
}).meta({ id: 'SeriesMetric' });
export type SeriesMetric = z.infer<typeof SeriesMetric>;

/** One edition on the series' timeline. */
export const SeriesEdition = ReportMetadata.pick({
  edition: true,
  published: true,
  reportingYear: true,
  years: true,
  url: true,
  provenance: true,
  tier: true,
  coverage: true,
})
  .extend({
    reportId: ReportId,
    tierChange: z
      .enum(['upgraded', 'downgraded', 'same'])
      .optional()
      .describe('Against the previous edition of the series; absent on the first.'),
    waiver: z.boolean().describe('Kept on its tier by a waiver from the downgrade.'),
    usdRate,
    facts: z.array(LinkedEditionFact),
  })
  .meta({ id: 'SeriesEdition' });
export type SeriesEdition = z.infer<typeof SeriesEdition>;

/**
 * A breakdown an edition prints whose parts do not add up to its total in a year (geo-2021: 2 + 3
 * + 3 = 8 against 7): the parts stay as printed, and the series says so.
 */
export const InconsistentBreakdown = z
  .object({
    reportId: ReportId,
    edition: ReportMetadata.shape.edition,
    breakdownId: z.string(),
    scheme: Breakdown.shape.scheme,
    total: MetricId,
    parts: z.array(MetricId),
    year: Year,
    sum: z.number().describe('What the printed parts add up to.'),
    totalValue: z.number().describe('The total the edition gives.'),
    note: z.string(),
  })
  .meta({ id: 'InconsistentBreakdown' });
export type InconsistentBreakdown = z.infer<typeof InconsistentBreakdown>;

/** One section of one country's narrative across editions: computed from the reports. */
export const Series = z
  .object({
    id: SeriesId,
    title: z.string(),
    country: ReportMetadata.shape.country,
    section: ReportMetadata.shape.section,
    years: z.array(Year).describe('Every data year some edition gives figures for, ascending.'),
    editions: z.array(SeriesEdition).describe('The timeline, oldest edition first.'),
    units: z.array(Unit),
    topics: z.array(Topic),
    glosses: z
      .array(GlossedOrganisation)
      .describe('Our names for organisations the metrics name by them (their `glosses`).'),
    metrics: z.array(SeriesMetric),
    inconsistentBreakdowns: z
      .array(InconsistentBreakdown)
      .describe(
        'Breakdowns whose printed parts do not add up in a year, as the editions flag them.',
      ),
  })
  .meta({ id: 'Series' });
export type Series = z.infer<typeof Series>;

/** What `/v1/series` lists. */
export const SeriesSummary = Series.omit({
  metrics: true,
  units: true,
  topics: true,
  glosses: true,
}).meta({
  id: 'SeriesSummary',
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;

/** A figure stated by more than one edition. */
export const Restatement = z
  .object({
    metricId: MetricId,
    year: Year,
    unit: UnitId,
    agrees: z
      .boolean()
      .describe('Whether every statement gives the same value, up to the rounding it states.'),
    differs: z.array(Difference),
    statements: z.array(SeriesStatement).min(2),
  })
  .meta({ id: 'Restatement' });
export type Restatement = z.infer<typeof Restatement>;
