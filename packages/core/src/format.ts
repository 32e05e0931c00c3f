import { message, resolveLocale, translated } from './i18n.js';
import { type NumberRule, numberRules } from './number-rules.js';
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

/** How many decimals a number is written with, and whether a positive one takes "+". */
interface Digits {
  /** Decimals always written (trailing zeros kept): 0 unless given. */
  readonly min?: number;
  /** Decimals at most, rounded half away from zero: 3 unless given, as Intl's default. */
  readonly max?: number;
  /** `+1.4`, `−2.3` and a bare `0.0`, as Intl's `signDisplay: 'exceptZero'`. */
  readonly signed?: boolean;
}

/**
 * `value` rounded to `digits` decimals, half away from zero, as a plain decimal string. Shifted by
 * the exponent in the number's shortest decimal form, so 1.005 rounds to 1.01 as Intl does, where
 * `1.005 * 100` would be 100.49999….
 */
function roundDecimal(value: number, digits: number): string {
  const shifted = String(value).includes('e') ? value * 10 ** digits : Number(`${value}e${digits}`);
  const whole = Math.round(shifted);
  // Past 2^53, String() would write 1e+21; BigInt writes every digit, as Intl does.
  const text = (Number.isSafeInteger(whole) ? String(whole) : BigInt(whole).toString()).padStart(
    digits + 1,
    '0',
  );
  if (digits === 0) return text;
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * A number written by a rule alone: Latin digits, groups of three, the rule's group and decimal
 * signs, and a true minus sign. No Intl object is made: in a fresh page, Chromium's first
 * Intl.NumberFormat costs 15–35 ms (it loads ICU data), the largest single cost of the widget's
 * first figures.
 */
function writeByRule(value: number, rule: NumberRule, digits: Digits): string {
  const max = digits.max ?? 3;
  const min = Math.min(digits.min ?? 0, max);
  const [whole = '0', fraction = ''] = roundDecimal(Math.abs(value), max).split('.');
  let decimals = fraction;
  while (decimals.length > min && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, rule.group);
  // As Intl: a negative number that rounds to zero keeps its minus (−0), unless the sign is
  // written only for a number that is not zero (signDisplay 'exceptZero'), as for a change.
  const zero = /^0*$/.test(whole + decimals);
  const negative = value < 0 || Object.is(value, -0);
  const sign = digits.signed ? (zero ? '' : negative ? '\u2212' : '+') : negative ? '\u2212' : '';
  return `${sign}${grouped}${decimals ? rule.decimal + decimals : ''}`;
}

/**
 * A number as Intl writes it for `locale`, or as `rule` says. By Intl's parts, so that a negative
 * number takes a true minus sign (U+2212), not a hyphen: typography and screen readers want the
 * minus, and Intl writes a hyphen in most locales.
 */
function writeNumber(
  value: number,
  locale: string,
  rule: NumberRule | undefined,
  digits: Digits = {},
): string {
  if (rule) return writeByRule(value, rule, digits);
  const options: Intl.NumberFormatOptions = {
    ...(digits.min === undefined ? {} : { minimumFractionDigits: digits.min }),
    ...(digits.max === undefined ? {} : { maximumFractionDigits: digits.max }),
    ...(digits.signed ? { signDisplay: 'exceptZero' } : {}),
  };
  return intlText(numberFormat(locale, options), value);
}

/** What an Intl formatter writes, with a true minus sign (U+2212) where it writes a hyphen. */
function intlText(format: Intl.NumberFormat, value: number): string {
  let text = '';
  for (const part of format.formatToParts(value)) {
    text += part.type === 'minusSign' ? '\u2212' : part.value;
  }
  return text;
}

/** A dollar figure, `$88,030` or `88.030 $`: by Intl's currency format, or by the rule's. */
function writeDollars(usd: number, locale: string, rule: NumberRule | undefined): string {
  if (rule === undefined) {
    // The bare "$" (narrowSymbol): Azerbaijani's own symbol for the dollar is "US$", English
    // letters in an Azerbaijani sentence, while every locale reads "$" beside the report's figure.
    const dollars = numberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    });
    return intlText(dollars, usd);
  }
  const { before, after } = rule.dollars;
  return `${before}${writeNumber(usd, locale, rule, { max: 0 })}${after}`;
}

