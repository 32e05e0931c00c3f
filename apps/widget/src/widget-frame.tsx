import { type Comparison, comparisonToCsv, type ReportMetadata } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import { ComparisonChart } from './comparison-chart.js';
import { ComparisonTable } from './comparison-table.js';
import { isSeries, reportsNamed, type ShownSource, shownMetric } from './shown-figures.js';
import { WidgetFooter } from './widget-footer.js';
import type { Problem, View } from './widget-options.js';

/** The parts of the widget's frame that a report's view and a series' view share. */

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ProblemList(props: { problems: readonly Problem[]; blocking: boolean }) {
  return (
    <div class="problems" role={props.blocking ? 'alert' : 'status'}>
      <p>
        {props.blocking ? 'This comparison cannot be shown:' : 'Note about this widget’s settings:'}
      </p>
      <ul>
        <For each={props.problems}>
          {(problem) => (
            <li data-attribute={problem.attribute}>
              {problem.message}
              <Show when={problem.allowed.length}>
                {' '}
                Valid {problem.attribute === 'metrics' ? 'ids' : 'choices'}:{' '}
                {problem.allowed.join(', ')}.
              </Show>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

/** Chart, Table (and Trend for a series): toggle buttons with aria-pressed. */
export function ViewToggle(props: {
  options: readonly View[];
  view: View;
  onView: (view: View) => void;
}) {
  return (
    <fieldset class="toggle">
      <legend class="sr-only">Show the figures as</legend>
      <For each={props.options}>
        {(option) => (
          <button
            type="button"
            aria-pressed={props.view === option}
            on:click={() => props.onView(option)}
          >
            {capitalised(option)}
          </button>
        )}
      </For>
    </fieldset>
  );
}

/**
 * The reports a comparison shows figures of: each side of each row names its edition, and in a
 * series every other edition stating the same figure is shown under "Source" too.
 */
export function reportsUsed(source: ShownSource, comparison: Comparison): ReportMetadata[] {
  const shown = [
    ...comparison.rows.flatMap((r) => [
      [r.metricId, r.fromYear],
      [r.metricId, r.toYear],
    ]),
    ...comparison.onlyOneYear.map((o) => [o.metricId, o.year]),
  ] as [string, number][];
  return reportsNamed(
    source,
    shown.flatMap(([metricId, year]) => {
      const figure = shownMetric(source, metricId)?.figures.find((f) => f.year === year);
      return figure ? [figure.reportId, ...(figure.statements ?? []).map((s) => s.reportId)] : [];
    }),
  );
}

export interface BodyProps {
  view: View;
  onView: (view: View) => void;
  locale: string;
  apiLink: URL | undefined;
}

/** A comparison of two years: heading, the chart or table, and the footer citing its editions. */
export function ComparisonBody(props: BodyProps & { comparison: Comparison; source: ShownSource }) {
  const source = () => props.source;
  const section = () => capitalised(source().section);
  const years = () => `${props.comparison.from} compared with ${props.comparison.to}`;
  const cited = () => reportsUsed(source(), props.comparison);
  const subtitle = () => {
    const s = source();
    if (!isSeries(s)) return `${s.title}, ${s.publisher} (${s.tier})`;
    const leading = new Set(
      [
        ...props.comparison.rows.flatMap((r) => [r.fromEdition, r.toEdition]),
        ...props.comparison.onlyOneYear.map((o) => o.edition),
      ].sort(),
    );
    const used = [...leading];
    return `Trafficking in Persons Reports, U.S. Department of State: figures from the ${used.join(', ')} ${used.length === 1 ? 'edition' : 'editions'}`;
  };
  const caption = () => {
    const s = source();
    const what = isSeries(s) ? 'Trafficking in Persons Reports' : s.title.replace(/:.*$/, '');
    return `${s.country.name}, ${section()} section of the ${what}: ${years()}.`;
  };
  const id = () => props.comparison.reportId ?? props.comparison.seriesId;
  return (
    <>
      <div class="top">
        <div>
          <h2>
            {source().country.name} · {section()} · {years()}
          </h2>
          <p class="sub">{subtitle()}</p>
        </div>
        <ViewToggle
          options={isSeries(source()) ? ['chart', 'table', 'trend'] : ['chart', 'table']}
          view={props.view}
          onView={props.onView}
        />
      </div>
      <Show
        when={props.view === 'table'}
        fallback={
          <ComparisonChart comparison={props.comparison} source={source()} locale={props.locale} />
        }
      >
        <ComparisonTable
          comparison={props.comparison}
          source={source()}
          locale={props.locale}
          caption={caption()}
        />
      </Show>
      <WidgetFooter
        csv={() => ({
          text: comparisonToCsv(props.comparison, props.locale),
          fileName: `${id()}-${props.comparison.from}-${props.comparison.to}.csv`,
        })}
        cited={cited()}
        origin={source().origin}
        series={isSeries(source())}
        apiLink={props.apiLink}
      />
    </>
  );
}
