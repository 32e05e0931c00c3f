import { z } from 'zod';
import { Finding } from './finding.js';
import { Breakdown, Metric } from './metric.js';
import { Organisation } from './organisation.js';
import type { SourceSpan } from './source-span.js';
import { ReportId, Year } from './vocabulary.js';

const IsoDate = z.iso.date();

/** A phrase with a numeral that is not a figure ("one-time", a year), and why. */
export const NonFigure = z
  .object({
    text: z.string().min(1),
    reason: z.string().min(1),
  })
  .meta({ id: 'NonFigure' });
export type NonFigure = z.infer<typeof NonFigure>;

/** Who, what and when: everything about a report but its figures and text. */
export const ReportMetadata = z.object({
  id: ReportId,
  title: z.string().min(1),
  publisher: z.string().min(1),
  edition: z.int().describe("The report's publication year."),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('Year and month of publication.'),
  country: z.object({
    alpha3: z.string().regex(/^[A-Z]{3}$/),
    alpha2: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().min(1),
  }),
  section: z.string().min(1).describe('The narrative section, e.g. protection.'),
  tier: z.string().min(1),
  reportingPeriod: z.object({ start: IsoDate, end: IsoDate }),
  years: z.array(Year).min(1).describe('The years the text gives figures for, ascending.'),
  reportingYear: Year.describe('The year the report covers; the others are for comparison.'),
  url: z.url().describe('The canonical page of the narrative.'),
});
export type ReportMetadata = z.infer<typeof ReportMetadata>;

export const Report = ReportMetadata.extend({
  organisations: z.array(Organisation),
  metrics: z.array(Metric).min(1),
  breakdowns: z.array(Breakdown),
  findings: z.array(Finding),
  nonFigures: z
    .array(NonFigure)
    .describe('Phrases with numerals or number words that state no figure, with the reason.'),
  sourceText: z.string().min(1).describe('The source text, byte for byte.'),
})
  .superRefine((report, ctx) => {
    const checkSpan = (span: SourceSpan, path: (string | number)[]) => {
      const actual = report.sourceText.slice(span.start, span.end);
      if (actual !== span.quote) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'source'],
          message: `quote does not stand at ${span.start}..${span.end} of the source text (found ${JSON.stringify(actual)})`,
        });
      }
    };
    const metricIds = new Set<string>();
    report.metrics.forEach((metric, m) => {
      if (metricIds.has(metric.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', m, 'id'],
          message: `duplicate metric id ${metric.id}`,
        });
      }
      metricIds.add(metric.id);
      metric.observations.forEach((o, i) => {
        checkSpan(o.source, ['metrics', m, 'observations', i]);
        if (!report.years.includes(o.year)) {
          ctx.addIssue({
            code: 'custom',
            path: ['metrics', m, 'observations', i, 'year'],
            message: `${o.year} is not one of the report's years (${report.years.join(', ')})`,
          });
        }
      });
    });
    const known = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !metricIds.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `unknown metric id ${id}` });
      }
    };
    report.metrics.forEach((metric, m) => {
      known(metric.parent, ['metrics', m, 'parent']);
      metric.observations.forEach((o, i) => {
        for (const term of o.formula?.split(/ [+-] /) ?? []) {
          known(term, ['metrics', m, 'observations', i, 'formula']);
        }
      });
    });
    report.breakdowns.forEach((b, i) => {
      known(b.total, ['breakdowns', i, 'total']);
      b.parts.forEach((part, p) => {
        known(part, ['breakdowns', i, 'parts', p]);
      });
    });
    const findingIds = new Set<string>();
    report.findings.forEach((f, i) => {
      if (findingIds.has(f.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['findings', i, 'id'],
          message: `duplicate finding id ${f.id}`,
        });
      }
      findingIds.add(f.id);
      checkSpan(f.source, ['findings', i]);
    });
    if (report.findings.filter((f) => f.assessment).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['findings'],
        message: 'exactly one finding is the assessment',
      });
    }
    if (!report.years.includes(report.reportingYear)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportingYear'],
        message: 'the reporting year is one of the years',
      });
    }
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof Report>;

/** What `/v1/reports` lists: the metadata without figures or text. */
export const ReportSummary = ReportMetadata.meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;
