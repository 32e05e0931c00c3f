// @vitest-environment node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  series as allSeries,
  compare,
  countryName,
  defaultReport,
  describeChange,
  formatNumber,
  formatValue,
  getSeries,
  headlineMetricIds,
  loadLocale,
  message,
  type Series,
  translated,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { palettes } from '../shared/theme.js';
import type { ChartSvgOptions } from './chart-svg.js';

/**
 * The built dist/chart-svg.js, run by plain Node as the API's build would run it (turbo builds
 * before it tests): under vitest, Solid would resolve to its browser build, which cannot render
 * to a string.
 */
async function renderChartSvg(options: ChartSvgOptions): Promise<string> {
  const module = new URL('../../dist/chart-svg.js', import.meta.url).href;
  const script = `import { renderChartSvg } from ${JSON.stringify(module)};
process.stdout.write(await renderChartSvg(JSON.parse(process.argv[1])));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(options)],
    { maxBuffer: 1 << 24 },
  );
  return stdout;
}

const series = getSeries('aze-protection') as Series;
const headline = headlineMetricIds(series)[0] as string;

describe('renderChartSvg: the widget’s charts as standalone SVG', () => {
  it('draws a series’ trend with its title, every value, the tier timeline and the sentence', async () => {
    const svg = await renderChartSvg({ series: series.id, width: 600, height: 400 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="400"/);
    expect(svg).not.toMatch(/<script|<!--|\son[a-z]+=/);
    const metric = series.metrics.find((m) => m.id === headline);
    for (const point of metric?.points ?? [])
      expect(svg).toContain(`>${formatNumber(point.value)}<`);
    for (const edition of series.editions.filter((e) => series.years.includes(e.reportingYear))) {
      expect(svg).toContain(message('en', `tier.${edition.tier}`).split(' ')[0] as string);
    }
    const comparison = compare(series, series.years[0] as number, series.years.at(-1) as number, [
      headline,
    ]);
    const row = comparison.rows[0];
    if (!row) throw new Error('core compares the headline metric');
    expect(svg).toContain(`<desc>${describeChange(row, comparison.units)}</desc>`);
    expect(svg).toContain(`>${metric?.label}, ${series.country.name}</title>`);
  });

  it('draws a report’s compare: money in manat with the edition’s dollars', async () => {
    const money = defaultReport.metrics.find(
      (m) => m.observations.filter((o) => o.usd !== undefined).length >= 2,
    );
    if (!money) throw new Error('the default report has money with dollars in two years');
    const svg = await renderChartSvg({ report: defaultReport.id, metric: money.id, theme: 'dark' });
    const unit = defaultReport.units.find((u) => u.id === money.unit);
    for (const year of defaultReport.years) {
      const o = money.observations.find((x) => x.year === year);
      if (o) expect(svg).toContain(formatValue(o.value, unit, { usd: o.usd }));
    }
  });

  it('speaks the language asked for', async () => {
    const svg = await renderChartSvg({ series: series.id, lang: 'az' });
    const metric = series.metrics.find((m) => m.id === headline);
    expect(svg).toContain(translated(metric as NonNullable<typeof metric>, 'label', '', 'az'));
    expect(svg).toContain('lang="az"');
  });

  it('names every country in the language asked for, in core’s words', async () => {
    await Promise.all(['az', 'ru'].map((id) => loadLocale(id)));
    for (const each of allSeries) {
      for (const lang of ['az', 'ru']) {
        const svg = await renderChartSvg({ series: each.id, lang });
        const name = countryName(each.country, lang);
        expect(name).not.toBe(each.country.name);
        expect(/<title>([^<]*)<\/title>/.exec(svg)?.[1]).toContain(name);
      }
    }
  });

  it('writes the palette’s colours and the shipped font into its style: no var() for resvg', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = await renderChartSvg({ report: defaultReport.id, theme });
      expect(svg).not.toContain('var(');
      expect(svg).toContain('font-family:"Noto Sans"');
      expect(svg).toContain(`.bar.to{fill:${palettes[theme].accent}}`);
    }
  });

  it('says which id it does not know', async () => {
    await expect(renderChartSvg({ report: 'nope' })).rejects.toThrow(/nope/);
    await expect(renderChartSvg({ series: series.id, metric: 'nope' })).rejects.toThrow(/nope/);
  });
});
