import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { defaultReport } from '@tip-report/core';
import { html } from 'hono/html';
import { HTML_TYPE, JSON_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { pictures } from '../generated/pictures.generated.js';
import { ProblemError, says } from '../problem.js';
import { represent, representJson, send, sendJson } from '../representation.js';
import { okHeaders, problemResponses } from '../responses.js';
import { OEmbed } from '../schemas.js';
import { type AssetFetcher, notDeployed } from '../static-files.js';
import { type EmbedPicture, embedPicture } from './pictures.js';

/**
 * The oEmbed iframe's width unless the consumer allows less; its height is the widget's own fixed
 * height for that width, as the widget's build reports it (its README's "Reserve its space").
 */
const DEFAULT_WIDTH = 640;
const widgetHeightAt = (width: number) =>
  width >= pictures.widgetLayout.breakpoint
    ? pictures.widgetLayout.wide
    : pictures.widgetLayout.narrow;

const embedRoute = createRoute({
  method: 'get',
  path: '/embed',
  operationId: 'getEmbedPage',
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
    404: notDeployed,
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
  operationId: 'getOEmbed',
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

/**
 * Open Graph and Twitter card tags for the page's state: a link to /embed shared on a social site
 * shows the chart as a picture (a PNG: they take no SVG), with core's sentence as its text.
 */
function cardTags(page: URL, picture: EmbedPicture | undefined): string {
  if (picture === undefined) return '';
  const image = new URL(picture.path, page.origin).href;
  return html`<meta property="og:type" content="website"><meta property="og:url" content="${page.href}"><meta property="og:image" content="${image}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="${picture.width}"><meta property="og:image:height" content="${picture.height}"><meta property="og:image:alt" content="${picture.alt}"><meta property="og:description" content="${picture.alt}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="${image}"><meta name="twitter:image:alt" content="${picture.alt}">`.toString();
}

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

const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/i;

/**
 * What the page shows where no script runs: the picture of its state (the SVG, with core's
 * sentence as its text), else the page's own words. The picture is the widget's chart for the
 * same metric, years, language and theme, so a reader without script sees the same figures.
 */
function noscriptPicture(page: string, picture: EmbedPicture | undefined): string {
  if (picture === undefined) return page;
  const img = html`<noscript><img src="${picture.svgPath}" alt="${picture.alt}" lang="${picture.lang}" width="${pictures.width}" height="${pictures.height}"></noscript>`;
  return page.replace(NOSCRIPT, () => img.toString());
}

/**
 * The page with its discovery link, at the end of <head> its card tags (cardTags), and its
 * picture for readers without script (noscriptPicture).
 */
export function withPageMeta(page: string, pageUrl: URL): string {
  // One picture for both: working it out compares the figures and writes core's sentence.
  const picture = embedPicture(pageUrl.searchParams);
  const tags = cardTags(pageUrl, picture);
  return noscriptPicture(
    withDiscoveryLink(page, pageUrl.href).replace(/<\/head>/i, () => `${tags}</head>`),
    picture,
  );
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

/**
 * /embed (the widget's iframe page, built as a static file, with its oEmbed discovery link for the
 * very URL asked for) and /oembed. widget.js and its chunks are static files (static-files.ts).
 */
export function widgetRoutes(app: OpenAPIHono<AppEnv>, assets: AssetFetcher | undefined): void {
  app.openapi(embedRoute, async (c) => {
    const url = new URL(c.req.url);
    const fetcher = assets ?? c.env?.ASSETS;
    const built = await fetcher?.fetch(new Request(new URL('/embed.html', url)));
    // Like every static file: where this app was given no assets (a Worker deployed without
    // them, an app built for tests), the page is simply not here; a 404, not a failure.
    if (built === undefined || !built.ok) return c.notFound() as never;
    return send(c, represent(withPageMeta(await built.text(), url), HTML_TYPE));
  });

  app.openapi(oembedRoute, (c) => {
    const query = c.req.valid('query');
    const requestUrl = new URL(c.req.url);
    const embedUrl = embedUrlOf(requestUrl, query.url);
    const width = Math.min(DEFAULT_WIDTH, Number(query.maxwidth ?? Infinity));
    const height = Math.min(widgetHeightAt(width), Number(query.maxheight ?? Infinity));
    const picture = embedPicture(embedUrl.searchParams);
    const title = 'Trafficking in Persons report: year-on-year comparison';
    // Typed, not parsed: every field is built here, and the route's schema checks the type.
    const answer = representJson<OEmbed>({
      version: '1.0',
      type: 'rich',
      title,
      provider_name: 'tip-report',
      provider_url: `${requestUrl.origin}/`,
      // No style attribute: a page whose CSP has no 'unsafe-inline' for styles would refuse it.
      html: html`<iframe src="${embedUrl.href}" width="${width}" height="${height}" title="${title}" loading="lazy" data-tip-report></iframe>`.toString(),
      width,
      height,
      ...(picture && {
        thumbnail_url: new URL(picture.path, requestUrl.origin).href,
        thumbnail_width: picture.width,
        thumbnail_height: picture.height,
      }),
      cache_age: 86400,
    });
    return sendJson(c, answer);
  });
}
