import { z } from 'zod';

/**
 * Where a figure or finding stands in the report's source text. Offsets are JavaScript string
 * indices (UTF-16 code units), so `sourceText.slice(start, end) === quote` holds in any JS runtime.
 */
export const SourceSpan = z
  .object({
    quote: z.string().min(1).describe('The shortest phrase of the source text that states it.'),
    start: z.int().nonnegative().describe('Index of the first character of the quote.'),
    end: z.int().positive().describe('Index one past the last character of the quote.'),
  })
  .refine((span) => span.end - span.start === span.quote.length, {
    message: 'end - start must equal the length of quote',
    path: ['end'],
  })
  .meta({ id: 'SourceSpan', description: 'An exact quote from the source text with its offsets.' });
export type SourceSpan = z.infer<typeof SourceSpan>;
