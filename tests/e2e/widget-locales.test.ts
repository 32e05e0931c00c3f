import { defaultReport, getSeries, type Series } from '@tip-report/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../support/english-words.js';
import { partnerSite, screenshot } from './partner-site.js';
import { axeViolations, drawn, heightOf } from './widget-page.js';

// The widget in English, Azerbaijani and Russian, at 360 and 1000 px, light and dark, on a partner
// page of another origin with a strict CSP: the chart views of every metric stay within the
// heights the README promises and keep one height whatever the metric; nothing sticks out of the
// box; axe finds nothing; no English word of either catalog shows in az or ru outside the quotes.

const series = getSeries('aze-protection') as Series;
/** README "Reserve its space": the most a chart view may be, by the widget's width. */
const limit = (width: number) => (width >= 600 ? 560 : 720);

const page$ = (apiOrigin: string, html: string, body: string) => `<!doctype html>
<html lang="${html}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner</title><script type="module" src="${apiOrigin}/widget.js"></script></head>
<body><main><h1>Partner</h1>${body}</main></body></html>`;

// az is asked for with the `lang` attribute; ru comes from the page's own lang, with a region.
const languages = [
  { lang: 'en', html: 'en', attribute: '' },
  { lang: 'az', html: 'en', attribute: ' lang="az"' },
  { lang: 'ru', html: 'ru-RU', attribute: '' },
] as const;

const site = partnerSite((apiOrigin) => {
  const pages: Record<string, string> = {};
  for (const { lang, html, attribute } of languages) {
    pages[`/${lang}-series.html`] = page$(
      apiOrigin,
      html,
      `<tip-comparison series="${series.id}"${attribute}></tip-comparison>`,
    );
    pages[`/${lang}-report.html`] = page$(
      apiOrigin,
      html,
      `<tip-comparison${attribute}></tip-comparison>`,
    );
  }
  return pages;
});

let page: Page;
const set = (name: string, value: string) =>
  page
    .locator('tip-comparison')
    .evaluate((el, [n, v]) => el.setAttribute(n as string, v as string), [name, value]);

/** Shows `metric` in `view` and waits until the picker and the chart say so. */
async function show(view: string, metric: string) {
  await set('view', view);
  await set('metric', metric);
  await page.waitForFunction(
    ([v, m]) => {
      const root = document.querySelector('tip-comparison')?.shadowRoot;
      return (
        root?.querySelector('.tip')?.getAttribute('data-view') === v &&
        (root?.querySelector('label.picker select') as HTMLSelectElement | null)?.value === m &&
        !!root?.querySelector('svg.chart')
      );
    },
    [view, metric],
    { timeout: 30_000 },
  );
}

/** Elements that stick out of the widget's box, or a page that scrolls sideways. */
function layoutProblems(): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('tip-comparison');
    const root = host?.shadowRoot;
    if (!host || !root) return ['no widget'];
    const box = host.getBoundingClientRect();
    const problems: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('.sr-only') || element.closest('details:not([open]) > :not(summary)'))
        continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.bottom > box.bottom + 1) {
        problems.push(
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} “${(element.textContent ?? '').slice(0, 40)}” outside`,
        );
      }
    }
    if (document.documentElement.scrollWidth > innerWidth)
      problems.push('the page scrolls sideways');
    return problems;
  });
}

/** The widget's words, less what stays English on purpose (quotes, locators, citations). */
const translatedText = () =>
  page.evaluate(() => {
    const tip = document.querySelector('tip-comparison')?.shadowRoot?.querySelector('.tip');
    const copy = tip?.cloneNode(true) as HTMLElement | undefined;
    for (const english of copy?.querySelectorAll('[lang="en"], a[href^="http"]') ?? [])
      english.remove();
    return { text: copy?.textContent ?? '', lang: tip?.getAttribute('lang') };
  });

for (const { lang } of languages) {
  describe(`the widget in ${lang}`, () => {
    for (const width of [360, 1000]) {
      for (const dark of [false, true]) {
        it(`at ${width} px, ${dark ? 'dark' : 'light'}: every metric's chart views within ${limit(width)} px, one height, axe clean`, async () => {
          const heights = new Set<number>();
          for (const [kind, source, views] of [
            ['series', series, ['chart', 'trend']],
            ['report', defaultReport, ['chart']],
          ] as const) {
            ({ page } = await site.open(`/${lang}-${kind}.html`, { width, dark }));
            await drawn(page);
            for (const view of views) {
              for (const metric of source.metrics) {
                await show(view, metric.id);
                heights.add(await heightOf(page));
              }
              await show(view, source.metrics[0]?.id as string);
              expect(await layoutProblems()).toEqual([]);
              expect(await axeViolations(page)).toEqual([]);
              if (!dark && kind === 'series')
                await screenshot(page, `${lang}-${view}-${width}`, { fullPage: false });
            }
            if (lang !== 'en') {
              await page.locator('tip-comparison details.source summary').click();
              // The panel is drawn on first opening: its figures are there before words are read.
              await page.locator('tip-comparison details.source[open] figure').first().waitFor();
              const { text, lang: rootLang } = await translatedText();
              expect(rootLang).toBe(lang);
              // Any word of the English catalogs (core's and the widget's), not only whole UI
              // phrases: a tier, a note, «(waiver)».
              expect(englishWordsIn(text)).toEqual([]);
            }
          }
          // One height for every metric, view and source at this width: a partner reserves it.
          expect(heights.size).toBe(1);
          expect([...heights][0]).toBeLessThanOrEqual(limit(width));
        });
      }
    }
  });
}
