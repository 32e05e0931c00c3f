import {
  compare,
  comparisonToCsv,
  defaultReport,
  describeChange,
  formatValue,
  headlineMetricIds,
  provenanceUrl,
  type Report,
} from '@tip-report/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type OpenOptions, partnerSite, screenshot } from './partner-site.js';
import { axeViolations, drawn, heightOf, poll, textOf } from './widget-page.js';

const poll$ = (read: () => Promise<unknown>, expected: unknown) =>
  expect.poll(read, poll).toBe(expected);

// A partner page on one origin embeds the widget served by the real API on another, both ways
// (script tag and iframe), under a strict CSP; every figure is checked against core's data.

const report: Report = defaultReport;
const [from, to] = [report.years[0] as number, report.years.at(-1) as number];
/** core's headline metric: the one the widget shows without a `metric` attribute. */
const headline = headlineMetricIds(report)[0] as string;
const metricOf = (id: string) => report.metrics.find((m) => m.id === id);
const unitOf = (id: string) => report.units.find((u) => u.id === metricOf(id)?.unit);
/** A money metric with a figure (and its dollars) in both years: manat and dollars on the bars. */
const money = report.metrics.find(
  (m) =>
    unitOf(m.id)?.kind === 'money' &&
    [from, to].every((y) => m.observations.some((o) => o.year === y && o.usd !== undefined)),
);

const page$ = (body: string, apiOrigin: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner newsroom</title>${body.includes('<tip-comparison') ? `<script type="module" src="${apiOrigin}/widget.js"></script>` : ''}</head>
<body><main><h1>Partner newsroom</h1><p>A story about trafficking in Azerbaijan.</p>${body}</main></body></html>`;

const site = partnerSite((apiOrigin) => ({
  '/blank.html': page$('<p>No widget here.</p>', apiOrigin),
  '/default.html': page$('<tip-comparison></tip-comparison>', apiOrigin),
  '/money.html': page$(`<tip-comparison metric="${money?.id}"></tip-comparison>`, apiOrigin),
  '/money-az.html': page$(
    `<tip-comparison metric="${money?.id}" lang="az"></tip-comparison>`,
    apiOrigin,
  ),
  '/money-ru.html': page$(
    `<tip-comparison metric="${money?.id}" lang="ru"></tip-comparison>`,
    apiOrigin,
  ),
  '/short-table.html': page$(
    `<tip-comparison view="table" metrics="${report.metrics
      .slice(0, 2)
      .map((m) => m.id)
      .join(',')}"></tip-comparison>`,
    apiOrigin,
  ),
  '/bad.html': page$(
    '<tip-comparison metric="no.such.metric" view="pie"></tip-comparison>',
    apiOrigin,
  ),
  '/iframe.html': page$(
    `<iframe src="${apiOrigin}/embed?report=${report.id}&amp;view=table" title="Trafficking in Persons figures" width="100%" height="150" data-tip-report></iframe><script src="/resize.js"></script>`,
    apiOrigin,
  ),
}));

let page: Page;
let errors: string[];
async function open(path: string, options?: OpenOptions) {
  ({ page, errors } = await site.open(path, options));
  return page;
}

