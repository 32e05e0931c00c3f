import { z } from 'zod';
import { translationsOf } from './translation.js';
import { TopicId, UnitId } from './vocabulary.js';

/**
 * What a metric counts in, as data: a new currency or a new kind of count is a line in a report's
 * `units`, not code. `written` is how a value reads in a sentence: `{amount}` is the formatted
 * number and `{one|other}` picks the English plural for it; without it the bare number is shown
 * (the noun is then in the metric's statement).
 */
export const Unit = z
  .object({
    id: UnitId,
    kind: z.enum(['count', 'money']),
    label: z.string().min(1).describe('The unit in words, for a table header or CSV column.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .describe('ISO 4217 code of a money unit.'),
    written: z
      .string()
      .includes('{amount}')
      .optional()
      .describe('How a value reads: "{amount} manat", "{amount} {hour|hours}".'),
    per: z
      .string()
      .min(1)
      .optional()
      .describe(
        'What one amount is for, as it follows the value: "per victim", "per person per month". A rate is not a total: every output that writes the value says it.',
      ),
    translations: translationsOf(['label', 'written', 'per']),
  })
  .refine((u) => (u.kind === 'money') === (u.currency !== undefined), {
    message: 'a money unit names its currency, and only a money unit does',
    path: ['currency'],
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

/** A group of metrics and findings (identification, funding, …), as the report's data names it. */
export const Topic = z
  .object({
    id: TopicId,
    label: z.string().min(1),
    headline: z
      .boolean()
      .describe("Whether its metrics are in the default set a widget shows (the section's core)."),
    translations: translationsOf(['label']),
  })
  .meta({ id: 'Topic' });
export type Topic = z.infer<typeof Topic>;
