import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatCases, numberCases } from '../test/number-cases.js';
import { formatNumber, formatPercent, formatValue, setNumberProbe } from './format.js';
import { registerCatalog } from './i18n.js';
import { allCatalogs } from './locales/all.generated.js';

const core = { formatNumber, formatPercent, formatValue };
const expected = numberCases.map((c) => c.expected);

beforeAll(() => {
  // The percent's space is the catalog's (number.percent); the full entry registers them all.
  for (const catalog of allCatalogs) registerCatalog(catalog);
});
afterEach(() => setNumberProbe());

describe('numbers as the glossary writes them, in Node', () => {
  it("Node's Intl: every shared case", () => {
    expect(formatCases(core, numberCases)).toEqual(expected);
  });

  it("by core's own rule, as a runtime without good az, ru or en data gets: every shared case", () => {
    setNumberProbe(() => false);
    expect(formatCases(core, numberCases)).toEqual(expected);
  });

  it('the runtime is checked once per language core has a rule for, not per tag or number', () => {
    const asked: string[] = [];
    setNumberProbe((language) => {
      asked.push(language);
      return true;
    });
    formatNumber(1, 'az');
    formatNumber(2, 'az-AZ');
    formatNumber(3, 'ru-RU');
    formatNumber(4, 'de');
    // Once per language core has a rule for; German is Intl's alone.
    expect(asked).toEqual(['az', 'ru']);
  });

  it('only the language the check distrusts is written by the rule', () => {
    setNumberProbe((language) => language !== 'az');
    expect(formatNumber(150530.5, 'az', 1)).toBe('150.530,5');
    expect(formatNumber(150530.5, 'ru', 1)).toBe('150\u00a0530,5');
  });

  it('a language core has no rule for is written as Intl writes it (German)', () => {
    setNumberProbe(() => false);
    expect(formatNumber(150530.5, 'de', 1)).toBe('150.530,5');
  });

  it('a regional English that Intl writes its own way keeps it where English is trusted', () => {
    expect(formatNumber(15053000, 'en-IN')).toBe('1,50,53,000');
    setNumberProbe(() => false);
    expect(formatNumber(15053000, 'en-IN')).toBe('15,053,000');
  });
});

describe('tags', () => {
  it('any spelling of an az tag takes the rule where az is distrusted', () => {
    setNumberProbe((language) => language !== 'az');
    expect(['AZ', 'az-latn-az', 'az-AZ'].map((tag) => formatNumber(150530, tag))).toEqual([
      '150.530',
      '150.530',
      '150.530',
    ]);
  });

  it('a malformed tag is refused by Intl, as before, whichever way core writes its language', () => {
    setNumberProbe(() => false);
    expect(() => formatNumber(1, 'az_AZ')).toThrow(RangeError);
    expect(() => formatNumber(1, 'az-!')).toThrow(RangeError);
  });
});

describe("core's own writing of a bare language, which makes no Intl object", () => {
  // Node's ICU has full en, az and ru data: there, Intl writes each language as the glossary
  // does, so the rule's writing must be the same string for any number, decimals and sign.
  const intl = (value: number, locale: string, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, options).format(value).replace(/-/g, '\u2212');

  it('is what Intl writes for every number, with 0 to 3 decimals, in en, az and ru', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'az', 'ru'),
        fc.oneof(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        ),
        fc.integer({ min: 0, max: 3 }),
        (locale, value, digits) => {
          const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
          expect(formatNumber(value, locale, digits)).toBe(intl(value, locale, options));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rounds half away from zero on the decimal a person reads (1.005 → 1.01), as Intl does', () => {
    for (const locale of ['en', 'az', 'ru']) {
      for (const [value, digits] of [
        [1.005, 2],
        [2.5, 0],
        [-2.5, 0],
        [0.045, 2],
        [1e21, 0],
        [1e-7, 3],
      ] as const) {
        const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
        expect(formatNumber(value, locale, digits)).toBe(intl(value, locale, options));
      }
    }
  });

  it('writes a percent with its sign as Intl would, a rounded zero unsigned', () => {
    for (const value of [0, -0.04, 0.04, 1.45, -1.45, 99.95, -1234.56]) {
      const signedIntl = intl(value, 'ru', {
        signDisplay: 'exceptZero',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      expect(formatPercent(value, 'ru')).toBe(`${signedIntl}\u00a0%`);
    }
  });
});
