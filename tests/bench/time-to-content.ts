// How long after navigation the widget's figures appear on a page, against a trivial module
// script on the same kind of page, in real Chromium: paired rounds, fresh browser context (cold
// HTTP cache) for every load, medians. Used by `pnpm bench`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { median, pairedRounds, quantile } from './paired-rounds.js';

export interface TimeToContent {
  trivialMs: number;
  widgetMs: number;
  /** Median of the per-round differences widget − trivial. */
  differenceMs: number;
  /** The middle half of those differences (first and third quartiles): how far one run can be trusted. */
  middleHalfMs: [number, number];
  rounds: number;
}

/** The partner's two pages: one with the widget from the API's origin, one with a trivial module. */
export function pages(apiOrigin: string): Record<string, { type: string; body: string }> {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>';
  return {
    '/trivial.html': {
      type: 'text/html',
      body: `${head}<script type="module" src="/trivial.js"></script></head><body><main></main></body></html>`,
    },
    '/trivial.js': {
      type: 'text/javascript',
      body: "const v = document.createElement('span'); v.className = 'value'; v.textContent = '71'; document.querySelector('main').append(v);",
    },
    '/widget.html': {
      type: 'text/html',
      body: `${head}<script type="module" src="${apiOrigin}/widget.js"></script></head><body><main><tip-comparison></tip-comparison></main></body></html>`,
    },
  };
}

/** What the page's observer writes to the console when content appears, followed by the time. */
const CONTENT_AT = 'tip-report content at ';

/**
 * What counts as there, in the page or any shadow root: `content` is a figure (`.value`, which the
 * trivial module inserts too); `live` is a figure of the live widget (its `.tip` no longer busy)
 * or the trivial module's, so the first view drawn at build time is not counted.
 */
export const moments = {
  content: '.value',
  live: '.tip:not([aria-busy]) .value, main > .value',
} as const;
export type Moment = keyof typeof moments;

// A string, not a function: a bundler's helpers (esbuild's __name) would not exist in the page.
const watchFor = (selector: string) => `
  const watch = (root) =>
    new MutationObserver(() => {
      if (window.contentAt === undefined && root.querySelector(${JSON.stringify(selector)})) {
        window.contentAt = performance.now();
        console.debug(${JSON.stringify(CONTENT_AT)} + window.contentAt);
      }
    }).observe(root, { childList: true, subtree: true });
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
`;

/**
 * Milliseconds from navigation start until the moment (a figure, unless told) is inserted into
 * the page or into any shadow root, in a fresh browser context (cold HTTP cache), recorded in the
 * page by mutation observers set up before any script runs (so the time is when the DOM changed,
 * not when a poll from outside happened to look).
 *
 * The page says it on the console, which the browser reports with no script of ours in the page.
 * Waiting with `page.waitForFunction` instead puts Playwright's injected script into the page
 * while it loads: a 25–35 ms task on this machine's main thread that landed inside the widget's
 * load and made the trivial page's content 25 ms later than it is (median 94 against 69 ms).
 */
export async function contentAt(
  browser: Browser,
  url: string,
  moment: Moment = 'content',
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchFor(moments[moment]));
  const said = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(CONTENT_AT),
    timeout: 10_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = Number((await said).text().slice(CONTENT_AT.length));
  await context.close();
  return ms;
}

/**
 * 31 rounds by default: with 7, two runs minutes apart on this machine gave +59 and +85 ms (the
 * per-round differences spread over ±20 ms), so a 60 ms budget passed or failed by chance.
 */
export async function timeToContent(
  apiOrigin: string,
  rounds = 31,
  moment: Moment = 'content',
): Promise<TimeToContent> {
  const files = pages(apiOrigin);
  const server: Server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': `${file.type}; charset=utf-8` }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const load = (path: string) => contentAt(browser, `${origin}${path}`, moment);
  try {
    await load('/widget.html'); // warm-up: the server's first answers
    const { a: trivial, b: widget } = await pairedRounds(
      rounds,
      () => load('/trivial.html'),
      () => load('/widget.html'),
    );
    const differences = widget.map((w, i) => w - (trivial[i] as number));
    return {
      trivialMs: median(trivial),
      widgetMs: median(widget),
      differenceMs: median(differences),
      middleHalfMs: [quantile(differences, 0.25), quantile(differences, 0.75)],
      rounds,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
