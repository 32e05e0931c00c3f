import {
  type Comparison,
  type ComparisonRow,
  describeChange,
  fillStatement,
  formatValue,
  type OneYearOnly,
} from '@tip-report/core';
import { For } from 'solid-js';
import type { LinkedMetric } from './bundled-report.js';
import { ChangeText } from './change-words.js';
import { ProvenanceDetails } from './provenance-details.js';
import type { ShownReport } from './shown-report.js';

interface ChartProps {
  comparison: Comparison;
  report: ShownReport;
  locale: string;
}

const metricOf = (report: ShownReport, id: string) =>
  report.metrics.find((m) => m.id === id) as LinkedMetric;

/** "(derived)" after a value the text does not state, so the reader knows it was computed. */
function derivedNote(metric: LinkedMetric, year: number) {
  return metric.observations.find((o) => o.year === year)?.derived ? (
    <span class="note"> (derived)</span>
  ) : null;
}

/**
 * Each metric's pair of bars is scaled to its own larger value, so 5 victims and 150,530 manat
 * both fill the width; the numbers beside them carry the magnitude.
 */
function barWidth(value: number, max: number): number {
  if (max === 0 || value === 0) return 0;
  return Math.max(0.75, (100 * value) / max);
}

function ComparedRow(props: { row: ComparisonRow } & ChartProps) {
  const metric = () => metricOf(props.report, props.row.metricId);
  const max = () => Math.max(props.row.from, props.row.to);
  return (
    <li class="row" data-metric={props.row.metricId}>
      <span class="label" aria-hidden="true">
        {props.row.label}
      </span>
      <div class="pair" aria-hidden="true">
        <span class="year from">{props.row.fromYear}</span>
        <span class="value" data-year={props.row.fromYear}>
          {formatValue(props.row.from, props.row.unit, props.row.fromUsd, props.locale)}
          {derivedNote(metric(), props.row.fromYear)}
        </span>
        <span class="year to">{props.row.toYear}</span>
        <span class="value" data-year={props.row.toYear}>
          {formatValue(props.row.to, props.row.unit, props.row.toUsd, props.locale)}
          {derivedNote(metric(), props.row.toYear)}
        </span>
        <svg class="bars" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true">
          <rect class="track" x="0" y="1" width="100" height="8" />
          <rect class="track" x="0" y="11" width="100" height="8" />
          <rect class="from" x="0" y="1" height="8" width={barWidth(props.row.from, max())} />
          <rect class="to" x="0" y="11" height="8" width={barWidth(props.row.to, max())} />
        </svg>
      </div>
      <p class="change" aria-hidden="true" data-direction={props.row.direction}>
        <ChangeText row={props.row} locale={props.locale} />
      </p>
      <p class="sr-only">{describeChange(props.row, props.locale)}</p>
      <ProvenanceDetails metric={metric()} years={[props.row.fromYear, props.row.toYear]} />
    </li>
  );
}

/** The figure for the year the report gives, and plainly no figure for the other. */
function OneYearRow(props: { only: OneYearOnly } & ChartProps) {
  const metric = () => metricOf(props.report, props.only.metricId);
  const value = () => formatValue(props.only.value, props.only.unit, props.only.usd, props.locale);
  const years = () =>
    [props.comparison.from, props.comparison.to].map((year) => ({
      year,
      side: year === props.comparison.from ? 'from' : 'to',
      seen: year === props.only.year,
    }));
  return (
    <li class="row" data-metric={props.only.metricId}>
      <span class="label" aria-hidden="true">
        {props.only.label}
      </span>
      <div class="pair" aria-hidden="true">
        <For each={years()}>
          {(y) => (
            <>
              <span class={`year ${y.side}`}>{y.year}</span>
              <span class="value" data-year={y.year}>
                {y.seen ? value() : 'not reported'}
                {y.seen ? derivedNote(metric(), y.year) : null}
              </span>
            </>
          )}
        </For>
      </div>
      <p class="change note" aria-hidden="true">
        Reported for {props.only.year} only: no comparison.
      </p>
      <p class="sr-only">
        {fillStatement(
          metric().statement,
          props.only.value,
          props.only.unit,
          props.only.usd,
          props.locale,
        )}{' '}
        in {props.only.year}; the report gives no figure for {props.only.missingYear}.
      </p>
      <ProvenanceDetails metric={metric()} years={[props.only.year]} />
    </li>
  );
}

export function ComparisonChart(props: ChartProps) {
  return (
    <ul class="rows" aria-label="Figures">
      <For each={props.comparison.rows}>{(row) => <ComparedRow row={row} {...props} />}</For>
      <For each={props.comparison.onlyOneYear}>
        {(only) => <OneYearRow only={only} {...props} />}
      </For>
    </ul>
  );
}
