import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Comparison,
  canonicalQuery,
  compare,
  comparisonToCsv,
  describeChange,
  type Figures,
  type LocaleId,
  type Report,
  type Series,
  selectMetrics,
  seriesReports,
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
import { langQuery, sendInLocale, withLabelIn } from '../locale.js';
import {
  answering,
  findReport,
  findSeries,
  idsQuery,
  reportIdParam,
  seriesIdParam,
  yearQuery,
} from '../report-lookup.js';
import { perSource } from '../representation.js';
import { negotiatedContent, negotiatedLocalizedHeaders, problemResponses } from '../responses.js';
import { ComparisonResponse } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/compare',
  operationId: 'getReportCompare',
  tags: ['metrics'],
  summary: 'Compare two years: change, percentage and a sentence per metric',
  description:
    'Each metric observed in both years is a row with `change`, `percentChange` (null from 0), `direction` and a plain-language `sentence`; a metric observed in one year only is listed in `onlyOneYear`, never compared with 0. JSON by default; CSV with `?format=csv` or `Accept: text/csv`.',
  middleware: [findReport] as const,
  request: {
    params: z.object({ reportId: reportIdParam }),
    query: z.object({
      from: yearQuery('The earlier year (a year of the report).'),
      to: yearQuery('The later year (a year of the report, not `from`).'),
      ids: idsQuery.optional(),
      format: formatQuery,
      lang: langQuery,
    }),
  },
  responses: {
    200: {
      description: 'The comparison.',
      headers: negotiatedLocalizedHeaders,
      content: negotiatedContent(ComparisonResponse),
    },
    ...problemResponses(400, 404),
  },
});

const seriesRoute = createRoute({
  method: 'get',
  path: '/v1/series/{seriesId}/compare',
  operationId: 'getSeriesCompare',
  tags: ['series'],
  summary: 'Compare any two data years of a series, each from the newest edition that states it',
  description:
    "The report comparison's shape for any two data years of the series: each side of a row names the edition that states it (`fromReportId`, `toReportId`), whether it is quoted or cited, and its basis; the `sentence` says when the two sides come from different editions, are cited, or mix spent and allocated money. A metric with a figure in one year only is listed in `onlyOneYear` with `missing` (silent or not reported), never compared with 0. JSON by default; CSV with `?format=csv` or `Accept: text/csv`.",
  middleware: [findSeries] as const,
  request: {
    params: z.object({ seriesId: seriesIdParam }),
    query: z.object({
      from: yearQuery('One data year of the series.'),
      to: yearQuery('Another data year of the series (not `from`).'),
      ids: idsQuery.optional(),
      format: formatQuery,
      lang: langQuery,
    }),
  },
  responses: {
    200: {
      description: 'The comparison.',
      headers: negotiatedLocalizedHeaders,
      content: negotiatedContent(ComparisonResponse),
    },
    ...problemResponses(400, 404),
  },
});

const withSentences = (comparison: Comparison, locale: LocaleId) => ({
  ...comparison,
  units: comparison.units.map((u) => withLabelIn(u, locale)),
  rows: comparison.rows.map((row) => ({
    ...row,
    sentence: describeChange(row, comparison.units, locale),
  })),
});

/** What a comparison table needs of its report or series. */
interface CompareTable {
  source: Figures;
  /** The reports whose figures it may give: cited in `meta` and the `Link` header. */
  reports: readonly Report[];
  path: string;
}

/** The query of a comparison, as both routes validate it. */
interface CompareQuery {
  from: number;
  to: number;
  ids?: string | undefined;
  format?: TableFormat | undefined;
  lang?: LocaleId | undefined;
}

/**
 * The answer to a comparison of one report or series, built when asked for (the response cache
 * keeps it). Core's compare throws ReportQueryError for a year it lacks, from = to, or an unknown
 * id, naming the parameter; `answering` makes that the 400 it describes.
 */
function compareTable(table: CompareTable) {
  const { source } = table;
  const represent = (
    from: number,
    to: number,
    ids: readonly string[] | undefined,
    format: TableFormat,
    locale: LocaleId,
  ) => {
    const comparison = compare(source, from, to, ids, locale);
    const idList = ids && selectMetrics<{ id: string }>(source, ids).map((m) => m.id);
    const search = canonicalQuery([
      ['from', from],
      ['to', to],
      ['ids', idList],
      ['lang', locale === 'en' ? undefined : locale],
    ]);
    const self = `${table.path}${search}`;
    if (format === 'csv') {
      return dataCsv(
        comparisonToCsv(comparison, locale),
        table.reports,
        {
          kind: comparison.reportId === undefined ? 'series-compare' : 'report-compare',
          filename: csvFileName([source.id, 'compare', from, to], idList, locale),
          json: self,
        },
        VARY_ACCEPT,
      );
    }
    return dataJson(withSentences(comparison, locale), table.reports, self, VARY_ACCEPT, {
      csv: true,
    });
  };
  return (c: Context, query: CompareQuery) =>
    sendInLocale(c, query.lang, true, (locale) =>
      answering(() =>
        represent(query.from, query.to, splitIds(query.ids), tableFormat(c, query.format), locale),
      ),
    );
}

export function compareRoutes(app: OpenAPIHono<AppEnv>): void {
  const reportTable = perSource((report: Report) =>
    compareTable({ source: report, reports: [report], path: `/v1/reports/${report.id}/compare` }),
  );
  const seriesTable = perSource((s: Series) =>
    compareTable({ source: s, reports: seriesReports(s), path: `/v1/series/${s.id}/compare` }),
  );

  app.openapi(route, (c) => reportTable(c.var.report)(c, c.req.valid('query')));
  app.openapi(seriesRoute, (c) => seriesTable(c.var.series)(c, c.req.valid('query')));
}
