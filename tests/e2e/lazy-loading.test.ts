// `loading="lazy"` (widget README, Attributes): a widget far down a page loads nothing and draws
// nothing until the reader comes near it; its frame keeps the height meanwhile, so nothing moves.
// The partner page's CSP refuses inline styles: the article's own paragraphs push the widget down.
import { describe, expect, it } from 'vitest';
import { partnerSite } from './partner-site.js';
import { drawn } from './widget-page.js';

const site = partnerSite((apiOrigin) => ({
  '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>
<script type="module" src="${apiOrigin}/widget.js"></script></head><body>
<main><h1>A long article</h1>${'<p>A paragraph of the article before the widget.</p>'.repeat(120)}
<tip-comparison loading="lazy"></tip-comparison><p id="after">After the widget.</p></main></body></html>`,
}));

describe('<tip-comparison loading="lazy">', () => {
  it('loads the live widget only when the reader scrolls near it, in its reserved height', async () => {
    const { page, widgetFiles } = await site.open('/', { width: 1000 });
    // The entry is in and the element defined: its busy frame holds the fixed height.
    await page.waitForFunction(() => !!document.querySelector('tip-comparison')?.shadowRoot);
    const frameHeight = await page.evaluate(
      () => document.querySelector('tip-comparison')?.getBoundingClientRect().height,
    );
    expect(frameHeight).toBe(540);
    // Far below the viewport, nothing more is fetched or drawn, however long one waits for the
    // page to settle.
    await page.waitForLoadState('networkidle');
    expect(widgetFiles.filter((file) => file.startsWith('widget-live'))).toEqual([]);
    const before = await page.evaluate(
      () => document.getElementById('after')?.getBoundingClientRect().top,
    );
    await page.locator('tip-comparison').scrollIntoViewIfNeeded();
    await drawn(page);
    expect(widgetFiles).toContain('widget-live-widget.js');
    // The text after it did not move when it drew.
    const scrolled = await page.evaluate(() => window.scrollY);
    const after = await page.evaluate(
      () => document.getElementById('after')?.getBoundingClientRect().top,
    );
    expect((after ?? 0) + scrolled).toBe(before);
  });
});
