import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { HTML_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { once, represent, representJson, send, sendJson } from '../representation.js';
import { okHeaders, problemResponses, withAppResponses } from '../responses.js';
import { version } from './health.js';

const openapiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  operationId: 'getOpenApiDocument',
  tags: ['service'],
  summary: 'This document: OpenAPI 3.1',
  responses: {
    200: {
      description: 'The OpenAPI 3.1 document, generated from the zod schemas.',
      headers: okHeaders,
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
    ...problemResponses(),
  },
});

const docsRoute = createRoute({
  method: 'get',
  path: '/docs',
  operationId: 'getDocs',
  tags: ['service'],
  summary: 'Interactive API reference (Swagger UI, served from this origin)',
  responses: {
    200: {
      description: 'The reference page.',
      headers: okHeaders,
      content: { [HTML_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(),
  },
});

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tip-report API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

/**
 * /openapi.json and /docs. The document describes every route, so it is generated on its first
 * request, when they are all registered; Swagger UI's files are static files (static-files.ts).
 */
export function docsRoutes(app: OpenAPIHono<AppEnv>): void {
  const reference = once(() => represent(page, HTML_TYPE));
  const document = once(() => {
    const openapi = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'tip-report API',
        version,
        description: [
          "Figures from the U.S. State Department's Trafficking in Persons report, each with the words that state it (a quote from a text we ship, or a locator on the edition's page) and a link that highlights them on the report's page. A series puts the editions of one section together: any two data years compared, each figure with every edition's statement of it.",
          '',
          'Every answer under `/v1` is public (`Access-Control-Allow-Origin: *`), has a strong `ETag` (send `If-None-Match` for a 304) and is cacheable. Every error is `application/problem+json` (RFC 9457) saying what was wrong and, where you chose wrongly, what is allowed (`allowed`). Methods other than GET, HEAD and OPTIONS answer 405 with `Allow`.',
        ].join('\n'),
        license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      },
      servers: [{ url: '/', description: 'This server' }],
      // Public: no operation needs credentials (Redocly's security-defined rule asks to say so).
      security: [],
      tags: [
        { name: 'reports', description: 'Reports, their source text and citation.' },
        { name: 'metrics', description: 'Figures and year-on-year comparison.' },
        { name: 'findings', description: 'What the text says in words.' },
        {
          name: 'series',
          description:
            "One section of one country's narrative across editions: every figure by data year, with each edition's statement of it.",
        },
        {
          name: 'csv',
          description:
            'The CSVW table schema of each kind of CSV: the columns, their types and meaning.',
        },
        { name: 'widget', description: 'The embeddable comparison widget.' },
        {
          name: 'pictures',
          description:
            "The widget's charts as pictures (SVG, and PNG at 2×), drawn at build time: for where no script runs.",
        },
        { name: 'service', description: 'Health, this document and the reference page.' },
      ],
    });
    // An OpenAPIObject is plain JSON; its TypeScript type just lacks an index signature. The
    // statuses the app's middleware answers for every route are declared last, from the document.
    return representJson(withAppResponses(openapi) as unknown as Record<string, unknown>);
  });

  app.openapi(openapiRoute, (c) => sendJson(c, document()));
  app.openapi(docsRoute, (c) => send(c, reference()));
}
