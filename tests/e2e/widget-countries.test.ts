import {
  series as allSeries,
  compareCountries,
  headlineMetricIds,
  message,
  resolveLocale,
} from '@tip-report/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { partnerSite, screenshot } from './partner-site.js';
import { axeViolations, drawn, heightOf, poll } from './widget-page.js';

// One metric across countries on a partner page of another origin with a strict CSP: the series
// the brief names, every figure and state checked against core's compareCountries.

const ids = ['aze-protection', 'geo-protection', 'arm-protection'];
const list = ids.join(',');
const chosen = ids.map((id) => allSeries.find((s) => s.id === id));
if (chosen.some((s) => s === undefined)) throw new Error(`core has the series ${list}`);
const headline = headlineMetricIds(chosen[0] as (typeof allSeries)[number])[0] as string;

// The metrics at least two of the three series have: what the picker may offer.
const shared = [...new Set(chosen.flatMap((s) => s?.metrics.map((m) => m.id) ?? []))].filter(
  (id) => chosen.filter((s) => s?.metrics.some((m) => m.id === id)).length >= 2,
);
// A metric the countries state in different units (manat against dram), if core has one.
const unlike = shared.find((id) => !compareCountries(allSeries, id, { series: ids }).comparable);
if (unlike === undefined) throw new Error('core has a metric in manat and in dram (funding)');

