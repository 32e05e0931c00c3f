import { formatPercent, formatValue, translated } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import type { BundledSource } from '../../shared/bundled-data.js';
import { shownMetric, unitOf } from '../../shared/figures.js';
import { resolveLocale, say } from '../../shared/words.js';

/**
 * The Table tab ("the table", a chunk of its own): every metric of the report or series (or those
 * of a `metrics` attribute) for the years shown, as a real table with scoped headers. It is the
 * accessible alternative to the charts and the place for all figures at once; it scrolls inside
 * the widget's fixed box, and its region takes focus so a keyboard can scroll it.
 */
export function TableView(props: {
  source: BundledSource;
  metricIds: readonly string[];
  years: readonly number[];
  focus: string;
  locale: string;
  caption: string;
}) {
  const language = () => resolveLocale(props.locale);
  const rows = () =>
    props.metricIds.flatMap((id) => {
      const metric = shownMetric(props.source, id);
      return metric ? [metric] : [];
    });
  const cell = (metric: NonNullable<ReturnType<typeof shownMetric>>, year: number) => {
    const figure = metric.figures.find((f) => f.year === year);
    if (figure) {
      return formatValue(figure.value, unitOf(props.source, metric.unit), {
        usd: figure.usd,
        approximate: figure.approximate,
        locale: props.locale,
      });
    }
    return say(
      props.locale,
      metric.notReported.some((n) => n.year === year) ? 'ui.notReported' : 'ui.noFigure',
    );
  };
  const change = (metric: NonNullable<ReturnType<typeof shownMetric>>) => {
    const [a, b] = props.years.map((y) => metric.figures.find((f) => f.year === y)?.value);
    if (a === undefined || b === undefined) return '–';
    return a === 0
      ? say(props.locale, 'ui.noPercent')
      : formatPercent((100 * (b - a)) / a, props.locale);
  };
  return (
    <section class="table-wrap" aria-label={props.caption} tabindex="0">
      <table>
        <caption class="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{say(props.locale, 'ui.metric')}</th>
            <For each={props.years}>{(year) => <th scope="col">{year}</th>}</For>
            <Show when={props.years.length === 2}>
              <th scope="col">{say(props.locale, 'ui.change')}</th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(metric) => (
              <tr data-metric={metric.id} class={metric.id === props.focus ? 'focus' : undefined}>
                <th scope="row">{translated(metric, 'label', metric.label, language())}</th>
                <For each={props.years}>{(year) => <td>{cell(metric, year)}</td>}</For>
                <Show when={props.years.length === 2}>
                  <td>{change(metric)}</td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
