import { type Comparison, formatValue } from '@tip-report/core/data';
import { For } from 'solid-js';
import { ChangeText } from './change-words.js';
import { metricOf, missingWords, unitIn } from './comparison-chart.js';
import type { ShownSource } from './shown-figures.js';
import { SourceDetails } from './source-details.js';
import { say } from './widget-locale.js';

/** The same figures as a real table: a caption, column headers and row headers with scopes. */
export function ComparisonTable(props: {
  comparison: Comparison;
  source: ShownSource;
  locale: string;
  caption: string;
}) {
  const format = (value: number, unitId: string, usd?: number, approximate?: boolean | undefined) =>
    formatValue(value, unitIn(props.comparison, unitId), {
      usd,
      approximate,
      locale: props.locale,
    });
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{say(props.locale, 'ui.metric')}</th>
          <th scope="col">{props.comparison.from}</th>
          <th scope="col">{props.comparison.to}</th>
          <th scope="col">{say(props.locale, 'ui.change')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.comparison.rows}>
          {(row) => (
            <tr data-metric={row.metricId}>
              <th scope="row">
                {row.label}
                <SourceDetails
                  metric={metricOf(props.source, row.metricId)}
                  label={row.label}
                  years={[row.fromYear, row.toYear]}
                  unit={unitIn(props.comparison, row.unit)}
                  locale={props.locale}
                />
              </th>
              <td>{format(row.from, row.unit, row.fromUsd, row.fromApproximate)}</td>
              <td>{format(row.to, row.unit, row.toUsd, row.toApproximate)}</td>
              <td>
                <ChangeText
                  row={row}
                  unit={unitIn(props.comparison, row.unit)}
                  locale={props.locale}
                />
              </td>
            </tr>
          )}
        </For>
        <For each={props.comparison.onlyOneYear}>
          {(only) => (
            <tr data-metric={only.metricId}>
              <th scope="row">
                {only.label}
                <SourceDetails
                  metric={metricOf(props.source, only.metricId)}
                  label={only.label}
                  years={[only.year, only.missingYear]}
                  unit={unitIn(props.comparison, only.unit)}
                  locale={props.locale}
                />
              </th>
              <td>
                {only.year === props.comparison.from
                  ? format(only.value, only.unit, only.usd)
                  : missingWords(only, props.locale)}
              </td>
              <td>
                {only.year === props.comparison.to
                  ? format(only.value, only.unit, only.usd)
                  : missingWords(only, props.locale)}
              </td>
              <td class="note">{say(props.locale, 'ui.onlyYear', { year: only.year })}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
