import {
  compare,
  defaultReport,
  describeChange,
  getSeries,
  headlineMetricIds,
  type Report,
  type Series,
} from '@tip-report/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium } from '../support/chromium.js';
import { type Running, startApi } from './servers.js';
import { poll } from './widget-page.js';

// What `pnpm start` shows a person: the landing page with the widget fed by the local API, and
// the self-hosted API reference; both under the API's own CSP, with no console error.

const screenshots = new URL('screenshots/', import.meta.url);
const report: Report = defaultReport;
const series = getSeries('aze-protection') as Series;
let api: Running;
let browser: Browser;

beforeAll(async () => {
  api = await startApi();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function visit(path: string) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(30_000);
  const errors = collectErrors(page);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${api.origin}${path}`);
  return { page, errors, failed };
}

describe('the landing page and the API reference in real Chromium', () => {
  it('the landing page shows the series trend, and the widget with live figures from this API', async () => {
    const { page, errors, failed } = await visit('/');
    // The series' trend, with its tier timeline under the years, from the widget's own chunk.
    const trend = page.locator(`tip-comparison[series="${series.id}"]`);
    await trend.locator('svg.chart text.tier').first().waitFor();
    expect(await trend.locator('svg.chart g[data-year]:has(text.tier)').count()).toBe(
      series.editions.filter((e) => series.years.includes(e.reportingYear)).length,
    );
    // The report's widget: core's headline metric and sentence, its figures live from this API.
    const widget = page.locator('tip-comparison[report]');
    const headline = headlineMetricIds(report)[0] as string;
    const comparison = compare(report, 2016, 2017, [headline]);
    const row = comparison.rows[0];
    if (!row) throw new Error('core compares the headline metric');
    await expect
      .poll(() => widget.locator('.sentence').textContent(), poll)
      .toBe(describeChange(row, comparison.units));
    await widget.locator('details.editions summary').click();
    expect(await widget.locator('details.editions .origin').textContent()).toBe(
      'Figures served live by the tip-report API.',
    );
    await page.screenshot({ path: new URL('landing.png', screenshots).pathname, fullPage: true });
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('/docs renders the interactive reference from this origin, every route listed', async () => {
    const { page, errors, failed } = await visit('/docs');
    await page.locator('.swagger-ui .opblock').first().waitFor();
    const paths = await page.locator('.opblock-summary-path').allTextContents();
    const spec = (await (await fetch(`${api.origin}/openapi.json`)).json()) as { paths: object };
    expect(new Set(paths.map((p) => p.replace(/\u200b/g, '')))).toEqual(
      new Set(Object.keys(spec.paths)),
    );
    await page.screenshot({ path: new URL('docs.png', screenshots).pathname, fullPage: false });
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });
});
