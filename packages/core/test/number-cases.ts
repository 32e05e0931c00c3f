// The numbers core writes, in every runtime it runs in: Node (src/format.test.ts), workerd
// (apps/api/test/numbers.workerd.test.ts) and Chromium (tests/e2e/numbers.test.ts) check these
// same strings. Each is typed from the glossary's "Money and numbers": a decimal comma in az and
// ru; thousands grouped by a period in az (CLDR, as Node has it) and by a no-break space (U+00A0)
// in ru; a true minus (U+2212); "+1,4 %" with a no-break space before % in both. A test module,
// not source: it is in no export of the package.

const nbsp = '\u00a0';
const minus = '\u2212';

/** What a case asks core to write. */
export type NumberCase =
  | { kind: 'number'; value: number; locale: string; fractionDigits: number; expected: string }
  | { kind: 'percent'; value: number; locale: string; expected: string }
  /** A money figure with the dollar figure the report prints beside it (no unit word). */
  | { kind: 'money'; value: number; usd: number; locale: string; expected: string };

export const numberCases: readonly NumberCase[] = [
  // Azerbaijani: the case the issue is about.
  { kind: 'number', value: 150530.5, locale: 'az', fractionDigits: 1, expected: '150.530,5' },
  { kind: 'number', value: 150530, locale: 'az', fractionDigits: 0, expected: '150.530' },
  { kind: 'number', value: 1234, locale: 'az', fractionDigits: 0, expected: '1.234' },
  {
    kind: 'number',
    value: 1234567.891,
    locale: 'az',
    fractionDigits: 3,
    expected: '1.234.567,891',
  },
  { kind: 'number', value: -3470, locale: 'az', fractionDigits: 0, expected: `${minus}3.470` },
  { kind: 'number', value: 150530, locale: 'az-AZ', fractionDigits: 0, expected: '150.530' },
  { kind: 'number', value: 150530, locale: 'az-Latn-AZ', fractionDigits: 0, expected: '150.530' },
  { kind: 'percent', value: 1.4, locale: 'az', expected: `+1,4${nbsp}%` },
  { kind: 'percent', value: -2.25, locale: 'az', expected: `${minus}2,3${nbsp}%` },
  { kind: 'percent', value: 0, locale: 'az', expected: `0,0${nbsp}%` },
  { kind: 'percent', value: 1250, locale: 'az', expected: `+1.250,0${nbsp}%` },
  {
    kind: 'money',
    value: 150530,
    usd: 88030,
    locale: 'az',
    expected: `150.530 (88.030${nbsp}$)`,
  },
  // Russian: Intl has it right almost everywhere; the same strings hold.
  { kind: 'number', value: 150530.5, locale: 'ru', fractionDigits: 1, expected: `150${nbsp}530,5` },
  { kind: 'number', value: 1234, locale: 'ru', fractionDigits: 0, expected: `1${nbsp}234` },
  {
    kind: 'number',
    value: -3470,
    locale: 'ru-RU',
    fractionDigits: 0,
    expected: `${minus}3${nbsp}470`,
  },
  { kind: 'percent', value: 1.4, locale: 'ru', expected: `+1,4${nbsp}%` },
  { kind: 'percent', value: -4.3, locale: 'ru-RU', expected: `${minus}4,3${nbsp}%` },
  {
    kind: 'money',
    value: 154000,
    usd: 90060,
    locale: 'ru',
    expected: `154${nbsp}000 (90${nbsp}060${nbsp}$)`,
  },
  // English, as the report writes it.
  { kind: 'number', value: 150530.5, locale: 'en', fractionDigits: 1, expected: '150,530.5' },
  { kind: 'number', value: 1.7094, locale: 'en', fractionDigits: 3, expected: '1.709' },
  { kind: 'number', value: -3470, locale: 'en', fractionDigits: 0, expected: `${minus}3,470` },
  { kind: 'percent', value: 1.4, locale: 'en', expected: '+1.4 %' },
  { kind: 'percent', value: -2.25, locale: 'en-US', expected: `${minus}2.3 %` },
  { kind: 'money', value: 150530, usd: 88030, locale: 'en', expected: '150,530 ($88,030)' },
];

/** Core's formatters, as each runtime imports them (the package, or its built module). */
export interface NumberFormatters {
  formatNumber(value: number, locale?: string, fractionDigits?: number): string;
  formatPercent(percent: number, locale?: string): string;
  formatValue(value: number, unit: undefined, options: { usd: number; locale: string }): string;
}

/**
 * What core writes for each case. Self-contained (no closure, no import), so the Chromium test
 * can send its source to a page and run the same code there.
 */
export function formatCases(core: NumberFormatters, cases: readonly NumberCase[]): string[] {
  return cases.map((c) =>
    c.kind === 'number'
      ? core.formatNumber(c.value, c.locale, c.fractionDigits)
      : c.kind === 'percent'
        ? core.formatPercent(c.value, c.locale)
        : core.formatValue(c.value, undefined, { usd: c.usd, locale: c.locale }),
  );
}
