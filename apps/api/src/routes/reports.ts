import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { citation, provenanceUrl, ReportSummary, reports } from '@tip-report/core';
import { dataJson } from '../data-response.js';
import type { AppEnv } from '../env.js';
import type { PrecomputedAnswers } from '../precomputed-answers.js';
import { findReport, reportIdParam } from '../report-lookup.js';
import { perSource, sendJson } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';
import { ReportListResponse, ReportResponse } from '../schemas.js';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/reports',
  tags: ['reports'],
  summary: 'List the reports',
  description: 'Every report the API serves: who published it, when, and which years it covers.',
  responses: {
    200: {
      description: 'The reports, oldest edition first.',
      headers: okHeaders,
      content: { 'application/json': { schema: ReportListResponse } },
    },
    ...problemResponses(),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}',
  tags: ['reports'],
  summary: 'One report: metadata, metric ids, citation, units, topics and edition facts',
  middleware: [findReport] as const,
  request: { params: z.object({ reportId: reportIdParam }) },
  responses: {
    200: {
      description:
        'The report metadata, its metric ids, its CSL-JSON citation, the units and topics its data defines, and its edition facts.',
      headers: okHeaders,
      content: { 'application/json': { schema: ReportResponse } },
    },
    ...problemResponses(404),
  },
});

export function reportRoutes(app: OpenAPIHono<AppEnv>, precomputed: PrecomputedAnswers): void {
  const list = dataJson(
    reports.map((r) => ReportSummary.parse(r)),
    reports,
    '/v1/reports',
  );
  const detail = perSource(reports, (r) =>
    dataJson(
      {
        ...ReportSummary.parse(r),
        metricIds: r.metrics.map((m) => m.id),
        citation: citation(r, 'csl-json'),
        units: r.units,
        topics: r.topics,
        facts: r.facts.map((f) => ({ ...f, provenanceUrl: provenanceUrl(r, f.source) })),
      },
      [r],
      `/v1/reports/${r.id}`,
    ),
  );

  precomputed.add('/v1/reports');
  for (const report of reports) precomputed.add(`/v1/reports/${report.id}`);

  app.openapi(listRoute, (c) => sendJson(c, list));
  app.openapi(detailRoute, (c) => sendJson(c, detail(c.var.report)));
}
