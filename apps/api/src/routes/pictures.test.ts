import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getReport, getSeries, localeIds, reports, series, translated } from '@tip-report/core';
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
/** What the widget's build says it drew. */
const drawn = JSON.parse(built('pictures.json').toString('utf8')) as {
  themes: string[];
  pictures: Record<string, string[]>;
  yearPairs: Record<string, [number, number][]>;
};

/** A PNG's size from its IHDR chunk: width and height, big-endian, at bytes 16 and 20. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const trend = getSeries('aze-protection');
const report = getReport('aze-2018');
if (!trend || !report) throw new Error('the data lost aze-protection or aze-2018');
const metric = 'victims.identified';

describe('which pictures the widget build draws', () => {
  it('one per metric with a figure, of every series and report: none of an unread edition', () => {
    // Counted from core's data here, not from the build.
    const expected = Object.fromEntries([
      ...series.map((s) => [
        `series/${s.id}`,
        s.metrics.filter((m) => m.points.length > 0).map((m) => m.id),
      ]),
      ...reports.map((r) => [
        `reports/${r.id}`,
        r.metrics.filter((m) => m.observations.length > 0).map((m) => m.id),
      ]),
    ]);
    expect(drawn.pictures).toEqual(expected);
    expect(reports.some((r) => r.metrics.length === 0)).toBe(true);
  });

  it("in the widget's two themes", () => {
    expect(drawn.themes).toEqual(['light', 'dark']);
  });
});

describe('GET …/chart.svg and …/chart.png', () => {
  it.each([
    ['series', trend.id],
    ['reports', report.id],
  ])('%s/%s: every language and theme, SVG as built and PNG 1200 px wide', async (kind, id) => {
    for (const lang of localeIds) {
      for (const theme of drawn.themes) {
        const at = `/v1/${kind}/${id}/metrics/${metric}/chart`;
        const svg = await app.request(`${at}.svg?lang=${lang}&theme=${theme}`);
        expect(svg.status).toBe(200);
        expect(svg.headers.get('Content-Type')).toBe('image/svg+xml');
        expect(svg.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
        expect(svg.headers.get('Content-Language')).toBe(lang);
        const text = await svg.text();
        // A report's picture compares its first and last years unless asked.
        const years = kind === 'reports' ? `${report.years[0]}-${report.years.at(-1)}/` : '';
        expect(text).toBe(
          built(`pictures/${kind}/${id}/${metric}/${years}${lang}-${theme}.svg`).toString('utf8'),
        );
        expect(text).toContain(`lang="${lang}"`);
        expect(text).toContain('font-family:"Noto Sans"');
        expect(text).not.toMatch(/var\(|<script|\son[a-z]+=/);
        const png = await app.request(`${at}.png?lang=${lang}&theme=${theme}`);
        expect(png.status).toBe(200);
        expect(png.headers.get('Content-Type')).toBe('image/png');
        expect(pngSize(new Uint8Array(await png.arrayBuffer()))).toEqual({
          width: 1200,
          height: 800,
        });
      }
    }
  });

  it('English and light unless asked; the words of the title are the language’s', async () => {
    const plain = await app.request(`/v1/series/${trend.id}/metrics/${metric}/chart.svg`);
    expect(await plain.text()).toBe(
      built(`pictures/series/${trend.id}/${metric}/en-light.svg`).toString('utf8'),
    );
    const ru = await (
      await app.request(`/v1/series/${trend.id}/metrics/${metric}/chart.svg?lang=ru`)
    ).text();
    const shown = trend.metrics.find((m) => m.id === metric);
    if (!shown) throw new Error(`aze-protection lost ${metric}`);
    expect(ru).toContain(`<title>${translated(shown, 'label', shown.label, 'ru')}`);
  });

  it('an SVG may use its own <style> (and nothing else); a PNG keeps the data policy', async () => {
    const svg = await app.request(`/v1/reports/${report.id}/metrics/${metric}/chart.svg`);
    expect(svg.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    const png = await app.request(`/v1/reports/${report.id}/metrics/${metric}/chart.png`);
    expect(png.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(png.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('a precompressed SVG for br, and 304 for its ETag', async () => {
    const at = `/v1/series/${trend.id}/metrics/${metric}/chart.svg`;
    const br = await app.request(at, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    const plain = await app.request(at);
    const etag = plain.headers.get('ETag') as string;
    const again = await app.request(at, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it("a report's picture of any two of its years, the earlier first", async () => {
    const three = getReport('aze-2019');
    if (!three) throw new Error('the data lost aze-2019');
    expect(drawn.yearPairs[three.id]).toEqual([
      [2016, 2017],
      [2016, 2018],
      [2017, 2018],
    ]);
    for (const [from, to] of drawn.yearPairs[three.id] ?? []) {
      const at = `/v1/reports/${three.id}/metrics/${metric}/chart.svg?from=${from}&to=${to}`;
      const svg = await app.request(at);
      expect(svg.status).toBe(200);
      const text = await svg.text();
      expect(text).toBe(
        built(`pictures/reports/${three.id}/${metric}/${from}-${to}/en-light.svg`).toString('utf8'),
      );
      const bars = [...text.matchAll(/data-year="(\d{4})"/g)].map((m) => Number(m[1]));
      expect(bars).toEqual([from, to]);
    }
    // Every report with years has a picture pair for its first and last, and no other kind.
    for (const r of reports) {
      const pairs = drawn.yearPairs[r.id] ?? [];
      const n = r.years.length;
      expect(pairs).toHaveLength((n * (n - 1)) / 2);
    }
  });

  const problems: [string, number, string, readonly string[]][] = [
    [
      `/v1/reports/aze-2019/metrics/${metric}/chart.svg?from=2018&to=2016`,
      400,
      'from',
      ['2016', '2017'],
    ],
    [`/v1/reports/aze-2019/metrics/${metric}/chart.svg?from=2017&to=2017`, 400, 'to', ['2018']],
    [
      `/v1/reports/${report.id}/metrics/${metric}/chart.png?from=2015`,
      400,
      'from',
      report.years.map(String),
    ],
    [`/v1/series/zzz/metrics/${metric}/chart.svg`, 404, 'seriesId', series.map((s) => s.id)],
    [`/v1/reports/zzz-1999/metrics/${metric}/chart.png`, 404, 'reportId', reports.map((r) => r.id)],
    [
      `/v1/series/${trend.id}/metrics/victims.found/chart.svg`,
      404,
      'metricId',
      trend.metrics.map((m) => m.id),
    ],
    [`/v1/series/${trend.id}/metrics/${metric}/chart.svg?lang=de`, 400, 'lang', localeIds],
    [`/v1/reports/${report.id}/metrics/${metric}/chart.png?theme=blue`, 400, 'theme', drawn.themes],
  ];
  it.each(problems)(
    '%s is a %i problem about %s, listing what is allowed',
    async (path, status, parameter, allowed) => {
      const res = await app.request(path);
      expect(res.status).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      const body = await res.json();
      expect(body.parameter).toBe(parameter);
      expect([...body.allowed].sort()).toEqual([...allowed].sort());
    },
  );

  it('an unread edition has no picture: a 404 that allows no metric', async () => {
    const unread = reports.find((r) => r.metrics.length === 0);
    const res = await app.request(`/v1/reports/${unread?.id}/metrics/${metric}/chart.png`);
    expect(res.status).toBe(404);
    expect((await res.json()).allowed).toEqual([]);
  });

  it('a metric without a figure has no picture: the 404 lists the metrics that have one', async () => {
    const lacking = reports
      .flatMap((r) => r.metrics.map((m) => ({ r, m })))
      .find(({ m }) => m.observations.length === 0);
    if (!lacking) throw new Error('every metric of every report has a figure now');
    const res = await app.request(`/v1/reports/${lacking.r.id}/metrics/${lacking.m.id}/chart.svg`);
    expect(res.status).toBe(404);
    expect((await res.json()).allowed).toEqual(
      lacking.r.metrics.filter((m) => m.observations.length > 0).map((m) => m.id),
    );
  });
});
