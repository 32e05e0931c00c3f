// The first view (widget README, "What loads when"): for an element with no attributes on an
// English page, widget.js alone shows the figures, drawn at build time by the live widget's own
// components, while the live widget's chunk is still on its way; the live widget then takes over
// in the same box. On the strict-CSP partner page, so a style attribute in the markup or an
// inline style would be a console error, which fails the test.
import { widgetLayout } from '@tip-report/widget/chart-svg';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { partnerSite, screenshot } from './partner-site.js';
import { drawn, heightOf, poll } from './widget-page.js';

const page = (apiOrigin: string, lang: string, element: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>An article</title>
<script type="module" src="${apiOrigin}/widget.js"></script></head><body>
<main><h1>An article</h1>${element}</main></body></html>`;

const site = partnerSite((apiOrigin) => ({
  '/': page(apiOrigin, 'en', '<tip-comparison></tip-comparison>'),
  '/az': page(apiOrigin, 'az', '<tip-comparison></tip-comparison>'),
  '/metric': page(
    apiOrigin,
    'en',
    '<tip-comparison metric="victims.identified.children"></tip-comparison>',
  ),
}));

/** Holds the live widget's chunk back until `release` is called. */
async function holdLiveChunk(target: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await target.route('**/widget-live-widget.js', async (route: Route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** The shown figures' text in the widget's chart (the first view draws two, of which one shows). */
const shownValues = (target: Page) =>
  target
    .locator('tip-comparison svg.chart text.value')
    .evaluateAll((nodes) =>
      nodes.filter((n) => n.getBoundingClientRect().width > 0).map((n) => n.textContent),
    );

/** The fixed height for the element's width, which its container queries read (README "Reserve its space"). */
const fixedHeightOf = async (target: Page) => {
  const width = await target
    .locator('tip-comparison')
    .evaluate((el) => el.getBoundingClientRect().width);
  return width < widgetLayout.breakpoint ? widgetLayout.narrow : widgetLayout.wide;
};

describe('the first view', () => {
  for (const width of [360, 1000]) {
    it(`shows the live widget's figures before its chunk comes, then gives way to it (${width} px)`, async () => {
      let release = () => {};
      const { page: tab, widgetFiles } = await site.open('/', {
        width,
        prepare: async (target) => {
          release = await holdLiveChunk(target);
        },
      });
      const first = tab.locator('tip-comparison .first-view .tip').filter({ visible: true });
      await first.locator('svg.chart text.value').first().waitFor();
      // Only the entry has run: the live chunk is asked for and held.
      expect(widgetFiles).toContain('widget-live-widget.js');
      // A drawing for each first-view stage, in one shadow root.
      expect(await tab.locator('tip-comparison h2').count()).toBe(
        Object.keys(widgetLayout.firstViewStages).length,
      );
      // One drawing shows, at the widget's fixed height; it is busy, and inert until the live
      // widget replaces it, so no click or key is lost on it.
      expect(await first.count()).toBe(1);
      expect(await heightOf(tab)).toBe(await fixedHeightOf(tab));
      expect(await first.getAttribute('aria-busy')).toBe('true');
      expect(await first.evaluate((tip) => (tip as HTMLElement).inert)).toBe(true);
      // Its links point at the API it came from, as the live widget's do.
      const apiLink = await first.getByText('Data API').getAttribute('href');
      expect(apiLink?.startsWith(`${site.api.origin}/v1/`)).toBe(true);
      const before = {
        title: await first.locator('h2').textContent(),
        sentence: await first.locator('.sentence').textContent(),
        values: await shownValues(tab),
      };
      await screenshot(tab, `first-view-${width}`);

      release();
      await drawn(tab);
      expect(await tab.locator('tip-comparison .first-view').count()).toBe(0);
      expect(await tab.locator('tip-comparison .tip').count()).toBe(1);
      const live = tab.locator('tip-comparison .tip');
      expect(await live.getByText('Data API').getAttribute('href')).toBe(apiLink);
      // The same words and figures as the live widget draws, in the same box.
      expect({
        title: await live.locator('h2').textContent(),
        sentence: await live.locator('.sentence').textContent(),
        values: await shownValues(tab),
      }).toEqual(before);
      expect(await heightOf(tab)).toBe(await fixedHeightOf(tab));
    });
  }

  it('is drawn for the stages the live widget measures at the widths it is drawn for', async () => {
    const { page: tab } = await site.open('/', { width: 1000 });
    await drawn(tab);
    const chartSize = () =>
      tab
        .locator('tip-comparison svg.chart')
        .evaluate((svg) => [svg.getAttribute('width'), svg.getAttribute('height')].map(Number));
    for (const stage of Object.values(widgetLayout.firstViewStages)) {
      // The widget's box around its stage: a 1 rem padding and a 1 px border each side.
      await tab
        .locator('tip-comparison')
        .evaluate((el, width) => el.style.setProperty('width', `${width}px`), stage.width + 34);
      await expect.poll(async () => (await chartSize())[0], poll).toBe(stage.width);
      // The stage's height follows the header's lines, which another machine's fonts may wrap
      // otherwise: within a tenth, the first view's chart is drawn at nearly the live one's size.
      const [, height] = await chartSize();
      expect(Math.abs((height as number) - stage.height) / stage.height).toBeLessThan(0.1);
    }
  });

  for (const [path, why] of [
    ['/az', 'on a page in another language'],
    ['/metric', 'for an element with an attribute'],
  ] as const) {
    it(`is not shown ${why}: the busy frame is, until the live widget draws`, async () => {
      let release = () => {};
      const { page: tab } = await site.open(path, {
        prepare: async (target) => {
          release = await holdLiveChunk(target);
        },
      });
      await tab.locator('tip-comparison .frame[aria-busy=true]').waitFor();
      expect(await tab.locator('tip-comparison .first-view').count()).toBe(0);
      expect(await tab.locator('tip-comparison text.value').count()).toBe(0);
      release();
      await drawn(tab);
    });
  }
});
