// Pictures of the widget's charts without any script (issue 15): a series' trend and a report's
// compare, one metric, as SVG or as a PNG at 2×. The widget's build draws every one of them with
// its own chart components (its dist/pictures, via its dist/chart-svg.js) and the API serves the
// files as built: their ETags, their precompressed SVG, no drawing per request. What exists, in
// which themes and at which size, is what the widget's build says (src/generated/pictures).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  compare,
  defaultReport,
  describeChange,
  getReport,
  getSeries,
  headlineMetricIds,
  localeIds,
  MetricId,
  type Report,
  resolveLocale,
  type Series,
} from '@tip-report/core';
import type { Context } from 'hono';
import { PNG_TYPE, SVG_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { pictures } from '../generated/pictures.generated.js';
import { ProblemError, says } from '../problem.js';
import { findReport, findSeries, reportIdParam, seriesIdParam } from '../report-lookup.js';
import { contentLanguage, okHeaders, problemResponses } from '../responses.js';
import { type AssetFetcher, assetAnswer } from '../static-files.js';

/** The formats a picture comes in, each with its media type. */
const FORMATS = { svg: SVG_TYPE, png: PNG_TYPE } as const;
export type PictureFormat = keyof typeof FORMATS;

/** The query of every picture: the language of its words and its colours. */
const pictureQuery = z.object({
  lang: z
    .enum(localeIds)
    .optional()
    .meta({ description: 'The language of the words in the picture; English unless given.' }),
  theme: z
    .enum(pictures.themes as [string, ...string[]])
    .optional()
    .meta({ description: "The widget's colour theme; light unless given." }),
});

export type PictureKind = 'series' | 'reports';

/** Where the picture is among the static files, or undefined if there is none of this metric. */
export function picturePath(
  kind: PictureKind,
  id: string,
  metric: string,
  lang: string,
  theme: string,
  format: PictureFormat,
): string | undefined {
  if (!pictures.pictures[`${kind}/${id}`]?.includes(metric)) return undefined;
  return `/pictures/${kind}/${id}/${metric}/${lang}-${theme}.${format}`;
}

/** The metric ids of a report or series that have a picture (a figure to draw). */
export const metricsWithPicture = (kind: PictureKind, id: string): readonly string[] =>
  pictures.pictures[`${kind}/${id}`] ?? [];

const DEFAULT_THEME = pictures.themes[0] as string;

function pictureRoute(kind: PictureKind, format: PictureFormat) {
  const param = kind === 'series' ? 'seriesId' : 'reportId';
  const what =
    kind === 'series'
      ? 'the trend of one metric across the series, with the tier of every edition under its years'
      : "the compare of one metric between the report's first and last years";
  const size =
    format === 'svg'
      ? `${pictures.width}×${pictures.height} CSS pixels`
      : `${pictures.width * pictures.scale}×${pictures.height * pictures.scale} pixels (${pictures.scale}× a ${pictures.width} px wide picture)`;
  return createRoute({
    method: 'get',
    path: `/v1/${kind}/{${param}}/metrics/{metricId}/chart.${format}`,
    operationId: `get${kind === 'series' ? 'Series' : 'Report'}Chart${format === 'svg' ? 'Svg' : 'Png'}`,
    tags: ['pictures'],
    summary: `A picture of ${what} (${format.toUpperCase()})`,
    description: `The widget's chart drawn at build time by the widget's own components, for places where no script runs (an e-mail, a feed, a social card, \`<img>\` fallback content): its title, the figures, ${kind === 'series' ? 'the tier timeline' : 'both years'} and a one-line source. ${size}. Only a metric with at least one figure has a picture; \`allowed\` in the 404 lists those that do.`,
    middleware: [kind === 'series' ? findSeries : findReport] as const,
    request: {
      params: z.object({
        [param]: kind === 'series' ? seriesIdParam : reportIdParam,
        metricId: MetricId,
      }) as z.ZodObject<{ metricId: typeof MetricId }>,
      query: pictureQuery,
    },
    responses: {
      200: {
        description: `The picture, as built${format === 'svg' ? ' (br or gzip where the client accepts it)' : ''}.`,
        headers: {
          ...okHeaders,
          'Content-Language': {
            ...contentLanguage['Content-Language'],
            description: 'The language of the words in the picture: `lang`, else en.',
          },
        },
        content: {
          [FORMATS[format]]: {
            schema:
              format === 'svg'
                ? z.string()
                : z.string().meta({ contentMediaType: PNG_TYPE, format: 'binary' }),
          },
        },
      },
      ...problemResponses(400, 404),
    },
  });
}

async function answerPicture(
  c: Context<AppEnv>,
  assets: AssetFetcher | undefined,
  kind: PictureKind,
  format: PictureFormat,
  metricId: string,
  query: { lang?: string | undefined; theme?: string | undefined },
): Promise<Response> {
  const id = (kind === 'series' ? c.get('series')?.id : c.get('report')?.id) ?? '';
  const lang = query.lang ?? 'en';
  const path = picturePath(kind, id, metricId, lang, query.theme ?? DEFAULT_THEME, format);
  if (path === undefined) {
    throw new ProblemError('not-found', {
      detail: says('problem.detail.noMetric', { id, value: JSON.stringify(metricId) }),
      parameter: 'metricId',
      value: metricId,
      allowed: [...metricsWithPicture(kind, id)],
    });
  }
  const at = path.lastIndexOf('/');
  const etag = pictures.etags[path.slice('/pictures/'.length, at)]?.[path.slice(at + 1)];
  const answer = await assetAnswer(c.req.raw, path, assets ?? c.env?.ASSETS, etag);
  // As for every static file: a server deployed without its built files has no pictures.
  if (answer === undefined) return c.notFound() as Response;
  if (answer.status !== 304) answer.headers.set('Content-Language', lang);
  return answer;
}

/** The four picture routes: a series' trend and a report's compare, each as SVG and PNG. */
export function pictureRoutes(app: OpenAPIHono<AppEnv>, assets: AssetFetcher | undefined): void {
  for (const format of Object.keys(FORMATS) as PictureFormat[]) {
    app.openapi(pictureRoute('series', format), (c) =>
      answerPicture(
        c,
        assets,
        'series',
        format,
        c.req.valid('param').metricId,
        c.req.valid('query'),
      ),
    ) as never;
    app.openapi(pictureRoute('reports', format), (c) =>
      answerPicture(
        c,
        assets,
        'reports',
        format,
        c.req.valid('param').metricId,
        c.req.valid('query'),
      ),
    ) as never;
  }
}

/** The PNG that stands for an /embed page's state, with the sentence that says what it shows. */
export interface EmbedPicture {
  /** The PNG's path on this server (a chart.png route, query included). */
  path: string;
  width: number;
  height: number;
  /** Core's sentence for the change the picture shows (describeChange), in the page's language. */
  alt: string;
}

/**
 * The picture for an /embed page's query, as the widget reads it: `series` (else `report`, else
 * core's default report), `metric` (else the headline metric), `lang`, `theme` (`auto` and
 * anything unknown draw light). A series' picture is its trend, a report's its compare of its
 * first and last years. Undefined where there is nothing to draw (an edition nobody could read).
 */
export function embedPicture(query: URLSearchParams): EmbedPicture | undefined {
  const seriesFound = getSeries(query.get('series') ?? '');
  const source: Report | Series =
    seriesFound ?? getReport(query.get('report') ?? '') ?? defaultReport;
  const kind: PictureKind = seriesFound ? 'series' : 'reports';
  const drawn = metricsWithPicture(kind, source.id);
  const asked = query.get('metric') ?? '';
  const metric = drawn.includes(asked)
    ? asked
    : (headlineMetricIds(source).find((id) => drawn.includes(id)) ?? drawn[0]);
  if (metric === undefined) return undefined;
  const lang = resolveLocale(query.get('lang') ?? undefined);
  const askedTheme = query.get('theme') ?? '';
  const theme = pictures.themes.includes(askedTheme) ? askedTheme : DEFAULT_THEME;
  const from = source.years[0] as number;
  const to = source.years.at(-1) as number;
  const comparison = compare(source, from, to, [metric], lang);
  const row = comparison.rows[0];
  return {
    path: `/v1/${kind}/${source.id}/metrics/${metric}/chart.png?lang=${lang}&theme=${theme}`,
    width: pictures.width * pictures.scale,
    height: pictures.height * pictures.scale,
    alt: row ? describeChange(row, comparison.units, lang) : '',
  };
}
