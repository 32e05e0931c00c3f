import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareCountries, localeIds, series } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { nodeOptions } from '../node.js';

const app = createApp(nodeOptions());
const widgetDist = resolve(
  import.meta.dirname,
  '../../',
  process.env.WIDGET_DIST ?? '../widget/dist',
);
const built = (name: string) => readFileSync(resolve(widgetDist, name));
const drawn = JSON.parse(built('pictures.json').toString('utf8')) as {
  themes: string[];
  countries: Record<string, string[]>;
};

/** Core's data: every metric with the series that have it, in core's order. */
const having = new Map<string, string[]>();
for (const s of series)
  for (const m of s.metrics) having.set(m.id, [...(having.get(m.id) ?? []), s.id]);
const shared = [...having].filter(([, ids]) => ids.length >= 2);
const alone = [...having].find(([, ids]) => ids.length === 1);
const [metric, ids] = shared[0] ?? ['', []];

function pngWidth(bytes: Uint8Array): number {
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);
}

describe('the country comparison as a picture', () => {
  it('is drawn for every metric two or more series share, of every series with it', () => {
    expect(shared.length).toBeGreaterThan(0);
    expect(drawn.countries).toEqual(Object.fromEntries(shared));
  });

  it('GET /v1/metrics/{metricId}/chart.svg|png: every shared metric, language and theme, as built', async () => {
    for (const [id] of shared) {
      for (const lang of localeIds) {
        for (const theme of drawn.themes) {
          const at = `/v1/metrics/${id}/chart`;
          const svg = await app.request(`${at}.svg?lang=${lang}&theme=${theme}`);
          expect(svg.status).toBe(200);
          expect(svg.headers.get('Content-Type')).toBe('image/svg+xml');
          expect(svg.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
          expect(svg.headers.get('Content-Language')).toBe(lang);
          expect(await svg.text()).toBe(
            built(`pictures/metrics/${id}/${lang}-${theme}.svg`).toString('utf8'),
          );
          const png = await app.request(`${at}.png?lang=${lang}&theme=${theme}`);
          expect(png.status).toBe(200);
          expect(png.headers.get('Content-Type')).toBe('image/png');
          expect(pngWidth(new Uint8Array(await png.arrayBuffer()))).toBe(1200);
        }
      }
    }
  });

  it('names the countries and the metric in its title, as core compares them', async () => {
    const svg = await (await app.request(`/v1/metrics/${metric}/chart.svg`)).text();
    const comparison = compareCountries(series, metric, { series: ids });
    expect(svg).toContain(
      `<title>${comparison.label}, ${comparison.rows.map((r) => r.country.name).join(', ')}</title>`,
    );
  });

  it('the default series, named in any order, is the same picture; br and 304 as for every picture', async () => {
    const plain = await app.request(`/v1/metrics/${metric}/chart.svg`);
    const named = await app.request(
      `/v1/metrics/${metric}/chart.svg?series=${[...ids].reverse().join(',')}`,
    );
    expect(named.status).toBe(200);
    expect(await named.text()).toBe(await plain.text());
    const br = await app.request(`/v1/metrics/${metric}/chart.svg`, {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    const again = await app.request(`/v1/metrics/${metric}/chart.svg`, {
      headers: { 'If-None-Match': plain.headers.get('ETag') as string },
    });
    expect(again.status).toBe(304);
  });

  const problems: [string, string, number, string, readonly string[]][] = [
    [
      'another series list',
      `/v1/metrics/${metric}/chart.png?series=${ids[0]}`,
      404,
      'series',
      [ids.join(',')],
    ],
    [
      'an unknown metric',
      '/v1/metrics/victims.found/chart.svg',
      404,
      'metricId',
      shared.map(([id]) => id),
    ],
    ['an unknown language', `/v1/metrics/${metric}/chart.svg?lang=de`, 400, 'lang', localeIds],
    ['an unknown theme', `/v1/metrics/${metric}/chart.png?theme=blue`, 400, 'theme', drawn.themes],
  ];
  if (alone)
    problems.push([
      'a metric of one series',
      `/v1/metrics/${alone[0]}/chart.svg`,
      404,
      'metricId',
      shared.map(([id]) => id),
    ]);
  it.each(problems)(
    '%s is a problem listing what is allowed (%s)',
    async (_what, path, status, parameter, allowed) => {
      const res = await app.request(path);
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      const body = await res.json();
      expect(body.parameter).toBe(parameter);
      expect([...body.allowed].sort()).toEqual([...allowed].sort());
    },
  );
});
