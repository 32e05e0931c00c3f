/**
 * The placements of the TIP report's methodology, best first. Their order is what makes a change
 * between editions an upgrade or a downgrade. Kept apart from the zod schemas so that the zod-free
 * entry can rank tiers.
 */
export const TIERS = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'] as const;
