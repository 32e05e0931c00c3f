import { z } from 'zod';
import { SourceSpan } from './provenance.js';
import { Stance, TopicId } from './vocabulary.js';

/** A qualitative statement of the text, kept as data with its quote. */
export const Finding = z
  .object({
    id: z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/, 'a finding id is topic.name in lower snake case'),
    topic: TopicId,
    stance: Stance,
    summary: z.string().min(1).describe("One line in the project's own words."),
    attributedTo: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Who the text says makes the claim ("observers"), where it is not the report itself.',
      ),
    assessment: z
      .literal(true)
      .optional()
      .describe("Present on the section's headline assessment only."),
    source: SourceSpan,
  })
  .meta({ id: 'Finding' });
export type Finding = z.infer<typeof Finding>;
