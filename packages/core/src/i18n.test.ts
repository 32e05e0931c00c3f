import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { describeChange } from './describe-change.js';
import { describeQueryError, ReportQueryError } from './errors.js';
import { formatPercent, formatValue, pluralize } from './format.js';
import { loadLocale, localeIds, message, registerCatalog, resolveLocale } from './i18n.js';
import { allCatalogs } from './locales/all.generated.js';
import { formulaInWords, localizeMetric } from './metric-query.js';
import { getReport, reports } from './reports/index.js';
import type { Report } from './schema/report.js';
import { getSeries } from './series.js';

const others = localeIds.filter((id) => id !== 'en');
const english = allCatalogs.find((c) => c.id === 'en');
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{([a-zA-Z]+)(?::ordinal)?\}/g)].map((m) => m[1]))].sort();

describe('every locale is complete', () => {
  it('has locales besides English to check (an empty it.each below would pass vacuously)', () => {
    expect(others.length).toBeGreaterThan(0);
    expect(english).toBeDefined();
  });

  it.each(others)('%s: the catalog has every English key and no other, same placeholders', (id) => {
    const catalog = allCatalogs.find((c) => c.id === id);
    expect(Object.keys(catalog?.messages ?? {}).sort()).toEqual(
      Object.keys(english?.messages ?? {}).sort(),
    );
    for (const [key, entry] of Object.entries(catalog?.messages ?? {})) {
      const source = english?.messages[key] as string;
      expect(typeof entry === 'object' && entry.text, key).toBeTruthy();
      expect(placeholders((entry as { text: string }).text), key).toEqual(placeholders(source));
    }
  });

  it.each(others)('%s: every metric, unit and topic of every report is translated', (id) => {
    const missing: string[] = [];
    const check = (where: string, item: object, english: Record<string, string | undefined>) => {
      const t = (item as { translations?: Record<string, Record<string, { text: string }>> })
        .translations?.[id];
      for (const [field, text] of Object.entries(english)) {
        if (text === undefined) continue;
        const found = t?.[field]?.text;
        if (found === undefined) missing.push(`${where} ${field}`);
        else if (placeholders(found).join() !== placeholders(text).join()) {
          missing.push(`${where} ${field}: placeholders ${placeholders(found)}`);
        }
      }
    };
    for (const report of reports) {
      for (const m of report.metrics) {
        check(`${report.id} ${m.id}`, m, { label: m.label, statement: m.statement });
      }
      for (const u of report.units)
        check(`${report.id} ${u.id}`, u, { label: u.label, written: u.written, per: u.per });
      for (const t of report.topics) check(`${report.id} ${t.id}`, t, { label: t.label });
      // A note is ours, not a quote ("from Russia", "all adults"): a reader gets it translated.
      for (const m of report.metrics) {
        for (const o of m.observations) {
          check(`${report.id} ${m.id} ${o.year}`, o, { note: o.note });
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('resolveLocale', () => {
  it('falls back from the region to the language, then to English', () => {
    expect(resolveLocale('ru-RU')).toBe('ru');
    expect(resolveLocale('az-Latn-AZ')).toBe('az');
    expect(resolveLocale('AZ')).toBe('az');
    expect(resolveLocale('de-CH')).toBe('en');
    expect(resolveLocale('not a tag')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('loads a catalog on demand', async () => {
    expect(await loadLocale('ru-RU')).toBe('ru');
    expect(message('ru', 'direction.down')).toBe('снижение');
  });
});

describe('Russian and Azerbaijani numbers and plurals', () => {
  // As the full entry does: every catalog registered.
  beforeAll(() => {
    for (const catalog of allCatalogs) registerCatalog(catalog);
  });

  const aze = getReport('aze-2018') as Report;
  const unit = (id: string) => aze.units.find((u) => u.id === id);

  it('Russian declines the noun after a number with Intl.PluralRules: one, few, many', () => {
    const forms = [1, 2, 5, 21, 22, 25, 111].map((n) =>
      pluralize('{one:жертву|few:жертвы|many:жертв|other:жертвы}', n, 'ru'),
    );
    expect(forms).toEqual(['жертву', 'жертвы', 'жертв', 'жертву', 'жертвы', 'жертв', 'жертв']);
    expect([1, 3, 5, 21].map((n) => formatValue(n, unit('AZN'), { locale: 'ru' }))).toEqual([
      '1 манат',
      '3 маната',
      '5 манатов',
      '21 манат',
    ]);
  });

  it('Azerbaijani keeps "manat" and the noun unchanged after a number, grouped by a period', () => {
    expect(formatValue(150530, unit('AZN'), { locale: 'az' })).toBe('150.530 manat');
    expect(formatValue(1, unit('AZN'), { locale: 'az' })).toBe('1 manat');
  });

  it('a decimal comma, a true minus and a no-break space before % in both', () => {
    expect(formatPercent(-4.3, 'ru')).toBe('\u22124,3\u00a0%');
    expect(formatPercent(1.4, 'az')).toBe('+1,4\u00a0%');
    expect(formatPercent(-4.3, 'en')).toBe('\u22124.3 %');
  });
});

describe('describeChange in the partners\u2019 languages', () => {
  const aze = getReport('aze-2018') as Report;
  const row = (locale: string, id = 'victims.identified') => {
    const comparison = compare(aze, 2016, 2017, [id], locale);
    return describeChange(
      comparison.rows[0] as NonNullable<(typeof comparison.rows)[0]>,
      comparison.units,
      locale,
    );
  };

  it('Russian: the statement, the direction and the years, declined', () => {
    expect(row('ru')).toBe(
      'Правительство выявило 71 жертву торговли людьми в 2017 году — рост на 1 (+1,4\u00a0%); в 2016 году — 70.',
    );
    expect(row('ru', 'funding.victim_protection')).toContain('выделило 150\u00a0530 манатов');
  });

  it('Russian: the nationality statements, one clause each, no dangling number', () => {
    expect(row('ru', 'victims.identified.foreign')).toBe(
      'Среди выявленных жертв было 3 иностранца в 2017 году — рост на 2 (+200,0\u00a0%); в 2016 году — 1.',
    );
    expect(row('ru', 'victims.identified.azerbaijani')).toMatch(
      /^Среди выявленных жертв было 68 граждан Азербайджана в 2017 году — /,
    );
  });

  it('Azerbaijani: dollars as "$", not "US$"', () => {
    const sentence = row('az', 'funding.victim_protection');
    expect(sentence).toMatch(/\(88\.030\s\$\)/);
    expect(sentence).not.toContain('US$');
  });

  it('Azerbaijani: the statement and the comparison, nothing English', () => {
    const sentence = row('az');
    // The years take their ordinal suffix: 2017-ci, 2016-cı (GLOSSARY.md).
    expect(sentence).toMatch(/^Hökumət 71 insan alveri qurbanı müəyyən edib \(2017-ci il\)\./);
    expect(sentence).toContain('2016-cı illə müqayisədə artım: 1 (+1,4\u00a0%)');
    expect(sentence).toMatch(/2016-cı ildə 70 idi\.$/);
    expect(sentence).not.toMatch(/government|victims|from/);
  });

  it('the series notes too: another edition, cited, spent against allocated', () => {
    const aze = getSeries('aze-protection');
    if (!aze) throw new Error('no series');
    const comparison = compare(aze, 2015, 2017, ['funding.victim_protection'], 'ru');
    const sentence = describeChange(
      comparison.rows[0] as NonNullable<(typeof comparison.rows)[0]>,
      comparison.units,
      'ru',
    );
    expect(sentence).toContain('из доклада 2017 года');
    expect(sentence).toContain('израсходованная');
    // The value follows a dash, never «с», which would need the instrumental case.
    expect(sentence).toContain('в 2015 году — около 109\u00a0000 манатов');
    expect(sentence).not.toContain('по сравнению с');
  });
});

describe('years in Azerbaijani take their ordinal suffix', () => {
  // «2015-ci illə müqayisədə», «2019-cu il hesabatı» (GLOSSARY.md). The official title keeps the
  // U.S. Embassy's own form («… 2022 il üzrə hesabatı»), and a range heading may stay bare.
  const bare = new Set(['report.title', 'ui.yearRange']);
  const yearNames = /\{(year|fromYear|toYear|missingYear|edition|fromEdition|toEdition)\}/;

  it('every az message that carries a single year writes it {…:ordinal}', () => {
    const az = allCatalogs.find((c) => c.id === 'az');
    const unmarked = Object.entries(az?.messages ?? {})
      .filter(([key]) => !bare.has(key))
      .map(([key, entry]) => [key, typeof entry === 'string' ? entry : entry.text] as const)
      .filter(([, text]) => yearNames.test(text))
      .map(([key]) => key);
    expect(unmarked).toEqual([]);
  });

  it('the notes say it too: «2015-ci ilin göstəricisi», «2017-ci il hesabatından»', () => {
    registerCatalog(allCatalogs.find((c) => c.id === 'az') as (typeof allCatalogs)[0]);
    expect(
      message('az', 'note.otherEdition', {
        fromYear: 2015,
        fromEdition: 2017,
        toYear: 2016,
        toEdition: 2019,
      }),
    ).toBe(
      '2015-ci ilin göstəricisi 2017-ci il hesabatından, 2016-cı ilin göstəricisi isə 2019-cu il hesabatından götürülüb.',
    );
    expect(message('az', 'ui.comparedWith', { from: 2016, to: 2017 })).toBe(
      '2016-cı və 2017-ci illər',
    );
  });
});

describe('query errors in the partners\u2019 languages', () => {
  beforeAll(() => {
    for (const catalog of allCatalogs) registerCatalog(catalog);
  });

  it('the same error, in English by default and in Russian or Azerbaijani on request', () => {
    const aze = getReport('aze-2018') as Report;
    let error: unknown;
    try {
      compare(aze, 2015, 2017);
    } catch (e) {
      error = e;
    }
    if (!(error instanceof ReportQueryError)) throw new Error('compare should throw');
    expect(error.message).toBe(
      'from year 2015 is not a year of aze-2018; it gives figures for 2016 and 2017',
    );
    expect(describeQueryError(error, 'ru')).toBe(
      'Начальный год 2015 не входит в aze-2018; данные есть за 2016 и 2017 годы',
    );
    expect(describeQueryError(error, 'az')).toMatch(/^Başlanğıc il kimi verilən 2015-ci il /);
  });

  it('a derived formula reads as the metrics’ labels, not their ids', () => {
    const aze = getReport('aze-2018') as Report;
    const formula = 'victims.identified - victims.identified.foreign';
    expect(formulaInWords(formula, aze.metrics, 'en')).toBe(
      'Victims identified \u2212 Foreign nationals',
    );
    expect(formulaInWords(formula, aze.metrics, 'ru')).toBe('Выявленные жертвы \u2212 Иностранцы');
    expect(formulaInWords(formula, aze.metrics, 'az')).toBe(
      'Müəyyən edilmiş qurbanlar \u2212 Əcnəbilər',
    );
    // An id with no metric to name it stays, rather than vanishing from the formula.
    expect(formulaInWords('victims.identified + nope.none', aze.metrics, 'en')).toBe(
      'Victims identified + nope.none',
    );
  });

  it('a metric in a locale: label and statement translated, figures untouched', () => {
    const aze = getReport('aze-2018') as Report;
    const metric = aze.metrics[0] as Report['metrics'][0];
    const ru = localizeMetric(metric, 'ru-RU');
    expect(ru.label).toBe('Выявленные жертвы');
    expect(ru.observations).toBe(metric.observations);
    expect(localizeMetric(metric, 'en')).toBe(metric);
  });
});
