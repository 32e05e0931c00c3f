import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Metric,
  MetricId,
  metricsToCsv,
  provenanceUrl,
  type Report,
  ReportQueryError,
  reports,
  selectMetrics,
  Topic,
} from '@tip-report/core';
import { dataCsv, dataJson, tableAddresses, tableFormat, VARY_ACCEPT } from '../data-response.js';
import type { AppEnv } from '../env.js';
import type { PrecomputedAnswers } from '../precomputed-answers.js';
import { ProblemError } from '../problem.js';
import {
  checkYear,
  findReport,
  idsQuery,
  queryProblem,
  reportIdParam,
  splitIds,
  yearQuery,
} from '../report-lookup.js';
import { perReport, RepresentationCache, send, sendJson } from '../representation.js';
import { negotiatedContent, negotiatedHeaders, okHeaders, problemResponses } from '../responses.js';
import { MetricListResponse, MetricResponse, type MetricWithProvenance } from '../schemas.js';

const formatQuery = z.enum(['json', 'csv']).meta({
  description: 'csv for a spreadsheet (also chosen by `Accept: text/csv`); json by default.',
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/metrics',
  tags: ['metrics'],
  summary: "The report's metrics, each observation with its quote and provenance link",
  description:
    "Filters combine (a metric must pass all of them). `year` keeps only that year's observations. JSON by default; CSV (one line per observation) with `?format=csv` or `Accept: text/csv`.",
  middleware: [findReport] as const,
  request: {
    params: z.object({ reportId: reportIdParam }),
    query: z.object({
      topic: Topic.optional(),
      year: yearQuery('Only observations of this year (a year of the report).').optional(),
      ids: idsQuery.optional(),
      format: formatQuery.optional(),
    }),
  },
  responses: {
    200: {
      description: 'The metrics that pass the filters, in the report order.',
      headers: negotiatedHeaders,
      content: negotiatedContent(MetricListResponse),
    },
    ...problemResponses(400, 404),
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/metrics/{metricId}',
  tags: ['metrics'],
  summary: 'One metric',
  middleware: [findReport] as const,
  request: {
    params: z.object({
      reportId: reportIdParam,
      metricId: MetricId,
    }),
  },
  responses: {
    200: {
      description: 'The metric with its observations and provenance links.',
      headers: okHeaders,
      content: { 'application/json': { schema: MetricResponse } },
    },
    ...problemResponses(404),
  },
});

interface MetricFilter {
  topic?: Topic | undefined;
  year?: number | undefined;
  ids?: readonly string[] | undefined;
}

function withProvenance(report: Report, metric: Metric): MetricWithProvenance {
  return {
    ...metric,
    observations: metric.observations.map((o) => ({
      ...o,
      provenanceUrl: provenanceUrl(report, o.source),
    })),
  };
}

/** The filters in one fixed order: the cache key, the canonical query and the CSV file name. */
function canonical(report: Report, filter: MetricFilter) {
  const ids = filter.ids && selectMetrics(report, filter.ids).map((m) => m.id);
  const query = new URLSearchParams();
  if (filter.topic !== undefined) query.set('topic', filter.topic);
  if (filter.year !== undefined) query.set('year', String(filter.year));
  if (ids !== undefined) query.set('ids', ids.join(','));
  const search = query.size > 0 ? `?${query.toString().replaceAll('%2C', ',')}` : '';
  return { ids, search };
}

function select(report: Report, filter: MetricFilter, ids: readonly string[] | undefined) {
  return selectMetrics(report, ids)
    .filter((m) => filter.topic === undefined || m.topic === filter.topic)
    .flatMap((m) => {
      if (filter.year === undefined) return [m];
      const observations = m.observations.filter((o) => o.year === filter.year);
      return observations.length > 0 ? [{ ...m, observations }] : [];
    });
}

export function metricRoutes(app: OpenAPIHono<AppEnv>, precomputed: PrecomputedAnswers): void {
  // Every combination of the closed filters (topic × year × format) is built now; an `ids` list
  // is built the first time it is asked for.
  const cache = new RepresentationCache(512);
  const provenanced = perReport(
    reports,
    (r) => new Map(r.metrics.map((m) => [m.id, withProvenance(r, m)])),
  );

  const representation = (
    report: Report,
    filter: MetricFilter,
    format: 'json' | 'csv',
    keep = false,
  ) => {
    const { ids, search } = canonical(report, filter);
    const build = () => {
      const metrics = select(report, filter, ids);
      if (format === 'csv') {
        const name = [report.id, 'metrics', filter.topic, filter.year].filter(Boolean).join('-');
        return dataCsv(metricsToCsv(report, metrics), [report], `${name}.csv`, VARY_ACCEPT);
      }
      const byId = provenanced(report);
      const data = metrics.map((m) => {
        const full = byId.get(m.id) as MetricWithProvenance;
        return filter.year === undefined
          ? full
          : { ...full, observations: full.observations.filter((o) => o.year === filter.year) };
      });
      return dataJson(data, [report], `/v1/reports/${report.id}/metrics${search}`, VARY_ACCEPT);
    };
    const key = `${report.id} ${format} ${search}`;
    return keep ? cache.keep(key, build) : cache.get(key, build);
  };

  for (const report of reports) {
    for (const topic of [undefined, ...Topic.options]) {
      for (const year of [undefined, ...report.years]) {
        for (const format of ['json', 'csv'] as const) {
          representation(report, { topic, year }, format, true);
        }
        const { search } = canonical(report, { topic, year });
        for (const address of tableAddresses(`/v1/reports/${report.id}/metrics${search}`)) {
          precomputed.add(address);
        }
      }
    }
  }
  const single = perReport(
    reports,
    (r) =>
      new Map(
        r.metrics.map((m) => [
          m.id,
          dataJson(withProvenance(r, m), [r], `/v1/reports/${r.id}/metrics/${m.id}`),
        ]),
      ),
  );

  app.openapi(listRoute, (c) => {
    const report = c.var.report;
    const query = c.req.valid('query');
    const filter: MetricFilter = {
      topic: query.topic,
      year: query.year === undefined ? undefined : checkYear(report, query.year, 'year'),
      ids: splitIds(query.ids),
    };
    try {
      return send(c, representation(report, filter, tableFormat(c, query.format)));
    } catch (error) {
      if (error instanceof ReportQueryError) throw queryProblem(error, 'ids');
      throw error;
    }
  });

  for (const report of reports) {
    for (const metric of report.metrics)
      precomputed.add(`/v1/reports/${report.id}/metrics/${metric.id}`);
  }

  app.openapi(oneRoute, (c) => {
    const report = c.var.report;
    const { metricId } = c.req.valid('param');
    const found = single(report).get(metricId);
    if (found === undefined) {
      throw new ProblemError('not-found', {
        detail: `${report.id} has no metric ${JSON.stringify(metricId)}.`,
        parameter: 'metricId',
        value: metricId,
        allowed: report.metrics.map((m) => m.id),
      });
    }
    return sendJson(c, found);
  });
}
