import {
  series as allSeries,
  compareCountries,
  defaultReport,
  getSeries,
  headlineMetricIds,
  type Report,
  type Series,
} from '@tip-report/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium } from '../support/chromium.js';
import { type Running, startApi } from './servers.js';
import { axeViolations, poll } from './widget-page.js';

// What `pnpm start` shows a person: the landing page with the widgets and the embed builder, and
// the self-hosted API reference; both under the API's own CSP, with no console error.

const screenshots = new URL('screenshots/', import.meta.url);
const report: Report = defaultReport;
const series = getSeries('aze-protection') as Series;
// The landing page's metric: the trend's headline, as the page takes it from core.
const metric = headlineMetricIds(series)[0] as string;
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
  it('the landing page shows the trend and the countries side by side, from core’s data', async () => {
    const { page, errors, failed } = await visit('/');
    // The series' trend, with its tier timeline under the years, from the widget's own chunk.
    const trend = page.locator(`.pair tip-comparison[series="${series.id}"]`);
    await trend.locator('svg.chart text.tier').first().waitFor();
    expect(await trend.locator('svg.chart g[data-year]:has(text.tier)').count()).toBe(
      series.editions.filter((e) => series.years.includes(e.reportingYear)).length,
    );
    // Beside it, every series that has the trend's metric, a line a country, named by core.
    const withMetric = allSeries.filter((s) => s.metrics.some((m) => m.id === metric));
    expect(withMetric.length).toBeGreaterThan(1);
    const countries = page.locator(
      `tip-comparison[series="${withMetric.map((s) => s.id).join(',')}"]`,
    );
    await countries.locator('svg.chart text.cname').first().waitFor();
    expect(new Set(await countries.locator('svg.chart text.cname').allTextContents())).toEqual(
      new Set(withMetric.map((s) => s.country.name)),
    );
    // Side by side at this width, one height each: the README's for a widget of its width.
    const [a, b] = await Promise.all([trend.boundingBox(), countries.boundingBox()]);
    expect(a?.y).toBe(b?.y);
    expect(a?.height).toBeLessThanOrEqual(560);
    expect(b?.height).toBe(a?.height);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('landing.png', screenshots).pathname, fullPage: true });
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('the embed builder changes the preview and the snippets', async () => {
    const { page, errors, failed } = await visit('/');
    const preview = page.locator('tip-comparison#preview');
    const iframe = page.locator('#snippet-iframe');
    const script = page.locator('#snippet-script');
    // The preview loads when the reader comes near it (loading="lazy"), as the builder is below.
    await preview.scrollIntoViewIfNeeded();
    await preview.locator('svg.chart').first().waitFor();
    await expect.poll(() => script.inputValue(), poll).toContain(`series="${series.id}"`);
    // The countries, in Russian, as a table: the preview follows and so do both snippets.
    const list = allSeries
      .filter((s) => s.metrics.some((m) => m.id === metric))
      .map((s) => s.id)
      .join(',');
    await page.selectOption('select[name=source]', `series:${list}`);
    await page.selectOption('select[name=lang]', 'ru');
    await page.selectOption('select[name=view]', 'table');
    await expect.poll(() => preview.getAttribute('series'), poll).toBe(list);
    expect(await preview.getAttribute('lang')).toBe('ru');
    await preview.locator('table.countries').waitFor();
    const inRussian = compareCountries(allSeries, metric, {
      series: list.split(','),
      locale: 'ru',
    });
    expect(
      await preview.locator('table.countries thead th[data-series]').allTextContents(),
    ).toEqual(inRussian.rows.map((r) => r.country.name));
    const tag = await script.inputValue();
    expect(tag).toContain(`<script type="module" src="${api.origin}/widget.js"></script>`);
    expect(tag).toContain(`series="${list}"`);
    expect(tag).toContain('view="table"');
    expect(tag).toContain('lang="ru"');
    const src =
      /src="([^"]+)"/.exec(await iframe.inputValue())?.[1]?.replaceAll('&amp;', '&') ?? '';
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe(`${api.origin}/embed`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      series: list,
      view: 'table',
      lang: 'ru',
    });
    // A report has no trend: the builder does not offer it, and the preview compares two years.
    await page.selectOption('select[name=source]', `report:${report.id}`);
    await page.selectOption('select[name=view]', 'chart');
    expect(await page.locator('select[name=view] option[value=trend]').isDisabled()).toBe(true);
    await expect.poll(() => preview.getAttribute('report'), poll).toBe(report.id);
    expect(await preview.getAttribute('series')).toBeNull();
    await expect.poll(() => script.inputValue(), poll).toContain(`report="${report.id}"`);
    expect(await script.inputValue()).toMatch(/from="\d{4}" to="\d{4}"/);
    await page.screenshot({
      path: new URL('landing-builder.png', screenshots).pathname,
      fullPage: true,
    });
    expect(await axeViolations(page)).toEqual([]);
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
