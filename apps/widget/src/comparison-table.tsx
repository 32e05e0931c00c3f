import { type Comparison, formatValue } from '@tip-report/core/data';
import { For, onMount } from 'solid-js';
import { ChangeText } from './change-words.js';
import { metricOf, missingWords, unitIn } from './comparison-chart.js';
import type { ShownSource } from './shown-figures.js';
import { SourceDetails } from './source-details.js';
import { chunkStyles } from './styles.js';
import { say } from './widget-locale.js';

/** The table's rules, adopted (and parsed) only when a widget first shows a table. */
const adoptTableStyles = chunkStyles(`
table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
caption{text-align:left;font-size:.875em;padding-bottom:.4rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem .45rem 0;border-top:1px solid var(--_border)}
thead th{border-top:0;font-size:.875em;color:var(--_muted)}
tbody th{font-weight:600}
tbody th details{font-weight:400;margin-top:.2rem}
@container tip (max-width:400px){table{font-size:.75em}th,td{padding-right:.25rem}td .nw{white-space:normal}}
`);

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
  let table!: HTMLTableElement;
  onMount(() => adoptTableStyles(table));
  return (
    <table ref={table}>
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
              <For each={[props.comparison.from, props.comparison.to]}>
                {(year) => (
                  <td>
                    {year === only.year
                      ? format(only.value, only.unit, only.usd, only.approximate)
                      : missingWords(only, props.locale)}
                  </td>
                )}
              </For>
              <td class="note">{say(props.locale, 'ui.onlyYear', { year: only.year })}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
