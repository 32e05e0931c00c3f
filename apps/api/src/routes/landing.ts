import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  defaultReport,
  headlineMetricIds,
  type Report,
  type Series,
  series,
} from '@tip-report/core';
import { html } from 'hono/html';
import { CSS_TYPE, HTML_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { once, represent, send } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';

const landingRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getLandingPage',
  tags: ['service'],
  summary: 'What this is, the widget as a partner embeds it, and example calls',
  responses: {
    200: {
      description: 'The landing page.',
      headers: okHeaders,
      content: { [HTML_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(),
  },
});

const styleRoute = createRoute({
  method: 'get',
  path: '/site.css',
  operationId: 'getSiteCss',
  tags: ['service'],
  summary: "The landing page's stylesheet",
  responses: {
    200: {
      description: 'CSS.',
      headers: okHeaders,
      content: { [CSS_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(),
  },
});

// A stylesheet file, not a <style> element, so the page works under `style-src 'self'`.
const css = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { overflow-x: auto; padding: 0.75rem; border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 6px; }
.widget { margin: 1.5rem 0; }
/* The widgets' space is kept before they are defined and while they load their figures, so
   nothing on the first screen moves when they render: both views are taller than 30rem at any
   width (in Chromium at 412px, about 2400px and 4000px once rendered). */
tip-comparison { display: block; }
.widget tip-comparison { min-height: 30rem; }
ul.calls li { margin: 0.2rem 0; }
`;

/**
 * A series as the trend view shows it: every figure across its data years, with the editions'
 * tier timeline along the year axis. Above the report comparison, as the landing page's lead.
 */
function trendSection(s: Series, origin: string) {
  const first = s.years[0] as number;
  const last = s.years.at(-1) as number;
  const embed = `/embed?series=${s.id}&view=trend`;
  return html`<h2>The trend</h2>
<p>${s.title}, ${String(first)}–${String(last)}, from the ${String(s.editions.length)} editions that state it, with each edition's tier along the years:</p>
<div class="widget">
<tip-comparison series="${s.id}" view="trend" api="/"></tip-comparison>
</div>
<pre><code>${`<script type="module" src="${origin}/widget.js"></script>
<tip-comparison series="${s.id}" view="trend"></tip-comparison>`}</code></pre>
<p>Or as an iframe: <a href="${embed}">the page</a>.</p>
`;
}

/** The landing page as seen at `origin`: the snippets name this very server. */
function page(report: Report, trend: Series | undefined, origin: string): string {
  const [from, to] = report.years.slice(-2) as [number, number];
  const base = `/v1/reports/${report.id}`;
  // Example values from the data: the first headline topic and metric.
  const headline = headlineMetricIds(report);
  const metric = headline[0] ?? (report.metrics[0] as { id: string }).id;
  const topic =
    report.topics.find((t) => t.headline)?.id ?? (report.topics[0] as { id: string }).id;
  const calls = [
    '/healthz',
    '/v1/reports',
    base,
    `${base}/metrics`,
    `${base}/metrics?topic=${topic}&year=${to}`,
    `${base}/metrics?format=csv`,
    `${base}/metrics/${metric}`,
    `${base}/compare?from=${from}&to=${to}`,
    `${base}/compare?from=${from}&to=${to}&format=csv`,
    `${base}/findings?stance=negative`,
    `${base}/source`,
    `${base}/citation?format=bibtex`,
    '/v1/series',
    ...series.flatMap((s) => {
      const first = s.years[0] as number;
      const last = s.years.at(-1) as number;
      return [
        `/v1/series/${s.id}`,
        `/v1/series/${s.id}/metrics?ids=${headlineMetricIds(s)[0] ?? ''}`,
        `/v1/series/${s.id}/compare?from=${first}&to=${last}`,
        `/v1/series/${s.id}/restatements`,
      ];
    }),
    '/openapi.json',
  ];
  const embed = `/embed?report=${report.id}&from=${from}&to=${to}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tip-report: the Trafficking in Persons report as open data</title>
<meta name="description" content="The U.S. State Department's Trafficking in Persons report as open data: every figure with the words that state it, as a JSON and CSV API and an embeddable widget.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
<script type="module" src="/widget.js"></script>
</head>
<body>
<h1>tip-report</h1>
<p>The U.S. State Department's <a href="${report.url}">Trafficking in Persons report</a> as open data: every figure with the words that state it (a quote from a text we ship, or a locator on the edition's page) and a link that highlights them on the State Department's page, one edition at a time or as a series across editions. This server offers it as a JSON and CSV API and as a widget any site can embed.</p>

${trend === undefined ? '' : trendSection(trend, origin)}
<h2>The widget</h2>
<p>As a partner site embeds it (${report.title}, ${from} against ${to}):</p>
<div class="widget">
<tip-comparison report="${report.id}" from="${String(from)}" to="${String(to)}" api="/"></tip-comparison>
</div>
<pre><code>${`<script type="module" src="${origin}/widget.js"></script>
<tip-comparison report="${report.id}" from="${from}" to="${to}" api="${origin}/"></tip-comparison>`}</code></pre>
<p>Or as an iframe (<a href="${embed}">the page</a>; oEmbed at <code>/oembed?url=…</code>):</p>
<pre><code>${`<iframe src="${origin}${embed}" width="640" height="480" style="border:0" title="Trafficking in Persons comparison"></iframe>`}</code></pre>

<h2>The API</h2>
<p>Read the <a href="/docs">interactive reference</a> or the <a href="/openapi.json">OpenAPI 3.1 document</a>. Some calls:</p>
<ul class="calls">
${calls.map((call) => html`<li><a href="${call}"><code>GET ${call}</code></a></li>\n`)}
</ul>
<p>Every answer is cacheable and has an <code>ETag</code>; errors are <code>application/problem+json</code> and say what is allowed.</p>
</body>
</html>
`.toString();
}

export function landingRoutes(app: OpenAPIHono<AppEnv>): void {
  const style = once(() => represent(css, CSS_TYPE));
  // The trend of the default report's own series, whichever country sorts first.
  const seriesOfDefault = series.find((s) =>
    s.editions.some((e) => e.reportId === defaultReport.id),
  );
  // The landing page shows the report a widget shows when none is named, and names the origin it
  // was asked at in its snippets (the response cache keeps one page per origin).
  app.openapi(landingRoute, (c) =>
    send(c, represent(page(defaultReport, seriesOfDefault, new URL(c.req.url).origin), HTML_TYPE)),
  );
  app.openapi(styleRoute, (c) => send(c, style()));
}
