import { z } from 'zod';
import { translationsOf } from './translation.js';

/**
 * A name of ours for an organisation: the text writes only its acronym ("ATD"), and a reader in
 * another language needs the name they know. Marked as ours, with where the name comes from, so
 * it is never taken for the text's words.
 */
export const Gloss = z
  .object({
    text: z.string().min(1).describe('The name, in full: ours, not the text’s.'),
    source: z.string().min(1).describe('Where the name comes from.'),
    translations: translationsOf(['text', 'source']),
  })
  .meta({ id: 'Gloss' });
export type Gloss = z.infer<typeof Gloss>;

export const OrganisationId = z.string().regex(/^[a-z_]+$/);

export const Organisation = z
  .object({
    id: OrganisationId,
    acronym: z.string().optional().describe('As the report writes it.'),
    name: z.string().min(1).describe('The acronym expanded.'),
    description: z.string().min(1).describe('What the text says it does.'),
    parent: z.string().optional().describe('The organisation this one is part of.'),
    locations: z.array(z.string()).optional(),
    outsideText: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Facts about it that this text does not state (e.g. which ministry it belongs to).',
      ),
    gloss: Gloss.optional().describe(
      'Our name for it where a translated sentence names it, not the text’s, with its source.',
    ),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

/** An organisation's gloss with who it names: what a series or a widget carries. */
export const GlossedOrganisation = Gloss.safeExtend({
  organisation: OrganisationId,
  acronym: z.string().optional(),
}).meta({ id: 'GlossedOrganisation' });
export type GlossedOrganisation = z.infer<typeof GlossedOrganisation>;
