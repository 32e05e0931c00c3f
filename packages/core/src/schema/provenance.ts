import { z } from 'zod';

/**
 * Where a figure or finding stands in a report's text that we ship. Offsets are JavaScript string
 * indices (UTF-16 code units), so `sourceText.slice(start, end) === quote` holds in any JS runtime.
 * They are derived from the quote by `pnpm --filter @tip-report/core locate`, never typed by hand.
 */
export const SourceSpan = z
  .object({
    kind: z.literal('quoted').describe('Checked against the shipped text at these offsets.'),
    quote: z.string().min(1).describe('The shortest phrase of the source text that states it.'),
    start: z.int().nonnegative().describe('Index of the first character of the quote.'),
    end: z.int().positive().describe('Index one past the last character of the quote.'),
    occurrence: z
      .int()
      .min(2)
      .optional()
      .describe(
        'Which occurrence of the quote is meant, where it stands in the text more than once.',
      ),
  })
  .refine((span) => span.end - span.start === span.quote.length, {
    message: 'end - start must equal the length of quote',
    path: ['end'],
  })
  .meta({
    id: 'SourceSpan',
    description: 'An exact quote from the shipped text with its offsets.',
  });
export type SourceSpan = z.infer<typeof SourceSpan>;

/**
 * Where a figure stands on an edition's page whose text we do not ship: the exact run of words
 * that states it. Never presented as checked against a text we hold.
 */
export const Citation = z
  .object({
    kind: z.literal('cited').describe('Read from the page; we do not ship that text.'),
    url: z.url().describe("The edition's canonical page."),
    locator: z.string().min(1).describe('The exact words on that page that state the figure.'),
    statesValue: z
      .literal(false)
      .optional()
      .describe(
        'Present where the locator finds the sentence but does not itself contain the figure (the count stands just outside it on the page).',
      ),
    copy: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .optional()
      .describe(
        "Present where the words were read on another copy of the page (one of the report's `copies`, e.g. the narrative's opening on refworld), not where the report's coverage says its section was read.",
      ),
  })
  .meta({ id: 'Citation', description: "An exact run of words on an edition's page." });
export type Citation = z.infer<typeof Citation>;

export const Provenance = z
  .discriminatedUnion('kind', [SourceSpan, Citation])
  .meta({ id: 'Provenance' });
export type Provenance = z.infer<typeof Provenance>;

/**
 * How we hold the words that state a figure, where an answer names only the kind: `quoted` (checked
 * at offsets in a text we ship) or `cited` (a locator on a page we do not ship).
 */
export const ProvenanceKind = z.enum([SourceSpan.shape.kind.value, Citation.shape.kind.value]);
export type ProvenanceKind = z.infer<typeof ProvenanceKind>;

/** Where a reader follows a figure, fact or finding to the words that state it (provenanceUrl). */
export const ProvenanceUrl = z
  .url()
  .describe(
    "The edition's page with a text fragment on the words that state it (core's provenanceUrl).",
  );
