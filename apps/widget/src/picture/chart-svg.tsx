import {
  series as allSeries,
  compare,
  compareCountries,
  countryName,
  type Figures,
  formatNumber,
  getReport,
  getSeries,
  headlineMetricIds,
  type Series,
  translated,
} from '@tip-report/core';
import { renderToString } from 'solid-js/web';
import type { BundledSeries, BundledSource } from '../shared/bundled-data.js';
import { BarChart } from '../shared/chart/bar-chart.js';
import { chartCss } from '../shared/chart/chart-css.js';
import { LineChart } from '../shared/chart/line-chart.js';
import { shownMetric, unitOf } from '../shared/figures.js';
import { headlineSentence } from '../shared/headline.js';
import { layout } from '../shared/layout.js';
import { countryPictureSeriesOf } from '../shared/picture-links.js';
import { type Palette, palettes } from '../shared/theme.js';
import { loadLanguage, resolveLocale, say } from '../shared/words.js';
import { compareBars } from '../views/compare/compare-view.js';
import { CountryLines, countriesCss, pointFigure } from '../views/countries/country-lines.js';
import { tierMarks, tiersByYear, trendPoints } from '../views/trend/trend-points.js';

export interface ChartSvgOptions {
  /** A report's compare of two years (its first and last unless given), or a series' trend. */
  report?: string | undefined;
  series?: string | undefined;
  /** The metric; core's headline metric unless given. */
  metric?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  lang?: string | undefined;
  theme?: PictureTheme | undefined;
  /** CSS pixels; the picture is drawn for this width (600 by default). */
  width?: number | undefined;
  height?: number | undefined;
}

export type PictureTheme = keyof typeof palettes;
/** The themes a picture is drawn in: the widget's own palettes, so a new palette is a new picture. */
export const pictureThemes = Object.keys(palettes) as PictureTheme[];
/** The picture's size in CSS pixels when no other is asked for (a partner's 600 px column). */
export const pictureSize = { width: 600, height: 400 } as const;
/**
 * The family the picture names first. Its files ship from npm (@expo-google-fonts/noto-sans,
 * Latin with ə ğ ı ö ş ü ç, and Cyrillic), so a PNG drawn from the SVG at build time looks the
 * same on any machine; a browser showing the SVG falls back to its own sans-serif.
 */
export const pictureFontFamily = 'Noto Sans';
/** The live widget's fixed heights, for whoever embeds it (an oEmbed answer) without its code. */
export const widgetLayout = layout;
export { pictureYearPairs } from '../shared/picture-years.js';

/**
 * The chart's rules with the palette's values written in: a picture stands alone (no host page
 * sets `--tip-*`), and SVG renderers such as resvg read no CSS custom properties.
 */
export function resolvedChartCss(css: string, palette: Palette): string {
  return css.replace(/var\(--_([\w-]+)\)/g, (_whole, name: string) => {
    const value = palette[name as keyof Palette];
    if (value === undefined) throw new Error(`renderChartSvg: no colour ${name} in the palette`);
    return value;
  });
}

/** The report or series as the widget's data has it, built from core's own. */
function sourceOf(options: Pick<ChartSvgOptions, 'report' | 'series'>): BundledSource {
  const source: BundledSource | undefined = options.series
    ? (() => {
        const s = getSeries(options.series);
        return (
          s && ({ ...s, reports: [], headline: headlineMetricIds(s) } as unknown as BundledSeries)
        );
      })()
    : (() => {
        const r = getReport(options.report ?? '');
        return r && ({ ...r, headline: headlineMetricIds(r) } as unknown as BundledSource);
      })();
  if (!source)
    throw new Error(
      `renderChartSvg: no ${options.series ? 'series' : 'report'} ${options.series ?? options.report}`,
    );
  return source;
}

/**
 * The metrics of a report or series a picture can show: those with at least one figure (a metric
 * the text says was not reported, or an edition nobody could read, has nothing to draw).
 */
export function pictureMetricIds(options: Pick<ChartSvgOptions, 'report' | 'series'>): string[] {
  const source = sourceOf(options);
  return source.metrics
    .map((m) => m.id)
    .filter((id) => (shownMetric(source, id)?.figures.length ?? 0) > 0);
}

const TITLE = 52;
const FOOTER = 36;
/** The picture's margin: it stands alone, with no page around it. */
const MARGIN = 16;

/**
 * A chart of the widget as a standalone SVG document: its title, the chart drawn by the very
 * components the widget draws with (Solid's server renderer), and a one-line source. For pictures
 * made at build time (the API's chart.svg and chart.png routes): no DOM, no script, colours from
 * the theme's palette in the picture's own style sheet.
 */
