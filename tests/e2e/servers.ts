import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiEntry, startNodeServer } from '../support/node-server.js';

const repo = new URL('../../', import.meta.url);

export interface Running {
  origin: string;
  close: () => Promise<void>;
}

/** The partner's site: it can take a page while it runs (a snippet a test copied, say). */
export interface Partner extends Running {
  addPage: (path: string, body: string) => void;
}

/**
 * The real API, started from its built output as `pnpm start` does (`node dist/node.js` in
 * apps/api), on a free port: it serves /widget.js, /embed, /oembed and /v1 to the partner page.
 */
export async function startApi(): Promise<Running> {
  const server = await startNodeServer('api', ['--enable-source-maps', apiEntry]);
  return { origin: server.origin, close: server.stop };
}

/** The snippet apps/widget/README.md documents for resizing the iframe, exactly as written. */
export function documentedResizeSnippet(): string {
  const readme = readFileSync(new URL('apps/widget/README.md', repo), 'utf8');
  const block = /<!-- resize-snippet:start -->\s*```js\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error('apps/widget/README.md has no resize snippet');
  return block[1];
}

/**
 * A partner's site on another origin (localhost, not 127.0.0.1) with a strict CSP: its own
 * files plus the widget's origin for scripts, API calls, frames and images; no inline anything.
 */
export async function startPartner(
  apiOrigin: string,
  pages: Record<string, string>,
): Promise<Partner> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${apiOrigin}`,
    `connect-src 'self' ${apiOrigin}`,
    `frame-src ${apiOrigin}`,
    // The widget's pictures, the fallback content a page puts inside the element (README).
    `img-src 'self' ${apiOrigin}`,
  ].join('; ');
  const files: Record<string, { type: string; body: string }> = {
    '/resize.js': { type: 'text/javascript', body: documentedResizeSnippet() },
  };
  for (const [path, body] of Object.entries(pages)) files[path] = { type: 'text/html', body };
  const server: Server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) {
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': `${file.type}; charset=utf-8`,
        'content-security-policy': csp,
      })
      .end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    addPage: (path, body) => {
      files[path] = { type: 'text/html', body };
    },
  };
}

/** The snippet apps/widget/README.md documents for a page where no script runs, as written. */
export function documentedFallbackSnippet(apiOrigin: string): string {
  const readme = readFileSync(new URL('apps/widget/README.md', repo), 'utf8');
  const block = /<!-- fallback-snippet:start -->\s*```html\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error('apps/widget/README.md has no fallback snippet');
  return block[1].replaceAll('https://EDGE', apiOrigin);
}
