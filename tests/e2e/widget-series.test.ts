import { readFile } from 'node:fs/promises';
import {
  compare,
  comparisonToCsv,
  describeChange,
  getSeries,
  headlineMetricIds,
  type Series,
} from '@tip-report/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type OpenOptions, partnerSite, screenshot } from './partner-site.js';

// The series on a partner page of another origin with a strict CSP: the widget (widget.js from the
// API's origin) loads the series from its own chunk beside widget.js, with no `api` attribute, so
// the page needs `script-src` for that origin and no `connect-src`. Figures are checked against
// core's series.

const series = getSeries('aze-protection') as Series;
const headline = headlineMetricIds(series);
const first = series.years[0] as number;
const last = series.years.at(-1) as number;
/** Trend marks worth seeing: a disagreement (the 2016 dollars), not-reported years, gaps. */
const trendMetrics = [
  'victims.identified',
  'victims.identified.female_forced_labor',
  'funding.victim_protection',
  'begging.children_identified',
];

const page$ = (body: string, apiOrigin: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner newsroom</title><script type="module" src="${apiOrigin}/widget.js"></script></head>
<body><h1>Partner newsroom</h1><p>Did Azerbaijan identify more victims in 2021 than in 2015?</p>${body}</body></html>`;

const site = partnerSite((apiOrigin) => ({
  '/compare.html': page$(
    `<tip-comparison series="${series.id}" from="${first}" to="${last}"></tip-comparison>`,
    apiOrigin,
  ),
  '/trend.html': page$(
    `<tip-comparison series="${series.id}" view="trend" metrics="${trendMetrics.join(',')}"></tip-comparison>`,
    apiOrigin,
  ),
  '/trend-headline.html': page$(
    `<tip-comparison series="${series.id}" view="trend"></tip-comparison>`,
    apiOrigin,
  ),
  '/compare-2017-2020.html': page$(
    `<tip-comparison series="${series.id}" from="2017" to="2020" metrics="victims.identified"></tip-comparison>`,
    apiOrigin,
  ),
  '/iframe.html': page$(
    `<iframe src="${apiOrigin}/embed?series=${series.id}&amp;view=trend&amp;metrics=${trendMetrics.join(',')}" title="Trafficking in Persons figures over time" width="100%" height="150" data-tip-report></iframe><script src="/resize.js"></script>`,
    apiOrigin,
  ),
  '/bad.html': page$(
    `<tip-comparison series="xyz-nothing"></tip-comparison><tip-comparison series="${series.id}" from="2012"></tip-comparison>`,
    apiOrigin,
  ),
}));

let page: Page;
async function open(path: string, options?: OpenOptions) {
  ({ page } = await site.open(path, options));
}

const shot = (name: string) => screenshot(page, name);

const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

describe('the series compared for any two years', () => {
  it(`compares ${first} with ${last} as core does, each side from its own edition`, async () => {
    await open('/compare.html');
    await page.locator('tip-comparison li.row').first().waitFor();
    const comparison = compare(series, first, last, headline);
    expect(comparison.rows.length).toBeGreaterThan(0);
    const shown = await page
      .locator('tip-comparison li.row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-metric')));
    expect(shown).toEqual([
      ...comparison.rows.map((r) => r.metricId),
      ...comparison.onlyOneYear.map((o) => o.metricId),
    ]);
    for (const row of comparison.rows) {
      const sentence = await page
        .locator(`tip-comparison li.row[data-metric="${row.metricId}"] > p.sr-only`)
        .textContent();
      expect(sentence).toBe(describeChange(row, comparison.units));
    }
    // 63 in 2015 (the 2017 report) against 95 in 2021 (the 2022 report): the note says so.
    const firstRow = comparison.rows[0];
    if (!firstRow) throw new Error('core compares the headline set');
    expect(describeChange(firstRow, comparison.units)).toMatch(/2017 report/);
    await expect(
      page
        .locator(`tip-comparison li.row[data-metric="${firstRow.metricId}"] > p.sr-only`)
        .textContent(),
    ).resolves.toMatch(/2017 report/);
    await expect(page.locator('tip-comparison h2').textContent()).resolves.toContain(
      `${first} compared with ${last}`,
    );
    // The footer cites every edition the figures come from.
    const cited = await page
      .locator('tip-comparison footer p[data-report]')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-report')));
    const used = new Set(
      [
        ...comparison.rows.flatMap((r) => [r.fromReportId, r.toReportId]),
        ...comparison.onlyOneYear.map((o) => o.reportId),
      ].sort(),
    );
    expect(cited.sort()).toEqual([...used]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('tip-comparison a', { hasText: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${series.id}-${first}-${last}-en.csv`);
    expect(await readFile((await download.path()) as string, 'utf8')).toBe(
      `\uFEFF${comparisonToCsv(comparison)}`,
    );
    await shot('series-compare');
  });

  it('changes the years from the keyboard and announces the new sentence', async () => {
    await open('/compare.html');
    await page.locator('tip-comparison li.row').first().waitFor();
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('name') ?? active?.textContent ?? '';
      });
    for (let i = 0; i < 10 && (await focused()) !== 'from'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('from');
    await page.keyboard.press('ArrowDown');
    const from = series.years[1] as number;
    const live = page.locator('tip-comparison [data-live]');
    await expect.poll(() => live.textContent()).toContain(`Now comparing ${from} with ${last}.`);
    const comparison = compare(series, from, last, headline);
    const row = comparison.rows[0];
    if (!row) throw new Error('core compares the headline set');
    await expect(live.textContent()).resolves.toContain(describeChange(row, comparison.units));
    await expect(page.locator('tip-comparison h2').textContent()).resolves.toContain(
      `${from} compared with ${last}`,
    );
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    // The other picker, from the keyboard too: Tab, then up a year.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('to');
    await page.keyboard.press('ArrowUp');
    const to = series.years.at(-2) as number;
    await expect.poll(() => live.textContent()).toContain(`Now comparing ${from} with ${to}.`);
    const outline = await page
      .locator('tip-comparison select[name="to"]')
      .evaluate((s) => getComputedStyle(s).outlineStyle);
    expect(outline).toBe('solid');
    await shot('series-pickers-keyboard');
  });

  it('opens a cited figure on its edition, locator and link, with the other editions’ statements', async () => {
    await open('/compare-2017-2020.html');
    const metric = series.metrics.find((m) => m.id === 'victims.identified');
    const point = metric?.points.find((p) => p.year === 2017);
    if (point?.source.kind !== 'cited') throw new Error('2017 is cited');
    expect(point.statements.length).toBeGreaterThan(1);
    const row = page.locator('tip-comparison li.row[data-metric="victims.identified"]');
    await row.locator('summary').click();
    const figure = row.locator('figure[data-year="2017"]');
    await figure.waitFor();
    await expect(figure.getAttribute('data-provenance')).resolves.toBe('cited');
    const text = (await figure.textContent()) ?? '';
    expect(text).toContain(`${point.edition} report, cited`);
    expect(text).toContain(point.source.locator);
    await expect(figure.locator('figcaption a').getAttribute('href')).resolves.toBe(
      point.provenanceUrl,
    );
    // Every other edition that states the same figure, each with its own link.
    const others = figure.locator('.statements li');
    const expected = point.statements.slice(1);
    await expect(
      others.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-report'))),
    ).resolves.toEqual(expected.map((st) => st.reportId));
    await expect(
      others.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual(expected.map((st) => st.provenanceUrl));
    await row.scrollIntoViewIfNeeded();
    await shot('series-cited-expander');
  });

  it('names a bad series or year inside the widget, with the valid choices', async () => {
    await open('/bad.html');
    const [unknown, badYear] = [
      page.locator('tip-comparison').first(),
      page.locator('tip-comparison').nth(1),
    ];
    await expect(unknown.locator('[role=alert]').textContent()).resolves.toContain(series.id);
    await badYear.locator('[role=alert]').waitFor();
    const message = (await badYear.locator('[role=alert]').textContent()) ?? '';
    expect(message).toContain('2012');
    for (const year of series.years) expect(message).toContain(String(year));
    // The pickers stay, so a reader can still choose two good years.
    await expect(badYear.locator('select').count()).resolves.toBe(2);
  });
});

