import { formatValue } from '@tip-report/core/data';
import { type Bar, BarChart } from '../../shared/chart/bar-chart.js';
import type { ViewProps } from '../../shared/view-props.js';
import { say } from '../../shared/words.js';

/** The bars of two years of a metric: each value as the report writes it (money with dollars). */
export function compareBars(
  props: Omit<ViewProps, 'width' | 'height'> & { years: readonly number[] },
): Bar[] {
  return props.years.map((year, i) => {
    const tone = i === 0 ? 'from' : 'to';
    const figure = props.metric.figures.find((f) => f.year === year);
    if (figure) {
      const text = formatValue(figure.value, props.unit, {
        usd: figure.usd,
        approximate: figure.approximate,
        locale: props.locale,
      });
      return { year, value: figure.value, text, tone };
    }
    const notReported = props.metric.notReported.some((n) => n.year === year);
    return {
      year,
      text: say(props.locale, notReported ? 'bar.notReported' : 'bar.noFigure', { year }),
      tone,
    };
  });
}

/**
 * The compare view: two bars with their values written on them. The picture's accessible name is
 * the headline sentence, which names both values and both years.
 */
export function CompareView(props: ViewProps & { from: number; to: number; sentence: string }) {
  return (
    <svg
      class="chart"
      role="img"
      aria-label={props.sentence}
      width={props.width}
      height={props.height}
      viewBox={`0 0 ${props.width} ${props.height}`}
    >
      <BarChart
        width={props.width}
        height={props.height}
        bars={compareBars({ ...props, years: [props.from, props.to] })}
      />
    </svg>
  );
}
