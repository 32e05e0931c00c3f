// The files of dist/static (scripts/build-static.mjs): Swagger UI, the widget and its chunks, the
// iframe page. The Worker serves them with Cloudflare's asset server (wrangler `assets`) before
// the app runs; Node serves them from disk (src/node-static.ts). Both sit behind one interface,
// a fetcher like the Worker's `ASSETS` binding, so the app answers them the same way wherever a
// request for one reaches it.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { staticFiles } from './generated/static-files.generated.js';
import { CORS_HEADERS, dataHeadersFor, PUBLIC_CACHE } from './header-policy.js';
import { okHeaders, problemResponse, problemResponses } from './responses.js';

export { staticFiles };

/** What serves the static files: the Worker's `ASSETS` binding, or src/node-static.ts. */
export interface AssetFetcher {
  fetch(request: Request): Promise<Response>;
}

/** The headers of a static file's answer the fetcher sets; the app adds its policy to them. */
const KEPT = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-range',
  'accept-ranges',
  'etag',
  'vary',
];

/**
 * The fetcher's answer for the static file at `path`, with the data header policy, CORS and
 * public caching (the same headers `_headers` gives them on Cloudflare); undefined where there is
 * no such file (or no fetcher). The request's own headers (encodings, If-None-Match, Range) go
 * along: the fetcher answers them as the build prepared.
 */
export async function assetAnswer(
  request: Request,
  path: string,
  fetcher: AssetFetcher | undefined,
  etag: string | undefined = staticFiles[path]?.variants.identity.etag,
): Promise<Response | undefined> {
  if (fetcher === undefined) return undefined;
  const url = new URL(request.url);
  // Always as GET: Hono drops the body of a HEAD answer itself, and the response cache must
  // never keep a HEAD's empty body as the GET's.
  const asked =
    url.pathname === path && request.method === 'GET'
      ? request
      : new Request(new URL(path, url), { method: 'GET', headers: request.headers });
  const found = await fetcher.fetch(asked);
  if (found.status === 404) return undefined;
  const headers = new Headers();
  for (const name of KEPT) {
    const value = found.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The build's strong ETag (the SHA-256 of the bytes), wherever the fetcher has its own.
  if (found.status === 200 && !headers.has('content-encoding') && etag !== undefined) {
    headers.set('ETag', etag);
  }
  headers.set('Cache-Control', PUBLIC_CACHE);
  for (const name in CORS_HEADERS) headers.set(name, CORS_HEADERS[name] as string);
  if (found.status !== 304) {
    const policy = dataHeadersFor(headers.get('Content-Type'));
    for (const name in policy) headers.set(name, policy[name] as string);
  }
  return new Response(found.body, { status: found.status, headers });
}

/**
 * Answers GET and HEAD at a static file's path from the fetcher (assetAnswer). The widget's
 * pictures are files too (/pictures/…, as Cloudflare's asset server answers them before the
 * Worker runs), though their manifest is Node's alone: whatever the fetcher has there, it answers.
 */
export function staticFileAnswers(assets: AssetFetcher | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if (
      (method !== 'GET' && method !== 'HEAD') ||
      (staticFiles[path] === undefined && !path.startsWith('/pictures/'))
    ) {
      return next();
    }
    const answer = await assetAnswer(c.req.raw, c.req.path, assets ?? c.env?.ASSETS);
    return answer ?? next();
  };
}

/** The static file's address as an OpenAPI operation id: `/widget-ru.js` → `getWidgetRuJs`. */
const operationIdOf = (path: string) =>
  `get${path
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('')}`;

/** What the reference says about each static file, by path prefix; the rest are widget chunks. */
function describe(path: string): { tag: string; summary: string; description?: string } {
  if (path.startsWith('/docs/')) {
    return { tag: 'service', summary: `Part of the API reference page: ${path.slice(6)}` };
  }
  if (path === '/widget.js') {
    return {
      tag: 'widget',
      summary: 'The <tip-comparison> custom element (one ES module)',
      description:
        'Load it as a module script (`type="module"`) on any site; it is served with `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin`.',
    };
  }
  if (path === '/embed.html') {
    return { tag: 'widget', summary: 'The iframe page as built (see /embed, which links oEmbed)' };
  }
  return {
    tag: 'widget',
    summary: `A part of the widget that widget.js loads on demand: ${path.slice(1)}`,
  };
}

const acceptRanges = {
  description: '`bytes`: a `Range` request gets that part of the file (206).',
  schema: { type: 'string' as const, enum: ['bytes'] },
};
const contentRange = {
  description: 'Which bytes of the file these are, `bytes first-last/size` (416: `bytes */size`).',
  required: true,
  schema: { type: 'string' as const },
};

/** The 404 of a static file or of /embed: what a server without its built files answers. */
export const notDeployed = problemResponse(
  'Only from a server deployed without its built files (a Worker without its `ASSETS` binding): the file is not here.',
);

/**
 * Declares every static file in the OpenAPI document (one helper for all of them). The handlers
 * only answer where no fetcher did (a Worker without its assets): a 404 problem.
 */
export function staticFileRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const [path, file] of Object.entries(staticFiles)) {
    const { tag, summary, description } = describe(path);
    app.openapi(
      createRoute({
        method: 'get',
        path,
        operationId: operationIdOf(path),
        tags: [tag],
        summary,
        ...(description === undefined ? {} : { description }),
        responses: {
          200: {
            description: 'The file, as built (br or gzip where the client accepts it).',
            headers: { ...okHeaders, 'Accept-Ranges': acceptRanges },
            content: { [file.type]: { schema: z.string() } },
          },
          206: {
            description:
              'The byte range that `Range: bytes=first-last` asked for (one range, of the file as built, never compressed).',
            headers: { ...okHeaders, 'Accept-Ranges': acceptRanges, 'Content-Range': contentRange },
            content: { [file.type]: { schema: z.string() } },
          },
          416: {
            description:
              'The range asked for starts past the end of the file; `Content-Range: bytes */size` gives its size. No body.',
            headers: { 'Content-Range': contentRange },
          },
          404: notDeployed,
          ...problemResponses(),
        },
      }),
      (c) => c.notFound() as never,
    );
  }
}
