import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import packageJson from '../../package.json' with { type: 'json' };
import type { AppEnv } from '../env.js';
import { representJson, sendJson } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';
import { Health } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getHealth',
  tags: ['service'],
  summary: 'Liveness check',
  responses: {
    200: {
      description: 'The service is up; `version` is the API package version.',
      headers: okHeaders,
      content: { 'application/json': { schema: Health } },
    },
    ...problemResponses(),
  },
});

export const version: string = packageJson.version;

export function healthRoutes(app: OpenAPIHono<AppEnv>): void {
  const ok = representJson(Health.parse({ status: 'ok', version }));
  // A health answer from a cache would say nothing about the server behind it.
  app.openapi(route, (c) => sendJson(c, ok, 'no-store'));
}
