import { type Comparison, formatValue, type Unit } from '@tip-report/core';
import { For } from 'solid-js';
import type { LinkedMetric } from './bundled-report.js';
import { ChangeText } from './change-words.js';
import { ProvenanceDetails } from './provenance-details.js';
import type { ShownReport } from './shown-report.js';

/** The same figures as a real table: a caption, column headers and row headers with scopes. */
export function ComparisonTable(props: {
  comparison: Comparison;
  report: ShownReport;
  locale: string;
  caption: string;
}) {
  const metricOf = (id: string) => props.report.metrics.find((m) => m.id === id) as LinkedMetric;
  const format = (value: number, unit: Unit, usd?: number) =>
    formatValue(value, unit, usd, props.locale);
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">{props.comparison.from}</th>
          <th scope="col">{props.comparison.to}</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.comparison.rows}>
          {(row) => (
            <tr data-metric={row.metricId}>
              <th scope="row">
                {row.label}
                <ProvenanceDetails
                  metric={metricOf(row.metricId)}
                  years={[row.fromYear, row.toYear]}
                />
              </th>
              <td>{format(row.from, row.unit, row.fromUsd)}</td>
              <td>{format(row.to, row.unit, row.toUsd)}</td>
              <td>
                <ChangeText row={row} locale={props.locale} />
              </td>
            </tr>
          )}
        </For>
        <For each={props.comparison.onlyOneYear}>
          {(only) => (
            <tr data-metric={only.metricId}>
              <th scope="row">
                {only.label}
                <ProvenanceDetails metric={metricOf(only.metricId)} years={[only.year]} />
              </th>
              <td>
                {only.year === props.comparison.from
                  ? format(only.value, only.unit, only.usd)
                  : 'not reported'}
              </td>
              <td>
                {only.year === props.comparison.to
                  ? format(only.value, only.unit, only.usd)
                  : 'not reported'}
              </td>
              <td class="note">{only.year} only</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
