import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, waitFor } from '@solidjs/testing-library';
import {
  compare,
  describeChange,
  getSeries,
  headlineMetricIds,
  type Series,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { bundledReportsOf } from '../build/bundled-reports-plugin.js';
import { startTestApi } from '../test/api-server.js';
import { cleanUpAndGuardConsole, coreReport } from '../test/report.js';
import { ComparisonView } from './comparison-view.js';
import type { WidgetAttributes } from './widget-options.js';

/** core's catalogs, as the partners who review them edit them. */
// (vitest runs in the package's folder; happy-dom's import.meta.url is not a file URL)
const locales = join(process.cwd(), '../../packages/core/src/locales');
const sources = join(process.cwd(), 'src');
type Entry = string | { text: string; review: string };
const catalog = (id: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(locales, `${id}.json`), 'utf8')).messages;
const english = catalog('en');
const textOf = (entry: Entry | undefined) => (typeof entry === 'object' ? entry.text : entry);

/** Every English UI string, and the English words a translated widget must not show. */
const englishWords = [
  ...Object.entries(english)
    .filter(([key]) => key.startsWith('ui.'))
    .map(([, text]) => textOf(text) ?? '')
    .filter((text) => text.length > 3 && !/^[{(]/.test(text))
    .map((text) => text.split('{')[0]?.trim() ?? '')
    .filter((text) => text.length > 3),
  'Source',
  'Table',
  'Chart',
  'Trend',
];

/** The widget's text outside what stays English on purpose (quotes, locators, citations). */
function translatedText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const english of copy.querySelectorAll('[lang="en"]')) english.remove();
  return copy.textContent ?? '';
}

function expectNoEnglish(root: HTMLElement) {
  const text = translatedText(root);
  for (const words of englishWords) expect(text).not.toContain(words);
  expect(text).not.toMatch(/\b(up|down|unchanged|Loading)\b/);
}

const page = { pageLocale: 'en', pageUrl: 'https://partner.example/news/' };
const show = (attributes: WidgetAttributes, pageLocale = 'en') =>
  render(() => <ComparisonView {...attributes} {...page} pageLocale={pageLocale} />);
const rowOf = (container: HTMLElement, metricId: string) =>
  container.querySelector(`[data-metric="${metricId}"]`) as HTMLElement;
async function shown(container: HTMLElement, lang: string) {
  await waitFor(() => {
    expect(container.querySelector(`.tip[lang="${lang}"] li.row`)).not.toBeNull();
  });
  return container.querySelector('.tip') as HTMLElement;
}

cleanUpAndGuardConsole();

