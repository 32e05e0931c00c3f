// Pictures of the widget's charts without any script (issue 15): a series' trend and a report's
// compare, one metric, as SVG or as a PNG at 2×. The widget's build draws every one of them with
// its own chart components (its dist/pictures, via its dist/chart-svg.js) and the API serves the
// files as built: their ETags, their precompressed SVG, no drawing per request. What exists, in
// which themes and at which size, is what the widget's build says (src/generated/pictures).
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  series as allSeries,
  checkYear,
  compare,
  compareCountries,
  comparedYears,
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
  splitIds,
} from '@tip-report/core';
import type { Context } from 'hono';
import { PNG_TYPE, SVG_TYPE } from '../content-types.js';
import type { AppEnv } from '../env.js';
import { pictures } from '../generated/pictures.generated.js';
import { ProblemError, says } from '../problem.js';
import {
  answering,
  findReport,
  findSeries,
  reportIdParam,
  seriesIdParam,
  yearQuery,
} from '../report-lookup.js';
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

/** A report's picture also takes its two years: a compare picture is drawn for each pair. */
const reportPictureQuery = pictureQuery.extend({
  from: yearQuery(
    "The earlier year, a year of the report; the report's first unless given.",
  ).optional(),
  to: yearQuery(
    "The later year, a year of the report after `from`; the report's last unless given.",
  ).optional(),
});

export type PictureKind = 'series' | 'reports';

/** The pairs of years a report's compare pictures are drawn for, as the widget's build says. */
const yearPairsOf = (reportId: string): readonly (readonly [number, number])[] =>
  pictures.yearPairs[reportId] ?? [];

/** A report's default picture compares its first year with its last. */
function defaultYearsOf(reportId: string): readonly [number, number] | undefined {
  const pairs = yearPairsOf(reportId);
  if (pairs.length === 0) return undefined;
  return [Math.min(...pairs.map((p) => p[0])), Math.max(...pairs.map((p) => p[1]))];
}

/**
 * Where the picture is among the static files, or undefined if there is none: no figure of this
 * metric, or (a report) no picture of these two years.
 */
export function picturePath(
  kind: PictureKind,
  id: string,
  metric: string,
  lang: string,
  theme: string,
  format: PictureFormat,
  years?: readonly [number, number],
): string | undefined {
  if (!pictures.pictures[`${kind}/${id}`]?.includes(metric)) return undefined;
  if (kind === 'series') return `/pictures/series/${id}/${metric}/${lang}-${theme}.${format}`;
  const [from, to] = years ?? defaultYearsOf(id) ?? [];
  if (!yearPairsOf(id).some(([a, b]) => a === from && b === to)) return undefined;
  return `/pictures/reports/${id}/${metric}/${from}-${to}/${lang}-${theme}.${format}`;
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
      : 'the compare of one metric between two years of the report (its first and last unless `from` and `to` say)';
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
      query: kind === 'series' ? pictureQuery : reportPictureQuery,
    },
    responses: pictureResponses(format),
  });
}

/**
 * The two years of a report's picture: `from` and `to` as asked, each a year of the report (else
 * core's own 400 about that year), the earlier first; the report's first and last unless given.
 */
function pictureYears(
  report: Report,
  query: { from?: number | undefined; to?: number | undefined },
): readonly [number, number] | undefined {
  const fallback = defaultYearsOf(report.id);
  if (fallback === undefined) return undefined;
  const from = checkYear(report, query.from ?? fallback[0], 'from');
  const to = checkYear(report, query.to ?? fallback[1], 'to');
  if (to <= from) {
    // What could be asked instead: a later `to`; or, where `from` is the last year, any `from`
    // that has a later year.
    const later = report.years.filter((y) => y > from);
    const last = Math.max(...report.years);
    const [parameter, value, allowed] =
      later.length > 0 ? ['to', to, later] : ['from', from, report.years.filter((y) => y < last)];
    throw new ProblemError('invalid-parameter', {
      detail: says('problem.detail.pictureYears', { years: report.years, from, to }),
      parameter,
      value: String(value),
      allowed: allowed.map(String),
    });
  }
  return [from, to];
}

/** What every picture route answers: the picture as built, or a problem. */
function pictureResponses(format: PictureFormat) {
  return {
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
  };
}

async function answerPicture(
  c: Context<AppEnv>,
  assets: AssetFetcher | undefined,
  kind: PictureKind,
  format: PictureFormat,
  metricId: string,
  query: {
    lang?: string | undefined;
    theme?: string | undefined;
    from?: number | undefined;
    to?: number | undefined;
  },
): Promise<Response> {
  const report = kind === 'reports' ? c.get('report') : undefined;
  const id = (kind === 'series' ? c.get('series')?.id : report?.id) ?? '';
  const lang = query.lang ?? 'en';
  const years = report && answering(() => pictureYears(report, query));
  const path = picturePath(kind, id, metricId, lang, query.theme ?? DEFAULT_THEME, format, years);
  if (path === undefined) {
    throw new ProblemError('not-found', {
      detail: says('problem.detail.noMetric', { id, value: JSON.stringify(metricId) }),
      parameter: 'metricId',
      value: metricId,
      allowed: [...metricsWithPicture(kind, id)],
    });
  }
  return servePicture(c, assets, path, lang);
}

