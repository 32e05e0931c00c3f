import type { ComparisonRow } from './schema/comparison.js';
import type { Unit } from './schema/vocabulary.js';

const englishPlural = new Intl.PluralRules('en');

/** A figure as the report writes it: `71`, or money as `150,530 manat ($88,030)`. */
export function formatValue(value: number, unit: Unit, usd?: number, locale = 'en'): string {
  const number = new Intl.NumberFormat(locale).format(value);
  if (unit !== 'AZN') return number;
  if (usd === undefined) return `${number} manat`;
  const dollars = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(usd);
  return `${number} manat (${dollars})`;
}

/** A percentage with its sign and one decimal: `+1.4 %`, `-2.3 %`. */
export function formatPercent(percent: number, locale = 'en'): string {
  const number = new Intl.NumberFormat(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(percent);
  return `${number} %`;
}

/**
 * Fills a metric's statement template: `{value}` becomes the formatted figure and `{one|other}`
 * the English form for that count (the sentences are English; `locale` formats the numbers).
 */
export function fillStatement(
  statement: string,
  value: number,
  unit: Unit,
  usd?: number,
  locale = 'en',
): string {
  const form = englishPlural.select(value) === 'one' ? 0 : 1;
  const text = statement
    .replace(/\{([^{}|]*)\|([^{}]*)\}/g, (_, one: string, other: string) => (form ? other : one))
    .replace('{value}', formatValue(value, unit, usd, locale));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One plain-language sentence for a comparison row, e.g. "The government identified 71
 * trafficking victims in 2017, up 1 (+1.4 %) from 70 in 2016." It is the widget's
 * screen-reader text, so it always names both values and both years.
 */
export function describeChange(row: ComparisonRow, locale = 'en'): string {
  const now = fillStatement(row.statement, row.to, row.unit, row.toUsd, locale);
  const before = formatValue(row.from, row.unit, row.fromUsd, locale);
  if (row.direction === 'same') {
    return `${now} in ${row.toYear}, unchanged from ${before} in ${row.fromYear}.`;
  }
  const amount = formatValue(Math.abs(row.change), row.unit, undefined, locale);
  const percent =
    row.percentChange === null ? '' : ` (${formatPercent(row.percentChange, locale)})`;
  return `${now} in ${row.toYear}, ${row.direction} ${amount}${percent} from ${before} in ${row.fromYear}.`;
}
