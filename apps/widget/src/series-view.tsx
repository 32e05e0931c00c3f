import { describeChange } from '@tip-report/core/data';
import { createEffect, createMemo, createSignal, on, onMount, Show } from 'solid-js';
import { registerEnglishRest } from './english-rest.js';
import { adoptSeriesStyles } from './series-styles.js';
import { comparisonFor, metricIdsFor } from './shown-comparison.js';
import type { ShownSeries } from './shown-report.js';
import { TrendView } from './trend-view.js';
import { WidgetFooter } from './widget-footer.js';
import {
  type BodyProps,
  ComparisonBody,
  countryName,
  ProblemList,
  sectionName,
  ViewToggle,
} from './widget-frame.js';
import { say } from './widget-locale.js';
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
  // Called here, not at the chunk's top level: a module of only re-exports is bundled away.
  registerEnglishRest();
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
    return comparisonFor(props.series, attributes, props.locale);
  });
  const trendMetrics = createMemo(() => metricIdsFor(props.series, props.attributes.metrics));

  // What the live region says after a picker changes the comparison: its new sentences.
  const announcement = createMemo(() => {
    if (!announce()) return '';
    const now = outcome();
    if (!now.comparison) {
      const { from, to } = years();
      const problems = now.problems.map((p) => say(props.locale, p.key, p.params));
      return `${say(props.locale, 'ui.comparedWith', { from, to })}: ${problems.join(' ')}`;
    }
    const { comparison } = now;
    const sentences = comparison.rows.map((r) => describeChange(r, comparison.units, props.locale));
    const only = comparison.onlyOneYear.length;
    return [
      say(props.locale, 'ui.nowComparing', { from: comparison.from, to: comparison.to }),
      ...(sentences.length ? sentences : [say(props.locale, 'ui.noRows')]),
      only ? say(props.locale, 'ui.moreOneYear', { count: only }) : '',
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
          locale={props.locale}
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
              <ProblemList
                problems={outcome().problems ?? []}
                blocking={true}
                locale={props.locale}
              />
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
          fallback={
            <ProblemList problems={trendMetrics().problems} blocking={true} locale={props.locale} />
          }
        >
          <div class="top">
            <div>
              <h2>
                {countryName(props.series.country, props.locale)} ·{' '}
                {sectionName(props.series.section, props.locale)} ·{' '}
                {say(props.locale, 'ui.yearRange', {
                  from: props.series.years[0] ?? '',
                  to: props.series.years.at(-1) ?? '',
                })}
              </h2>
              <p class="sub">
                {say(props.locale, 'ui.trendSubtitle', {
                  first: props.series.editions[0]?.edition ?? '',
                  last: props.series.editions.at(-1)?.edition ?? '',
                  publisher: say(props.locale, 'report.publisher'),
                })}
              </p>
            </div>
            <ViewToggle
              options={['chart', 'table', 'trend']}
              view={props.view}
              onView={props.onView}
              locale={props.locale}
            />
          </div>
          <TrendView series={props.series} metricIds={trendMetrics().ids} locale={props.locale} />
          <WidgetFooter
            csv={() => {
              const { series } = props;
              const metrics = series.metrics.filter((m) => trendMetrics().ids.includes(m.id));
              return {
                text: () =>
                  import('./provenance-details.js').then((csv) => csv.seriesToCsv(series, metrics)),
                fileName: `${series.id}-trend-${props.locale}.csv`,
              };
            }}
            cited={props.series.reports}
            origin={props.series.origin}
            series={true}
            apiLink={props.apiLink}
            locale={props.locale}
          />
        </Show>
      </Show>
    </div>
  );
}
