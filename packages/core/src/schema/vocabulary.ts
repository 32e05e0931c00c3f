import { z } from 'zod';

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

/** A calendar year the report gives figures for. */
export const Year = z.int().min(1990).max(2100).meta({ id: 'Year', example: 2017 });
export type Year = z.infer<typeof Year>;

/** The metric groups of the Protection section; findings share them. */
export const Topic = z
  .enum([
    'identification',
    'referral',
    'funding',
    'shelter',
    'assistance',
    'reintegration',
    'ngo',
    'permits',
    'policy',
  ])
  .meta({ id: 'Topic' });
export type Topic = z.infer<typeof Topic>;

/** What a metric counts in. Money is in its own currency; `usd` carries the report's dollar figure. */
export const Unit = z.enum(['persons', 'permits', 'AZN']).meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

export const Stance = z.enum(['positive', 'negative', 'neutral']).meta({ id: 'Stance' });
export type Stance = z.infer<typeof Stance>;

export const Direction = z.enum(['up', 'down', 'same']).meta({ id: 'Direction' });
export type Direction = z.infer<typeof Direction>;
