import { z } from 'zod';
import { SourceSpan } from './source-span.js';
import { Year } from './vocabulary.js';

/** `a + b - c` over metric ids: how a derived value follows from stated ones. */
export const Formula = z
  .string()
  .regex(
    /^[a-z][a-z0-9_.]*( [+-] [a-z][a-z0-9_.]*)+$/,
    'a formula is metric ids joined by " + " or " - "',
  )
  .meta({ id: 'Formula', example: 'victims.identified - victims.identified.foreign' });
export type Formula = z.infer<typeof Formula>;

/** One metric's value in one year, with the quote that states it (or that it rests on). */
export const Observation = z
  .object({
    year: Year,
    value: z.number().nonnegative().describe('In the metric unit; money in its own currency.'),
    usd: z
      .number()
      .nonnegative()
      .optional()
      .describe('The U.S. dollar figure the report gives beside a money value.'),
    derived: z
      .literal(true)
      .optional()
      .describe(
        'Present only where the text does not state the value and it follows by arithmetic.',
      ),
    formula: Formula.optional().describe(
      'For a derived value: the metric ids it is computed from.',
    ),
    source: SourceSpan,
  })
  .refine((o) => (o.derived === true) === (o.formula !== undefined), {
    message: 'a derived observation names its formula, and only a derived one does',
    path: ['formula'],
  })
  .meta({ id: 'Observation' });
export type Observation = z.infer<typeof Observation>;
