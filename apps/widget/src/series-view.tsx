import { describeChange, seriesToCsv } from '@tip-report/core/data';
import { createEffect, createMemo, createSignal, on, onMount, Show } from 'solid-js';
import { adoptSeriesStyles } from './series-styles.js';
import { comparisonFor, metricIdsFor } from './shown-comparison.js';
import type { ShownSeries } from './shown-report.js';
import { TrendView } from './trend-view.js';
import { WidgetFooter } from './widget-footer.js';
import {
  type BodyProps,
  ComparisonBody,
  capitalised,
  ProblemList,
  ViewToggle,
} from './widget-frame.js';
import { defaultYears, readYear, type WidgetAttributes } from './widget-options.js';
import { YearPickers } from './year-pickers.js';

type SeriesViewProps = BodyProps & {
  series: ShownSeries;
  attributes: Pick<WidgetAttributes, 'from' | 'to' | 'metrics'>;
};

/**
 * A series: any two of its data years compared (with two year pickers, whose every change is
 * announced through a live region), or its trend. It comes in the widget's chunk, with the data.
 */
export function SeriesView(props: SeriesViewProps) {
  // The years picked inside the widget; a change of the attributes starts over from them.
  const [picked, setPicked] = createSignal<{ from: number; to: number }>();
  const [announce, setAnnounce] = createSignal(false);
  createEffect(
    on([() => props.attributes.from, () => props.attributes.to, () => props.series], () => {
      setPicked(undefined);
      setAnnounce(false);
    }),
  );

  const years = () => {
    const now = picked();
    if (now) return now;
    const from = readYear('from', props.attributes.from, props.series.years).value;
    const to = readYear('to', props.attributes.to, props.series.years).value;
    return defaultYears(props.series.years, from, to);
  };

  const outcome = createMemo(() => {
    const now = picked();
    const attributes = now
      ? { from: String(now.from), to: String(now.to), metrics: props.attributes.metrics }
      : props.attributes;
    return comparisonFor(props.series, attributes);
  });
  const trendMetrics = createMemo(() => metricIdsFor(props.series, props.attributes.metrics));

  // What the live region says after a picker changes the comparison: its new sentences.
  const announcement = createMemo(() => {
    if (!announce()) return '';
    const now = outcome();
    if (!now.comparison) {
      const { from, to } = years();
      return `${from} compared with ${to}: ${now.problems.map((p) => p.message).join(' ')}`;
    }
    const { comparison } = now;
    const sentences = comparison.rows.map((r) => describeChange(r, comparison.units, props.locale));
    const only = comparison.onlyOneYear.length;
    return [
      `Now comparing ${comparison.from} with ${comparison.to}.`,
      ...(sentences.length ? sentences : ['No metric has a figure for both years.']),
      only ? `${only} more with a figure for one of the two years only.` : '',
    ].join(' ');
  });

  const trend = () => props.view === 'trend';
  let box!: HTMLDivElement;
  onMount(() => adoptSeriesStyles(box));
  return (
    <div class="series" ref={box}>
      <Show when={!trend()}>
        <YearPickers
          years={props.series.years}
          from={years().from}
          to={years().to}
          onPick={(next) => {
            setPicked(next);
            setAnnounce(true);
          }}
        />
      </Show>
      <p class="sr-only" aria-live="polite" aria-atomic="true" data-live>
        {trend() ? '' : announcement()}
      </p>
      <Show
        when={trend()}
        fallback={
          <>
            <Show when={outcome().problems?.length}>
              <ProblemList problems={outcome().problems ?? []} blocking={true} />
            </Show>
            <Show when={outcome().comparison}>
              {(comparison) => (
                <ComparisonBody {...props} comparison={comparison()} source={props.series} />
              )}
            </Show>
          </>
        }
      >
        <Show
          when={!trendMetrics().problems.length}
          fallback={<ProblemList problems={trendMetrics().problems} blocking={true} />}
        >
          <div class="top">
            <div>
              <h2>
                {props.series.country.name} · {capitalised(props.series.section)} ·{' '}
                {props.series.years[0]} to {props.series.years.at(-1)}
              </h2>
              <p class="sub">
                Trafficking in Persons Reports, {props.series.editions[0]?.edition}–
                {props.series.editions.at(-1)?.edition} editions, U.S. Department of State
              </p>
            </div>
            <ViewToggle
              options={['chart', 'table', 'trend']}
              view={props.view}
              onView={props.onView}
            />
          </div>
          <TrendView series={props.series} metricIds={trendMetrics().ids} locale={props.locale} />
          <WidgetFooter
            csv={() => ({
              text: seriesToCsv(
                props.series,
                props.series.metrics.filter((m) => trendMetrics().ids.includes(m.id)),
              ),
              fileName: `${props.series.id}-trend.csv`,
            })}
            cited={props.series.reports}
            origin={props.series.origin}
            series={true}
            apiLink={props.apiLink}
          />
        </Show>
      </Show>
    </div>
  );
}
