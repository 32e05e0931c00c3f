import {
  compare,
  describeChange,
  describeOneYear,
  type Figures,
  formatValue,
  ReportQueryError,
} from '@tip-report/core/data';
import type { BundledSource } from './bundled-data.js';
import type { ShownMetric } from './figures.js';
import { say } from './words.js';

/**
 * The change as one sentence, core's describeChange of the metric between two years: the
 * widget's headline, and the chart's accessible name. With a figure in one year only it says
 * which (core's describeOneYear); with none, that there is none.
 */
export function headlineSentence(
  source: BundledSource,
  metric: ShownMetric,
  label: string,
  from: number,
  to: number,
  locale: string,
): string {
  try {
    // compare reads no metric description, which the bundle leaves out.
    const comparison = compare(source as Figures, from, to, [metric.id], locale);
    const row = comparison.rows[0];
    if (row) return describeChange(row, comparison.units, locale);
    const one = comparison.onlyOneYear[0];
    if (one) {
      const unit = comparison.units.find((u) => u.id === one.unit);
      const now = formatValue(one.value, unit, {
        usd: one.usd,
        approximate: one.approximate,
        locale,
      });
      return `${label}: ${say(locale, 'ui.figureInYear', { now, year: one.year })} ${describeOneYear(one, locale)}`;
    }
  } catch (error) {
    if (!(error instanceof ReportQueryError)) throw error;
  }
  return say(locale, 'compare.noFigureEither', { metric: label, from, to });
}

/** A metric's only figure, as the report writes it: "Female, forced labor: 5 in 2020." */
export function oneFigureSentence(
  source: BundledSource,
  metric: ShownMetric,
  label: string,
  year: number,
  locale: string,
): string {
  const figure = metric.figures.find((f) => f.year === year);
  if (!figure) return say(locale, 'ui.noFigureAnyYear');
  const unit = source.units.find((u) => u.id === metric.unit);
  const now = formatValue(figure.value, unit, {
    usd: figure.usd,
    approximate: figure.approximate,
    locale,
  });
  return `${label}: ${say(locale, 'ui.figureInYear', { now, year })}`;
}

/** The first and last years in which the metric has a figure (the trend's headline compares them). */
export function figureYears(metric: ShownMetric): [number, number] | undefined {
  const years = metric.figures.map((f) => f.year).sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  return first === undefined || last === undefined ? undefined : [first, last];
}
