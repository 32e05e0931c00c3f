import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { describeChange } from './describe-change.js';
import { describeQueryError, ReportQueryError } from './errors.js';
import { formatPercent, formatValue, pluralize } from './format.js';
import { loadLocale, localeIds, message, registerCatalog, resolveLocale } from './i18n.js';
import { allCatalogs } from './locales/all.generated.js';
import { localizeMetric } from './metric-query.js';
import { getReport, reports } from './reports/index.js';
import type { Report } from './schema/report.js';
import { getSeries } from './series.js';

const others = localeIds.filter((id) => id !== 'en');
const english = allCatalogs.find((c) => c.id === 'en');
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]))].sort();

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
        check(`${report.id} ${u.id}`, u, { label: u.label, written: u.written });
      for (const t of report.topics) check(`${report.id} ${t.id}`, t, { label: t.label });
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
      'Правительство выявило 71 жертву торговли людьми в 2017 году: рост на 1 (+1,4\u00a0%) по сравнению с 70 в 2016 году.',
    );
    expect(row('ru', 'funding.victim_protection')).toContain('выделило 150\u00a0530 манатов');
  });

  it('Azerbaijani: the statement and the comparison, nothing English', () => {
    const sentence = row('az');
    expect(sentence).toMatch(/^Hökumət 71 insan alveri qurbanı müəyyən edib \(2017\)\./);
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
    expect(sentence).toContain('около 109\u00a0000 манатов');
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
      'Начальный год 2015 не входит в aze-2018; данные есть за 2016 и 2017',
    );
    expect(describeQueryError(error, 'az')).toMatch(/^Başlanğıc il 2015/);
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
