import {
  compare,
  type Figures,
  formatNumber,
  getReport,
  getSeries,
  headlineMetricIds,
  translated,
} from '@tip-report/core';
import { renderToString } from 'solid-js/web';
import type { BundledSeries, BundledSource } from '../shared/bundled-data.js';
import { BarChart } from '../shared/chart/bar-chart.js';
import { chartCss } from '../shared/chart/chart-css.js';
import { LineChart } from '../shared/chart/line-chart.js';
import { shownMetric, unitOf } from '../shared/figures.js';
import { headlineSentence } from '../shared/headline.js';
import { paletteDeclarations, palettes } from '../shared/theme.js';
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
  theme?: 'light' | 'dark' | undefined;
  /** CSS pixels; the picture is drawn for this width (600 by default). */
  width?: number | undefined;
  height?: number | undefined;
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
  const metricId = options.metric ?? source.headline[0] ?? '';
  const metric = shownMetric(source, metricId);
  if (!metric) throw new Error(`renderChartSvg: no metric ${metricId} in ${source.id}`);
  const unit = unitOf(source, metric.unit);
  const outerWidth = options.width ?? 600;
  const height = options.height ?? 400;
  const width = outerWidth - 2 * MARGIN;
  const chartHeight = height - TITLE - FOOTER;
  const label = translated(metric, 'label', metric.label, language);
  const country = say(locale, `ui.country.${source.country.alpha2}`);
  const title = say(locale, 'title', {
    metric: label,
    country: country.startsWith('ui.') ? source.country.name : country,
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
  const style = `svg{${paletteDeclarations(palette)}font-family:system-ui,sans-serif}.title{fill:var(--_fg);font-weight:700}.source{fill:var(--_muted)}${chartCss}`;
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
