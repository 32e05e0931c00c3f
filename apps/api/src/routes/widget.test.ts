import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  compare,
  describeChange,
  getReport,
  getSeries,
  headlineMetricIds,
  reports,
  series,
  seriesIds,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { nodeOptions } from '../node.js';
import { withDiscoveryLink, withPageMeta } from './widget.js';

const app = createApp(nodeOptions());
// The files the widget build wrote: the API must serve exactly these bytes.
const widgetDist = resolve(
  import.meta.dirname,
  '../../',
  process.env.WIDGET_DIST ?? '../widget/dist',
);
const built = (name: string) => readFileSync(resolve(widgetDist, name), 'utf8');

describe('GET /widget.js', () => {
  it("is the widget build's widget.js, byte for byte, loadable from any origin", async () => {
    const res = await app.request('/widget.js', { headers: { Origin: 'https://partner.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(res.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
    expect(await res.text()).toBe(built('widget.js'));
  });
});

describe('GET /widget-*.js, the chunks widget.js loads on demand', () => {
  const chunks = readdirSync(widgetDist).filter((name) => /^widget-[\w-]+\.js$/.test(name));

  it.each(chunks)(
    "/%s is the widget build's file, byte for byte, loadable from any origin",
    async (name) => {
      const res = await app.request(`/${name}`, { headers: { Origin: 'https://partner.example' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
      expect(await res.text()).toBe(built(name));
    },
  );

  it('a chunk the build does not have is a 404 problem', async () => {
    const res = await app.request('/widget-nothing-here.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('GET /embed', () => {
  it('is embed.html, framable by any site, its oEmbed link pointing at this very page', async () => {
    const url = 'http://localhost/embed?report=aze-2018&from=2016&to=2017&theme=dark';
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    const page = await res.text();
    expect(page).toBe(withPageMeta(built('embed.html'), new URL(url)));
    expect(page).toContain(`href="/oembed?url=${encodeURIComponent(url)}"`);
    expect(page).toContain('src="/widget.js"');
  });

  it("carries a card of the page's state: og:image is its chart's PNG, which loads, core's sentence its alt", async () => {
    const report = getReport('aze-2018');
    if (!report) throw new Error('no aze-2018');
    const metric = headlineMetricIds(report)[0] as string;
    const [from, to] = [report.years[0] as number, report.years.at(-1) as number];
    const page = await (
      await app.request(`http://localhost/embed?report=${report.id}&theme=dark&lang=az`)
    ).text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(page)?.[1];
    const image = meta('og:image') as string;
    expect(image).toBe(
      `http://localhost/v1/reports/${report.id}/metrics/${metric}/chart.png?lang=az&amp;theme=dark&amp;from=${from}&amp;to=${to}`,
    );
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(image);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '800']);
    const comparison = compare(report, from, to, [metric], 'az');
    const sentence = describeChange(comparison.rows[0] as never, comparison.units, 'az');
    expect(meta('og:image:alt')).toBe(sentence.replaceAll('"', '&quot;'));
    const png = await app.request(image.replaceAll('&amp;', '&'));
    expect(png.status).toBe(200);
    expect(png.headers.get('Content-Type')).toBe('image/png');
  });

  it('names the metric and series it shows; an unread edition has no picture to show', async () => {
    const trend = await (
      await app.request(`http://localhost/embed?series=${seriesIds[0]}&metric=victims.identified`)
    ).text();
    expect(trend).toContain(
      `content="http://localhost/v1/series/${seriesIds[0]}/metrics/victims.identified/chart.png?lang=en&amp;theme=light"`,
    );
    const unread = reports.find((r) => r.metrics.length === 0);
    const none = await (await app.request(`http://localhost/embed?report=${unread?.id}`)).text();
    expect(none).not.toContain('og:image');
    expect(none).toContain('application/json+oembed');
  });

  it("a report page's picture is of the years the page compares; none of a later year against an earlier", async () => {
    // aze-2019 states three years: its pages may compare any two of them.
    const report = getReport('aze-2019');
    if (!report) throw new Error('no aze-2019');
    expect(report.years).toEqual([2016, 2017, 2018]);
    const metric = headlineMetricIds(report)[0] as string;
    const image = async (query: string) => {
      const page = await (
        await app.request(`http://localhost/embed?report=aze-2019${query}`)
      ).text();
      return /<meta property="og:image" content="([^"]*)">/
        .exec(page)?.[1]
        ?.replaceAll('&amp;', '&');
    };
    const chosen = await image(`&metric=${metric}&from=2017&to=2018`);
    expect(chosen).toBe(
      `http://localhost/v1/reports/aze-2019/metrics/${metric}/chart.png?lang=en&theme=light&from=2017&to=2018`,
    );
    // One year given: the widget compares it with the report's other end (core's comparedYears).
    expect(await image(`&metric=${metric}&from=2017`)).toContain('&from=2017&to=2018');
    // Years the report does not have: the widget shows its first and last, and so does the card.
    expect(await image(`&metric=${metric}&from=2012&to=2018`)).toContain('&from=2016&to=2018');
    // A later year against an earlier: the widget shows it, but no picture is drawn of it.
    expect(await image(`&metric=${metric}&from=2018&to=2016`)).toBeUndefined();
    const png = await app.request(chosen as string);
    expect(png.status).toBe(200);
    const svg = await (
      await app.request((chosen as string).replace('chart.png', 'chart.svg'))
    ).text();
    // The picture's bars are the two years asked for.
    expect(svg).toContain('data-year="2017"');
    expect(svg).toContain('data-year="2018"');
    expect(svg).not.toContain('data-year="2016"');
  });

  it("shows the picture of its state where no script runs, with core's sentence as its text", async () => {
    const url = 'http://localhost/embed?report=aze-2018&lang=ru&theme=dark';
    const page = await (await app.request(url)).text();
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(page)?.[1] ?? '';
    const img = /<img src="([^"]*)" alt="([^"]*)" lang="ru" width="600" height="400">/.exec(
      noscript,
    );
    expect(img).not.toBeNull();
    const report = getReport('aze-2018');
    if (!report) throw new Error('no aze-2018');
    const metric = headlineMetricIds(report)[0] as string;
    expect(img?.[1]?.replaceAll('&amp;', '&')).toBe(
      `/v1/reports/aze-2018/metrics/${metric}/chart.svg?lang=ru&theme=dark&from=2016&to=2017`,
    );
    const comparison = compare(report, 2016, 2017, [metric], 'ru');
    const sentence = describeChange(comparison.rows[0] as never, comparison.units, 'ru');
    expect(img?.[2]).toBe(sentence.replaceAll('"', '&quot;'));
    const svg = await app.request(`http://localhost${img?.[1]?.replaceAll('&amp;', '&')}`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('Content-Type')).toBe('image/svg+xml');
    // An edition nobody could read has no picture: the page keeps its own words.
    const unread = reports.find((r) => r.metrics.length === 0);
    const none = await (await app.request(`http://localhost/embed?report=${unread?.id}`)).text();
    expect(none).toMatch(/<noscript>[^<]+<\/noscript>/);
  });

  it('withDiscoveryLink replaces the page link, or adds one to <head>, escaping the URL', () => {
    const withLink =
      '<head><link rel="alternate" type="application/json+oembed" href="/oembed?url=…"></head>';
    expect(withDiscoveryLink(withLink, 'http://h/embed?a="x"')).toBe(
      '<head><link rel="alternate" type="application/json+oembed" href="/oembed?url=http%3A%2F%2Fh%2Fembed%3Fa%3D%22x%22" title="tip-report comparison"></head>',
    );
    expect(withDiscoveryLink('<head></head>', 'http://h/embed')).toContain(
      'href="/oembed?url=http%3A%2F%2Fh%2Fembed" title="tip-report comparison"></head>',
    );
  });
});

/**
 * The countries widget's page of every series and what its picture must be, from core's data: the
 * first headline metric of the page's series that every one of them has (the widget's pick).
 */
const everySeries = seriesIds.join(',');
const countriesMetric = series
  .flatMap((s) => headlineMetricIds(s))
  .find((id) => series.every((s) => s.metrics.some((m) => m.id === id))) as string;

describe('the countries widget (several series)', () => {
  it("/embed's og:image and /oembed's thumbnail_url are the country comparison's PNG, 1200 px wide", async () => {
    expect(countriesMetric).toBeDefined();
    const expected = `http://localhost/v1/metrics/${countriesMetric}/chart.png?lang=ru&theme=dark`;
    const embed = `http://localhost/embed?series=${everySeries}&lang=ru&theme=dark`;
    const page = await (await app.request(embed)).text();
    const image = /<meta property="og:image" content="([^"]*)">/.exec(page)?.[1];
    expect(image?.replaceAll('&amp;', '&')).toBe(expected);
    const body = await (await app.request(`/oembed?url=${encodeURIComponent(embed)}`)).json();
    expect(body).toMatchObject({ thumbnail_url: expected, thumbnail_width: 1200 });
    const png = new Uint8Array(await (await app.request(expected)).arrayBuffer());
    expect(new DataView(png.buffer).getUint32(16)).toBe(1200);
  });

  it("a metric asked for is the picture's, where the page's series are the ones it draws", async () => {
    const other = getSeries(seriesIds[0] as string)
      ?.metrics.map((m) => m.id)
      .find(
        (id) => id !== countriesMetric && series.every((s) => s.metrics.some((m) => m.id === id)),
      );
    expect(other).toBeDefined();
    const page = await (
      await app.request(`http://localhost/embed?series=${everySeries}&metric=${other}`)
    ).text();
    expect(page).toContain(`/v1/metrics/${other}/chart.png?lang=en&amp;theme=light"`);
  });
});

describe('GET /oembed', () => {
  const embed = `http://localhost/embed?report=${reports[0]?.id}&from=2016&to=2017`;

  it('is a rich oEmbed 1.0 answer whose html is an iframe of the /embed URL', async () => {
    const res = await app.request(`/oembed?url=${encodeURIComponent(embed)}&format=json`);
    expect(res.status).toBe(200);
    const body = await res.json();
    // The widget's fixed height at 640 px (its README: 540 px at 480 px and wider).
    expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 540 });
    // No style attribute: a strict CSP (no 'unsafe-inline' styles) would refuse it.
    expect(body.html).toBe(
      `<iframe src="${embed.replaceAll('&', '&amp;')}" width="640" height="540" title="${body.title}" loading="lazy" data-tip-report></iframe>`,
    );
    // An edition nobody could read has no chart: no thumbnail.
    expect(body.thumbnail_url).toBeUndefined();
  });

  it("gives the chart's PNG as its thumbnail, 1200 × 800, which loads", async () => {
    const page = 'http://localhost/embed?report=aze-2018&lang=ru';
    const body = await (await app.request(`/oembed?url=${encodeURIComponent(page)}`)).json();
    expect(body).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 800 });
    expect(body.thumbnail_url).toMatch(
      /^http:\/\/localhost\/v1\/reports\/aze-2018\/metrics\/[\w.]+\/chart\.png\?lang=ru&theme=light&from=2016&to=2017$/,
    );
    const png = await app.request(body.thumbnail_url);
    expect(png.status).toBe(200);
    expect(png.headers.get('Content-Type')).toBe('image/png');
  });

  it('takes a series trend page too, its query kept in the iframe', async () => {
    const trend = `http://localhost/embed?series=${seriesIds[0]}&view=trend`;
    const res = await app.request(`/oembed?url=${encodeURIComponent(trend)}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.html).toContain(`src="${trend.replaceAll('&', '&amp;')}"`);
  });

  it('fits maxwidth and maxheight', async () => {
    const res = await app.request(
      `/oembed?url=${encodeURIComponent(embed)}&maxwidth=400&maxheight=300`,
    );
    expect(await res.json()).toMatchObject({ width: 400, height: 300 });
  });

  it('under 480 px wide, the height is the narrow widget’s (its README: 680 px)', async () => {
    const res = await app.request(`/oembed?url=${encodeURIComponent(embed)}&maxwidth=400`);
    expect(await res.json()).toMatchObject({ width: 400, height: 680 });
  });

  it.each([
    ['url=not%20a%20url', 'url'],
    ['url=https%3A%2F%2Felsewhere.example%2Fembed', 'url'],
    [`url=${encodeURIComponent('http://localhost/docs')}`, 'url'],
    ['', 'url'],
    [`url=${encodeURIComponent(embed)}&format=xml`, 'format'],
    [`url=${encodeURIComponent(embed)}&maxwidth=0`, 'maxwidth'],
  ])('?%s is a 400 about %s', async (query, parameter) => {
    const res = await app.request(`/oembed?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await res.json()).parameter).toBe(parameter);
  });
});
