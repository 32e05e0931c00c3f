// The API's response shapes, built from @tip-report/core's zod schemas: core's schema is the one
// source of every field; this file only wraps it (envelope, provenance link, sentence).
import { z } from '@hono/zod-openapi';
import {
  Comparison,
  ComparisonRow,
  CountryComparison,
  CslJson,
  Finding,
  LinkedEditionFact,
  LinkedMetric,
  MetricId,
  ProvenanceUrl,
  ReportMetadata,
  ReportSummary,
  Restatement,
  Series,
  SeriesEdition,
  SeriesMetric,
  SeriesSummary,
  Topic,
  Unit,
} from '@tip-report/core';

export const FindingWithProvenance = Finding.safeExtend({ provenanceUrl: ProvenanceUrl }).meta({
  id: 'FindingWithProvenance',
});
export type FindingWithProvenance = z.infer<typeof FindingWithProvenance>;

export const ComparisonRowWithSentence = ComparisonRow.safeExtend({
  sentence: z.string().describe("The row in one plain sentence (core's describeChange)."),
}).meta({ id: 'ComparisonRowWithSentence' });

export const ComparisonWithSentences = Comparison.safeExtend({
  rows: z.array(ComparisonRowWithSentence),
}).meta({ id: 'ComparisonWithSentences' });

/** A timeline edition, with its tier in words where the answer is in another language. */
export const SeriesEditionInLocale = SeriesEdition.safeExtend({
  tierLabel: z
    .string()
    .optional()
    .describe(
      'The tier in the language of the answer; absent in English, where `tier` is its name.',
    ),
  tierChangeLabel: z
    .string()
    .optional()
    .describe('The tier and its change in the language of the answer; absent in English.'),
  waiverLabel: z
    .string()
    .optional()
    .describe('What the waiver means, in the language of the answer; absent in English.'),
}).meta({ id: 'SeriesEditionInLocale' });

export const SeriesDetail = Series.omit({ metrics: true })
  .safeExtend({
    editions: z.array(SeriesEditionInLocale).describe('The timeline, oldest edition first.'),
    metricIds: z.array(MetricId).describe('Every metric of the series, in its order.'),
  })
  .meta({ id: 'SeriesDetail' });

export const ReportDetail = ReportMetadata.safeExtend({
  metricIds: z.array(MetricId).describe('Every metric of the report, in its order.'),
  citation: CslJson,
  units: z.array(Unit).describe('The units its metrics count in (how their values are written).'),
  topics: z.array(Topic).describe('The groups of its metrics and findings.'),
  facts: z
    .array(LinkedEditionFact)
    .describe(
      'Facts of the edition (tier, waiver, rules in force), each with its provenance link.',
    ),
}).meta({ id: 'ReportDetail' });

/** Where the data comes from: every data response names its source and how to cite it. */
export const SourceReference = z
  .object({
    reportId: z.string(),
    url: z.url().describe("The report's canonical page."),
    citation: CslJson,
  })
  .meta({ id: 'SourceReference' });

export const Meta = z
  .object({
    sources: z.array(SourceReference).min(1),
    self: z.string().describe('The canonical path of this resource, query normalised.'),
  })
  .meta({ id: 'Meta' });
export type Meta = z.infer<typeof Meta>;

const envelope = <T extends z.ZodType>(data: T, name: string) =>
  z.object({ data, meta: Meta }).meta({ id: name });

export const ReportListResponse = envelope(z.array(ReportSummary), 'ReportListResponse');
export const ReportResponse = envelope(ReportDetail, 'ReportResponse');
export const MetricListResponse = envelope(z.array(LinkedMetric), 'MetricListResponse');
export const MetricResponse = envelope(LinkedMetric, 'MetricResponse');
export const ComparisonResponse = envelope(ComparisonWithSentences, 'ComparisonResponse');
export const FindingListResponse = envelope(z.array(FindingWithProvenance), 'FindingListResponse');
export const SeriesListResponse = envelope(z.array(SeriesSummary), 'SeriesListResponse');
export const SeriesResponse = envelope(SeriesDetail, 'SeriesResponse');
export const SeriesMetricListResponse = envelope(z.array(SeriesMetric), 'SeriesMetricListResponse');
export const CountryComparisonResponse = envelope(CountryComparison, 'CountryComparisonResponse');
export const RestatementListResponse = envelope(z.array(Restatement), 'RestatementListResponse');

export const Health = z
  .object({ status: z.literal('ok'), version: z.string() })
  .meta({ id: 'Health' });

export const OEmbed = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    html: z.string().describe('The iframe snippet that embeds the widget.'),
    width: z.int().positive(),
    height: z.int().positive(),
    cache_age: z.int().optional(),
    thumbnail_url: z
      .string()
      .optional()
      .describe(
        'A PNG of the chart the iframe shows (a chart.png route); absent where there is nothing to draw.',
      ),
    thumbnail_width: z.int().positive().optional(),
    thumbnail_height: z.int().positive().optional(),
  })
  .meta({ id: 'OEmbed' });
export type OEmbed = z.infer<typeof OEmbed>;
