import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatCases, numberCases } from '../test/number-cases.js';

// Node as Debian's Chromium and workerd are: an Intl that claims `az` and writes it as English
// (their ICU data has no Azerbaijani, so it falls back to the root locale). Core's own check must
// notice, with no help from a test hook, and write the glossary's numbers. A file of its own:
// format.js must be loaded, and its formatters made, after Intl is replaced.

const RealNumberFormat = Intl.NumberFormat;

beforeAll(() => {
  // Intl's members are not enumerable: copied by name, so that only NumberFormat differs.
  const intl: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(Intl)) {
    intl[name] = (Intl as unknown as Record<string, unknown>)[name];
  }
  intl.NumberFormat = function NumberFormat(
    locale: string | string[] | undefined,
    options?: Intl.NumberFormatOptions,
  ) {
    const tag = Array.isArray(locale) ? locale[0] : locale;
    return new RealNumberFormat(tag?.toLowerCase().startsWith('az') ? 'en' : locale, options);
  };
  vi.stubGlobal('Intl', intl);
});
afterAll(() => vi.unstubAllGlobals());

describe('a runtime whose Intl writes az as English', () => {
  it('is one: its az is "150,530.5"', () => {
    expect(new Intl.NumberFormat('az').format(150530.5)).toBe('150,530.5');
  });

  it("core notices, and every shared case is the glossary's", async () => {
    const { formatNumber, formatPercent, formatValue } = await import('./format.js');
    const { registerCatalog } = await import('./i18n.js');
    const { allCatalogs } = await import('./locales/all.generated.js');
    for (const catalog of allCatalogs) registerCatalog(catalog);
    expect(formatCases({ formatNumber, formatPercent, formatValue }, numberCases)).toEqual(
      numberCases.map((c) => c.expected),
    );
  });
});
