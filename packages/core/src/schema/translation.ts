import { z } from 'zod';

/**
 * A string in another language than the report's English, and whether it follows a term the
 * glossary gives with confidence (`glossary`) or is a draft a native speaker should review
 * (`draft`: a low-confidence term, or a phrase the glossary does not cover).
 */
export const Translation = z
  .object({
    text: z.string().min(1),
    review: z.enum(['glossary', 'draft']),
  })
  .meta({ id: 'Translation' });
export type Translation = z.infer<typeof Translation>;

/** A locale id other than English: `az`, `ru`. */
export const TranslationLocale = z
  .string()
  .regex(/^[a-z]{2,3}$/)
  .meta({ id: 'TranslationLocale', example: 'az' });

/** The translations of some fields of a data item, by locale: `{ az: { label: … } }`. */
export const translationsOf = <K extends string>(fields: readonly [K, ...K[]]) =>
  z
    .record(TranslationLocale, z.partialRecord(z.enum(fields), Translation))
    .optional()
    .describe('Its text in other languages, by locale, with the review status of each string.');
