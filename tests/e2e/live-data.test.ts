// A widget with an `api` attribute (widget README, Attributes) takes its figures live from the
// API, checked in the reader's browser with core's own zod schemas, on a partner page whose CSP
// allows scripts and connections to the API's origin only (no eval, no inline script).
import { getSeries, message } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { partnerSite } from './partner-site.js';
import { drawn } from './widget-page.js';

const series = getSeries('aze-protection');
if (!series) throw new Error('the data lost aze-protection');
const metric = 'victims.identified';

const site = partnerSite((apiOrigin) => ({
  '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live figures</title>
<script type="module" src="${apiOrigin}/widget.js"></script></head><body><main>
<tip-comparison series="${series.id}" metric="${metric}" view="trend" api="${apiOrigin}/"></tip-comparison>
</main></body></html>`,
}));

describe('<tip-comparison api="…">', () => {
  it('draws the figures the API serves, checked by core’s schemas, and says they are live', async () => {
    const { page, paths } = await site.open('/', { width: 1000 });
    await drawn(page);
    // The origin line says "live" only once the API's answer passed the schemas.
    await page
      .locator('tip-comparison details.editions .origin', { hasText: message('en', 'ui.live') })
      .waitFor({ state: 'attached' });
    expect(paths).toEqual(
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
  });
});
