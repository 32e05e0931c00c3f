import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type CsvKind,
  canonicalQuery,
  filterMetrics,
  type LocaleId,
  linkMetric,
  localeIds,
  localizeMetric,
  type MetricFilter,
  MetricId,
  metricsToCsv,
  type Report,
  type Series,
  selectMetrics,
  seriesReports,
  seriesToCsv,
  splitIds,
} from '@tip-report/core';
import type { Context } from 'hono';
import {
  csvFileName,
  dataCsv,
  dataJson,
  formatQuery,
  type TableFormat,
  tableFormat,
  VARY_ACCEPT,
} from '../data-response.js';
import type { AppEnv } from '../env.js';
import { acceptedLocale, langQuery, sendInLocale, sendJsonInLocale, withLang } from '../locale.js';
import { ProblemError, says } from '../problem.js';
import {
  answering,
  findReport,
  findSeries,
  idsQuery,
  reportIdParam,
  seriesIdParam,
  topicQuery,
  yearQuery,
} from '../report-lookup.js';
import { perSource } from '../representation.js';
import {
  localizedHeaders,
  negotiatedContent,
  negotiatedLocalizedHeaders,
  problemResponses,
} from '../responses.js';
import { MetricListResponse, MetricResponse, SeriesMetricListResponse } from '../schemas.js';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/metrics',
  operationId: 'getReportMetrics',
  tags: ['metrics'],
  summary: "The report's metrics, each observation with its quote or locator and provenance link",
  description:
    "Filters combine (a metric must pass all of them). `year` keeps only that year's observations and not-reported marks. JSON by default; CSV (one line per observation) with `?format=csv` or `Accept: text/csv`.",
  middleware: [findReport] as const,
  request: {
    params: z.object({ reportId: reportIdParam }),
    query: z.object({
      topic: topicQuery('Only metrics of this topic (one of the report’s topics).').optional(),
      year: yearQuery('Only observations of this year (a year of the report).').optional(),
      ids: idsQuery.optional(),
      format: formatQuery,
      lang: langQuery,
    }),
  },
  responses: {
    200: {
      description: 'The metrics that pass the filters, in the report order.',
      headers: negotiatedLocalizedHeaders,
      content: negotiatedContent(MetricListResponse),
    },
    ...problemResponses(400, 404),
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/metrics/{metricId}',
  operationId: 'getReportMetric',
  tags: ['metrics'],
  summary: 'One metric',
  middleware: [findReport] as const,
  request: {
    params: z.object({
      reportId: reportIdParam,
      metricId: MetricId,
    }),
    query: z.object({ lang: langQuery }),
  },
  responses: {
    200: {
      description: 'The metric with its observations and provenance links.',
      headers: localizedHeaders,
      content: { 'application/json': { schema: MetricResponse } },
    },
    ...problemResponses(404),
  },
});

const seriesRoute = createRoute({
  method: 'get',
  path: '/v1/series/{seriesId}/metrics',
  operationId: 'getSeriesMetrics',
  tags: ['series'],
  summary: "The series' metrics: one point a data year, each with every edition's statement",
  description:
    "For each metric, `points` ordered by year: the value of the newest edition that states it (`reportId`, `edition`, `source` quoted or cited, `provenanceUrl`) and `statements`, every edition's statement of that figure with `agrees`; `differs` says what the statements disagree on. `notReported` lists the years an edition says were not reported (never 0). Filters combine; `year` keeps that year's point and marks. JSON by default; CSV with `?format=csv` or `Accept: text/csv`.",
  middleware: [findSeries] as const,
  request: {
    params: z.object({ seriesId: seriesIdParam }),
    query: z.object({
      topic: topicQuery('Only metrics of this topic (one of the series’ topics).').optional(),
      year: yearQuery('Only the points of this data year (a year of the series).').optional(),
      ids: idsQuery.optional(),
      format: formatQuery,
      lang: langQuery,
    }),
  },
  responses: {
    200: {
      description: 'The metrics that pass the filters, in the series order.',
      headers: negotiatedLocalizedHeaders,
      content: negotiatedContent(SeriesMetricListResponse),
    },
    ...problemResponses(400, 404),
  },
});

/** What core's filterMetrics needs of a metric: a report's metric or a series' metric. */
type Filterable = Parameters<typeof filterMetrics>[0]['metrics'][number];

