import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../support/english-words.js';

// The e2e language check (e2e/widget-locales.test.ts) counts on this helper: it must see an
// English catalog word wherever one stands, and nothing the widget prints as code.
const catalog = (id: string): Record<string, { text: string }> =>
  JSON.parse(
    readFileSync(new URL(`../../packages/core/src/locales/${id}.json`, import.meta.url), 'utf8'),
  ).messages;

describe('the English words a translated widget must not show', () => {
  it('finds «(waiver)», a tier name and a note word, wherever they stand', () => {
    expect(englishWordsIn('Səviyyə 2 (müşahidə siyahısı), azad edilib (waiver)')).toHaveLength(1);
    expect(englishWordsIn('Уровень 2, Tier 3')).toHaveLength(1);
    expect(englishWordsIn('2019 report, cited')).toHaveLength(2);
  });

  it('lets through an attribute echoed with its value and the product name', () => {
    expect(englishWordsIn('view "pie" bunlardan biri deyil: chart, table, trend')).toEqual([]);
    expect(englishWordsIn('tip-report API-dən canlı alınan rəqəmlər')).toEqual([]);
  });

  it.each(['az', 'ru'])('%s: no message the widget shows holds an English word', (id) => {
    // api.* and problem.* are the API's own answers (a developer reads them), not the widget's.
    const shown = Object.entries(catalog(id)).filter(([key]) => !/^(api|problem)\./.test(key));
    const found = shown.flatMap(([key, { text }]) =>
      englishWordsIn(text.replace(/\{[^{}]*\}/g, '0')).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });
});
