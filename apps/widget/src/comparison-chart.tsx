import {
  type Comparison,
  type ComparisonRow,
  describeChange,
  describeOneYear,
  fillStatement,
  formatValue,
  localizeMetric,
  type OneYearOnly,
} from '@tip-report/core/data';
import { For } from 'solid-js';
import { ChangeText } from './change-words.js';
import { type ShownMetric, type ShownSource, shownMetric } from './shown-figures.js';
import { SourceDetails } from './source-details.js';
import { say } from './widget-locale.js';

interface ChartProps {
  comparison: Comparison;
  source: ShownSource;
  locale: string;
}

export const metricOf = (source: ShownSource, id: string) => shownMetric(source, id) as ShownMetric;
export const unitIn = (comparison: Comparison, id: string) =>
  comparison.units.find((u) => u.id === id);

/** "(derived)" after a value the text does not state, so the reader knows it was computed. */
function derivedNote(metric: ShownMetric, year: number, locale: string) {
  return metric.figures.find((o) => o.year === year)?.derived ? (
    <span class="note"> {say(locale, 'ui.derived')}</span>
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
  const metric = () => metricOf(props.source, props.row.metricId);
  const unit = () => unitIn(props.comparison, props.row.unit);
  const max = () => Math.max(props.row.from, props.row.to);
  const value = (side: 'from' | 'to') =>
    formatValue(props.row[side], unit(), {
      usd: side === 'from' ? props.row.fromUsd : props.row.toUsd,
      approximate: side === 'from' ? props.row.fromApproximate : props.row.toApproximate,
      locale: props.locale,
    });
  return (
    <li class="row" data-metric={props.row.metricId}>
      <span class="label" aria-hidden="true">
        {props.row.label}
      </span>
      <div class="pair" aria-hidden="true">
        <span class="year from">{props.row.fromYear}</span>
        <span class="value" data-year={props.row.fromYear}>
          {value('from')}
          {derivedNote(metric(), props.row.fromYear, props.locale)}
        </span>
        <span class="year to">{props.row.toYear}</span>
        <span class="value" data-year={props.row.toYear}>
          {value('to')}
          {derivedNote(metric(), props.row.toYear, props.locale)}
        </span>
        <svg class="bars" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true">
          <rect class="track" x="0" y="1" width="100" height="8" />
          <rect class="track" x="0" y="11" width="100" height="8" />
          <rect class="from" x="0" y="1" height="8" width={barWidth(props.row.from, max())} />
          <rect class="to" x="0" y="11" height="8" width={barWidth(props.row.to, max())} />
        </svg>
      </div>
      <p class="change" aria-hidden="true" data-direction={props.row.direction}>
        <ChangeText row={props.row} unit={unit()} locale={props.locale} />
      </p>
      <p class="sr-only">{describeChange(props.row, props.comparison.units, props.locale)}</p>
      <SourceDetails
        metric={metric()}
        label={props.row.label}
        years={[props.row.fromYear, props.row.toYear]}
        unit={unit()}
        locale={props.locale}
      />
    </li>
  );
}

/** The other year's absence, in words: never a 0. */
export const missingWords = (only: OneYearOnly, locale: string) =>
  say(locale, only.missing === 'not-reported' ? 'ui.notReported' : 'ui.noFigure');

/** The figure for the year the report gives, and plainly no figure for the other. */
function OneYearRow(props: { only: OneYearOnly } & ChartProps) {
  const metric = () => metricOf(props.source, props.only.metricId);
  const unit = () => unitIn(props.comparison, props.only.unit);
  const options = () => ({
    usd: props.only.usd,
    approximate: props.only.approximate,
    basis: props.only.basis,
    locale: props.locale,
  });
  const value = () => formatValue(props.only.value, unit(), options());
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
                {y.seen ? value() : missingWords(props.only, props.locale)}
                {y.seen ? derivedNote(metric(), y.year, props.locale) : null}
              </span>
            </>
          )}
        </For>
      </div>
      <p class="change note" aria-hidden="true">
        {say(props.locale, 'ui.onlyYearNote', { year: props.only.year })}
      </p>
      <p class="sr-only">
        {say(props.locale, 'ui.figureInYear', {
          now: fillStatement(
            localizeMetric(metric(), props.locale).statement,
            props.only.value,
            unit(),
            options(),
          ),
          year: props.only.year,
        })}{' '}
        {describeOneYear(props.only, props.locale)}
      </p>
      <SourceDetails
        metric={metric()}
        label={props.only.label}
        years={[props.only.year, props.only.missingYear]}
        unit={unit()}
        locale={props.locale}
      />
    </li>
  );
}

export function ComparisonChart(props: ChartProps) {
  return (
    <ul class="rows" aria-label={say(props.locale, 'ui.figures')}>
      <For each={props.comparison.rows}>{(row) => <ComparedRow row={row} {...props} />}</For>
      <For each={props.comparison.onlyOneYear}>
        {(only) => <OneYearRow only={only} {...props} />}
      </For>
    </ul>
  );
}