export async function renderChartSvg(options: ChartSvgOptions): Promise<string> {
  const locale = options.lang ?? 'en';
  const language = resolveLocale(locale);
  if (language !== 'en') await loadLanguage(language).catch(() => undefined);
  const source = sourceOf(options);
  const metricId = options.metric ?? source.headline[0] ?? '';
  const metric = shownMetric(source, metricId);
  if (!metric) throw new Error(`renderChartSvg: no metric ${metricId} in ${source.id}`);
  const unit = unitOf(source, metric.unit);
  const outerWidth = options.width ?? pictureSize.width;
  const height = options.height ?? pictureSize.height;
  const width = outerWidth - 2 * MARGIN;
  const chartHeight = height - TITLE - FOOTER;
  const label = translated(metric, 'label', metric.label, language);
  // Core's name of the country in the language (its data's translation, else its catalog): the
  // picture draws every country's series and reports, not only those the widget's catalog names.
  const title = say(locale, 'title', {
    metric: label,
    country: countryName(source.country as Series['country'], locale),
  });
  const from = options.from ?? source.years[0] ?? 0;
  const to = options.to ?? source.years.at(-1) ?? 0;
  const sentence = headlineSentence(source, metric, label, from, to, locale);
  const palette = palettes[options.theme ?? 'light'];
  const series = 'editions' in source ? (source as BundledSeries) : undefined;
  // Compare keeps working on a report the data validated; the compare call also checks the years.
  if (!series) compare(source as Figures, from, to, [metricId]);
  const column = (width - 50) / Math.max(1, source.years.length);
  const chart = () =>
    series ? (
      <LineChart
        width={width}
        height={chartHeight}
        points={trendPoints(series, metric, locale, column)}
        tiers={tierMarks(tiersByYear(series, locale), column, locale)}
        unit={unit ? translated(unit, 'label', unit.label, language) : ''}
        tick={(value) => formatNumber(value, locale)}
        whole={metric.figures.every((f) => Number.isInteger(f.value))}
      />
    ) : (
      <BarChart
        width={width}
        height={chartHeight}
        bars={compareBars({ source, metric, unit, locale, years: [from, to] })}
      />
    );
  const style = resolvedChartCss(
    `svg{font-family:"${pictureFontFamily}",system-ui,sans-serif}.title{fill:var(--_fg);font-weight:700}.source{fill:var(--_muted)}${chartCss}`,
    palette,
  );
  const body = renderToString(() => (
    <>
      <title>{title}</title>
      <desc>{sentence}</desc>
      <style>{style}</style>
      <rect width={outerWidth} height={height} fill={palette.bg} />
      <text class="title" x={MARGIN} y={32} font-size="18">
        {title}
      </text>
      <g transform={`translate(${MARGIN} ${TITLE})`}>{chart()}</g>
      <text class="source" x={MARGIN} y={height - 14} font-size="12">
        {say(locale, 'footer.source')}
      </text>
    </>
  ));
  // Solid's server renderer marks nodes for hydration with comments; a picture has none.
  const inner = body.replace(/<!--[\s\S]*?-->/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${outerWidth}" height="${height}" viewBox="0 0 ${outerWidth} ${height}" lang="${language}">${inner}</svg>`;
}

/**
 * The metrics a country comparison has a picture of, each with the series it compares (every
 * series that has the metric, core's default, in core's order): those at least two series share,
 * so the picture compares countries and is not one country's trend drawn again.
 */
export function countryPictureSeries(): Record<string, string[]> {
  const shared: Record<string, string[]> = {};
  for (const id of new Set(allSeries.flatMap((s) => s.metrics.map((m) => m.id)))) {
    const having = countryPictureSeriesOf(allSeries, id);
    if (having) shared[id] = having;
  }
  return shared;
}

const CAVEAT = 20;

/**
 * The widget's country comparison of one metric as a standalone SVG document: the title
 * ("<metric>, <countries>"), core's caveat on the comparison (its last note: the definitions),
 * the lines drawn by the widget's own CountryLines, and a one-line source. Where the countries
 * count in different units the widget draws no lines but says why; so does the picture.
 */
export async function renderCountriesSvg(options: {
  metric: string;
  series?: readonly string[] | undefined;
  lang?: string | undefined;
  theme?: PictureTheme | undefined;
  width?: number | undefined;
  height?: number | undefined;
}): Promise<string> {
  const locale = options.lang ?? 'en';
  const language = resolveLocale(locale);
  if (language !== 'en') await loadLanguage(language).catch(() => undefined);
  const comparison = compareCountries(allSeries, options.metric, {
    series: options.series,
    locale,
  });
  const outerWidth = options.width ?? pictureSize.width;
  const height = options.height ?? pictureSize.height;
  const width = outerWidth - 2 * MARGIN;
  const chartHeight = height - TITLE - CAVEAT - FOOTER;
  const countries = comparison.rows.map((r) => r.country.name).join(', ');
  const title = say(locale, 'title', { metric: comparison.label, country: countries });
  const caveat = comparison.notes.at(-1) ?? '';
  const unit = comparison.units[0];
  const palette = palettes[options.theme ?? 'light'];
  const style = resolvedChartCss(
    `svg{font-family:"${pictureFontFamily}",system-ui,sans-serif}.title{fill:var(--_fg);font-weight:700}.source,.caveat{fill:var(--_muted)}${chartCss}${countriesCss}`,
    palette,
  );
  const body = renderToString(() => (
    <>
      <title>{title}</title>
      <desc>{comparison.notes.join(' ')}</desc>
      <style>{style}</style>
      <rect width={outerWidth} height={height} fill={palette.bg} />
      <text class="title" x={MARGIN} y={32} font-size="18">
        {title}
      </text>
      <text class="caveat" x={MARGIN} y={TITLE + 6} font-size="12">
        {caveat}
      </text>
      <g transform={`translate(${MARGIN} ${TITLE + CAVEAT})`}>
        {comparison.comparable ? (
          <CountryLines
            width={width}
            height={chartHeight}
            comparison={comparison}
            unit={unit ? translated(unit, 'label', unit.label, language) : ''}
            tick={(value) => formatNumber(value, locale)}
            figure={(value, column) =>
              pointFigure(value, formatNumber(value, locale), column, locale)
            }
          />
        ) : (
          <text class="caveat" x={0} y={chartHeight / 2} font-size="14">
            {comparison.notes[0]}
          </text>
        )}
      </g>
      <text class="source" x={MARGIN} y={height - 14} font-size="12">
        {say(locale, 'footer.source')}
      </text>
    </>
  ));
  const inner = body.replace(/<!--[\s\S]*?-->/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${outerWidth}" height="${height}" viewBox="0 0 ${outerWidth} ${height}" lang="${language}">${inner}</svg>`;
}
