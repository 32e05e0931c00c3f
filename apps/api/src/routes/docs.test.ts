import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { createApp } from '../app.js';
import { nodeOptions } from '../node.js';

const app = createApp(nodeOptions());
const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 with every route the app answers, each with its errors as problems', async () => {
    const doc = await (await app.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(packageJson.version);
    const served = app.routes
      .filter((r) => r.method === 'GET')
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set(served)].sort());
    for (const [path, item] of Object.entries(doc.paths) as [
      string,
      { get: { responses: Record<string, { content?: Record<string, unknown> }> } },
    ][]) {
      expect(item.get.responses['405']?.content, path).toHaveProperty(['application/problem+json']);
    }
    expect(doc.components.schemas.Problem.required).toEqual([
      'type',
      'title',
      'status',
      'detail',
      'instance',
    ]);
  });
});

describe('GET /docs', () => {
  it('is Swagger UI from this origin: the page loads only same-origin files', async () => {
    const res = await app.request('/docs');
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const page = await res.text();
    const refs = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    // data:, is the empty icon that stops the browser asking for /favicon.ico: nothing is fetched.
    expect(refs).toEqual([
      'data:,',
      '/docs/swagger-ui.css',
      '/docs/swagger-ui-bundle.js',
      '/docs/init.js',
    ]);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it('serves swagger-ui-dist files byte for byte, and an init script that loads /openapi.json', async () => {
    const css = await app.request('/docs/swagger-ui.css');
    expect(await css.text()).toBe(readFileSync(join(swaggerDir, 'swagger-ui.css'), 'utf8'));
    const js = await app.request('/docs/swagger-ui-bundle.js');
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(readFileSync(join(swaggerDir, 'swagger-ui-bundle.js'), 'utf8'));
    expect(await (await app.request('/docs/init.js')).text()).toContain("url: '/openapi.json'");
  });
});

describe('GET /', () => {
  it('embeds the widget as a partner would and links the docs and example calls', async () => {
    const res = await app.request('/');
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const page = await res.text();
    expect(page).toContain('<script type="module" src="/widget.js"></script>');
    expect(page).toContain(
      '<tip-comparison report="aze-2018" from="2016" to="2017" api="/"></tip-comparison>',
    );
    // The series' trend with the tier timeline leads, above the comparison.
    const trend = page.indexOf(
      '<tip-comparison series="aze-protection" view="trend" api="/"></tip-comparison>',
    );
    expect(trend).toBeGreaterThan(-1);
    expect(trend).toBeLessThan(page.indexOf('<tip-comparison report="aze-2018"'));
    expect(page).toContain('href="/docs"');
    expect(page).toContain('href="/openapi.json"');
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(page).not.toContain('<style');
    // Every example call on the page answers 200.
    const calls = [...page.matchAll(/<a href="(\/[^"]*)"><code>GET/g)].map((m) =>
      (m[1] as string).replaceAll('&amp;', '&'),
    );
    expect(calls.length).toBeGreaterThan(8);
    for (const call of calls) expect((await app.request(call)).status, call).toBe(200);
  });
});

describe('GET /healthz', () => {
  it('says ok and the version, and is never cached', async () => {
    const res = await app.request('/healthz');
    expect(await res.json()).toEqual({ status: 'ok', version: packageJson.version });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('GET /problems/{slug}', () => {
  it('explains each problem type an error can carry', async () => {
    const problem = await (await app.request('/v1/reports/nope')).json();
    const res = await app.request(problem.type);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^404 Not found\n/);
  });

  it('titles every page with its status and title', async () => {
    for (const [slug, first] of [
      ['invalid-parameter', '400 Invalid parameter'],
      ['not-found', '404 Not found'],
      ['method-not-allowed', '405 Method not allowed'],
      ['internal-error', '500 Internal error'],
    ]) {
      const res = await app.request(`/problems/${slug}`);
      expect(res.status, slug).toBe(200);
      expect((await res.text()).split('\n')[0], slug).toBe(first);
    }
  });
});
