import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Waits until the widget matched by `selector` has drawn its view (a chart, a table or a message
 * why not) and is no longer busy; sized for a loaded 2-core machine.
 */
export async function drawn(page: Page | Frame, selector = 'tip-comparison'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      const tip = root?.querySelector('.tip');
      return (
        !!tip &&
        tip.getAttribute('aria-busy') === null &&
        !!root?.querySelector('svg.chart, table, .problems[role=alert]')
      );
    },
    selector,
    { timeout: 30_000 },
  );
}

/** For expect.poll: its condition may take this long on a loaded 2-core machine (vitest's default is 1 s). */
export const poll = { timeout: 30_000 };

/** The widget's border box height, in CSS pixels. */
export const heightOf = (page: Page | Frame, selector = 'tip-comparison') =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);

/**
 * axe-core's violations on the page, shadow roots included, as "rule: targets". It is evaluated
 * through the DevTools protocol, which the page's CSP does not govern, so the CSP stays strict.
 */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (
      globalThis as unknown as {
        axe: { run: (context: Document) => Promise<unknown> };
      }
    ).axe.run(document),
  )) as { violations: { id: string; nodes: { target: unknown[] }[] }[] };
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/** The text of the widget's parts, by CSS selector inside its shadow root. */
export const textOf = (page: Page | Frame, part: string, selector = 'tip-comparison') =>
  page.locator(`${selector} ${part}`).first().textContent();
