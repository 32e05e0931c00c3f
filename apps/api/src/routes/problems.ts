import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { message } from '@tip-report/core';
import { TEXT_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { ProblemError, type ProblemType, problemTypes, says } from '../problem.js';
import { represent, sendText } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';

const route = createRoute({
  method: 'get',
  path: '/problems/{slug}',
  operationId: 'getProblemType',
  tags: ['service'],
  summary: 'What a problem `type` means',
  request: {
    params: z.object({
      slug: z.enum(Object.keys(problemTypes) as [ProblemType, ...ProblemType[]]),
    }),
  },
  responses: {
    200: {
      description: 'A short explanation of the problem type.',
      headers: okHeaders,
      content: { [TEXT_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(404),
  },
});

export function problemRoutes(app: OpenAPIHono<AppEnv>): void {
  const pages = new Map(
    Object.entries(problemTypes).map(([slug, p]) => [
      slug,
      represent(
        `${p.status} ${message('en', `problem.${slug}.title`)}\n\n${p.description}\n`,
        TEXT_TYPE,
      ),
    ]),
  );
  app.openapi(route, (c) => {
    const { slug } = c.req.valid('param');
    const page = pages.get(slug);
    if (page === undefined) {
      throw new ProblemError('not-found', {
        detail: says('problem.detail.noProblemType', { slug }),
      });
    }
    return sendText(c, page);
  });
}
