import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reports, seriesIds } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { nodeOptions } from '../node.js';
import { withDiscoveryLink } from './widget.js';

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
    expect(page).toBe(withDiscoveryLink(built('embed.html'), url));
    expect(page).toContain(`href="/oembed?url=${encodeURIComponent(url)}"`);
    expect(page).toContain('src="/widget.js"');
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

describe('GET /oembed', () => {
  const embed = `http://localhost/embed?report=${reports[0]?.id}&from=2016&to=2017`;

  it('is a rich oEmbed 1.0 answer whose html is an iframe of the /embed URL', async () => {
    const res = await app.request(`/oembed?url=${encodeURIComponent(embed)}&format=json`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 480 });
    expect(body.html).toBe(
      `<iframe src="${embed.replaceAll('&', '&amp;')}" width="640" height="480" title="${body.title}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
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
