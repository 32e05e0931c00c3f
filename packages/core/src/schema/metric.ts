import { z } from 'zod';
import { NotReported, Observation, PartialPeriodObservation } from './observation.js';
import { OrganisationId } from './organisation.js';
import { ProvenanceUrl } from './provenance.js';
import { translationsOf } from './translation.js';
import { MetricId, TopicId, UnitId, Year } from './vocabulary.js';

/** What a metric is, without its values: shared by a report's metrics and a series' metrics. */
export const MetricDefinition = z.object({
  id: MetricId,
  label: z.string().min(1).describe('A short label for a table or chart.'),
  description: z.string().min(1).describe('What the metric counts, in full words.'),
  unit: UnitId,
  topic: TopicId,
  parent: MetricId.optional().describe('The total this metric is a breakdown of.'),
  statement: z
    .string()
    .includes('{value}')
    .describe(
      'Sentence template for describing a value: {value} is the formatted figure, {one|other} picks the English plural, {basis} the verb of a money figure (spent, allocated).',
    ),
  glosses: z
    .array(OrganisationId)
    .min(1)
    .optional()
    .describe(
      'Organisations a translated label or statement names by our gloss (the organisation’s gloss), not by the text’s words.',
    ),
  translations: translationsOf(['label', 'statement']).describe(
    'The label and statement in other languages. A plural there is {one:…|few:…|many:…|other:…}, chosen by Intl.PluralRules.',
  ),
});
export type MetricDefinition = z.infer<typeof MetricDefinition>;

export const Metric = MetricDefinition.extend({
  observations: z.array(Observation),
  notReported: z
    .array(NotReported)
    .optional()
    .describe('Years the text says were not reported (kept apart from silence, never 0).'),
  partialPeriods: z
    .array(PartialPeriodObservation)
    .optional()
    .describe('Figures for part of a year (January to March): not a data year, never summed.'),
})
  .refine((m) => m.parent === undefined || m.id.startsWith(`${m.parent}.`), {
    message: "a breakdown's id extends its parent's id",
    path: ['parent'],
  })
  .refine(
    (m) => {
      const years = [...m.observations, ...(m.notReported ?? [])].map((o) => o.year);
      return years.length > 0 && new Set(years).size === years.length;
    },
    {
      message: 'a metric has one observation or not-reported mark a year, and at least one',
      path: ['observations'],
    },
  )
  .refine((m) => !m.statement.includes('{basis}') || m.observations.every((o) => o.basis), {
    message: 'a statement with {basis} needs a basis on every observation',
    path: ['statement'],
  })
  .meta({ id: 'Metric' });
export type Metric = z.infer<typeof Metric>;

/**
 * A set of metrics that break something down. `additive` says whether the parts may be summed:
 * the victim breakdowns partition the total; the VAC assistance kinds overlap and must not be.
 * `years` says in which years the parts add up to the total, where that is not every year the
 * parts are given (a scheme that changed, a part the text leaves out).
 */
export const Breakdown = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    total: MetricId.optional().describe(
      'The metric the parts break down, where the report has one.',
    ),
    parts: z.array(MetricId).min(1),
    additive: z.boolean().describe('True when the parts partition the total and may be summed.'),
    years: z
      .array(Year)
      .optional()
      .describe('The years in which the parts add up to the total; every year when absent.'),
    note: z.string().optional(),
    scheme: z
      .enum(['exploitation', 'sex', 'age_sex', 'nationality'])
      .optional()
      .describe(
        'How it splits the total: by form of exploitation, by sex, by age and sex (adult women, adult men, girls, boys or children), or by nationality. Each scheme adds up on its own; children are a part of the age scheme but only a subset in the by-sex scheme.',
      ),
    inconsistent: z
      .array(
        z.object({
          year: Year,
          sum: z.number().describe('What the parts as printed add up to.'),
          total: z.number().describe('The total the text gives.'),
          note: z.string().min(1),
        }),
      )
      .optional()
      .describe(
        'Years in which the parts as the text prints them do not add up to its total: the parts are kept as printed, never fixed, and this flag is the only thing that exempts the year from the sum check.',
      ),
  })
  .refine((b) => b.inconsistent === undefined || b.total !== undefined, {
    message: 'only a breakdown with a total can fail to add up to it',
    path: ['inconsistent'],
  })
  .refine((b) => (b.inconsistent ?? []).every((f) => f.sum !== f.total), {
    message: 'an inconsistent year is one whose parts do not add up',
    path: ['inconsistent'],
  })
  .meta({ id: 'Breakdown' });
export type Breakdown = z.infer<typeof Breakdown>;

/** An observation with the link a reader follows to the words that state it. */
export const LinkedObservation = Observation.safeExtend({ provenanceUrl: ProvenanceUrl }).meta({
  id: 'LinkedObservation',
});
export type LinkedObservation = z.infer<typeof LinkedObservation>;

export const LinkedNotReported = NotReported.safeExtend({ provenanceUrl: ProvenanceUrl }).meta({
  id: 'LinkedNotReported',
});
export type LinkedNotReported = z.infer<typeof LinkedNotReported>;

export const LinkedPartialPeriod = PartialPeriodObservation.safeExtend({
  provenanceUrl: ProvenanceUrl,
}).meta({ id: 'LinkedPartialPeriod' });
export type LinkedPartialPeriod = z.infer<typeof LinkedPartialPeriod>;

/** A report's metric as the API sends it and the widget bundles it: every figure linked. */
export const LinkedMetric = MetricDefinition.extend({
  observations: z.array(LinkedObservation),
  notReported: z.array(LinkedNotReported).optional(),
  partialPeriods: z.array(LinkedPartialPeriod).optional(),
}).meta({ id: 'LinkedMetric' });
export type LinkedMetric = z.infer<typeof LinkedMetric>;
