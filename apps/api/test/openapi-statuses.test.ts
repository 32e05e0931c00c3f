// The statuses /openapi.json declares are the ones the app answers (issue 14): a 304 on every
// operation that sends an ETag, a 400 on exactly the operations that take a query parameter, a
// 500 everywhere, and byte ranges (206, 416) on the static files only. The Prism run in the tests
// package (tests/src/integrators/prism.test.ts) replays requests against all of them.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { nodeOptions } from '../src/node.js';
import { staticFiles } from '../src/static-files.js';

type Header = { required?: boolean };
type Response = { headers?: Record<string, Header>; content?: Record<string, unknown> };
type Operation = {
  operationId: string;
  parameters?: { in: string; name: string }[];
  responses: Record<string, Response>;
};

const app = createApp(nodeOptions());
const operations = async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.values(item).map((op) => ({ path, op })),
  );
};

describe('the statuses /openapi.json declares', () => {
  it('declares 304, with its headers, on every operation whose 200 sends an ETag (all of them)', async () => {
    const all = await operations();
    expect(all.length).toBeGreaterThanOrEqual(37);
    for (const { op } of all) {
      expect(op.responses['200']?.headers?.ETag?.required, op.operationId).toBe(true);
      const notModified = op.responses['304'];
      expect(notModified, op.operationId).toBeDefined();
      expect(notModified?.content, op.operationId).toBeUndefined();
      expect(Object.keys(notModified?.headers ?? {})).toEqual(
        expect.arrayContaining(['ETag', 'Cache-Control', 'Vary']),
      );
    }
  });

  it('declares 400 on exactly the operations that take a query parameter', async () => {
    const all = await operations();
    const withQuery = all.filter(({ op }) => op.parameters?.some((p) => p.in === 'query'));
    expect(withQuery.map(({ op }) => op.operationId)).toEqual(
      expect.arrayContaining(['getReport', 'getReportMetric', 'getSeries', 'getOEmbed']),
    );
    for (const { op } of all) {
      const takesQuery = withQuery.some((w) => w.op === op);
      expect(op.responses['400'] !== undefined, op.operationId).toBe(takesQuery);
      if (takesQuery) {
        expect(Object.keys(op.responses['400']?.content ?? {})).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });

  it.each([
    ['/v1/reports/aze-2018?lang=xx', 'lang'],
    ['/v1/reports/aze-2018/metrics/victims.identified?lang=xx', 'lang'],
    ['/v1/series/aze-protection?lang=xx', 'lang'],
  ])('%s is the 400 problem now declared', async (path, parameter) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ parameter, allowed: ['az', 'en', 'ru'] });
  });

  it('declares 500 (a bug) everywhere, and 206 and 416 on the static files only', async () => {
    for (const { path, op } of await operations()) {
      expect(op.responses['500'], op.operationId).toBeDefined();
      const isStatic = staticFiles[path] !== undefined;
      expect(op.responses['206'] !== undefined, op.operationId).toBe(isStatic);
      expect(op.responses['416'] !== undefined, op.operationId).toBe(isStatic);
    }
  });

  it('a static file answers a byte range 206 and a range past its end 416, as declared', async () => {
    const ranged = await app.request('/widget.js', { headers: { Range: 'bytes=0-9' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('Content-Range')).toMatch(/^bytes 0-9\/\d+$/);
    const past = await app.request('/widget.js', { headers: { Range: 'bytes=99999999-' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('Content-Range')).toMatch(/^bytes \*\/\d+$/);
  });
});