/** What a metric table needs of its report or series. */
interface MetricTable<M extends Filterable> {
  source: {
    readonly id: string;
    readonly years: readonly number[];
    readonly topics: readonly { id: string }[];
    readonly metrics: readonly M[];
  };
  /** The reports whose figures it gives: cited in `meta` and the `Link` header. */
  reports: readonly Report[];
  path: string;
  /** The metrics as JSON and CSV, their labels and statements in the locale. */
  json: (metrics: M[], locale: LocaleId) => unknown;
  csv: (metrics: M[], locale: LocaleId) => string;
  csvKind: CsvKind;
}

/** The query of a metric list, as both routes validate it (the year's shape included). */
interface MetricListQuery {
  topic?: string | undefined;
  year?: number | undefined;
  ids?: string | undefined;
  format?: TableFormat | undefined;
  lang?: LocaleId | undefined;
}

/**
 * The answer to a metric list of one report or series, built when asked for (the response cache
 * keeps it). Core's filterMetrics validates every filter and throws ReportQueryError naming what
 * was wrong; `answering` makes that the 400 it describes.
 */
function metricTable<M extends Filterable>(table: MetricTable<M>) {
  const { source } = table;
  const represent = (filter: MetricFilter, format: TableFormat, locale: LocaleId) => {
    const metrics = filterMetrics(source, filter);
    const ids = filter.ids && selectMetrics(source, filter.ids).map((m) => m.id);
    const search = canonicalQuery([
      ['topic', filter.topic],
      ['year', filter.year],
      ['ids', ids],
      ['lang', locale === 'en' ? undefined : locale],
    ]);
    const self = `${table.path}${search}`;
    if (format === 'csv') {
      const filename = csvFileName([source.id, 'metrics', filter.topic, filter.year], ids, locale);
      return dataCsv(
        table.csv(metrics, locale),
        table.reports,
        { kind: table.csvKind, filename, json: self },
        VARY_ACCEPT,
      );
    }
    return dataJson(table.json(metrics, locale), table.reports, self, VARY_ACCEPT, { csv: true });
  };
  return (c: Context, query: MetricListQuery) => {
    const filter = { topic: query.topic, year: query.year, ids: splitIds(query.ids) };
    return sendInLocale(c, query.lang, true, (locale) =>
      answering(() => represent(filter, tableFormat(c, query.format), locale)),
    );
  };
}

export function metricRoutes(app: OpenAPIHono<AppEnv>): void {
  const reportTable = perSource((report: Report) =>
    metricTable({
      source: report,
      reports: [report],
      path: `/v1/reports/${report.id}/metrics`,
      csvKind: 'report-metrics',
      json: (metrics, locale) => metrics.map((m) => linkMetric(report, localizeMetric(m, locale))),
      csv: (metrics, locale) =>
        metricsToCsv(
          report,
          metrics.map((m) => localizeMetric(m, locale)),
        ),
    }),
  );
  const seriesTable = perSource((s: Series) =>
    metricTable({
      source: s,
      reports: seriesReports(s),
      path: `/v1/series/${s.id}/metrics`,
      csvKind: 'series-metrics',
      json: (metrics, locale) => metrics.map((m) => localizeMetric(m, locale)),
      csv: (metrics, locale) =>
        seriesToCsv(
          s,
          metrics.map((m) => localizeMetric(m, locale)),
        ),
    }),
  );

  app.openapi(listRoute, (c) => reportTable(c.var.report)(c, c.req.valid('query')));
  app.openapi(seriesRoute, (c) => seriesTable(c.var.series)(c, c.req.valid('query')));

  // One answer per metric and locale, keyed `${locale} ${metricId}`.
  const single = perSource(
    (r: Report) =>
      new Map(
        r.metrics.flatMap((m) =>
          localeIds.map((locale) => {
            const path = `/v1/reports/${r.id}/metrics/${m.id}`;
            const self = locale === 'en' ? path : withLang(path, locale);
            return [
              `${locale} ${m.id}`,
              dataJson(linkMetric(r, localizeMetric(m, locale)), [r], self),
            ] as const;
          }),
        ),
      ),
  );
  app.openapi(oneRoute, (c) => {
    const report = c.var.report;
    const { metricId } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const locale = lang ?? acceptedLocale(c);
    const found = single(report).get(`${locale} ${metricId}`);
    if (found === undefined) {
      throw new ProblemError('not-found', {
        detail: says('problem.detail.noMetric', {
          id: report.id,
          value: JSON.stringify(metricId),
        }),
        parameter: 'metricId',
        value: metricId,
        allowed: report.metrics.map((m) => m.id),
      });
    }
    return sendJsonInLocale(c, lang, () => found);
  });
}
