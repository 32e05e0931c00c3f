import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { canonicalQuery, provenanceUrl, type Report, Stance } from '@tip-report/core';
import { dataJson } from '../data-response.js';
import type { AppEnv } from '../env.js';
import { ProblemError, says } from '../problem.js';
import { findReport, reportIdParam, topicQuery } from '../report-lookup.js';
import { keptBy, sendJson } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';
import { FindingListResponse, type FindingWithProvenance } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/reports/{reportId}/findings',
  operationId: 'getReportFindings',
  tags: ['findings'],
  summary: "The report's qualitative findings, each with its quote",
  description:
    "What the text says in words: each finding has a topic, a stance, a one-line summary and the quote it rests on. The section's headline assessment carries `assessment: true`. A report whose text we do not ship (`provenance: cited`) has no findings: the list is empty.",
  middleware: [findReport] as const,
  request: {
    params: z.object({ reportId: reportIdParam }),
    query: z.object({
      topic: topicQuery('Only findings of this topic (one of the report’s topics).').optional(),
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

/** A findings query: the report, and the filters as the route validated them. */
interface FindingQuery {
  report: Report;
  topic?: string | undefined;
  stance?: Stance | undefined;
}

/** A topic the report does not have: a 400 listing the ones it has. */
function unknownTopic(report: Report, topic: string): ProblemError {
  const allowed = report.topics.map((t) => t.id);
  return new ProblemError('invalid-parameter', {
    detail: says('problem.detail.topic', {
      value: topic,
      id: report.id,
      topics: allowed.join(', '),
    }),
    parameter: 'topic',
    value: topic,
    allowed,
  });
}

export function findingRoutes(app: OpenAPIHono<AppEnv>): void {
  // topic × stance is a closed set for each report: each answer is built when first asked for.
  // Stance is checked by the query schema, so only the topic can be unknown (never kept).
  const answer = keptBy(
    ({ report, topic, stance }: FindingQuery) => JSON.stringify([report.id, topic, stance]),
    ({ report, topic, stance }: FindingQuery) => {
      if (topic !== undefined && !report.topics.some((t) => t.id === topic)) {
        throw unknownTopic(report, topic);
      }
      const search = canonicalQuery([
        ['topic', topic],
        ['stance', stance],
      ]);
      const data: FindingWithProvenance[] = report.findings
        .filter(
          (f) =>
            (topic === undefined || f.topic === topic) &&
            (stance === undefined || f.stance === stance),
        )
        .map((f) => ({ ...f, provenanceUrl: provenanceUrl(report, f.source) }));
      return dataJson(data, [report], `/v1/reports/${report.id}/findings${search}`);
    },
  );

  app.openapi(route, (c) => sendJson(c, answer({ report: c.var.report, ...c.req.valid('query') })));
}
