import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CsvKind, CsvTableSchema, csvTableSchema } from '@tip-report/core';
import { CSVW_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { keptBy, representJson, sendJson } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';

const route = createRoute({
  method: 'get',
  path: '/v1/csvw/{kind}',
  operationId: 'getCsvTableSchema',
  tags: ['csv'],
  summary: 'The W3C CSVW table schema of one kind of CSV: its columns, their types and meaning',
  description:
    'Every CSV answer links here with `Link: <…>; rel="describedby"; type="application/csvm+json"`. One kind of CSV has the same columns, in the same order, with the same types, for every report, series, year and language: read every file of a kind with these types and an empty column is null, not text. report-metrics: `/v1/reports/{id}/metrics`; series-metrics: `/v1/series/{id}/metrics`; report-compare and series-compare: the two `/compare` routes; restatements: `/v1/series/{id}/restatements`.',
  request: { params: z.object({ kind: CsvKind }) },
  responses: {
    200: {
      description: 'The table schema (CSVW metadata vocabulary), derived from core’s column list.',
      headers: okHeaders,
      content: { [CSVW_TYPE]: { schema: CsvTableSchema } },
    },
    ...problemResponses(404),
  },
});

export function csvwRoutes(app: OpenAPIHono<AppEnv>): void {
  const schema = keptBy(
    (kind: CsvKind) => kind,
    (kind: CsvKind) => representJson(csvTableSchema(kind), {}, CSVW_TYPE),
  );
  app.openapi(route, (c) => sendJson(c, schema(c.req.valid('param').kind)));
}
