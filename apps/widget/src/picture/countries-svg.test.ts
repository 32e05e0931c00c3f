// @vitest-environment node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  series as allSeries,
  compareCountries,
  formatNumber,
  loadLocale,
  localeIds,
  message,
  translated,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { palettes } from '../shared/theme.js';

/**
 * A function of the built dist/chart-svg.js, run by plain Node as the widget's picture build runs
 * it: under vitest, Solid would resolve to its browser build, which cannot render to a string.
 */
async function built(name: string, ...args: unknown[]): Promise<string> {
  const module = new URL('../../dist/chart-svg.js', import.meta.url).href;
  const script = `import * as m from ${JSON.stringify(module)};
const out = await m[${JSON.stringify(name)}](...JSON.parse(process.argv[1]));
process.stdout.write(typeof out === 'string' ? out : JSON.stringify(out));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(args)],
    { maxBuffer: 1 << 24 },
  );
  return stdout;
}

/** Core's data: each metric id with every series that has it, in core's order. */
const byMetric = new Map<string, string[]>();
for (const s of allSeries)
  for (const m of s.metrics) byMetric.set(m.id, [...(byMetric.get(m.id) ?? []), s.id]);
const shared = [...byMetric].filter(([, ids]) => ids.length >= 2);
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

describe('the country comparison as a picture', () => {
  it('is drawn for every metric at least two series share, across every series with it', async () => {
    expect(shared.length).toBeGreaterThan(0);
    expect(JSON.parse(await built('countryPictureSeries'))).toEqual(Object.fromEntries(shared));
  });

  it('titles each comparison with its metric and countries, writes the caveat, the source and every figure', async () => {
    for (const lang of localeIds) {
      await loadLocale(lang);
      for (const [metric, ids] of shared) {
        const picked = allSeries.filter((s) => ids.includes(s.id));
        const svg = await built('renderCountriesSvg', { metric, series: ids, lang });
        const defining = picked[0]?.metrics.find((m) => m.id === metric);
        const label = defining ? translated(defining, 'label', defining.label, lang) : metric;
        const comparison = compareCountries(allSeries, metric, { series: ids, locale: lang });
        // The rows' order and names (each country's in the language) are core's comparison's.
        const countries = comparison.rows.map((r) => r.country.name).join(', ');
        const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
        expect(title).toContain(escaped(label));
        expect(title, `${lang} ${metric}`).toContain(escaped(countries));
        expect(svg).toContain(escaped(message(lang, 'countries.definitions')));
        expect(svg).toContain(`<text class="source"`);
        expect(svg).toMatch(
          /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="400"/,
        );
        if (!comparison.comparable) continue;
        // Each country's name at its line's end, and each figure that fits its column whole.
        for (const name of comparison.rows.map((r) => r.country.name))
          expect(svg).toContain(`>${escaped(name)}</text>`);
        for (const cell of comparison.rows.flatMap((r) => r.cells))
          if (cell.value !== undefined && cell.value < 1000)
            expect(svg).toContain(`>${formatNumber(cell.value, lang)}</text>`);
      }
    }
  });

  it("draws in the theme's colours, written into its own style sheet", async () => {
    const [metric, ids] = shared[0] ?? ['', []];
    for (const theme of Object.keys(palettes) as (keyof typeof palettes)[]) {
      const svg = await built('renderCountriesSvg', { metric, series: ids, theme });
      expect(svg).toContain(`fill="${palettes[theme].bg}"`);
      expect(svg).not.toContain('var(--');
    }
  });
});