/** A built picture as the static files serve it, with the build's ETag and its language. */
async function servePicture(
  c: Context<AppEnv>,
  assets: AssetFetcher | undefined,
  path: string,
  lang: string,
): Promise<Response> {
  const at = path.lastIndexOf('/');
  const etag = pictures.etags[path.slice('/pictures/'.length, at)]?.[path.slice(at + 1)];
  const answer = await assetAnswer(c.req.raw, path, assets ?? c.env?.ASSETS, etag);
  // As for every static file: a server deployed without its built files has no pictures.
  if (answer === undefined) return c.notFound() as Response;
  if (answer.status !== 304) answer.headers.set('Content-Language', lang);
  return answer;
}

/** The metrics whose country comparison has a picture: those two or more series share. */
export const metricsWithCountryPicture = Object.keys(pictures.countries);

/**
 * Whether a `series` list asks for the comparison the picture draws: absent, or the very series
 * that have the metric (in any order: each line is named where it ends, so no order is lost).
 */
export function isDrawnCountrySet(metricId: string, ids: readonly string[] | undefined): boolean {
  const drawn = pictures.countries[metricId];
  if (drawn === undefined) return false;
  if (ids === undefined) return true;
  return ids.length === drawn.length && drawn.every((id) => ids.includes(id));
}

function countriesPictureRoute(format: PictureFormat) {
  const size =
    format === 'svg'
      ? `${pictures.width}×${pictures.height} CSS pixels`
      : `${pictures.width * pictures.scale}×${pictures.height * pictures.scale} pixels (${pictures.scale}× a ${pictures.width} px wide picture)`;
  const example = metricsWithCountryPicture[0];
  return createRoute({
    method: 'get',
    path: `/v1/metrics/{metricId}/chart.${format}`,
    operationId: `getMetricAcrossCountriesChart${format === 'svg' ? 'Svg' : 'Png'}`,
    tags: ['pictures'],
    summary: `A picture of one metric across countries, a line per country (${format.toUpperCase()})`,
    description: `The widget's country comparison drawn at build time by the widget's own components, for places where no script runs: its title (the metric and the countries), core's caveat on the comparison, a line per country named where it ends, the value at each point, the marks for years not in the part of the text we read, and a one-line source. Where the countries count in different units, the picture says so instead of drawing lines. ${size}. Only a metric two or more series share has a picture, of every series that has it (the default of \`GET /v1/metrics/{metricId}\`); \`allowed\` in the 404 lists those metrics, or the one \`series\` list that has a picture.`,
    request: {
      params: z.object({
        metricId: MetricId.meta({
          description: 'A metric two or more series share; another is a 404 listing them.',
          ...(example === undefined ? {} : { example }),
        }),
      }),
      query: pictureQuery.extend({
        series: z
          .string()
          .optional()
          .meta({
            description:
              'Comma-separated series ids: only every series that has the metric (in any order) has a picture, which is also the default; another list is a 404.',
            // The example metric's own set, so a client that sends the example gets a picture.
            ...(example === undefined ? {} : { example: pictures.countries[example]?.join(',') }),
          }),
      }),
    },
    responses: pictureResponses(format),
  });
}

async function answerCountriesPicture(
  c: Context<AppEnv>,
  assets: AssetFetcher | undefined,
  format: PictureFormat,
  metricId: string,
  query: { lang?: string | undefined; theme?: string | undefined; series?: string | undefined },
): Promise<Response> {
  const drawn = pictures.countries[metricId];
  if (drawn === undefined) {
    const anywhere = allSeries.some((s) => s.metrics.some((m) => m.id === metricId));
    throw new ProblemError('not-found', {
      detail: says(
        anywhere ? 'problem.detail.noCountryPicture' : 'problem.detail.noMetricAnywhere',
        {
          value: JSON.stringify(metricId),
        },
      ),
      parameter: 'metricId',
      value: metricId,
      allowed: metricsWithCountryPicture,
    });
  }
  if (!isDrawnCountrySet(metricId, splitIds(query.series))) {
    throw new ProblemError('not-found', {
      detail: says('problem.detail.onlyDefaultCountries', { value: drawn.join(',') }),
      parameter: 'series',
      value: query.series ?? '',
      allowed: [drawn.join(',')],
    });
  }
  const lang = query.lang ?? 'en';
  const theme = query.theme ?? DEFAULT_THEME;
  return servePicture(c, assets, `/pictures/metrics/${metricId}/${lang}-${theme}.${format}`, lang);
}

