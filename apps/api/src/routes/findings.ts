import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { provenanceUrl, reports, Stance, Topic } from '@tip-report/core';
import { dataJson } from '../data-response.js';
import type { AppEnv } from '../env.js';
import type { PrecomputedAnswers } from '../precomputed-answers.js';
import { findReport, reportIdParam } from '../report-lookup.js';
import { sendJson } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';
import { FindingListResponse, type FindingWithProvenance } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/findings',
  tags: ['findings'],
  summary: "The report's qualitative findings, each with its quote",
  description:
    "What the text says in words: each finding has a topic, a stance, a one-line summary and the quote it rests on. The section's headline assessment carries `assessment: true`.",
  middleware: [findReport] as const,
  request: {
    params: z.object({ reportId: reportIdParam }),
    query: z.object({
      topic: Topic.optional(),
      stance: Stance.optional(),
    }),
  },
  responses: {
    200: {
      description: 'The findings that pass the filters, in the order of the text.',
      headers: okHeaders,
      content: { 'application/json': { schema: FindingListResponse } },
    },
    ...problemResponses(400, 404),
  },
});

export function findingRoutes(app: OpenAPIHono<AppEnv>, precomputed: PrecomputedAnswers): void {
  // topic × stance is a closed set: every answer is built now.
  const built = new Map<string, ReturnType<typeof dataJson<FindingWithProvenance[]>>>();
  const key = (reportId: string, topic?: string, stance?: string) =>
    `${reportId} ${topic ?? ''} ${stance ?? ''}`;
  for (const report of reports) {
    const findings = report.findings.map((f) => ({
      ...f,
      provenanceUrl: provenanceUrl(report, f.source),
    }));
    for (const topic of [undefined, ...Topic.options]) {
      for (const stance of [undefined, ...Stance.options]) {
        const query = new URLSearchParams();
        if (topic !== undefined) query.set('topic', topic);
        if (stance !== undefined) query.set('stance', stance);
        const data = findings.filter(
          (f) =>
            (topic === undefined || f.topic === topic) &&
            (stance === undefined || f.stance === stance),
        );
        const search = query.size > 0 ? `?${query}` : '';
        precomputed.add(`/v1/reports/${report.id}/findings${search}`);
        built.set(
          key(report.id, topic, stance),
          dataJson(data, [report], `/v1/reports/${report.id}/findings${search}`),
        );
      }
    }
  }

  app.openapi(route, (c) => {
    const { topic, stance } = c.req.valid('query');
    const found = built.get(key(c.var.report.id, topic, stance));
    if (found === undefined) throw new Error(`findings for ${c.req.url} were not built`);
    return sendJson(c, found);
  });
}
