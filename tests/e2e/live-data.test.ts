// A widget with an `api` attribute (widget README, Attributes) takes its figures live from the
// API, checked in the reader's browser with core's own zod schemas, on a partner page whose CSP
// allows scripts and connections to the API's origin only (no eval, no inline script).
import { getSeries, message } from '@tip-report/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchChromium } from '../support/chromium.js';
import { type Partner, type Running, startApi, startPartner } from './servers.js';
import { drawn } from './widget-page.js';

let api: Running;
let partner: Partner;
let browser: Browser;
const series = getSeries('aze-protection');
if (!series) throw new Error('the data lost aze-protection');
const metric = 'victims.identified';

beforeAll(async () => {
  api = await startApi();
  partner = await startPartner(api.origin, {
    '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live figures</title>
<script type="module" src="${api.origin}/widget.js"></script></head><body><main>
<tip-comparison series="${series.id}" metric="${metric}" view="trend" api="${api.origin}/"></tip-comparison>
</main></body></html>`,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await api?.close();
});

describe('<tip-comparison api="…">', () => {
  it('draws the figures the API serves, checked by core’s schemas, and says they are live', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(partner.origin);
    await drawn(page);
    // The origin line says "live" only once the API's answer passed the schemas.
    await page
      .locator('tip-comparison details.editions .origin', { hasText: message('en', 'ui.live') })
      .waitFor({ state: 'attached' });
    expect(requested).toEqual(
      expect.arrayContaining([
        `/v1/series/${series.id}`,
        `/v1/series/${series.id}/metrics`,
        '/widget-live-data.js',
        '/widget-core-schemas.js',
      ]),
    );
    // Every figure of the trend, as the API has it (the same data the widget bundles).
    const points = series.metrics.find((m) => m.id === metric)?.points ?? [];
    const values = await page.locator('tip-comparison svg.chart text.value').allTextContents();
    expect(values).toEqual(points.map((p) => String(p.value)));
    expect(errors).toEqual([]);
    await context.close();
  });
});