/**
 * Whether the runtime's Intl writes a language as core's rule says. Compared on numbers that show
 * every sign the rule states: a group in a four-digit number (some locales group only from five),
 * groups of three, a decimal, a minus, and a dollar figure with its sign and space.
 */
function intlAgrees(language: string): boolean {
  const rule = numberRules[language];
  if (rule === undefined) return true;
  return (
    [1234, -1234567.5].every(
      (value) => writeNumber(value, language, undefined) === writeNumber(value, language, rule),
    ) && writeDollars(1234, language, undefined) === writeDollars(1234, language, rule)
  );
}

let probe = intlAgrees;
/** Per language, once: whether its Intl data can be trusted on this runtime. */
const agrees = new Map<string, boolean>();

/** Per tag: its canonical form, or none for a malformed tag (Intl then throws, as it did). */
const canonicalTags = new Map<string, string | undefined>();
function canonicalOf(locale: string): string | undefined {
  if (canonicalTags.has(locale)) return canonicalTags.get(locale);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    // RangeError: not a BCP 47 tag; Intl.NumberFormat will say so.
  }
  // Tags come from readers (a page's lang, Accept-Language): a bounded memo, as resolveLocale's.
  if (canonicalTags.size >= 64) canonicalTags.clear();
  canonicalTags.set(locale, canonical);
  return canonical;
}

/**
 * The rule to write a tag's numbers by, or undefined where Intl writes them. A bare language core
 * has a rule for (`en`, `az`, `ru`: every language the widget speaks) is what the rule describes,
 * so it is written by the rule without asking Intl. A tag with more (`en-IN`, `az-AZ`) takes
 * Intl's writing where the runtime's Intl writes the language as the glossary does: checked per
 * language, not per tag, so a runtime that writes `en` right is trusted with `en-IN`'s lakhs and
 * `en-ZA`'s spaces, and one that lacks `az` lacks `az-AZ` too.
 */
function ruleInstead(locale: string): NumberRule | undefined {
  const canonical = canonicalOf(locale);
  const language = canonical?.split('-')[0];
  if (language === undefined || !Object.hasOwn(numberRules, language)) return undefined;
  if (canonical === language) return numberRules[language];
  let trusted = agrees.get(language);
  if (trusted === undefined) {
    trusted = probe(language);
    agrees.set(language, trusted);
  }
  return trusted ? undefined : numberRules[language];
}

/**
 * Replaces the check of the runtime's Intl, so a test can take the rule's way on a runtime whose
 * Intl is right; no argument restores the real check. For tests only: it is not in the
 * package's exports.
 */
export function setNumberProbe(check?: (language: string) => boolean): void {
  probe = check ?? intlAgrees;
  agrees.clear();
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
  const rule = ruleInstead(locale);
  const amount = writeNumber(value, locale, rule);
  const written = unit?.written && translated(unit, 'written', unit.written, language);
  let text = written ? pluralize(written, value, language).replace('{amount}', amount) : amount;
  if (options.usd !== undefined) text = `${text} (${writeDollars(options.usd, locale, rule)})`;
  // "400 manat ($217) per victim": the basis follows the whole amount, dollars included.
  if (unit?.per) text = `${text} ${translated(unit, 'per', unit.per, language)}`;
  return options.approximate ? message(language, 'value.approximate', { value: text }) : text;
}

/** A number as the locale writes it, with a fixed number of decimals (one formatter, cached). */
export function formatNumber(value: number, locale = 'en', fractionDigits = 0): string {
  return writeNumber(value, locale, ruleInstead(locale), {
    min: fractionDigits,
    max: fractionDigits,
  });
}

/** A signed number, `+1.4`, `−2,3` (a true minus sign, as every number here). */
function signed(value: number, locale = 'en', fractionDigits = 0): string {
  return writeNumber(value, locale, ruleInstead(locale), {
    signed: true,
    min: fractionDigits,
    max: fractionDigits,
  });
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
