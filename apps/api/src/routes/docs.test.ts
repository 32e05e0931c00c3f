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
  it('shows the trend and the countries beside it, the embed builder, the docs and example calls', async () => {
    const res = await app.request('/');
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const page = await res.text();
    expect(page).toContain('<script type="module" src="/widget.js"></script>');
    // The trend of the default report's series, and every series with its metric side by side.
    const trend = page.indexOf(
      '<tip-comparison series="aze-protection" metric="victims.identified" view="trend"></tip-comparison>',
    );
    expect(trend).toBeGreaterThan(-1);
    const countries = page.indexOf(
      '<tip-comparison series="arm-protection,aze-protection,geo-protection" metric="victims.identified" view="trend" loading="lazy"></tip-comparison>',
    );
    expect(countries).toBeGreaterThan(trend);
    // The builder: a form of choices, its preview, and its script from this origin.
    expect(page).toContain('<form id="builder"');
    expect(page).toContain('<tip-comparison id="preview" series="aze-protection"');
    expect(page).toContain('<script type="module" src="/embed-builder.js"></script>');
    const script = await app.request('/embed-builder.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain("form.addEventListener('change', update)");
    expect(page).toContain('href="/docs"');
    expect(page).toContain('href="/openapi.json"');
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(page).not.toContain('<style');
    expect(page).not.toMatch(/ style="/);
    // Every example call on the page answers 200.
    const calls = [...page.matchAll(/<a href="(\/[^"]*)"><code>GET/g)].map((m) =>
      (m[1] as string).replaceAll('&amp;', '&'),
    );
    expect(calls.length).toBeGreaterThan(8);
    for (const call of calls) expect((await app.request(call)).status, call).toBe(200);
  });
});
