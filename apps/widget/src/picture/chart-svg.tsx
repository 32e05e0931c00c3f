import {
  compare,
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
import { type Palette, palettes } from '../shared/theme.js';
import { loadLanguage, resolveLocale, say } from '../shared/words.js';
import { compareBars } from '../views/compare/compare-view.js';
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