describe('the widget in Azerbaijani and Russian', () => {
  for (const lang of ['az', 'ru']) {
    it(`${lang}: core's sentences, labels and UI words in ${lang}, lang on the root`, async () => {
      const { container } = show({ lang });
      const root = await shown(container, lang);
      expect(root.getAttribute('lang')).toBe(lang);
      const comparison = compare(coreReport, 2016, 2017, headlineMetricIds(coreReport), lang);
      for (const row of comparison.rows) {
        const element = rowOf(container, row.metricId);
        expect(element.querySelector('.sr-only')?.textContent).toBe(
          describeChange(row, comparison.units, lang),
        );
        expect(element.querySelector('.label')?.textContent).toBe(row.label);
      }
      expectNoEnglish(root);
    });

    it(`${lang}: the CSV download is named for its language, so it keeps the en file`, async () => {
      const { container } = show({ lang });
      const root = await shown(container, lang);
      expect(root.querySelector('a[download]')?.getAttribute('download')).toBe(
        `${coreReport.id}-2016-2017-${lang}.csv`,
      );
    });

    it(`${lang}: the table, the bad attributes and the Source's quote are in ${lang}`, async () => {
      const { container } = show({ lang, view: 'table', theme: 'neon', metrics: 'nope' });
      await waitFor(() =>
        expect(
          container.querySelector(`.tip[lang="${lang}"] .problems li[data-attribute=metrics]`),
        ).not.toBeNull(),
      );
      const root = container.querySelector('.tip') as HTMLElement;
      const problems = root.querySelectorAll('.problems li');
      expect([...problems].map((p) => p.getAttribute('data-attribute'))).toEqual([
        'theme',
        'metrics',
      ]);
      // The message names the attribute and the value, and lists what is allowed.
      expect(problems[0]?.textContent).toContain('theme "neon"');
      expect(problems[0]?.textContent).toContain('light, dark, auto');
      expect(problems[1]?.textContent).toContain('nope');
      expectNoEnglish(root);
    });
  }

  it('ru: the nouns after a number take the form Intl.PluralRules gives it', async () => {
    // The default report's figures, changed so each Russian form appears once.
    const report = bundledReportsOf().find((r) => r.id === coreReport.id);
    const metrics = report?.metrics.map((metric) => {
      const values: Record<string, [number, number]> = {
        'victims.identified': [1, 22],
        'victims.identified.female_sex_trafficking': [2, 25],
        'ngo_shelters.victims_supported': [5, 21],
        'funding.victim_protection': [3, 21],
      };
      const pair = values[metric.id];
      if (!pair) return metric;
      return {
        ...metric,
        observations: metric.observations.map((o) => ({
          ...o,
          value: o.year === 2016 ? pair[0] : pair[1],
          usd: undefined,
        })),
      };
    });
    const api = await startTestApi((path) =>
      path.endsWith('/metrics') ? { status: 200, body: { data: metrics } } : undefined,
    );
    try {
      const { container } = show({ api: api.url }, 'ru-RU');
      await shown(container, 'ru');
      const said = (id: string) => rowOf(container, id).querySelector('.sr-only')?.textContent;
      expect(said('victims.identified')).toContain('22 жертвы торговли людьми');
      expect(said('victims.identified.female_sex_trafficking')).toContain('25 жертв');
      expect(said('ngo_shelters.victims_supported')).toContain('21 жертву');
      const money = said('funding.victim_protection');
      expect(money).toContain('21 манат ');
      expect(money).toContain('3 маната');
      expect(money).toContain('18 манатов');
      // The change words: the word says the direction, so the amount has no sign.
      const change = rowOf(container, 'funding.victim_protection').querySelector('.change');
      expect(change?.textContent).toMatch(/^↑рост 18 манатов \(\+600,0\s%\)$/);
    } finally {
      await api.close();
    }
  });

  it('ru: the live region announces a new pair of years in Russian', async () => {
    const { container } = show({
      series: 'aze-protection',
      from: '2015',
      to: '2021',
      metrics: 'victims.identified',
      lang: 'ru',
    });
    const root = await shown(container, 'ru');
    const from = root.querySelector('select[name="from"]') as HTMLSelectElement;
    from.value = '2018';
    from.dispatchEvent(new Event('change'));
    const series = getSeries('aze-protection') as Series;
    const comparison = compare(series, 2018, 2021, ['victims.identified'], 'ru');
    const row = comparison.rows[0];
    if (!row) throw new Error('victims are compared');
    const live = root.querySelector('[data-live]')?.textContent ?? '';
    expect(live).toContain('Теперь сравниваются 2018 и 2021 годы.');
    expect(live).toContain(describeChange(row, comparison.units, 'ru'));
    expect(root.querySelector('label.picker span')?.textContent).toBe('Начальный год');
    expectNoEnglish(root);
  });

  it('a region falls back to its language (ru-RU → ru), numbers keep the full tag', async () => {
    const { container } = show({}, 'ru-RU');
    const root = await shown(container, 'ru');
    expect(root.getAttribute('lang')).toBe('ru');
    expect(root.textContent).toMatch(/150\s530 манатов/);
  });

  it('a language without a catalog falls back to English (de → en), numbers in German', async () => {
    const { container } = show({ lang: 'de' });
    const root = await shown(container, 'en');
    expect(root.querySelector('.change')?.textContent).toMatch(/up|down|unchanged/);
    expect(root.textContent).toContain('150.530 manat');
  });

  it('the quote stays English under a label in the reader’s language', async () => {
    const { container } = show({ lang: 'az' });
    await shown(container, 'az');
    const details = rowOf(container, 'victims.identified').querySelector('details');
    if (!details) throw new Error('no Source');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(details.querySelector('blockquote')).not.toBeNull());
    expect(details.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(details.querySelector('.quote-label')?.textContent).toBe(
      textOf(catalog('az')['provenance.quoteLabel']),
    );
    expectNoEnglish(details as HTMLElement);
  });

  it('a figure’s note is ours, not a quote: «Rusiyadan», not "from Russia"', async () => {
    const { container } = show({
      series: 'aze-protection',
      from: '2019',
      to: '2020',
      metrics: 'victims.identified.foreign',
      lang: 'az',
    });
    await shown(container, 'az');
    const details = rowOf(container, 'victims.identified.foreign').querySelector('details');
    if (!details) throw new Error('no Source');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(details.querySelector('figure[data-year="2020"]')).not.toBeNull());
    // The locator quotes the page ("one was a foreign victim from Russia"); the note is ours.
    const figures = translatedText(details as HTMLElement);
    expect(figures).toContain('Rusiyadan');
    expect(figures).toContain('Tacikistan və Özbəkistandan');
    expect(figures).not.toContain('from Russia');
  });
});

