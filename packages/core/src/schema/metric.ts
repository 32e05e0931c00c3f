import { z } from 'zod';
import { Observation } from './observation.js';
import { MetricId, Topic, Unit } from './vocabulary.js';

export const Metric = z
  .object({
    id: MetricId,
    label: z.string().min(1).describe('A short label for a table or chart.'),
    description: z.string().min(1).describe('What the metric counts, in full words.'),
    unit: Unit,
    topic: Topic,
    parent: MetricId.optional().describe('The total this metric is a breakdown of.'),
    statement: z
      .string()
      .includes('{value}')
      .describe(
        'Sentence template for describing a value: {value} is the formatted figure, {one|other} picks the English plural.',
      ),
    observations: z.array(Observation).min(1),
  })
  .refine((m) => m.parent === undefined || m.id.startsWith(`${m.parent}.`), {
    message: "a breakdown's id extends its parent's id",
    path: ['parent'],
  })
  .refine((m) => new Set(m.observations.map((o) => o.year)).size === m.observations.length, {
    message: 'a metric has at most one observation a year',
    path: ['observations'],
  })
  .meta({ id: 'Metric' });
export type Metric = z.infer<typeof Metric>;

/**
 * A set of metrics that break something down. `additive` says whether the parts may be summed:
 * the victim breakdowns partition the total; the VAC assistance kinds overlap and must not be.
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
    note: z.string().optional(),
  })
  .meta({ id: 'Breakdown' });
export type Breakdown = z.infer<typeof Breakdown>;
