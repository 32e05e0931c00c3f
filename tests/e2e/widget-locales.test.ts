import { getSeries, type Series } from '@tip-report/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../support/english-words.js';
import { partnerSite, screenshot } from './partner-site.js';

// The widget in Azerbaijani and Russian on a partner page of another origin with a strict CSP:
// the locale's catalog and the data's translations come as chunks beside widget.js. For the
// series comparison, the trend and a bad attribute, at 320 and 1000 px: nothing overflows or is
// clipped, no word of the English catalog shows outside the quotes (marked lang="en"), no console error.

const series = getSeries('aze-protection') as Series;
const page$ = (apiOrigin: string, html: string, body: string) => `<!doctype html>
<html lang="${html}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner</title><script type="module" src="${apiOrigin}/widget.js"></script></head>
<body>${body}</body></html>`;

// az is asked for with the `lang` attribute; ru comes from the page's own lang, with a region.
const languages = [
  { lang: 'az', html: 'en', attribute: ' lang="az"' },
  { lang: 'ru', html: 'ru-RU', attribute: '' },
] as const;
const kinds = {
  compare: `<tip-comparison series="${series.id}" from="2015" to="2021"ATTR></tip-comparison>`,
  trend: `<tip-comparison series="${series.id}" view="trend"ATTR></tip-comparison>`,
  bad: `<tip-comparison view="pie" from="20x" metrics="victims.identified,nope"ATTR></tip-comparison>`,
} as const;

const site = partnerSite((apiOrigin) => {
  const pages: Record<string, string> = {};
  for (const { lang, html, attribute } of languages) {
    for (const [kind, element] of Object.entries(kinds)) {
      pages[`/${lang}-${kind}.html`] = page$(apiOrigin, html, element.replace('ATTR', attribute));
    }
  }
  return pages;
});

let page: Page;
/** The widget's files the page asked for (widget.js and its chunks, by file name). */
let widgetFiles: string[];
async function open(path: string, width: number) {
  ({ page, widgetFiles } = await site.open(path, { width, timeout: 30_000 }));
}

/** Elements that overflow their own hidden box, or stick out of the widget's box. */
function layoutProblems(): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('tip-comparison');
    const root = host?.shadowRoot;
    if (!host || !root) return ['no widget'];
    const box = host.getBoundingClientRect();
    const problems: string[] = [];
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} “${(e.textContent ?? '').slice(0, 40)}”`;
    for (const element of root.querySelectorAll('*')) {
      // Screen-reader text is clipped to a pixel on purpose; SVG children are drawn by the SVG.
      if (element.closest('.sr-only') || element.parentElement?.closest('svg')) continue;
      if (element.closest('details:not([open]) > :not(summary)')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none') continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const hidden = ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
      if (hidden && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`clipped: ${name(element)} ${element.scrollWidth} > ${element.clientWidth}`);
      }
      if (rect.left < box.left - 1 || rect.right > box.right + 1) {
        problems.push(
          `outside: ${name(element)} ${rect.left}–${rect.right} of ${box.left}–${box.right}`,
        );
      }
    }
    if (document.documentElement.scrollWidth > innerWidth)
      problems.push('the page scrolls sideways');
    return problems;
  });
}

/** The widget's words, less what stays English on purpose (quotes, locators, citations). */
function translatedText(): Promise<{ text: string; lang: string | null }> {
  return page.evaluate(() => {
    const root = document.querySelector('tip-comparison')?.shadowRoot;
    const tip = root?.querySelector('.tip');
    if (!tip) return { text: '', lang: null };
    const copy = tip.cloneNode(true) as HTMLElement;
    for (const english of copy.querySelectorAll('[lang="en"]')) english.remove();
    // A link that shows its own address is an address, not English words.
    for (const link of copy.querySelectorAll('a')) {
      if (link.textContent === link.getAttribute('href')) link.remove();
    }
    return { text: copy.textContent ?? '', lang: tip.getAttribute('lang') };
  });
}

for (const { lang } of languages) {
  describe(`the widget in ${lang}`, () => {
    for (const width of [320, 1000]) {
      for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
        it(`${kind} at ${width} px: no overflow, no English word, no console error`, async () => {
          await open(`/${lang}-${kind}.html`, width);
          const ready = {
            compare: 'tip-comparison li.row',
            trend: 'tip-comparison li.multiple',
            bad: 'tip-comparison .problems li',
          }[kind];
          await page.locator(ready).first().waitFor();
          if (kind !== 'bad') {
            // One "Source" open, so its words (and the English quote's label) are checked too.
            await page.locator('tip-comparison details.source summary').first().click();
            await page.locator('tip-comparison details.source figure').first().waitFor();
          }
          const { text, lang: rootLang } = await translatedText();
          expect(rootLang).toBe(lang);
          // Any word of the English catalog, not only the UI's: a tier, a note, «(waiver)».
          expect(englishWordsIn(text)).toEqual([]);
          if (kind === 'bad') {
            // The message names the attribute and value and what is allowed, in the language.
            const items = await page.locator('tip-comparison .problems li').allTextContents();
            const all = items.join('\n');
            expect(all).toContain('view "pie"');
            expect(all).toContain('chart, table, trend');
            expect(all).toContain('20x');
            expect(all).toContain('nope');
            // The words came with the language's own catalog, not the English words chunk.
            expect(widgetFiles).toContain(`widget-${lang}-catalog.js`);
            expect(widgetFiles).not.toContain('widget-english-rest.js');
          }
          expect(await layoutProblems()).toEqual([]);
          if (width === 320 || kind !== 'bad') {
            await screenshot(page, `locale-${lang}-${kind}-${width}`);
          }
          if (width === 320 && kind !== 'bad') {
            // The first screenful too, at full size: the full page is too tall to read at once.
            await screenshot(page, `locale-${lang}-${kind}-${width}-top`, { fullPage: false });
          }
          if (width === 320 && kind === 'trend') {
            // The legend and the tier timeline, which the first screenful does not reach.
            await page.locator('tip-comparison .timeline').scrollIntoViewIfNeeded();
            await screenshot(page, `locale-${lang}-${kind}-${width}-legend`, { fullPage: false });
          }
        });
      }
    }
  });
}
