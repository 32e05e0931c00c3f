// What generated clients and Redocly need of /openapi.json (issue 10): an operationId on every
// operation, the API declared public, and the years typed as integers in the data's range, with
// a request outside it still a 400 problem that names the parameter and lists the allowed years.
import { readFileSync } from 'node:fs';
import { reports, series } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { nodeOptions } from '../src/node.js';

const app = createApp(nodeOptions());
type Operation = { operationId?: string; parameters?: { name: string; schema: unknown }[] };
const document = async () =>
  (await (await app.request('/openapi.json')).json()) as {
    security?: unknown[];
    paths: Record<string, Record<string, Operation>>;
  };

describe('the OpenAPI document, for generators', () => {
  it('gives every operation a unique camelCase operationId and declares the API public', async () => {
    const doc = await document();
    expect(doc.security).toEqual([]);
    const ids = Object.values(doc.paths).flatMap((path) =>
      Object.values(path).map((op) => op.operationId),
    );
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['getReportCompare', 'getSeriesMetrics', 'getWidgetJs']),
    );
  });

  it('types the years as integers from the first to the last year of any report or series', async () => {
    const years = [...reports.flatMap((r) => r.years), ...series.flatMap((s) => s.years)];
    const range = { minimum: Math.min(...years), maximum: Math.max(...years) };
    const doc = await document();
    const yearParameters = Object.values(doc.paths)
      .flatMap((path) => Object.values(path))
      .flatMap((op) => op.parameters ?? [])
      .filter((p) => ['year', 'from', 'to'].includes(p.name));
    // year, from and to: report and series metrics (2), both comparisons (4), across countries
    // (2), and a report's picture (from and to, SVG and PNG: 4).
    expect(yearParameters.length).toBe(12);
    for (const p of yearParameters) {
      expect(p.schema).toMatchObject({ type: 'integer', ...range });
    }
  });

  it.each([
    ['/v1/reports/aze-2018/metrics?year=2016.5', 'year'],
    ['/v1/reports/aze-2018/metrics?year=99999', 'year'],
    ['/v1/reports/aze-2018/compare?from=1900&to=2017', 'from'],
    ['/v1/reports/aze-2018/compare?from=2016&to=', 'to'],
  ])('%s is a 400 problem about %s, listing the allowed years', async (path, parameter) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ parameter, allowed: ['2016', '2017'] });
  });
});

describe('wrangler defaults live in wrangler.jsonc only', () => {
  it('dev:worker passes no --ip or --port, so `pnpm dev:worker --ip 0.0.0.0` can', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['dev:worker']).not.toMatch(/--ip|--port/);
    const config = readFileSync(new URL('../wrangler.jsonc', import.meta.url), 'utf8');
    expect(config).toMatch(/"dev":\s*\{\s*"ip":\s*"127\.0\.0\.1",\s*"port":\s*8788\s*\}/);
  });
});
