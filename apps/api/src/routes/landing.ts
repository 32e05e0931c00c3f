import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  defaultReport,
  headlineMetricIds,
  localeIds,
  type Report,
  reports,
  type Series,
  series,
} from '@tip-report/core';
import { html } from 'hono/html';
import { CSS_TYPE, HTML_TYPE, JS_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { once, represent, send } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';
import { embedBuilderScript } from './embed-builder-script.js';

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

const scriptRoute = createRoute({
  method: 'get',
  path: '/embed-builder.js',
  operationId: 'getEmbedBuilderScript',
  tags: ['service'],
  summary: "The landing page's embed builder",
  responses: {
    200: {
      description: 'JavaScript.',
      headers: okHeaders,
      content: { [JS_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(),
  },
});

// A stylesheet file, not a <style> element, so the page works under `style-src 'self'`.
const css = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { overflow-x: auto; padding: 0.75rem; border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 6px; }
/* The two widgets side by side where each gets 26rem, else one above the other. */
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1.5rem; margin: 1.5rem 0; }
.pair > section, .preview { container-type: inline-size; min-width: 0; }
.pair h2 { font-size: 1.15rem; }
/* Each widget's space is kept before it is defined (the widget README's heights: 680 px under
   480 px of its own width, 540 px from there), so nothing on the page moves when it draws. */
tip-comparison { display: block; height: 680px; }
@container (min-width: 480px) { tip-comparison { height: 540px; } }
.builder { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 1.5rem; align-items: start; }
.choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.5rem 1rem; border: 0; padding: 0; margin: 0; }
.choices label { display: grid; gap: 0.15rem; font-size: 0.9rem; }
.choices label.wide { grid-column: 1 / -1; }
select, textarea, button { font: inherit; }
textarea { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; font-size: 0.85rem; }
.snippet { display: grid; gap: 0.25rem; margin: 0.75rem 0; }
.snippet button { justify-self: start; }
ul.calls li { margin: 0.2rem 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

type Source = { value: string; label: string; metrics: string[]; years: number[]; trend: boolean };

/** Every source the builder offers, from core: each series, the countries together, each report. */
function sources(countries: readonly Series[], defaultMetric: string): Source[] {
  const ofSeries = series.map(
    (s): Source => ({
      value: `series:${s.id}`,
      label: `${s.title}, ${String(s.years[0])}–${String(s.years.at(-1))}`,
      metrics: s.metrics.map((m) => m.id),
      years: [...s.years],
      trend: true,
    }),
  );
  // The countries: the metrics at least two of them have, over every year any of them covers.
  const together: Source = {
    value: `series:${countries.map((s) => s.id).join(',')}`,
    label: `${countries.map((s) => s.country.name).join(', ')}: one metric side by side`,
    metrics: [...new Set(countries.flatMap((s) => s.metrics.map((m) => m.id)))].filter(
      (id) => countries.filter((s) => s.metrics.some((m) => m.id === id)).length >= 2,
    ),
    years: [...new Set(countries.flatMap((s) => s.years))].sort((a, b) => a - b),
    trend: true,
  };
  const ofReports = reports.map(
    (r): Source => ({
      value: `report:${r.id}`,
      label: r.title,
      metrics: r.metrics.map((m) => m.id),
      years: [...r.years],
      trend: false,
    }),
  );
  const all = [...ofSeries, ...(countries.length > 1 ? [together] : []), ...ofReports];
  // The first choice shows the default metric, as the page's first widget does.
  return all.sort(
    (a, b) => Number(b.metrics.includes(defaultMetric)) - Number(a.metrics.includes(defaultMetric)),
  );
}

/** An option that applies to some sources only: the builder's script hides it for the others. */
const option = (value: string, label: string, within: readonly Source[], selected: boolean) =>
  html`<option value="${value}" data-in="${within.map((s) => s.value).join(' ')}"${selected ? html` selected` : ''}>${label}</option>`;

/** The embed builder: the choices (from core's data), a live preview and the two snippets. */
function builder(all: readonly Source[], first: Source, defaultMetric: string) {
  const labels = new Map(
    [...series, ...reports].flatMap((s) => s.metrics.map((m) => [m.id, m.label] as const)),
  );
  const metricIds = [...new Set(all.flatMap((s) => s.metrics))];
  const years = [...new Set(all.flatMap((s) => s.years))].sort((a, b) => a - b);
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  const [firstId, firstKind] = [
    first.value.split(/:(.*)/)[1] ?? '',
    first.value.split(':')[0] ?? '',
  ];
  const views = [
    ['trend', 'Trend: every year as a line', all.filter((s) => s.trend)],
    [
      'chart',
      'Chart: two years as bars',
      all.filter((s) => s.metrics.length && !s.value.includes(',')),
    ],
    ['table', 'Table', all],
  ] as const;
  const withYear = (year: number) => all.filter((s) => s.years.includes(year));
  return html`<h2 id="builder-title">Embed builder</h2>
<p>Choose what to show; the preview is the widget itself, and the snippets below reproduce it on any page.</p>
<form id="builder" class="builder" aria-labelledby="builder-title">
<div>
<fieldset class="choices">
<legend class="sr-only">What the widget shows</legend>
<label class="wide">Series or report <select name="source">${all.map((s) => html`<option value="${s.value}"${s === first ? html` selected` : ''}>${s.label}</option>`)}</select></label>
<label class="wide">Metric <select name="metric">${metricIds.map((id) =>
    option(
      id,
      labels.get(id) ?? id,
      all.filter((s) => s.metrics.includes(id)),
      id === defaultMetric,
    ),
  )}</select></label>
<label>View <select name="view">${views.map(([value, label, within]) => option(value, label, within, value === 'trend'))}</select></label>
<label>From <select name="from">${years.map((y) => option(String(y), String(y), withYear(y), y === first.years[0]))}</select></label>
<label>To <select name="to">${years.map((y) => option(String(y), String(y), withYear(y), y === first.years.at(-1)))}</select></label>
<label>Language <select name="lang">${localeIds.map((id) => html`<option value="${id}"${id === 'en' ? html` selected` : ''}>${languages.of(id) ?? id}</option>`)}</select></label>
<label>Theme <select name="theme">${['auto', 'light', 'dark'].map((t) => html`<option value="${t}">${t === 'auto' ? 'auto (the reader’s setting)' : t}</option>`)}</select></label>
</fieldset>
<div class="snippet"><label for="snippet-iframe">Iframe</label><textarea id="snippet-iframe" rows="4" readonly></textarea><button type="button" data-copy="iframe">Copy the iframe</button></div>
<div class="snippet"><label for="snippet-script">Script tag</label><textarea id="snippet-script" rows="4" readonly></textarea><button type="button" data-copy="script">Copy the script tag</button></div>
<p id="copy-status" role="status"></p>
</div>
<div class="preview"><tip-comparison id="preview" ${firstKind}="${firstId}" metric="${defaultMetric}" view="trend" lang="en" loading="lazy"></tip-comparison></div>
</form>
<script type="module" src="/embed-builder.js"></script>
`;
}

/**
 * The landing page as seen at `origin`: the snippets name this very server. Its widgets are as a
 * partner's page has them: figures from the widget's own data (an `api` attribute would add the
 * live-data chunk and core's zod schemas to the first view, about 100 ms of blocking time on
 * Lighthouse's phone), the two below the first screen with loading="lazy".
 */
function page(report: Report, trend: Series | undefined, origin: string): string {
  const [from, to] = report.years.slice(-2) as [number, number];
  const base = `/v1/reports/${report.id}`;
  // Example values from the data: the first headline topic and metric.
  const headline = headlineMetricIds(report);
  const metric = headline[0] ?? (report.metrics[0] as { id: string }).id;
  const topic =
    report.topics.find((t) => t.headline)?.id ?? (report.topics[0] as { id: string }).id;
  // The default metric: the trend's headline; the countries are every series that has it.
  const defaultMetric = (trend && headlineMetricIds(trend)[0]) ?? metric;
  const countries = series.filter((s) => s.metrics.some((m) => m.id === defaultMetric));
  const countryList = countries.map((s) => s.id).join(',');
  const all = sources(countries, defaultMetric);
  const first = all.find((s) => s.value === `series:${trend?.id}`) ?? (all[0] as Source);
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
    `/v1/metrics/${defaultMetric}?series=${countryList}`,
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
<main>
<h1>tip-report</h1>
<p>The U.S. State Department's <a href="${report.url}">Trafficking in Persons report</a> as open data: every figure with the words that state it (a quote from a text we ship, or a locator on the edition's page) and a link that highlights them on the State Department's page, one edition at a time or as a series across editions. This server offers it as a JSON and CSV API and as a widget any site can embed.</p>

<div class="pair">
${
  trend === undefined
    ? ''
    : html`<section aria-labelledby="trend-title"><h2 id="trend-title">${trend.title}, ${String(trend.years[0])}–${String(trend.years.at(-1))}</h2>
<tip-comparison series="${trend.id}" metric="${defaultMetric}" view="trend"></tip-comparison>
</section>`
}
<section aria-labelledby="countries-title"><h2 id="countries-title">${countries.map((s) => s.country.name).join(', ')}, side by side</h2>
<tip-comparison series="${countryList}" metric="${defaultMetric}" view="trend" loading="lazy"></tip-comparison>
</section>
</div>

${builder(all, first, defaultMetric)}

<h2>The API</h2>
<p>Read the <a href="/docs">interactive reference</a> or the <a href="/openapi.json">OpenAPI 3.1 document</a>. Some calls:</p>
<ul class="calls">
${calls.map((call) => html`<li><a href="${call}"><code>GET ${call}</code></a></li>\n`)}
</ul>
<p>Every answer is cacheable and has an <code>ETag</code>; errors are <code>application/problem+json</code> and say what is allowed. The widget's attributes, its heights and the iframe's resize snippet: <a href="${`${origin}/widget.js`}">widget.js</a> and the widget's README.</p>
</main>
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
  const script = once(() => represent(embedBuilderScript, JS_TYPE));
  app.openapi(scriptRoute, (c) => send(c, script()));
}
