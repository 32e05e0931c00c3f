import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  message,
  reports,
  restatements,
  restatementsToCsv,
  type Series,
  type SeriesEdition,
  SeriesSummary,
  series,
  seriesReports,
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
import { langQuery, perLocale, sendJsonInLocale, withLabelIn, withLang } from '../locale.js';
import { findSeries, seriesIdParam } from '../report-lookup.js';
import { once, perSource, send, sendJson } from '../representation.js';
import {
  localizedHeaders,
  negotiatedContent,
  negotiatedHeaders,
  okHeaders,
  problemResponses,
} from '../responses.js';
import { RestatementListResponse, SeriesListResponse, SeriesResponse } from '../schemas.js';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/series',
  operationId: 'listSeries',
  tags: ['series'],
  summary: 'List the series',
  description:
    "Every series the API serves: one section of one country's narrative across editions, with its data years and the editions' timeline (tier, tier change, waiver).",
  responses: {
    200: {
      description: 'The series.',
      headers: okHeaders,
      content: { 'application/json': { schema: SeriesListResponse } },
    },
    ...problemResponses(),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/series/{seriesId}',
  operationId: 'getSeries',
  tags: ['series'],
  summary: 'One series: its editions (the timeline), data years, units, topics and metric ids',
  description:
    'Each edition with its tier, its change against the previous edition, whether a waiver kept it there, its dollar rate and its facts (each with its provenance link): the timeline a chart draws along the year axis.',
  middleware: [findSeries] as const,
  request: { params: z.object({ seriesId: seriesIdParam }), query: z.object({ lang: langQuery }) },
  responses: {
    200: {
      description: 'The series metadata.',
      headers: localizedHeaders,
      content: { 'application/json': { schema: SeriesResponse } },
    },
    ...problemResponses(404),
  },
});

const restatementsRoute = createRoute({
  method: 'get',
  path: '/v1/series/{seriesId}/restatements',
  operationId: 'getSeriesRestatements',
  tags: ['series'],
  summary: 'Every figure stated by more than one edition, and whether the statements agree',
  description:
    "`agrees` is whether every statement gives the same value (the count, or the amount in the metric's own currency); `differs` lists what they disagree on (value, usd, basis, approximate). Each statement carries its edition's dollar rate, which is why the dollars of agreeing statements may differ. JSON by default; CSV with `?format=csv` or `Accept: text/csv`.",
  middleware: [findSeries] as const,
  request: {
    params: z.object({ seriesId: seriesIdParam }),
    query: z.object({ format: formatQuery }),
  },
  responses: {
    200: {
      description:
        'The restatements, by metric and year; as CSV, one line per statement (edition) of each.',
      headers: negotiatedHeaders,
      content: negotiatedContent(RestatementListResponse),
    },
    ...problemResponses(400, 404),
  },
});

export function seriesRoutes(app: OpenAPIHono<AppEnv>): void {
  // A series is made of reports: every answer about it cites every edition it is made of.
  const list = once(() =>
    dataJson(
      series.map((s) => SeriesSummary.parse(s)),
      reports.filter((r) => series.some((s) => s.editions.some((e) => e.reportId === r.id))),
      '/v1/series',
    ),
  );
  // Each series in each locale: unit and topic labels, and the timeline's tiers in words.
  const detail = perSource((s: Series) =>
    perLocale((locale) => {
      const { metrics, ...rest } = s;
      const path = `/v1/series/${s.id}`;
      const localized =
        locale === 'en'
          ? rest
          : {
              ...rest,
              editions: rest.editions.map((e) => tierInWords(e, locale)),
              units: rest.units.map((u) => withLabelIn(u, locale)),
              topics: rest.topics.map((t) => withLabelIn(t, locale)),
            };
      return dataJson(
        { ...localized, metricIds: metrics.map((m) => m.id) },
        seriesReports(s),
        locale === 'en' ? path : withLang(path, locale),
      );
    }),
  );
  // Per series, the JSON and the CSV, each built when first asked for.
  const restated = perSource((s: Series) => {
    const self = `/v1/series/${s.id}/restatements`;
    return {
      json: once(() =>
        dataJson(restatements(s), seriesReports(s), self, VARY_ACCEPT, { csv: true }),
      ),
      csv: once(() =>
        dataCsv(
          restatementsToCsv(s, restatements(s)),
          seriesReports(s),
          {
            kind: 'restatements',
            filename: csvFileName([s.id, 'restatements'], undefined, undefined),
            json: self,
          },
          VARY_ACCEPT,
        ),
      ),
    };
  });

  app.openapi(listRoute, (c) => sendJson(c, list()));
  app.openapi(detailRoute, (c) =>
    sendJsonInLocale(c, c.req.valid('query').lang, detail(c.var.series)),
  );
  app.openapi(restatementsRoute, (c) => {
    const answers = restated(c.var.series);
    return tableFormat(c, c.req.valid('query').format) === 'csv'
      ? send(c, answers.csv())
      : sendJson(c, answers.json());
  });
}

/** An edition of the timeline with its tier, and the change of tier, in the locale's words. */
function tierInWords(edition: SeriesEdition, locale: string) {
  const tierLabel = message(locale, `tier.${edition.tier}`);
  return {
    ...edition,
    tierLabel,
    ...(edition.tierChange === undefined
      ? {}
      : {
          tierChangeLabel: message(locale, `tierChange.${edition.tierChange}`, { tier: tierLabel }),
        }),
    ...(edition.waiver ? { waiverLabel: message(locale, 'tier.waiver') } : {}),
  };
}