describe('a derived figure says what it is derived from in words', () => {
  it('az: the formula as the metrics’ labels, not their ids', async () => {
    const { container } = show({ metrics: 'victims.identified.azerbaijani', lang: 'az' });
    await shown(container, 'az');
    const details = rowOf(container, 'victims.identified.azerbaijani').querySelector('details');
    if (!details) throw new Error('no Source');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(details.querySelector('figure[data-year="2016"]')).not.toBeNull());
    const words = translatedText(details as HTMLElement);
    expect(words).toContain('Müəyyən edilmiş qurbanlar \u2212 Əcnəbilər');
    expect(words).not.toContain('victims.identified');
  });
});

describe('our gloss of an organisation is marked where the widget names it', () => {
  const openSource = async (lang: string) => {
    const { container } = show({
      series: 'aze-protection',
      from: '2016',
      to: '2017',
      metrics: 'referrals.civil_society_to_atd',
      lang,
    });
    await shown(container, lang);
    const details = rowOf(container, 'referrals.civil_society_to_atd').querySelector('details');
    if (!details) throw new Error('no Source');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(details.querySelector('figure')).not.toBeNull());
    return details;
  };

  it('az: the full name is ours, for the text’s “ATD”, with its source', async () => {
    const gloss = (await openSource('az')).querySelector('.gloss[data-gloss="atd"]');
    expect(gloss?.textContent).toContain('DİN-in İnsan Alverinə Qarşı Mübarizə Baş İdarəsi');
    expect(gloss?.textContent).toContain('“ATD” üçün bizim verdiyimiz addır');
    expect(gloss?.textContent).toContain('Daxili İşlər Nazirliyinin');
  });

  it('ru: the same, in Russian; English, which says "ATD" as the text does, has no gloss', async () => {
    const gloss = (await openSource('ru')).querySelector('.gloss[data-gloss="atd"]');
    expect(gloss?.textContent).toContain('«Главное управление по борьбе с торговлей людьми МВД»');
    expect(gloss?.textContent).toContain('наше название для «ATD»');
    expect((await openSource('en')).querySelector('.gloss')).toBeNull();
  });
});

describe('the catalogs have every word the widget says', () => {
  // The keys the widget's code names: literal `ui.…` (and other catalog) keys, and the
  // families it builds from data (views, sections, differences, directions, tiers).
  const source = readdirSync(sources)
    .filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.') && !name.startsWith('test-'))
    .map((name) => readFileSync(join(sources, name), 'utf8'))
    .join('\n');
  const literal = [
    ...source.matchAll(/'((?:ui|provenance|tier|tierChange|report|basis)\.[\w.]+)'/g),
  ]
    .map((m) => m[1] as string)
    .filter((key) => !key.endsWith('.'));
  const built = [
    'ui.chart',
    'ui.table',
    'ui.trend',
    'ui.section.protection',
    'ui.country.AZ',
    'ui.difference.value',
    'ui.difference.usd',
    'ui.difference.basis',
    'ui.difference.approximate',
    'direction.up',
    'direction.down',
    'direction.same',
    'provenance.quoted',
    'provenance.cited',
    'tierChange.upgraded',
    'tierChange.downgraded',
    'basis.spent.short',
    'basis.allocated.short',
  ];
  const used = [...new Set([...literal, ...built])];

  it('names a good number of keys (the scan works)', () => {
    expect(used.length).toBeGreaterThan(60);
  });

  for (const id of ['en', 'az', 'ru']) {
    it(`${id} has each of them`, () => {
      const messages = catalog(id);
      const missing = used.filter((key) => textOf(messages[key]) === undefined);
      expect(missing).toEqual([]);
    });
  }
});