describe('script tag on a partner page with a strict CSP', () => {
  it('shows core’s headline metric: its name and country, core’s sentence, two bars with values', async () => {
    await open('/default.html', { width: 1000 });
    await drawn(page);
    const comparison = compare(report, from, to, [headline]);
    const row = comparison.rows[0];
    if (!row) throw new Error('core compares the headline metric in both years');
    const title = await textOf(page, 'h2');
    expect(title).toContain(metricOf(headline)?.label);
    expect(title).toContain(report.country.name);
    expect(await textOf(page, '.sentence')).toBe(describeChange(row, comparison.units));
    expect(await page.locator('tip-comparison svg.chart').getAttribute('aria-label')).toBe(
      describeChange(row, comparison.units),
    );
    expect(await page.locator('tip-comparison svg.chart text.value').allTextContents()).toEqual([
      formatValue(row.from, unitOf(headline)),
      formatValue(row.to, unitOf(headline)),
    ]);
    expect(await heightOf(page)).toBeLessThanOrEqual(560);
    // The default view is small for the page around it.
    const elements = await page
      .locator('tip-comparison')
      .evaluate((el) => (el.shadowRoot?.querySelectorAll('*').length ?? 0) + 1);
    expect(elements).toBeLessThanOrEqual(400);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'default-1000');
  });

  it('defines the element and no other global', async () => {
    await open('/blank.html');
    const before = await page.evaluate(() => Object.keys(window));
    await open('/default.html');
    await drawn(page);
    const after = await page.evaluate(() => Object.keys(window));
    expect(after.filter((key) => !before.includes(key))).toEqual([]);
    expect(await page.evaluate(() => !!customElements.get('tip-comparison'))).toBe(true);
  });

  it('writes money in manat with the edition’s dollars on the bars', async () => {
    if (!money) throw new Error('core’s default report has a money metric in both years');
    await open('/money.html', { width: 360 });
    await drawn(page);
    const figure = (year: number) => money.observations.find((o) => o.year === year);
    expect(await page.locator('tip-comparison svg.chart text.value').allTextContents()).toEqual(
      [from, to].map((year) =>
        formatValue(figure(year)?.value ?? Number.NaN, unitOf(money.id), {
          usd: figure(year)?.usd,
        }),
      ),
    );
    expect(await heightOf(page)).toBeLessThanOrEqual(720);
    await screenshot(page, 'compare-money-360');
  });

  it('changes the metric from the keyboard with the picker, and announces it', async () => {
    await open('/default.html', { width: 1000 });
    await drawn(page);
    const select = page.locator('tip-comparison label.picker select');
    expect(await select.inputValue()).toBe(headline);
    const before = await heightOf(page);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue(), poll).not.toBe(headline);
    const picked = await select.inputValue();
    const label = metricOf(picked)?.label as string;
    await expect.poll(() => textOf(page, 'h2'), poll).toContain(label);
    // The polite live region says what is now shown.
    await expect.poll(() => textOf(page, '[role=status][aria-live=polite]'), poll).toContain(label);
    // The box keeps its height when the metric changes.
    expect(await heightOf(page)).toBe(before);
  });

  it('opens Source on the figure’s quote, linked with core’s provenance URL', async () => {
    await open('/default.html', { width: 1000 });
    await drawn(page);
    await page.locator('tip-comparison details.source summary').click();
    const observation = metricOf(headline)?.observations.find((o) => o.year === to);
    if (observation?.source.kind !== 'quoted') throw new Error('the 2018 text quotes it');
    const figure = page.locator(`tip-comparison details.source figure[data-year="${to}"]`);
    expect(await figure.locator('blockquote').textContent()).toContain(observation.source.quote);
    expect(await figure.locator('a').getAttribute('href')).toBe(
      provenanceUrl(report, observation.source),
    );
    await screenshot(page, 'source-open');
  });

  it('says so where a chunk fetched on opening does not arrive, and fetches it on the next try', async () => {
    await open('/default.html', { width: 1000 });
    await drawn(page);
    // The reader's connection drops the first requests for the Source panel and the embed dialog.
    const onDemand = /\/widget-(source-panel|embed-dialog)\.js$/;
    let dropped = 0;
    await page.route(onDemand, (route) => (dropped++ < 2 ? route.abort() : route.continue()));
    const failed = 'This could not be loaded. Try again.';
    const source = page.locator('tip-comparison details.source summary');
    await source.click();
    await expect.poll(() => textOf(page, 'details.source .panel [role=alert]'), poll).toBe(failed);
    const embed = page.locator('tip-comparison button', { hasText: 'Embed' });
    await embed.click();
    await expect.poll(() => textOf(page, '.actions [role=alert]'), poll).toBe(` ${failed}`);
    expect(dropped).toBe(2);
    // Closing and opening Source again, and Embed again, fetch the chunks this time.
    await source.click();
    await source.click();
    await page.locator('tip-comparison details.source figure').first().waitFor();
    await embed.click();
    await page.locator('tip-comparison dialog.embed[open]').waitFor();
    expect(await page.locator('tip-comparison [role=alert]').count()).toBe(0);
    // The two dropped requests are this page's only console errors, and expected here.
    const expected = (e: string) =>
      /net::ERR_FAILED|Failed to fetch dynamically imported module|widget-(source-panel|embed-dialog)/.test(
        e,
      );
    expect(errors.length).toBeGreaterThan(0);
    errors.splice(0, errors.length, ...errors.filter((e) => !expected(e)));
  });

  it('switches to the Table from the keyboard: every metric, scrolling inside the box', async () => {
    await open('/default.html', { width: 1000 });
    await drawn(page);
    const before = await heightOf(page);
    await page.locator('tip-comparison .tabs button', { hasText: 'Table' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('tip-comparison table').waitFor();
    expect(await page.locator('tip-comparison tbody tr').count()).toBe(report.metrics.length);
    expect(await heightOf(page)).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'table-1000');
  });

  it('lists only the metrics= ones in the Table', async () => {
    await open('/short-table.html');
    await drawn(page);
    expect(
      await page
        .locator('tip-comparison tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-metric'))),
    ).toEqual(report.metrics.slice(0, 2).map((m) => m.id));
  });

  // The glossary's rules, typed here (GLOSSARY.md, "Money and numbers"): az groups thousands
  // with a period and keeps "manat" unchanged; ru groups with a no-break space and declines the
  // noun; both write the dollars as "$" after the amount.
  for (const [lang, group, noun] of [
    ['az', '.', () => 'manat'],
    ['ru', '\u00a0', (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'манат' : 'манатов')],
  ] as const) {
    it(`writes ${lang} money as the glossary does, at 360 px (Chromium's ICU formats az as English)`, async () => {
      if (!money) throw new Error('the default report has no money figure in both years');
      await open(`/money-${lang}.html`, { width: 360 });
      await drawn(page);
      await poll$(() => page.locator('tip-comparison .tip').getAttribute('lang'), lang);
      const values = await page.locator('tip-comparison svg.chart text.value').allTextContents();
      const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, group);
      const written = (y: number) => {
        const o = money.observations.find((x) => x.year === y);
        const [value, usd] = [o?.value ?? Number.NaN, o?.usd ?? Number.NaN];
        return `${grouped(value)} ${noun(value)} (${grouped(usd)}\u00a0$)`;
      };
      expect(values).toEqual([written(from), written(to)]);
      await screenshot(page, `compare-money-${lang}-360`, { fullPage: false });
    });
  }

  it('downloads exactly what is shown as core’s CSV, with a byte-order mark for Excel', async () => {
    await open('/default.html');
    await drawn(page);
    await page.locator('tip-comparison .downloads summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('tip-comparison button', { hasText: 'Table (CSV)' }).click(),
    ]);
    // The language in the name: a reader's en and ru downloads do not overwrite each other.
    expect(download.suggestedFilename()).toBe(`${report.id}-${from}-${to}-en.csv`);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path, 'utf8')).toBe(
      `\uFEFF${comparisonToCsv(compare(report, from, to, [headline]))}`,
    );
  });

  it('offers the picture of what is shown under Download: a PNG of 1200 × 800 and its SVG', async () => {
    await open('/default.html');
    await drawn(page);
    await page.locator('tip-comparison .downloads summary').click();
    const png = page.locator('tip-comparison .downloads a', { hasText: 'Picture (PNG)' });
    expect(await png.isVisible()).toBe(true);
    const href = (await png.getAttribute('href')) as string;
    expect(href).toBe(
      `${site.api.origin}/v1/reports/${report.id}/metrics/${headline}/chart.png?lang=en&theme=light&from=${from}&to=${to}`,
    );
    const answer = await fetch(href);
    expect(answer.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await answer.arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 800]);
    const svg = page.locator('tip-comparison .downloads a', { hasText: 'Picture (SVG)' });
    expect(await svg.getAttribute('href')).toBe(href.replace('chart.png', 'chart.svg'));
    await screenshot(page, 'download-menu', { fullPage: false });
  });

  it('names a bad attribute inside the widget and shows what it can instead', async () => {
    await open('/bad.html');
    await drawn(page);
    const notes = page.locator('tip-comparison .problems li');
    expect(
      await notes.evaluateAll((li) => li.map((l) => l.getAttribute('data-attribute'))),
    ).toEqual(['view', 'metric']);
    expect(await notes.nth(1).textContent()).toContain('no.such.metric');
    expect(await textOf(page, 'h2')).toContain(metricOf(headline)?.label);
  });

  it('the embed dialog’s copied snippets reproduce the view on a second page', async () => {
    await open('/default.html', {
      width: 1000,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await drawn(page);
    const select = page.locator('tip-comparison label.picker select');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue(), poll).not.toBe(headline);
    const title = await textOf(page, 'h2');
    const sentence = await textOf(page, '.sentence');
    await page.locator('tip-comparison button', { hasText: 'Embed' }).click();
    const dialog = page.locator('tip-comparison dialog.embed');
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'embed-dialog', { fullPage: false });
    const copied: Record<string, string> = {};
    for (const kind of ['iframe', 'script']) {
      await dialog.locator(`[data-snippet="${kind}"] button`).click();
      await expect.poll(() => dialog.locator('.copy-status').textContent(), poll).toBe('Copied.');
      copied[kind] = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied[kind]).toBe(
        await dialog.locator(`[data-snippet="${kind}"] textarea`).inputValue(),
      );
    }
    site.partner.addPage(
      '/copied-script.html',
      page$(copied.script ?? '', site.api.origin).replace(
        /<script type="module" src="[^"]*"><\/script><\/head>/,
        '</head>',
      ),
    );
    site.partner.addPage(
      '/copied-iframe.html',
      page$(`${copied.iframe}<script src="/resize.js"></script>`, site.api.origin),
    );

    await open('/copied-script.html', { width: 1000 });
    await drawn(page);
    expect(await textOf(page, 'h2')).toBe(title);
    expect(await textOf(page, '.sentence')).toBe(sentence);

    await open('/copied-iframe.html', { width: 1000 });
    const frame = page.frameLocator('iframe[data-tip-report]');
    await frame.locator('tip-comparison svg.chart').waitFor({ timeout: 30_000 });
    expect(await frame.locator('tip-comparison h2').textContent()).toBe(title);
    expect(await frame.locator('tip-comparison .sentence').textContent()).toBe(sentence);
  });
});