const page$ = (lang: string, body: string, apiOrigin: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner newsroom</title><script type="module" src="${apiOrigin}/widget.js"></script></head>
<body><main><h1>Partner newsroom</h1>${body}</main></body></html>`;

const site = partnerSite((apiOrigin) => ({
  ...Object.fromEntries(
    ['en', 'az', 'ru'].flatMap((lang) => [
      [
        `/trend-${lang}.html`,
        page$(lang, `<tip-comparison series="${list}" view="trend"></tip-comparison>`, apiOrigin),
      ],
      [
        `/table-${lang}.html`,
        page$(lang, `<tip-comparison series="${list}" view="table"></tip-comparison>`, apiOrigin),
      ],
    ]),
  ),
  '/one.html': page$(
    'en',
    `<tip-comparison series="${ids[0]}" view="trend"></tip-comparison>`,
    apiOrigin,
  ),
  '/unlike.html': page$(
    'en',
    `<tip-comparison series="${list}" view="trend" metric="${unlike}"></tip-comparison>`,
    apiOrigin,
  ),
}));

let page: Page;
const inRoot = (selector: string) =>
  page
    .locator('tip-comparison')
    .evaluate(
      (el, sel) =>
        [...(el.shadowRoot?.querySelectorAll(sel) ?? [])].map((n) => n.textContent ?? ''),
      selector,
    );

// The widget README's limits, with room under them: one height per width.
const limit = (width: number) => (width >= 600 ? 560 : 720);

describe('one metric across three countries', () => {
  for (const lang of ['en', 'az', 'ru']) {
    for (const width of [360, 1000]) {
      it(`draws a line a country in ${lang} at ${width} px, within the height, axe clean`, async () => {
        ({ page } = await site.open(`/trend-${lang}.html`, { width }));
        await drawn(page);
        const expected = compareCountries(allSeries, headline, { series: ids, locale: lang });
        // Direct labels: core's names of the countries, in the widget's language.
        await expect
          .poll(() => inRoot('text.cname'), poll)
          .toEqual(expect.arrayContaining(expected.rows.map((r) => r.country.name)));
        const figures = expected.rows.flatMap((r) => r.cells.filter((c) => c.state === 'figure'));
        expect(await inRoot('text.cvalue')).toHaveLength(figures.length);
        const unseen = expected.rows.flatMap((r) => r.cells.filter((c) => c.state === 'unseen'));
        expect(await inRoot('circle.unseen')).toHaveLength(unseen.length + (unseen.length ? 1 : 0));
        if (unseen.length)
          expect((await inRoot('.legend')).join(' ')).toContain(
            message(resolveLocale(lang), 'cell.unseen'),
          );
        expect((await inRoot('.caveat'))[0]).toBe(
          message(resolveLocale(lang), 'countries.definitions'),
        );
        const trendHeight = await heightOf(page);
        expect(trendHeight).toBeLessThanOrEqual(limit(width));
        // Each country's tier timeline, in full words, behind its disclosure inside the box.
        await page.locator('tip-comparison details.tiers summary').click();
        expect(await inRoot('details.tiers .panel strong')).toEqual(
          expected.rows.map((r) => r.country.name),
        );
        expect(await inRoot('details.tiers .panel li')).toHaveLength(
          chosen.reduce(
            (n, s) =>
              n + (s?.editions.filter((e) => s.years.includes(e.reportingYear)).length ?? 0),
            0,
          ),
        );
        expect(await heightOf(page)).toBe(trendHeight);
        await page.locator('tip-comparison details.tiers summary').click();
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `countries-trend-${lang}-${width}`);
        // One height per width: the one series' trend has the same.
        const one = await site.open('/one.html', { width });
        await drawn(one.page);
        expect(await heightOf(one.page)).toBe(trendHeight);
        ({ page } = await site.open(`/trend-${lang}.html`, { width }));
        await drawn(page);
        // The table has the trend's height: one number to reserve, whatever the view.
        await page.locator('tip-comparison .tabs button').nth(1).click();
        await page.locator('tip-comparison table').waitFor();
        expect(await heightOf(page)).toBe(trendHeight);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  it('names the brief’s countries in Azerbaijani and Russian', async () => {
    ({ page } = await site.open('/trend-az.html', { width: 360 }));
    await drawn(page);
    await expect.poll(() => inRoot('text.cname'), poll).toContain('Gürcüstan');
    ({ page } = await site.open('/trend-ru.html', { width: 360 }));
    await drawn(page);
    await expect.poll(() => inRoot('text.cname'), poll).toContain('Грузия');
  });

  it('shows the countries side by side in the table, with the state words where there is no figure', async () => {
    for (const lang of ['en', 'ru']) {
      ({ page } = await site.open(`/table-${lang}.html`, { width: 360 }));
      await drawn(page);
      const expected = compareCountries(allSeries, headline, { series: ids, locale: lang });
      expect(await inRoot('thead th[data-series]')).toEqual(
        expected.rows.map((r) => r.country.name),
      );
      expect(await inRoot('tbody th[scope=row]')).toEqual(expected.years.map(String));
      const cells = await inRoot('tbody td');
      expect(cells).toEqual(
        expected.years.flatMap((_, i) => expected.rows.map((r) => r.cells[i]?.text)),
      );
      const unseen = message(resolveLocale(lang), 'cell.unseen');
      if (expected.rows.some((r) => r.cells.some((c) => c.state === 'unseen')))
        expect(cells).toContain(unseen);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `countries-table-${lang}-360`);
    }
  });

  it('offers only the metrics at least two of the series have', async () => {
    ({ page } = await site.open('/trend-en.html'));
    await drawn(page);
    const offered = await page
      .locator('tip-comparison label.picker option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect([...offered].sort()).toEqual([...shared].sort());
  });

  it('says why, instead of a chart, where the units differ', async () => {
    ({ page } = await site.open('/unlike.html'));
    await page.locator('tip-comparison .stage .problems').waitFor();
    const expected = compareCountries(allSeries, unlike, { series: ids });
    expect(expected.reason).toBeDefined();
    expect(await inRoot('.stage .problems')).toEqual([expected.notes[0]]);
    expect(await inRoot('svg.chart')).toEqual([]);
  });

  it('carries the list into the embed snippets', async () => {
    ({ page } = await site.open('/trend-en.html'));
    await drawn(page);
    await page.locator('tip-comparison .actions button[aria-haspopup=dialog]').click();
    const dialog = page.locator('tip-comparison dialog.embed');
    await dialog.waitFor();
    const script = await dialog.locator('[data-snippet="script"] textarea').inputValue();
    expect(script).toContain(`series="${list}"`);
    const iframe = await dialog.locator('[data-snippet="iframe"] textarea').inputValue();
    const src = /src="([^"]+)"/.exec(iframe)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(new URL(src).searchParams.get('series')).toBe(list);
  });

  it('the /embed page takes the list too', async () => {
    ({ page } = await site.open('/one.html'));
    await page.goto(
      `${site.api.origin}/embed?series=${encodeURIComponent(list)}&view=trend&lang=ru`,
    );
    await drawn(page);
    const expected = compareCountries(allSeries, headline, { series: ids, locale: 'ru' });
    await expect
      .poll(() => inRoot('text.cname'), poll)
      .toEqual(expect.arrayContaining(expected.rows.map((r) => r.country.name)));
  });

  it('a widget of one series does not download the countries chunk', async () => {
    const visit = await site.open('/one.html');
    page = visit.page;
    await drawn(page);
    // The countries chunk is named in the widget README's "What loads when".
    expect(visit.widgetFiles).not.toContain('widget-countries-widget.js');
    expect(visit.widgetFiles.length).toBeGreaterThan(1);
    // …which a list of series does load: the name above is the chunk's real name.
    const three = await site.open('/trend-en.html');
    page = three.page;
    await drawn(page);
    expect(three.widgetFiles).toContain('widget-countries-widget.js');
  });
});
