// Issue 15, "a picture without script": the README's snippet puts the chart's picture inside
// <tip-comparison>. With JavaScript off, Chromium shows that picture (served by the API, loaded,
// core's sentence as its alt); with it on, the widget draws and the picture is not shown.
import { compare, describeChange, getSeries } from '@tip-report/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium } from '../support/chromium.js';
import { screenshot } from './partner-site.js';
import {
  documentedFallbackSnippet,
  type Partner,
  type Running,
  startApi,
  startPartner,
} from './servers.js';

let api: Running;
let partner: Partner;
let browser: Browser;
let snippet: string;

beforeAll(async () => {
  api = await startApi();
  snippet = documentedFallbackSnippet(api.origin);
  partner = await startPartner(api.origin, {
    '/': `<!doctype html><html lang="en"><head><title>A partner</title></head><body>${snippet}</body></html>`,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await api?.close();
});

/** The element's attributes in the snippet: what the picture must show. */
function shown(): { series: string; metric: string } {
  const attribute = (name: string) =>
    new RegExp(`<tip-comparison[^>]*\\s${name}="([^"]+)"`).exec(snippet)?.[1] ?? '';
  return { series: attribute('series'), metric: attribute('metric') };
}

/**
 * Opens `url` with JavaScript off and waits for the picture `selector` finds: shown, loaded and
 * decoded, an SVG of 600 × 400 CSS pixels. Says which requests failed and what the console said.
 */
async function pictureWithoutScript(
  url: string,
  selector: string,
  viewport: { width: number; height: number },
) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.goto(url);
  const img = page.locator(selector);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
  expect(await img.isVisible()).toBe(true);
  expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual(
    [600, 400],
  );
  return { context, page, img, errors, failed };
}

/** Core's sentence for the first and last years of a series' metric, as a picture's alt. */
function sentenceOf(id: string, metric: string, locale = 'en'): string {
  const series = getSeries(id);
  if (!series) throw new Error(`the snippet names no series of core's: ${id}`);
  const [from, to] = [series.years[0] as number, series.years.at(-1) as number];
  const comparison = compare(series, from, to, [metric], locale);
  return describeChange(comparison.rows[0] as never, comparison.units, locale);
}

describe('the README’s picture inside <tip-comparison>', () => {
  it('is shown and loads where JavaScript is off, with core’s sentence as its alt', async () => {
    const { context, page, img, errors, failed } = await pictureWithoutScript(
      partner.origin,
      'tip-comparison img',
      { width: 900, height: 900 },
    );
    const { series: id, metric } = shown();
    expect(await img.getAttribute('alt')).toBe(sentenceOf(id, metric));
    expect(await img.getAttribute('src')).toBe(
      `${api.origin}/v1/series/${id}/metrics/${metric}/chart.svg`,
    );
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'picture-fallback-no-script');
    await context.close();
  });

  it('is not shown where the script runs: the widget draws instead', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(partner.origin);
    // The widget's own chart, in its shadow root.
    await page.locator('tip-comparison svg').first().waitFor();
    expect(await page.locator('tip-comparison img').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the iframe page (/embed) where JavaScript is off', () => {
  it("shows its state's picture, loaded, with core's sentence as its alt", async () => {
    const { series: id, metric } = shown();
    const { context, page, img, errors, failed } = await pictureWithoutScript(
      `${api.origin}/embed?series=${id}&metric=${metric}&lang=ru&theme=dark`,
      'img',
      { width: 640, height: 560 },
    );
    expect(await img.getAttribute('alt')).toBe(sentenceOf(id, metric, 'ru'));
    expect(await img.getAttribute('src')).toBe(
      `/v1/series/${id}/metrics/${metric}/chart.svg?lang=ru&theme=dark`,
    );
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'embed-page-no-script');
    await context.close();
  });
});