describe('iframe on a partner page with a strict CSP', () => {
  it('renders the widget, sizes itself with the documented snippet and advertises oEmbed', async () => {
    await open('/iframe.html');
    const frame = page.frameLocator('iframe[data-tip-report]');
    await frame.locator('tip-comparison table').waitFor({ timeout: 30_000 });
    const row = compare(report, from, to, [headline]).rows[0];
    const cells = await frame
      .locator(`tip-comparison tr[data-metric="${headline}"] td`)
      .allTextContents();
    expect(cells.slice(0, 2)).toEqual([
      formatValue(row?.from ?? Number.NaN, unitOf(headline)),
      formatValue(row?.to ?? Number.NaN, unitOf(headline)),
    ]);
    // The page posts its height; the README's snippet (served as /resize.js) applies it.
    const embedded = page.frames().find((f) => f.url().includes('/embed?'));
    if (!embedded) throw new Error('the iframe loads /embed');
    const contentHeight = await embedded.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.clientHeight), poll)
      .toBe(contentHeight);
    const href = await embedded
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    const oembed = await fetch(new URL(href as string, site.api.origin));
    expect(oembed.status).toBe(200);
    const body = (await oembed.json()) as { type: string; html: string };
    expect(body.type).toBe('rich');
    expect(body.html).toMatch(new RegExp(`<iframe[^>]+/embed\\?report=${report.id}`));
    expect(errors).toEqual([]);
    await screenshot(page, 'iframe');
  });
});
