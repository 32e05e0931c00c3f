import {
  compare,
  describeChange,
  formatNumber,
  getSeries,
  headlineMetricIds,
  message,
  type Series,
} from '@tip-report/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type OpenOptions, partnerSite, screenshot } from './partner-site.js';
import { axeViolations, drawn, heightOf, poll, textOf } from './widget-page.js';

// The series on a partner page of another origin with a strict CSP: the widget loads the series
// from its own chunk beside widget.js. Figures are checked against core's series.

const series = getSeries('aze-protection') as Series;
const headline = headlineMetricIds(series)[0] as string;
const first = series.years[0] as number;
const last = series.years.at(-1) as number;

const page$ = (body: string, apiOrigin: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner newsroom</title><script type="module" src="${apiOrigin}/widget.js"></script></head>
<body><main><h1>Partner newsroom</h1><p>Did Azerbaijan identify more victims in 2021 than in 2015?</p>${body}</main></body></html>`;

const site = partnerSite((apiOrigin) => ({
  '/compare.html': page$(`<tip-comparison series="${series.id}"></tip-comparison>`, apiOrigin),
  '/trend.html': page$(
    `<tip-comparison series="${series.id}" view="trend"></tip-comparison>`,
    apiOrigin,
  ),
  '/bad.html': page$(
    `<tip-comparison id="a" series="xyz-nothing"></tip-comparison><tip-comparison id="b" series="${series.id}" from="2012"></tip-comparison>`,
    apiOrigin,
  ),
}));

let page: Page;
async function open(path: string, options?: OpenOptions) {
  ({ page } = await site.open(path, options));
}
const setMetric = async (id: string) => {
  await page
    .locator('tip-comparison')
    .evaluate((el, metric) => el.setAttribute('metric', metric), id);
  await expect
    .poll(() => page.locator('tip-comparison label.picker select').inputValue(), poll)
    .toBe(id);
};

describe('the series compared for any two years', () => {
  it(`compares ${first} with ${last} as core does, each side from its own edition`, async () => {
    await open('/compare.html', { width: 1000 });
    await drawn(page);
    const comparison = compare(series, first, last, [headline]);
    const row = comparison.rows[0];
    if (!row) throw new Error('core compares the headline metric');
    expect(await textOf(page, '.sentence')).toBe(describeChange(row, comparison.units));
    await page.locator('tip-comparison details.editions summary').click();
    expect(
      await page
        .locator('tip-comparison details.editions li')
        .evaluateAll((li) => li.map((l) => l.getAttribute('data-report'))),
    ).toEqual(expect.arrayContaining([row.fromReportId, row.toReportId]));
  });

  it('groups the metrics without a figure in both years as “Only one of these years”', async () => {
    await open('/compare.html');
    await drawn(page);
    const both = new Set(compare(series, first, last).rows.map((r) => r.metricId));
    const groups = await page.locator('tip-comparison label.picker optgroup').evaluateAll((gs) =>
      gs.map((g) => ({
        label: g.getAttribute('label'),
        ids: [...g.querySelectorAll('option')].map((o) => o.value),
      })),
    );
    const oneYear = groups.at(-1);
    expect(oneYear?.label).toBe('Only one of these years');
    expect(new Set(oneYear?.ids)).toEqual(
      new Set(series.metrics.map((m) => m.id).filter((id) => !both.has(id))),
    );
    for (const group of groups.slice(0, -1))
      for (const id of group.ids) expect(both.has(id)).toBe(true);
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(series.metrics.map((m) => m.id).sort());
  });

  it('changes the years from the keyboard and announces the new sentence', async () => {
    await open('/compare.html');
    await drawn(page);
    const before = await heightOf(page);
    const from = page.locator('tip-comparison label.year-picker select').first();
    await from.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => from.inputValue(), poll).toBe(String(series.years[1]));
    const comparison = compare(series, series.years[1] as number, last, [headline]);
    const sentence = describeChange(
      comparison.rows[0] as NonNullable<(typeof comparison.rows)[0]>,
      comparison.units,
    );
    await expect.poll(() => textOf(page, '.sentence'), poll).toBe(sentence);
    await expect
      .poll(() => textOf(page, '[role=status][aria-live=polite]'), poll)
      .toContain(sentence);
    expect(await heightOf(page)).toBe(before);
  });

  it('names a bad series or year inside the widget, with the valid choices', async () => {
    await open('/bad.html');
    await drawn(page, '#a');
    await drawn(page, '#b');
    expect(await textOf(page, '.problems[role=alert]', '#a')).toContain('xyz-nothing');
    expect(await textOf(page, '.problems', '#b')).toContain('2012');
    expect(await page.locator('#b svg.chart').count()).toBe(1);
  });
});

describe('the trend view', () => {
  // Metrics worth seeing: a disagreement between editions, years not reported, gaps, money.
  const shown = series.metrics.filter(
    (m) => m.id === headline || m.points.some((p) => p.differs.length) || m.notReported.length,
  );

  for (const dark of [false, true]) {
    it(`draws a line chart with an axis from 0, every value, its marks and the tier timeline in words (${dark ? 'dark' : 'light'})`, async () => {
      await open('/trend.html', { width: 1000, dark });
      await drawn(page);
      for (const metric of shown) {
        await setMetric(metric.id);
        const chart = page.locator('tip-comparison svg.chart');
        const ticks = await chart.locator('text.tick').allTextContents();
        expect(ticks[0]).toBe('0');
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(ticks.length).toBeLessThanOrEqual(5);
        expect(await chart.locator('text.value').allTextContents()).toEqual(
          series.years.flatMap((y) => {
            const point = metric.points.find((p) => p.year === y);
            return point ? [formatNumber(point.value, 'en')] : [];
          }),
        );
        expect(await chart.locator('path.differs').count()).toBe(
          metric.points.filter((p) => p.differs.length).length,
        );
        const crossed = new Set(
          metric.notReported
            .map((n) => n.year)
            .filter((y) => !metric.points.some((p) => p.year === y)),
        );
        expect(await chart.locator('text.not-reported').count()).toBe(crossed.size);
        for (const edition of series.editions.filter((e) =>
          series.years.includes(e.reportingYear),
        )) {
          const words = await chart
            .locator(`g[data-year="${edition.reportingYear}"] text.tier`)
            .allTextContents();
          const tier = message('en', `tier.${edition.tier}`);
          expect(words.join(' ')).toBe(edition.waiver ? `${tier} waiver` : tier);
        }
      }
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `trend-1000${dark ? '-dark' : ''}`);
    });
  }

  it('abbreviates the tiers only where the width forces it, with the full words for screen readers', async () => {
    await open('/trend.html', { width: 360 });
    await drawn(page);
    const editions = series.editions.filter((e) => series.years.includes(e.reportingYear));
    const under = await page.locator('tip-comparison svg.chart text.tier').allTextContents();
    const full = editions.map((e) => message('en', `tier.${e.tier}`));
    expect(under.join(' ')).not.toContain(full.find((t) => t.includes(' ')) ?? '');
    // The chart's accessible description names every tier in full words.
    const described = await page
      .locator('tip-comparison svg.chart')
      .getAttribute('aria-describedby');
    const spoken = await textOf(page, `#${described}`);
    for (const tier of full) expect(spoken).toContain(tier);
    expect(await heightOf(page)).toBeLessThanOrEqual(720);
    await screenshot(page, 'trend-360');
  });
});
