// The baselines for `pnpm bench`: a bare Hono app on @hono/node-server that answers the same paths
// with the very same precomputed bytes (and a 304 for a matching ETag), so the ratio measures
// what our middleware and routing cost on top of Hono itself. With SAME_HEADERS=1 it also sends
// every header our server sent (CORS, caching, security), so that ratio isolates our code from
// the cost of the headers issue 3 asks for.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

export interface Fixture {
  path: string;
  contentType: string;
  etag: string;
  body: string;
  /** The headers our server sent with the 200 and with the 304, minus per-connection ones. */
  headers200: [string, string][];
  headers304: [string, string][];
}

const fixtures = JSON.parse(readFileSync(process.env.FIXTURES as string, 'utf8')) as Fixture[];
const sameHeaders = process.env.SAME_HEADERS === '1';
const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
for (const f of fixtures) {
  const body = Buffer.from(f.body, 'base64');
  const [pathname] = f.path.split('?');
  const h200 = sameHeaders
    ? Object.fromEntries(f.headers200)
    : { 'Content-Type': f.contentType, ETag: f.etag };
  const h304 = sameHeaders ? Object.fromEntries(f.headers304) : { ETag: f.etag };
  app.get(pathname as string, (c) => {
    if (c.req.header('if-none-match') === f.etag) return c.body(null, 304, h304);
    return c.body(body, 200, h200);
  });
}
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
process.on('SIGTERM', () => server.close(() => process.exit(0)));
