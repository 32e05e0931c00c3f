import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { defaultReport } from '@tip-report/core';
import { html } from 'hono/html';
import type { AppEnv } from '../env.js';
import { embedHtml, embedJs, widgetChunks, widgetJs } from '../generated/assets.generated.js';
import type { PrecomputedAnswers } from '../precomputed-answers.js';
import { ProblemError, says } from '../problem.js';
import {
  JSON_TYPE,
  type JsonRepresentation,
  RepresentationCache,
  represent,
  representJson,
  send,
  sendJson,
} from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';
import { OEmbed } from '../schemas.js';

const JS_TYPE = 'text/javascript; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';
const DEFAULT_SIZE = { width: 640, height: 480 };

const widgetRoute = createRoute({
  method: 'get',
  path: '/widget.js',
  tags: ['widget'],
  summary: 'The <tip-comparison> custom element (one ES module)',
  description:
    'Load it with `<script type="module" src="…/widget.js">` on any site; it is served with `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin`.',
  responses: {
    200: {
      description: 'The widget bundle.',
      headers: okHeaders,
      content: { [JS_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(),
  },
});

const embedRoute = createRoute({
  method: 'get',
  path: '/embed',
  tags: ['widget'],
  summary: 'The widget as an iframe page',
  description:
    'Framable by any site. The page reads its own query string (`report` or `series`, `from`, `to`, `metrics`, `view`, `theme`, `lang`, `api`) and posts its height to the parent as `{ type: "tip-report:height", height }`.',
  responses: {
    200: {
      description: 'The iframe page.',
      headers: okHeaders,
      content: { [HTML_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(),
  },
});

const embedJsRoute = createRoute({
  method: 'get',
  path: '/embed.js',
  tags: ['widget'],
  summary: "The iframe page's script",
  responses: {
    200: {
      description: 'The script /embed loads.',
      headers: okHeaders,
      content: { [JS_TYPE]: { schema: z.string() } },
    },
    ...problemResponses(),
  },
});

const positiveInt = (description: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,4}$/, 'a whole number of pixels from 1 to 99999')
    .optional()
    .meta({ description, example: '640' });

const oembedRoute = createRoute({
  method: 'get',
  path: '/oembed',
  tags: ['widget'],
  summary: 'oEmbed 1.0 for an /embed URL',
  description:
    'A `rich` oEmbed answer whose `html` is the iframe snippet for the given /embed URL.',
  request: {
    query: z.object({
      url: z.string().meta({
        description: 'An /embed URL of this server.',
        example: `http://localhost:8787/embed?report=${defaultReport.id}&from=${defaultReport.years[0]}&to=${defaultReport.years.at(-1)}`,
      }),
      maxwidth: positiveInt('The most pixels wide the consumer can show.'),
      maxheight: positiveInt('The most pixels high the consumer can show.'),
      format: z.enum(['json']).optional().meta({ description: 'Only json is offered.' }),
    }),
  },
  responses: {
    200: {
      description: 'The oEmbed answer.',
      headers: okHeaders,
      content: { [JSON_TYPE]: { schema: OEmbed } },
    },
    ...problemResponses(400),
  },
});

/** Where the oEmbed answer for this /embed page is: consumers discover it from the page. */
const discoveryLink = (pageUrl: string) =>
  html`<link rel="alternate" type="application/json+oembed" href="${`/oembed?url=${encodeURIComponent(pageUrl)}`}" title="tip-report comparison">`.toString();

const OEMBED_LINK = /<link\b[^>]*application\/json\+oembed[^>]*>/i;

/**
 * The widget's embed.html with its oEmbed discovery link pointing at this very page (query
 * included): the link replaces the page's own, or goes at the end of <head>.
 */
export function withDiscoveryLink(page: string, pageUrl: string): string {
  const link = discoveryLink(pageUrl);
  if (OEMBED_LINK.test(page)) return page.replace(OEMBED_LINK, () => link);
  return page.replace(/<\/head>/i, () => `${link}</head>`);
}

function embedUrlOf(requestUrl: URL, url: string): URL {
  const allowed = [`${requestUrl.origin}/embed?report=${defaultReport.id}`];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ProblemError('invalid-parameter', {
      detail: says('problem.detail.notAbsoluteUrl'),
      parameter: 'url',
      value: url,
      allowed,
    });
  }
  if (parsed.host !== requestUrl.host || parsed.pathname !== '/embed') {
    throw new ProblemError('invalid-parameter', {
      detail: says('problem.detail.notEmbedUrl', { host: requestUrl.host }),
      parameter: 'url',
      value: url,
      allowed,
    });
  }
  return parsed;
}

export function widgetRoutes(app: OpenAPIHono<AppEnv>, precomputed: PrecomputedAnswers): void {
  const widget = represent(widgetJs, JS_TYPE);
  const script = embedJs === null ? undefined : represent(embedJs, JS_TYPE);
  // /embed and /oembed answers depend on the address asked for; each distinct one is built once.
  const pages = new RepresentationCache(256);
  const answers = new RepresentationCache<JsonRepresentation<z.infer<typeof OEmbed>>>(256);

  // Partner pages load it on every view; the iframe page and oEmbed depend on the host asked for.
  precomputed.add('/widget.js');
  app.openapi(widgetRoute, (c) => send(c, widget));
  app.openapi(embedRoute, (c) => {
    const url = new URL(c.req.url);
    const page = pages.get(url.href, () =>
      represent(withDiscoveryLink(embedHtml, url.href), HTML_TYPE),
    );
    return send(c, page);
  });
  if (script !== undefined) app.openapi(embedJsRoute, (c) => send(c, script));
  // The chunks widget.js imports from beside itself (the series data), from the same origin, so a
  // partner's `script-src` for this origin covers them too.
  for (const [name, body] of Object.entries(widgetChunks)) {
    const chunk = represent(body, JS_TYPE);
    const path = `/${name}`;
    precomputed.add(path);
    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags: ['widget'],
        summary: `A part of the widget that widget.js loads on demand: ${name}`,
        responses: {
          200: {
            description: 'The chunk, an ES module.',
            headers: okHeaders,
            content: { [JS_TYPE]: { schema: z.string() } },
          },
          ...problemResponses(),
        },
      }),
      (c) => send(c, chunk),
    );
  }

  app.openapi(oembedRoute, (c) => {
    const query = c.req.valid('query');
    const requestUrl = new URL(c.req.url);
    const embedUrl = embedUrlOf(requestUrl, query.url);
    const key = JSON.stringify([requestUrl.origin, embedUrl.href, query.maxwidth, query.maxheight]);
    const answer = answers.get(key, () => {
      const width = Math.min(DEFAULT_SIZE.width, Number(query.maxwidth ?? Infinity));
      const height = Math.min(DEFAULT_SIZE.height, Number(query.maxheight ?? Infinity));
      const title = 'Trafficking in Persons report: year-on-year comparison';
      return representJson(
        OEmbed.parse({
          version: '1.0',
          type: 'rich',
          title,
          provider_name: 'tip-report',
          provider_url: `${requestUrl.origin}/`,
          html: html`<iframe src="${embedUrl.href}" width="${width}" height="${height}" title="${title}" loading="lazy" style="border:0;max-width:100%"></iframe>`.toString(),
          width,
          height,
          cache_age: 86400,
        }),
      );
    });
    return sendJson(c, answer);
  });
}
