import type { GlossedOrganisation, Organisation } from './schema/organisation.js';

/**
 * The glosses of a report's organisations (our names for them, with their sources), each with
 * the organisation it names: what a series and the widget carry, since they leave the
 * organisations themselves out.
 */
export const glossesOf = (organisations: readonly Organisation[]): GlossedOrganisation[] =>
  organisations.flatMap(({ id, acronym, gloss }) =>
    gloss ? [{ organisation: id, ...(acronym ? { acronym } : {}), ...gloss }] : [],
  );
