import { formatNumber, translated } from '@tip-report/core/data';
import { Show } from 'solid-js';
import type { BundledSeries } from '../../shared/bundled-data.js';
import { LineChart } from '../../shared/chart/line-chart.js';
import type { ViewProps } from '../../shared/view-props.js';
import { resolveLocale, say } from '../../shared/words.js';
import { tierMarks, tiersByYear, tierWords, trendPoints } from './trend-points.js';

/** Room the chart leaves for its legend line under it. */
const LEGEND = 22;

/**
 * The trend view: the metric across every year of the series as a line chart, with the tier of
 * each edition under its year. The picture's accessible name is the headline sentence; the tier
 * timeline in full words follows it for screen readers.
 */
export function TrendView(props: ViewProps & { series: BundledSeries; sentence: string }) {
  const chartHeight = () => Math.max(120, props.height - LEGEND);
  const column = () => (props.width - 50) / Math.max(1, props.series.years.length);
  const tiers = () => tiersByYear(props.series, props.locale);
  const points = () => trendPoints(props.series, props.metric, props.locale, column());
  const unit = () =>
    props.unit
      ? translated(props.unit, 'label', props.unit.label, resolveLocale(props.locale))
      : '';
  const hasNotReported = () => points().some((p) => p.notReported && p.value === undefined);
  const hasDiffers = () => points().some((p) => p.differs);
  return (
    <>
      <svg
        class="chart"
        role="img"
        aria-label={props.sentence}
        aria-describedby="trend-tiers"
        width={props.width}
        height={chartHeight()}
        viewBox={`0 0 ${props.width} ${chartHeight()}`}
      >
        <LineChart
          width={props.width}
          height={chartHeight()}
          points={points()}
          tiers={tierMarks(tiers(), column(), props.locale)}
          unit={unit()}
          tick={(value) => formatNumber(value, props.locale)}
          whole={props.metric.figures.every((f) => Number.isInteger(f.value))}
        />
      </svg>
      <p class="sr-only" id="trend-tiers">
        {say(props.locale, 'trend.tiers', { tiers: tierWords(tiers(), props.locale) })}
      </p>
      <p class="legend">
        <Show when={hasNotReported()}>
          <span>{say(props.locale, 'trend.notReported')}</span>
        </Show>
        <Show when={hasDiffers()}>
          <span>{say(props.locale, 'trend.differs')}</span>
        </Show>
      </p>
    </>
  );
}
