import { z } from 'zod';
import { MetricDefinition } from './metric.js';
import { NotReported, Observation, PartialPeriodObservation } from './observation.js';
import { OrganisationId } from './organisation.js';
import { Topic, Unit } from './unit.js';
import { MetricId, UnitId } from './vocabulary.js';

/**
 * What every report and series means by a metric, a unit and a topic, written once
 * (src/catalog/*.json): a wording fix or a new language is one edit, and another country's
 * editions reuse the same ids. scripts/build-data.mjs joins it with each edition's statements
 * into the Report that the package exports, so nothing downstream sees the split.
 */
export const MetricCatalog = z
  .object({
    metrics: z.array(MetricDefinition),
    units: z.array(Unit),
    topics: z.array(Topic),
  })
  .meta({ id: 'MetricCatalog' });
export type MetricCatalog = z.infer<typeof MetricCatalog>;

/**
 * The words an edition gives a metric where its text names the thing differently from the
 * catalog (aze-2017: "NGOs referred", where later editions say "civil society"): an exception, not
 * a copy. Each field given replaces the catalog's; a translation replaces only the fields it names.
 */
export const MetricWording = MetricDefinition.pick({
  label: true,
  description: true,
  statement: true,
  translations: true,
})
  .partial()
  .extend({
    glosses: z
      .array(OrganisationId)
      .optional()
      .describe('[] where the edition’s words name no organisation by our gloss.'),
  })
  .strict()
  .meta({ id: 'MetricWording' });
export type MetricWording = z.infer<typeof MetricWording>;

/** A metric as an edition's report.json states it: its id, its figures, and any own wording. */
export const EditionMetric = z
  .strictObject({
    id: MetricId,
    unit: UnitId.optional().describe(
      "Where the edition counts it in another unit than the catalog's: its own country's currency (Armenia's funding in dram, where the catalog's is Azerbaijan's manat).",
    ),
    wording: MetricWording.optional(),
    observations: z.array(Observation),
    notReported: z.array(NotReported).optional(),
    partialPeriods: z.array(PartialPeriodObservation).optional(),
  })
  .meta({ id: 'EditionMetric' });
export type EditionMetric = z.infer<typeof EditionMetric>;
