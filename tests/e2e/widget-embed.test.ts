import { readFile } from 'node:fs/promises';
import {
  compare,
  comparisonToCsv,
  defaultReport,
  describeChange,
  formatValue,
  headlineMetricIds,
  message,
  provenanceUrl,
  type Report,
} from '@tip-report/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sizeBudget } from '../../apps/widget/scripts/size-budget.mjs';
import { type OpenOptions, partnerSite, screenshot, widgetFile } from './partner-site.js';

// A partner page on one origin embeds the widget served by the real API on another, both ways
// (script tag and iframe), under a strict CSP; every figure is checked against core's data.

const report: Report = defaultReport;
// The headline set, from the topics core's data marks as headline.
const headline = headlineMetricIds(report);
const comparison = compare(report, 2016, 2017, headline);
/** A value as the widget writes it, in the report's own unit. */
const valueText = (value: number, unitId: string, usd?: number) =>
  formatValue(
    value,
    report.units.find((u) => u.id === unitId),
    { usd },
  );

const page$ = (body: string, apiOrigin: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner newsroom</title>${body.includes('tip-comparison') ? `<script type="module" src="${apiOrigin}/widget.js"></script>` : ''}</head>
<body><h1>Partner newsroom</h1><p>A story about trafficking in Azerbaijan.</p>${body}</body></html>`;

const widget = (attributes: string) =>
  `<tip-comparison report="aze-2018" from="2016" to="2017" ${attributes}></tip-comparison>`;
const site = partnerSite((apiOrigin) => ({
  '/blank.html': page$('<p>No widget here.</p>', apiOrigin),
  '/script.html': page$(widget(`api="${apiOrigin}/"`), apiOrigin),
  '/bundled.html': page$(widget(''), apiOrigin),
  '/azerbaijani.html': page$(widget('lang="az"'), apiOrigin),
  '/series.html': page$(
    '<tip-comparison series="aze-protection" view="trend"></tip-comparison>',
    apiOrigin,
  ),
  '/iframe.html': page$(
    `<iframe src="${apiOrigin}/embed?report=aze-2018&amp;from=2016&amp;to=2017&amp;view=table" title="Trafficking in Persons figures" width="100%" height="150" data-tip-report></iframe><script src="/resize.js"></script>`,
    apiOrigin,
  ),
}));

let page: Page;
let errors: string[];
let widgetFiles: string[];
async function open(path: string, options?: OpenOptions) {
  ({ page, errors, widgetFiles } = await site.open(path, options));
}

const shot = (name: string) => screenshot(page, name);

const rowSelector = (metricId: string) => `tip-comparison li.row[data-metric="${metricId}"]`;

describe('script tag on a partner page with a strict CSP', () => {
  it('shows every headline figure as core computes it, live from the API', async () => {
    await open('/script.html');
    await page.locator('tip-comparison footer').getByText('served live').waitFor();
    const shown = await page
      .locator('tip-comparison li.row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-metric')));
    expect(comparison.rows.length).toBeGreaterThan(0);
    expect(shown).toEqual(comparison.rows.map((r) => r.metricId));
    for (const row of comparison.rows) {
      const element = page.locator(rowSelector(row.metricId));
      await expect(element.locator(':scope > p.sr-only').textContent()).resolves.toBe(
        describeChange(row, comparison.units),
      );
      const values = await element.locator('.value').allTextContents();
      expect(values[0]).toContain(valueText(row.from, row.unit, row.fromUsd));
      expect(values[1]).toContain(valueText(row.to, row.unit, row.toUsd));
    }
    await expect(page.locator('tip-comparison h2').textContent()).resolves.toContain(
      report.country.name,
    );
    await shot('script-tag-chart');
  });

  it('defines the element and no other global', async () => {
    await open('/blank.html');
    const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
    await page.goto(`${site.partner.origin}/bundled.html`);
    await page.locator('tip-comparison li.row').first().waitFor();
    const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((name) => !before.includes(name))).toEqual([]);
    await expect(
      page.evaluate(() => customElements.get('tip-comparison') !== undefined),
    ).resolves.toBe(true);
    // The widget's styles stay in its shadow root: the page's own text is unstyled by it.
    await expect(
      page.evaluate(() => [document.styleSheets.length, document.adoptedStyleSheets.length]),
    ).resolves.toEqual([0, 0]);
  });

  it('shows the default view before Solid; the live widget takes over on intent, in place', async () => {
    await open('/blank.html');
    // The live widget comes late, so the reader's click lands on the prerendered markup.
    await page.route(/\/widget-app\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${site.partner.origin}/bundled.html`);
    await page.locator('tip-comparison li.row').first().waitFor();
    await page.waitForTimeout(600); // the bars have grown; nothing else loads without a reader
    // Since the context opened (blank.html asks for none): the entry and the chunks the widget's
    // own budget counts as the default view's, and nothing else.
    expect(widgetFiles).toEqual(['widget.js', ...sizeBudget.defaultViewChunks]);
    const layout = () =>
      page.locator('tip-comparison').evaluate((host) => {
        const root = host.shadowRoot as ShadowRoot;
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round).join(' ');
        };
        return {
          boxes: [
            host,
            ...root.querySelectorAll('li.row, .bars rect, button, summary, footer a'),
          ].map(box),
          growing: [...root.querySelectorAll('.bars rect')].flatMap((rect) =>
            rect.getAnimations().filter((a) => a.playState === 'running'),
          ).length,
        };
      });
    const before = await layout();
    // An expando on the prerendered frame (not an attribute, which would change the markup): the
    // live widget's frame is a new element without it.
    await page.locator('tip-comparison').evaluate((host) => {
      Object.assign(host.shadowRoot?.firstElementChild ?? {}, { prerendered: true });
    });
    const row = page.locator(rowSelector('victims.identified'));
    await row.locator('summary').click();
    // Replayed once the live widget is in: its "Source" opens and loads the quotes.
    await row.locator('blockquote').first().waitFor({ state: 'visible' });
    expect(widgetFiles).toContain('widget-app.js');
    await row.locator('summary').click();
    const after = await layout();
    expect(after.boxes).toEqual(before.boxes);
    expect(after.growing).toBe(0); // the bars do not grow a second time
    expect(
      await page.locator('tip-comparison').evaluate((host) => {
        const frame = host.shadowRoot?.firstElementChild;
        return [frame?.className, frame !== null && frame !== undefined && 'prerendered' in frame];
      }),
    ).toEqual(['tip', false]);
  });

  it('keeps a click whose press began on the prerendered markup and ended on the live widget', async () => {
    await open('/blank.html');
    let served!: () => void;
    const appServed = new Promise<void>((resolve) => {
      served = resolve;
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('/widget-app.js')) served();
    });
    await page.goto(`${site.partner.origin}/bundled.html`);
    const summary = page.locator(rowSelector('victims.identified')).locator('summary');
    await summary.waitFor();
    const box = await summary.boundingBox();
    if (!box) throw new Error('no box for the first "Source"');
    // The pointer enters (the live widget starts loading) and presses; the live widget arrives
    // while the button is down; the release then completes the click.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await appServed;
    await page.waitForTimeout(100);
    await page.mouse.up();
    await page
      .locator(rowSelector('victims.identified'))
      .locator('blockquote')
      .first()
      .waitFor({ state: 'visible' });
  });

  it("starts a view's language and series chunks alongside the live widget, not after it", async () => {
    for (const [path, chunks] of [
      ['/azerbaijani.html', ['widget-az-catalog.js', 'widget-az.js']],
      ['/series.html', ['widget-series-parts.js']],
    ] as const) {
      await open('/blank.html');
      // The live widget comes late: whatever is asked for before it arrives was started by the
      // entry, since the live widget cannot ask for anything before it runs.
      let appArrived = false;
      await page.route(/\/widget-app\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        appArrived = true;
        await route.continue();
      });
      const early: string[] = [];
      page.on('request', (request) => {
        const file = widgetFile(request.url());
        if (file && !appArrived) early.push(file);
      });
      await page.goto(`${site.partner.origin}${path}`);
      await page.locator('tip-comparison li').first().waitFor();
      expect(early, path).toEqual(
        expect.arrayContaining(['widget.js', 'widget-app.js', ...chunks]),
      );
      expect(errors, path).toEqual([]);
    }
  });

  it("says in the widget's language when the live widget's code cannot be loaded", async () => {
    await open('/blank.html');
    await page.route(/\/widget-app\.js$/, (route) => route.abort());
    await page.goto(`${site.partner.origin}/azerbaijani.html`);
    const alert = page.locator('tip-comparison [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(message('az', 'ui.loadFailed'));
    expect(await page.locator('tip-comparison .tip').getAttribute('lang')).toBe('az');
    expect(await page.locator('tip-comparison .tip').getAttribute('aria-busy')).toBeNull();
    // The refused file is the only error: the widget itself throws nothing into the page.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /Failed to load resource/.test(e))).toBe(true);
    errors.length = 0;
  });

  it('writes figures in Azerbaijani by the glossary, though Chromium writes az as English', async () => {
    await open('/azerbaijani.html');
    const funding = page.locator(rowSelector('funding.victim_protection'));
    await funding.locator('.value').first().waitFor();
    const values = await funding.locator('.value').allTextContents();
    expect(values[0]).toContain('154.000 manat (90.060\u00a0$)');
    expect(values[1]).toContain('150.530 manat (88.030\u00a0$)');
    const change = await funding.locator('.change').textContent();
    expect(change).toContain('3.470 manat');
    expect(change).toContain('\u22122,3\u00a0%');
    expect(errors).toEqual([]);
  });

  it('switches to the table from the keyboard', async () => {
    await open('/bundled.html');
    await page.locator('tip-comparison li.row').first().waitFor();
    const focusedText = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent ?? '';
      });
    for (let i = 0; i < 10 && (await focusedText()) !== 'Table'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Table');
    await page.keyboard.press('Space');
    const table = page.locator('tip-comparison table');
    await table.waitFor();
    await expect(table.locator('caption').textContent()).resolves.toMatch(/2016.*2017/);
    await expect(
      page.locator('tip-comparison button', { hasText: 'Table' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    const firstRow = comparison.rows[0];
    if (!firstRow) throw new Error('core compares the headline set');
    const cells = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells[0]).toContain(firstRow.label);
    expect(cells[1]).toBe(valueText(firstRow.from, firstRow.unit));
    expect(cells[2]).toBe(valueText(firstRow.to, firstRow.unit));
    // The focus ring is visible on the toggle the keyboard is on.
    const outline = await page
      .locator('tip-comparison button', { hasText: 'Table' })
      .evaluate((b) => getComputedStyle(b).outlineStyle);
    expect(outline).toBe('solid');
    await shot('table-keyboard');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('tip-comparison li.row').first().waitFor();
  });

  it('expands a row to the exact quotes and core’s links to the State Department page', async () => {
    await open('/bundled.html');
    const row = page.locator(rowSelector('funding.victim_protection'));
    await row.locator('summary').click();
    await row.locator('blockquote').first().waitFor({ state: 'visible' });
    const metric = report.metrics.find((m) => m.id === 'funding.victim_protection');
    const observations = [2016, 2017].map((y) => metric?.observations.find((o) => o.year === y));
    await expect(row.locator('blockquote').allTextContents()).resolves.toEqual(
      observations.map((o) => `“${o?.source.kind === 'quoted' ? o.source.quote : ''}”`),
    );
    const links = await row
      .locator('figcaption a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(observations.map((o) => o && provenanceUrl(report, o.source)));
    await row.scrollIntoViewIfNeeded();
    await shot('provenance-open');
  });

  it('downloads exactly what is shown as CSV', async () => {
    await open('/bundled.html');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('tip-comparison a', { hasText: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('aze-2018-2016-2017-en.csv');
    const csv = await readFile((await download.path()) as string, 'utf8');
    // A UTF-8 byte-order mark first, so Excel opens the file right by double-click.
    expect(csv).toBe(`\uFEFF${comparisonToCsv(comparison)}`);
  });

  it('follows the reader’s dark mode, with readable contrast', async () => {
    const colours = async () =>
      page.locator('tip-comparison .tip').evaluate((el) => {
        const style = getComputedStyle(el);
        return { bg: style.backgroundColor, fg: style.color };
      });
    await open('/bundled.html', { dark: true });
    await page.locator('tip-comparison li.row').first().waitFor();
    const dark = await colours();
    await shot('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    expect(dark).not.toEqual(light);
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map((c) => {
        const v = Number(c) / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    expect(luminance(dark.bg)).toBeLessThan(0.05);
    expect(luminance(light.bg)).toBeGreaterThan(0.9);
    expect(contrast(dark.fg, dark.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light.fg, light.bg)).toBeGreaterThanOrEqual(4.5);
  });

  for (const width of [320, 1200]) {
    it(`fits ${width} px without horizontal scrolling, in both views`, async () => {
      await open('/bundled.html', { width });
      await page.locator('tip-comparison li.row').first().waitFor();
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await shot(`width-${width}-chart`);
      await page.locator('tip-comparison button', { hasText: 'Table' }).click();
      await page.locator('tip-comparison table').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      // The table stays inside the widget's content box (not just inside the page).
      const table = await page.locator('tip-comparison table').evaluate((t) => {
        const box = t.parentElement as HTMLElement;
        const style = getComputedStyle(box);
        const contentRight =
          box.getBoundingClientRect().right -
          Number.parseFloat(style.paddingRight) -
          Number.parseFloat(style.borderRightWidth);
        return Math.max(
          t.scrollWidth - t.clientWidth,
          t.getBoundingClientRect().right - contentRight,
        );
      });
      expect(table).toBeLessThanOrEqual(0.5);
      await shot(`width-${width}-table`);
    });
  }
});

describe('iframe on a partner page with a strict CSP', () => {
  it('renders the widget, sizes itself with the documented snippet and advertises oEmbed', async () => {
    await open('/iframe.html');
    const frame = page.frameLocator('iframe[data-tip-report]');
    await frame.locator('tip-comparison table').waitFor();
    const firstRow = comparison.rows[0];
    if (!firstRow) throw new Error('core compares the headline set');
    const cells = await frame
      .locator('tip-comparison tbody tr')
      .first()
      .locator('th, td')
      .allTextContents();
    expect(cells[1]).toBe(valueText(firstRow.from, firstRow.unit));
    expect(cells[2]).toBe(valueText(firstRow.to, firstRow.unit));

    // The page posts its height; the README's snippet (served as /resize.js) applies it.
    const embedded = page.frames().find((f) => f.url().includes('/embed?')) as NonNullable<
      ReturnType<Page['frame']>
    >;
    const contentHeight = await embedded.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(contentHeight).toBeGreaterThan(400);
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.clientHeight))
      .toBe(contentHeight);

    const href = await embedded
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    expect(href).toBeTruthy();
    const oembed = await fetch(new URL(href as string, site.api.origin));
    expect(oembed.status).toBe(200);
    const body = (await oembed.json()) as { type: string; version: string; html: string };
    expect(body.type).toBe('rich');
    expect(body.version).toBe('1.0');
    expect(body.html).toMatch(/<iframe[^>]+\/embed\?report=aze-2018/);
    await shot('iframe');
  });
});