describe('the trend view', () => {
  const marks = (metricId: string) =>
    page
      .locator(`tip-comparison li.multiple[data-metric="${metricId}"] g[data-year]`)
      .evaluateAll((gs) =>
        Object.fromEntries(
          gs.map((g) => [g.getAttribute('data-year'), g.getAttribute('data-mark')]),
        ),
      );

  for (const dark of [false, true]) {
    it(`draws small multiples on one axis with the tier timeline (${dark ? 'dark' : 'light'})`, async () => {
      await open('/trend.html', { dark });
      await page.locator('tip-comparison li.multiple').first().waitFor();
      await expect(page.locator('tip-comparison li.multiple').count()).resolves.toBe(
        trendMetrics.length,
      );
      // Gaps are gaps, not-reported years have their own mark, the 2016 dollars disagree.
      const identified = series.metrics.find((m) => m.id === 'victims.identified');
      const femaleForced = await marks('victims.identified.female_forced_labor');
      expect(femaleForced[String(first)]).toBe('gap');
      const funding = await marks('funding.victim_protection');
      const disagreeing = series.metrics
        .find((m) => m.id === 'funding.victim_protection')
        ?.points.filter((p) => p.differs.length > 0)
        .map((p) => String(p.year));
      expect(disagreeing).toContain('2016');
      for (const year of disagreeing ?? []) expect(funding[year]).toBe('disagree');
      const begging = series.metrics.find((m) => m.id === 'begging.children_identified');
      const beggingMarks = await marks('begging.children_identified');
      expect(begging?.notReported.length).toBeGreaterThan(0);
      for (const n of begging?.notReported ?? []) expect(beggingMarks[n.year]).toBe('not-reported');
      await expect(
        page
          .locator('tip-comparison li.multiple[data-metric="begging.children_identified"] .nr-note')
          .textContent(),
      ).resolves.toMatch(/Not reported/);
      const identifiedMarks = await marks('victims.identified');
      expect(identified?.points.length).toBeGreaterThan(0);
      for (const p of identified?.points ?? []) {
        expect(identifiedMarks[p.year]).toMatch(/figure|disagree/);
      }
      // Nothing is drawn at 0 for a gap: a gap year has no mark at all.
      await expect(page.locator('tip-comparison g[data-mark="gap"] svg').count()).resolves.toBe(0);
      // The timeline: Watch List from the 2019 edition, the waiver in 2021, the upgrade in 2022.
      const tiers = await page.locator('tip-comparison .tiers g.tier').evaluateAll((gs) =>
        gs.map((g) => ({
          edition: g.getAttribute('data-edition'),
          change: g.getAttribute('data-change'),
          waiver: g.getAttribute('data-waiver'),
        })),
      );
      expect(tiers.find((t) => t.edition === '2019')?.change).toBe('downgraded');
      expect(tiers.find((t) => t.edition === '2021')?.waiver).toBe('true');
      expect(tiers.find((t) => t.edition === '2022')?.change).toBe('upgraded');
      const timeline = await page.locator('tip-comparison ol.timeline').textContent();
      expect(timeline).toContain('2019 report (covers 2018): Tier 2 Watch List (downgraded)');
      // The same x for a year in every chart and on the axis.
      const xs = await page
        .locator(`tip-comparison .spark g[data-year="2018"] svg, tip-comparison .years text`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('x')));
      expect(xs.length).toBeGreaterThan(1);
      expect(xs).toContain(xs[0]);
      // toContain above held for any xs: the marks of 2018 in every chart, and the axis's 2018,
      // each at one x.
      const marksOf2018 = await page
        .locator('tip-comparison .spark g[data-year="2018"] svg')
        .evaluateAll((els) => els.map((e) => e.getAttribute('x')));
      expect(marksOf2018.length).toBeGreaterThan(1);
      const axisOf2018 = await page
        .locator('tip-comparison .years text', { hasText: /^2018$/ })
        .evaluateAll((els) => els.map((e) => e.getAttribute('x')));
      expect(axisOf2018).toHaveLength(1);
      expect(new Set([...marksOf2018, ...axisOf2018])).toEqual(new Set(axisOf2018));
      // Every edition is cited.
      await expect(page.locator('tip-comparison footer p[data-report]').count()).resolves.toBe(
        series.editions.length,
      );
      await shot(dark ? 'series-trend-dark' : 'series-trend-light');
    });
  }

  it('works as the iframe page, sized by the documented snippet, with oEmbed for it', async () => {
    await open('/iframe.html');
    const frame = page.frameLocator('iframe[data-tip-report]');
    await frame.locator('tip-comparison li.multiple').first().waitFor();
    expect(await frame.locator('tip-comparison li.multiple').count()).toBe(trendMetrics.length);
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.clientHeight))
      .toBeGreaterThan(600);
    const embedUrl = `${site.api.origin}/embed?series=${series.id}&view=trend`;
    const oembed = await fetch(`${site.api.origin}/oembed?url=${encodeURIComponent(embedUrl)}`);
    expect(oembed.status).toBe(200);
    expect(((await oembed.json()) as { html: string }).html).toContain(`series=${series.id}`);
    await shot('series-trend-iframe');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await open('/trend.html', { width: 320 });
    await page.locator('tip-comparison li.multiple').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot('series-trend-320');
    // The compare view and its pickers fit too.
    await page.locator('tip-comparison button', { hasText: 'Chart' }).click();
    await page.locator('tip-comparison li.row').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot('series-compare-320');
  });

  it('shows the headline set by default, and switches to the compare view', async () => {
    await open('/trend-headline.html');
    await page.locator('tip-comparison li.multiple').first().waitFor();
    await expect(page.locator('tip-comparison li.multiple').count()).resolves.toBe(headline.length);
    await page.locator('tip-comparison button', { hasText: 'Chart' }).click();
    await page.locator('tip-comparison li.row').first().waitFor();
    await expect(page.locator('tip-comparison select').count()).resolves.toBe(2);
    await shot('series-trend-headline-to-chart');
  });
});
