import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { citation, linkFacts, type Report, ReportSummary, reports } from '@tip-report/core';
import { dataJson } from '../data-response.js';
import type { AppEnv } from '../env.js';
import { langQuery, perLocale, sendJsonInLocale, withLabelIn, withLang } from '../locale.js';
import { findReport, reportIdParam } from '../report-lookup.js';
import { once, perSource, sendJson } from '../representation.js';
import { localizedHeaders, okHeaders, problemResponses } from '../responses.js';
import { ReportListResponse, ReportResponse } from '../schemas.js';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/reports',
  operationId: 'listReports',
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
  operationId: 'getReport',
  tags: ['reports'],
  summary: 'One report: metadata, metric ids, citation, units, topics and edition facts',
  middleware: [findReport] as const,
  request: { params: z.object({ reportId: reportIdParam }), query: z.object({ lang: langQuery }) },
  responses: {
    200: {
      description:
        'The report metadata, its metric ids, its CSL-JSON citation, the units and topics its data defines, and its edition facts.',
      headers: localizedHeaders,
      content: { 'application/json': { schema: ReportResponse } },
    },
    ...problemResponses(404),
  },
});

export function reportRoutes(app: OpenAPIHono<AppEnv>): void {
  const list = once(() =>
    dataJson(
      reports.map((r) => ReportSummary.parse(r)),
      reports,
      '/v1/reports',
    ),
  );
  // Each report in each locale: the labels of its units and topics are the locale's.
  const detail = perSource((r: Report) =>
    perLocale((locale) => {
      const path = `/v1/reports/${r.id}`;
      return dataJson(
        {
          ...ReportSummary.parse(r),
          metricIds: r.metrics.map((m) => m.id),
          citation: citation(r, 'csl-json'),
          units: r.units.map((u) => withLabelIn(u, locale)),
          topics: r.topics.map((t) => withLabelIn(t, locale)),
          facts: linkFacts(r),
        },
        [r],
        locale === 'en' ? path : withLang(path, locale),
      );
    }),
  );

  app.openapi(listRoute, (c) => sendJson(c, list()));
  app.openapi(detailRoute, (c) =>
    sendJsonInLocale(c, c.req.valid('query').lang, detail(c.var.report)),
  );
}
