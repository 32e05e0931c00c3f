import { message, resolveLocale, translated } from './i18n.js';
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
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): string {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * Plural groups in a template, resolved for a count: `{one|other}` (English's two forms) or
 * `{one:…|few:…|many:…|other:…}`, chosen by Intl.PluralRules of the template's language
 * (a missing form is `other`).
 */
export function pluralize(template: string, count: number, language = 'en'): string {
  const category = pluralCategory(language, count);
  return template.replace(/\{([^{}]*\|[^{}]*)\}/g, (_, group: string) => {
    const forms = group.split('|');
    if (!forms[0]?.includes(':')) return (category === 'one' ? forms[0] : forms[1]) ?? '';
    const byCategory = new Map(
      forms.map((form) => [form.slice(0, form.indexOf(':')), form.slice(form.indexOf(':') + 1)]),
    );
    return byCategory.get(category) ?? byCategory.get('other') ?? '';
  });
}

export interface ValueOptions {
  /** The dollar figure the report prints beside a money value. */
  usd?: number | undefined;
  /** The text says "approximately": the value is shown as printed, with "about". */
  approximate?: boolean | undefined;
  /**
   * A BCP 47 tag: it formats the numbers, and its language (`az`, `ru`, else English) gives
   * the words.
   */
  locale?: string | undefined;
}

/**
 * A figure as the report writes it: `71`, or money in the unit's own words, `150,530 manat
 * ($88,030)`, with what it is per where the unit is a rate (`400 manat ($217) per victim`). A
 * unit without `written` gives the bare number (its noun is in the statement).
 */
export function formatValue(
  value: number,
  unit: Pick<Unit, 'written' | 'per' | 'translations'> | undefined,
  options: ValueOptions = {},
): string {
  const locale = options.locale ?? 'en';
  const language = resolveLocale(locale);
  const amount = numberFormat(locale).format(value);
  const written = unit?.written && translated(unit, 'written', unit.written, language);
  let text = written ? pluralize(written, value, language).replace('{amount}', amount) : amount;
  if (options.usd !== undefined) {
    // The bare "$": Azerbaijani's own symbol for the dollar is "US$", English letters in an
    // Azerbaijani sentence, while every locale reads "$" beside the report's figure.
    const dollars = numberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    }).format(options.usd);
    text = `${text} (${dollars})`;
  }
  // "400 manat ($217) per victim": the basis follows the whole amount, dollars included.
  if (unit?.per) text = `${text} ${translated(unit, 'per', unit.per, language)}`;
  return options.approximate ? message(language, 'value.approximate', { value: text }) : text;
}

/** A number as the locale writes it, with a fixed number of decimals (one formatter, cached). */
export function formatNumber(value: number, locale = 'en', fractionDigits = 0): string {
  return numberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/**
 * A signed number with a true minus sign (U+2212), not a hyphen: `+1.4`, `−2.3`. Intl writes a
 * hyphen-minus in most locales; typography and screen readers want the minus.
 */
function signed(value: number, locale = 'en', fractionDigits = 0): string {
  return numberFormat(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  })
    .format(value)
    .replace('-', '\u2212');
}

/** A percentage with its sign and one decimal, as the locale writes it: `+1.4 %`, `−2,3 %`. */
export function formatPercent(percent: number, locale = 'en'): string {
  return message(resolveLocale(locale), 'number.percent', { number: signed(percent, locale, 1) });
}

/**
 * Fills a metric's statement template: `{value}` becomes the formatted figure, `{basis}` the verb
 * of a money figure ("spent", "allocated") and the plural groups the form for that count. The
 * template is the one of the locale's language (see `localizeMetric`).
 */
export function fillStatement(
  statement: string,
  value: number,
  unit: Pick<Unit, 'written' | 'per' | 'translations'> | undefined,
  options: ValueOptions & { basis?: string | undefined } = {},
): string {
  const language = resolveLocale(options.locale);
  const basis = options.basis ? message(language, `basis.${options.basis}.verb`) : '';
  const text = pluralize(statement, value, language)
    .replace('{basis}', basis)
    .replace('{value}', formatValue(value, unit, options));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
