import { z } from 'zod';
import { ReportId } from './vocabulary.js';

/** A report as CSL-JSON, the format Zotero, Pandoc and citation.js read (what `citation` makes). */
export const CslJson = z
  .object({
    id: ReportId,
    type: z.literal('report'),
    title: z.string().min(1),
    author: z.array(z.object({ literal: z.string().min(1) })).min(1),
    publisher: z.string().min(1),
    'publisher-place': z.string().min(1),
    issued: z.object({
      'date-parts': z
        .tuple([z.tuple([z.int(), z.int().min(1).max(12)])])
        .describe('[[year, month]] of publication.'),
    }),
    URL: z.url().describe('The canonical page of the narrative.'),
    section: z.string().min(1),
  })
  .meta({ id: 'CslJson' });
export type CslJson = z.infer<typeof CslJson>;
