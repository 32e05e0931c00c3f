import { z } from 'zod';
import { TIERS } from '../tiers.js';

/** Dotted lower snake case; a breakdown extends its parent's id (`victims.identified.foreign`). */
export const MetricId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, 'a metric id is dotted lower snake case')
  .meta({ id: 'MetricId', example: 'victims.identified' });
export type MetricId = z.infer<typeof MetricId>;

export const ReportId = z
  .string()
  .regex(
    /^[a-z]{3}-\d{4}$/,
    'a report id is an ISO 3166-1 alpha-3 code and an edition, e.g. aze-2018',
  )
  .meta({ id: 'ReportId', example: 'aze-2018' });
export type ReportId = z.infer<typeof ReportId>;

/** A series: one section of one country's narrative across editions, `{alpha3}-{section}`. */
export const SeriesId = z
  .string()
  .regex(/^[a-z]{3}-[a-z_]+$/, 'a series id is an ISO 3166-1 alpha-3 code and a section')
  .meta({ id: 'SeriesId', example: 'aze-protection' });
export type SeriesId = z.infer<typeof SeriesId>;

/** A calendar year the report gives figures for. */
export const Year = z.int().min(1990).max(2100).meta({ id: 'Year', example: 2017 });
export type Year = z.infer<typeof Year>;

/** A lower snake case name that the report's own data defines (a topic, a unit, a fact). */
export const Slug = z.string().regex(/^[a-z][a-z0-9_]*$|^[A-Z]{3}$/, 'a lower snake case name');

/** A topic id: one of the report's `topics`. */
export const TopicId = Slug.meta({ id: 'TopicId', example: 'identification' });
export type TopicId = z.infer<typeof TopicId>;

/** A unit id: one of the report's `units` (a currency unit is its ISO 4217 code). */
export const UnitId = Slug.meta({ id: 'UnitId', example: 'persons' });
export type UnitId = z.infer<typeof UnitId>;

export const Stance = z.enum(['positive', 'negative', 'neutral']).meta({ id: 'Stance' });
export type Stance = z.infer<typeof Stance>;

export const Direction = z.enum(['up', 'down', 'same']).meta({ id: 'Direction' });
export type Direction = z.infer<typeof Direction>;

export { TIERS };
export const Tier = z.enum(TIERS).meta({ id: 'Tier' });
export type Tier = z.infer<typeof Tier>;
