import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type CountryComparison,
  canonicalQuery,
  compareCountries,
  countryComparisonToCsv,
  getSeries,
  type LocaleId,
  MetricId,
  type Report,
  series,
  seriesIds,
  seriesReports,
  splitIds,
} from '@tip-report/core';
import {
  csvFileName,
  dataCsv,
  dataJson,
  formatQuery,
  tableFormat,
  VARY_ACCEPT,
} from '../data-response.js';
import type { AppEnv } from '../env.js';
import { langQuery, sendInLocale, withLabelIn } from '../locale.js';
import { ProblemError, says } from '../problem.js';
import { answering, yearQuery } from '../report-lookup.js';
import { negotiatedContent, negotiatedLocalizedHeaders, problemResponses } from '../responses.js';
import { CountryComparisonResponse } from '../schemas.js';

/** Every metric some series has: what `{metricId}` may be (documented, and listed in a 404). */
const metricIds = [...new Set(series.flatMap((s) => s.metrics.map((m) => m.id)))];
// The documentation's example: a metric every series has, from the data.
const exampleMetric =
  metricIds.find((id) => series.every((s) => s.metrics.some((m) => m.id === id))) ?? metricIds[0];

const route = createRoute({
  method: 'get',
  path: '/v1/metrics/{metricId}',
  operationId: 'getMetricAcrossCountries',
  tags: ['series'],
  summary: 'One metric across countries: a row a series, the same years side by side',
  description:
    "Each row is one country's series, each year with the figure of the newest edition that states it (`reportId`, `provenance`, `provenanceUrl`) or the reason it has none: `not-reported` (an edition says so), `unseen` (not in the part of the text we read; `unseenIn` names the editions), or `silent`. Each row has its own notes (what was read of each edition, flagged breakdowns, partial periods). Rows in different units keep their figures, but `comparable` is false and `reason` says why (different currencies or counts). Without `series`, every series that has the metric. JSON by default; CSV (a line a country and year) with `?format=csv` or `Accept: text/csv`.",
  request: {
    params: z.object({
      metricId: MetricId.meta({
        description: 'A metric id of some series; an unknown one is a 404 listing them.',
        example: exampleMetric,
      }),
    }),
    query: z.object({
      series: z
        .string()
        .optional()
        .meta({
          description:
            'Comma-separated series ids, in the order of the rows (an unknown one is a 400); every series that has the metric when absent.',
          example: seriesIds.join(','),
        }),
      from: yearQuery('The first year (a data year of one of the series).').optional(),
      to: yearQuery(
        'The last year (a data year of one of the series, not before `from`).',
      ).optional(),
      format: formatQuery,
      lang: langQuery,
    }),
  },
  responses: {
    200: {
      description: 'The comparison, a row a country.',
      headers: negotiatedLocalizedHeaders,
      content: negotiatedContent(CountryComparisonResponse),
    },
    ...problemResponses(400, 404),
  },
});

/** The reports whose figures a comparison may give: cited in `meta` and the `Link` header. */
const reportsOf = (comparison: CountryComparison): Report[] =>
  comparison.rows.flatMap((row) => {
    const s = getSeries(row.seriesId);
    return s === undefined ? [] : seriesReports(s);
  });

export function countryRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, (c) => {
    const { metricId } = c.req.valid('param');
    const query = c.req.valid('query');
    if (!metricIds.includes(metricId)) {
      throw new ProblemError('not-found', {
        detail: says('problem.detail.noMetricAnywhere', { value: JSON.stringify(metricId) }),
        parameter: 'metricId',
        value: metricId,
        allowed: metricIds,
      });
    }
    const format = tableFormat(c, query.format);
    // The response cache keeps each answer by its URL, so it is built once per query and locale.
    const represent = (locale: LocaleId) =>
      answering(() => {
        const ids = splitIds(query.series);
        const comparison = compareCountries(series, metricId, {
          series: ids,
          from: query.from,
          to: query.to,
          locale,
        });
        const search = canonicalQuery([
          ['series', ids && comparison.rows.map((r) => r.seriesId)],
          ['from', query.from],
          ['to', query.to],
          ['lang', locale === 'en' ? undefined : locale],
        ]);
        const self = `/v1/metrics/${metricId}${search}`;
        if (format === 'csv') {
          return dataCsv(
            countryComparisonToCsv(comparison),
            reportsOf(comparison),
            {
              kind: 'country-compare',
              filename: csvFileName(
                [metricId, 'countries', comparison.from, comparison.to],
                ids && comparison.rows.map((r) => r.seriesId),
                locale,
              ),
              json: self,
            },
            VARY_ACCEPT,
          );
        }
        return dataJson(
          { ...comparison, units: comparison.units.map((u) => withLabelIn(u, locale)) },
          reportsOf(comparison),
          self,
          VARY_ACCEPT,
          { csv: true },
        );
      });
    return sendInLocale(c, query.lang, true, represent);
  });
}
