import type { Unit } from './schema/unit.js';

// Building an Intl.NumberFormat costs far more than using one, and a page formats hundreds of
// numbers: one formatter per locale and option set, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

const englishPlural = new Intl.PluralRules('en');

/** `{one|other}` groups in a template, resolved for a count (the templates are English). */
export function pluralize(template: string, count: number): string {
  const other = englishPlural.select(count) !== 'one';
  return template.replace(/\{([^{}|]*)\|([^{}]*)\}/g, (_, one: string, many: string) =>
    other ? many : one,
  );
}

export interface ValueOptions {
  /** The dollar figure the report prints beside a money value. */
  usd?: number | undefined;
  /** The text says "approximately": the value is shown as printed, with "about". */
  approximate?: boolean | undefined;
  /** Formats the numbers (the words stay English). */
  locale?: string | undefined;
}

/**
 * A figure as the report writes it: `71`, or money in the unit's own words, `150,530 manat
 * ($88,030)`. A unit without `written` gives the bare number (its noun is in the statement).
 */
export function formatValue(
  value: number,
  unit: Pick<Unit, 'written'> | undefined,
  options: ValueOptions = {},
): string {
  const locale = options.locale ?? 'en';
  const amount = numberFormat(locale).format(value);
  let text = unit?.written ? pluralize(unit.written, value).replace('{amount}', amount) : amount;
  if (options.usd !== undefined) {
    const dollars = numberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }).format(options.usd);
    text = `${text} (${dollars})`;
  }
  return options.approximate ? `about ${text}` : text;
}

/** A percentage with its sign and one decimal: `+1.4 %`, `-2.3 %`. */
export function formatPercent(percent: number, locale = 'en'): string {
  const number = numberFormat(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(percent);
  return `${number} %`;
}

/**
 * Fills a metric's statement template: `{value}` becomes the formatted figure, `{basis}` the verb
 * of a money figure ("spent", "allocated") and `{one|other}` the English form for that count.
 */
export function fillStatement(
  statement: string,
  value: number,
  unit: Pick<Unit, 'written'> | undefined,
  options: ValueOptions & { basis?: string | undefined } = {},
): string {
  const text = pluralize(statement, value)
    .replace('{basis}', options.basis ?? '')
    .replace('{value}', formatValue(value, unit, options));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
