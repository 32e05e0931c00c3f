import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Comparison,
  compare,
  comparisonToCsv,
  describeChange,
  type Report,
  ReportQueryError,
  reports,
  selectMetrics,
} from '@tip-report/core';
import { dataCsv, dataJson, tableAddresses, tableFormat, VARY_ACCEPT } from '../data-response.js';
import type { AppEnv } from '../env.js';
import type { PrecomputedAnswers } from '../precomputed-answers.js';
import {
  findReport,
  idsQuery,
  queryProblem,
  reportIdParam,
  splitIds,
  yearQuery,
} from '../report-lookup.js';
import { RepresentationCache, send } from '../representation.js';
import { negotiatedContent, negotiatedHeaders, problemResponses } from '../responses.js';
import { ComparisonResponse } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/compare',
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
      format: z.enum(['json', 'csv']).optional().meta({
        description: 'csv for a spreadsheet (also chosen by `Accept: text/csv`).',
      }),
    }),
  },
  responses: {
    200: {
      description: 'The comparison.',
      headers: negotiatedHeaders,
      content: negotiatedContent(ComparisonResponse),
    },
    ...problemResponses(400, 404),
  },
});

const withSentences = (comparison: Comparison) => ({
  ...comparison,
  rows: comparison.rows.map((row) => ({ ...row, sentence: describeChange(row) })),
});

/** The query in one fixed order: the cache key and the canonical address of a comparison. */
function canonicalSearch(from: number, to: number, ids?: readonly string[]): string {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  if (ids !== undefined) query.set('ids', ids.join(','));
  return `?${query.toString().replaceAll('%2C', ',')}`;
}

export function compareRoutes(app: OpenAPIHono<AppEnv>, precomputed: PrecomputedAnswers): void {
  const cache = new RepresentationCache(512);

  /**
   * Throws core's ReportQueryError for an unknown id (selectMetrics) or, from compare inside
   * build, for a year the report lacks or from == to; a failed build caches nothing.
   */
  const representation = (
    report: Report,
    from: number,
    to: number,
    ids: readonly string[] | undefined,
    format: 'json' | 'csv',
    keep = false,
  ) => {
    const idList = ids && selectMetrics(report, ids).map((m) => m.id);
    const search = canonicalSearch(from, to, idList);
    const build = () => {
      const comparison = compare(report, from, to, idList);
      return format === 'csv'
        ? dataCsv(
            comparisonToCsv(comparison),
            [report],
            `${report.id}-compare-${from}-${to}.csv`,
            VARY_ACCEPT,
          )
        : dataJson(
            withSentences(comparison),
            [report],
            `/v1/reports/${report.id}/compare${search}`,
            VARY_ACCEPT,
          );
    };
    const key = `${report.id} ${format} ${search}`;
    return keep ? cache.keep(key, build) : cache.get(key, build);
  };

  for (const report of reports) {
    for (const from of report.years) {
      for (const to of report.years) {
        if (from === to) continue;
        for (const format of ['json', 'csv'] as const) {
          representation(report, from, to, undefined, format, true);
        }
        const address = `/v1/reports/${report.id}/compare${canonicalSearch(from, to)}`;
        for (const spelling of tableAddresses(address)) precomputed.add(spelling);
      }
    }
  }

  app.openapi(route, (c) => {
    const report = c.var.report;
    const query = c.req.valid('query');
    const from = Number(query.from);
    const to = Number(query.to);
    try {
      return send(
        c,
        representation(report, from, to, splitIds(query.ids), tableFormat(c, query.format)),
      );
    } catch (error) {
      if (!(error instanceof ReportQueryError)) throw error;
      const parameter =
        error.parameter === 'metric' ? 'ids' : report.years.includes(from) ? 'to' : 'from';
      throw queryProblem(error, parameter);
    }
  });
}
