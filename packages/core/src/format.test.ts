import { describe, expect, it } from 'vitest';
import { formatPercent, formatValue, pluralize, signed } from './format.js';

// English is formatted without Intl (its first use in a page loads ICU's data); it must write
// exactly what Intl writes.
const values = [
  0, 1, -1, 5, 71, 999, 1000, 1234, 88030, 150530, 154000, 1234567, 9007199254740991, -3, -4567,
  0.5, 1.5, 2.25, 0.15, 0.05, -0.04, -0.05, 1.45, 12.345, 99.95, -99.95, 1e21, 1e-7, 123456.789,
];
const percents = [0, 1.4, -2.3, 0.04, -0.04, 0.05, -0.05, 0.15, 1.25, 33.333, 100, -100, 1e-7];

describe('English without Intl', () => {
  for (const locale of ['en', 'en-US']) {
    it(`writes numbers, dollars and signed percents as Intl does (${locale})`, () => {
      for (const value of values) {
        expect(formatValue(value, undefined, { locale })).toBe(
          new Intl.NumberFormat(locale).format(value),
        );
        expect(formatValue(value, undefined, { locale, usd: value })).toBe(
          `${new Intl.NumberFormat(locale).format(value)} (${new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: 'USD',
            maximumFractionDigits: 0,
          }).format(value)})`,
        );
      }
      for (const digits of [0, 1, 2]) {
        for (const value of [...values, ...percents]) {
          expect(signed(value, locale, digits)).toBe(
            new Intl.NumberFormat(locale, {
              signDisplay: 'exceptZero',
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
            })
              .format(value)
              .replace('-', '\u2212'),
          );
        }
      }
      expect(formatPercent(-4.3, locale)).toBe('\u22124.3 %');
    });
  }

  it('chooses English plural forms as Intl.PluralRules does', () => {
    const rules = new Intl.PluralRules('en');
    for (const count of [0, 1, -1, 2, 1.5, 21, 101]) {
      expect(pluralize('{victim|victims}', count)).toBe(
        rules.select(count) === 'one' ? 'victim' : 'victims',
      );
    }
  });
});
