import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatCases,
  type NumberFormatters,
  numberCases,
} from '../../packages/core/test/number-cases.js';
import { launchChromium } from '../support/chromium.js';

// Core's built modules (packages/core/dist, what `@tip-report/core/data` points at and the widget
// bundles) run in a real Chromium page, whose ICU data claims `az` and writes it as English. The
// page writes the shared cases with the same function Node and workerd use (its source is sent),
// and must give the same strings, typed once from the glossary.

const dist = new URL('../../packages/core/dist/', import.meta.url);
const expected = numberCases.map((c) => c.expected);

// The page loads core's zod-free entry, with the az and ru catalogs (the percent's no-break space
// is theirs) as the widget loads them, and format.js for its test hook: the same module instance.
const page$ = `<!doctype html><script type="module">
import * as core from './data.js';
import * as format from './format.js';
await core.loadLocale('az');
await core.loadLocale('ru');
Object.assign(window, { core, format });
</script>`;

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The page, and core's modules by their own relative imports.
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page$);
      return;
    }
    if (!/^\/[\w/.-]+\.js$/.test(path) || path.includes('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(new URL(path.slice(1), dist));
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'core' in window);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * The shared cases written in the page; `byRule` makes core distrust every language's Intl data,
 * as format.test.ts does in Node.
 */
function writeInPage(byRule: boolean): Promise<string[]> {
  return page.evaluate(
    ({ source, cases, byRule }) => {
      const { core, format } = window as unknown as {
        core: NumberFormatters;
        format: { setNumberProbe(check?: (language: string) => boolean): void };
      };
      format.setNumberProbe(byRule ? () => false : undefined);
      try {
        return new Function(`return (${source})`)()(core, cases) as string[];
      } finally {
        format.setNumberProbe();
      }
    },
    { source: formatCases.toString(), cases: numberCases, byRule },
  );
}

describe('numbers in Chromium', () => {
  it("core's built formatters: every shared case", async () => {
    await expect(writeInPage(false)).resolves.toEqual(expected);
  });

  it('every shared case by the rule alone, Intl distrusted for az, ru and en', async () => {
    await expect(writeInPage(true)).resolves.toEqual(expected);
  });
});