/**
 * The six picture routes: a series' trend, a report's compare and a metric across countries,
 * each as SVG and PNG.
 */
export function pictureRoutes(app: OpenAPIHono<AppEnv>, assets: AssetFetcher | undefined): void {
  for (const format of Object.keys(FORMATS) as PictureFormat[]) {
    for (const kind of ['series', 'reports'] as const) {
      app.openapi(pictureRoute(kind, format), (c) =>
        answerPicture(c, assets, kind, format, c.req.valid('param').metricId, c.req.valid('query')),
      ) as never;
    }
    app.openapi(countriesPictureRoute(format), (c) =>
      answerCountriesPicture(
        c,
        assets,
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
  /** The same picture as SVG (the chart.svg route), for an <img> in a page. */
  svgPath: string;
  width: number;
  height: number;
  /** Core's sentence for the change the picture shows (describeChange), in the page's language. */
  alt: string;
  /** That language: core's locale id for the page's `lang`. */
  lang: string;
}

/**
 * The picture for an /embed page's query, as the widget reads it: `series` (else `report`, else
 * core's default report), `metric` (else the headline metric), `lang`, `theme` (`auto` and
 * anything unknown draw light). A series' picture is its trend, a report's its compare of its
 * first and last years. Undefined where there is nothing to draw (an edition nobody could read).
 */
export function embedPicture(query: URLSearchParams): EmbedPicture | undefined {
  const ids = splitIds(query.get('series') ?? undefined);
  if (ids !== undefined && ids.length > 1) return countriesEmbedPicture(query, ids);
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
  const [from, to] = embedYears(source, kind, query);
  // A page that compares a later year with an earlier one has no picture: none is drawn of it.
  if (
    kind === 'reports' &&
    picturePath(kind, source.id, metric, lang, theme, 'png', [from, to]) === undefined
  )
    return undefined;
  const comparison = compare(source, from, to, [metric], lang);
  const row = comparison.rows[0];
  const years = kind === 'reports' ? `&from=${from}&to=${to}` : '';
  const picked = `?lang=${lang}&theme=${theme}${years}`;
  return {
    path: `/v1/${kind}/${source.id}/metrics/${metric}/chart.png${picked}`,
    svgPath: `/v1/${kind}/${source.id}/metrics/${metric}/chart.svg${picked}`,
    width: pictures.width * pictures.scale,
    height: pictures.height * pictures.scale,
    alt: row ? describeChange(row, comparison.units, lang) : '',
    lang,
  };
}

/**
 * The years an /embed page compares, as the widget reads them (core's comparedYears): a report's
 * `from` and `to`, where both are its years and differ, else its first and last, as the widget
 * falls back; a series' trend spans all its years, and its sentence compares the first and last.
 */
function embedYears(
  source: Report | Series,
  kind: PictureKind,
  query: URLSearchParams,
): [number, number] {
  const first = source.years[0] as number;
  const last = source.years.at(-1) as number;
  if (kind === 'series') return [first, last];
  const year = (name: string) => {
    const text = query.get(name);
    return text === null || !/^\d{4}$/.test(text) ? undefined : Number(text);
  };
  const { from, to } = comparedYears(source.years, year('from'), year('to'));
  return source.years.includes(from) && source.years.includes(to) && from !== to
    ? [from, to]
    : [first, last];
}

/**
 * The picture for an /embed page of several series (the widget's country comparison): its
 * metric as the widget picks it (`metric` if drawn for these series, else their first headline
 * metric that is), when the page's series are those the picture draws. Undefined otherwise: a
 * picture of other countries than the page's would misstate it.
 */
function countriesEmbedPicture(query: URLSearchParams, ids: string[]): EmbedPicture | undefined {
  const asked = query.get('metric') ?? '';
  const chosen = ids.flatMap((id) => getSeries(id) ?? []);
  const metric = [asked, ...chosen.flatMap((s) => headlineMetricIds(s))].find((id) =>
    isDrawnCountrySet(id, ids),
  );
  if (metric === undefined) return undefined;
  const lang = resolveLocale(query.get('lang') ?? undefined);
  const askedTheme = query.get('theme') ?? '';
  const theme = pictures.themes.includes(askedTheme) ? askedTheme : DEFAULT_THEME;
  const comparison = compareCountries(allSeries, metric, {
    series: pictures.countries[metric],
    locale: lang,
  });
  const names = comparison.rows.map((r) => r.country.name).join(', ');
  return {
    path: `/v1/metrics/${metric}/chart.png?lang=${lang}&theme=${theme}`,
    svgPath: `/v1/metrics/${metric}/chart.svg?lang=${lang}&theme=${theme}`,
    width: pictures.width * pictures.scale,
    height: pictures.height * pictures.scale,
    // The picture's words: what it compares, and core's notes on the comparison.
    alt: [`${comparison.label}: ${names}.`, ...comparison.notes].join(' '),
    lang,
  };
}
