import { z } from 'zod';
import { Provenance } from './provenance.js';
import { translationsOf } from './translation.js';
import { Year } from './vocabulary.js';

/**
 * `a + b - c` over metric ids: how a derived value follows from stated ones. A term may also be a
 * figure the words state that has no metric of its own ("two … from Tajikistan and one from
 * Iran": `2 + 1`); the observation's note says what each such figure is.
 */
export const Formula = z
  .string()
  .regex(
    /^(?:[a-z][a-z0-9_.]*|\d+)( [+-] (?:[a-z][a-z0-9_.]*|\d+))+$/,
    'a formula is metric ids (or figures the words state) joined by " + " or " - "',
  )
  .meta({ id: 'Formula', example: 'victims.identified - victims.identified.foreign' });
export type Formula = z.infer<typeof Formula>;

/** Money is "spent" or "allocated" (or another word the text uses): never the same thing. */
export const Basis = z
  .string()
  .regex(/^[a-z]+$/)
  .meta({
    id: 'Basis',
    description: 'The verb the text uses for a money figure.',
    example: 'allocated',
  });

/** One metric's value in one year, with the quote or locator that states it (or that it rests on). */
export const Observation = z
  .object({
    year: Year,
    value: z.number().nonnegative().describe('In the metric unit; money in its own currency.'),
    usd: z
      .number()
      .nonnegative()
      .optional()
      .describe('The U.S. dollar figure the report gives beside a money value.'),
    approximate: z
      .literal(true)
      .optional()
      .describe(
        'Present where the text says "approximately": the value is as printed, not rounded by us.',
      ),
    basis: Basis.optional().describe('For money: whether the text says it was spent or allocated.'),
    note: z
      .string()
      .min(1)
      .optional()
      .describe('What else the text says of this figure, in our words (not a quote).'),
    all: z
      .literal(true)
      .optional()
      .describe(
        'Present where the text says "all" ("all victims were female"): the value is the count of the total it refers to in that year, not a flag, not 1 and not 100 %.',
      ),
    roundedTo: z
      .number()
      .positive()
      .optional()
      .describe(
        'Present where the text writes the amount rounded, as "N million": the place value of its last digit (1000000 for "19 million", 10000 for "19.07 million"). The one-rate-per-edition check allows for it.',
      ),
    yearInferred: z
      .literal(true)
      .optional()
      .describe(
        "Present where the words give the figure no year and it is the reporting year's by the sentence (it is compared with the year before).",
      ),
    derived: z
      .literal(true)
      .optional()
      .describe(
        'Present only where the text does not state the value and it follows by arithmetic.',
      ),
    formula: Formula.optional().describe(
      'For a derived value: the metric ids it is computed from.',
    ),
    source: Provenance,
    translations: translationsOf(['note']).describe(
      'The note in other languages: it is ours, not a quote, so a reader gets it in their language.',
    ),
    restsOn: z
      .array(Provenance)
      .min(1)
      .optional()
      .describe(
        'For a derived value whose terms stand apart in the text: the other quotes it rests on, beside source.',
      ),
  })
  .refine((o) => (o.derived === true) === (o.formula !== undefined), {
    message: 'a derived observation names its formula, and only a derived one does',
    path: ['formula'],
  })
  .refine((o) => o.restsOn === undefined || o.derived === true, {
    message: 'only a derived observation rests on further quotes',
    path: ['restsOn'],
  })
  .meta({ id: 'Observation' });
export type Observation = z.infer<typeof Observation>;

/** Part of a year, by month: `2021-01` to `2021-03`. */
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM');

/**
 * A figure for part of a year ("from January to March 2021"): never a data year's figure, so it
 * stands apart from `observations` and no comparison, series point or sum ever uses it.
 */
export const PartialPeriodObservation = z
  .object({
    period: z
      .object({ start: YearMonth, end: YearMonth })
      .refine((p) => p.start <= p.end, { message: 'a period starts before it ends' }),
    value: Observation.shape.value,
    note: Observation.shape.note,
    source: Provenance,
    translations: Observation.shape.translations,
  })
  .meta({ id: 'PartialPeriodObservation' });
export type PartialPeriodObservation = z.infer<typeof PartialPeriodObservation>;

/** A year the text says the government did not report a figure for: not silence, never 0. */
export const NotReported = z
  .object({
    year: Year,
    source: Provenance.describe('The words that say it was not reported.'),
  })
  .meta({ id: 'NotReported' });
export type NotReported = z.infer<typeof NotReported>;
