import { z } from 'zod';

export const Organisation = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
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
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;
