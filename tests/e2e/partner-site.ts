import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { collectErrors, launchChromium } from '../support/chromium.js';
import { type Partner, type Running, startApi, startPartner } from './servers.js';

const screenshots = new URL('screenshots/', import.meta.url);

/** One page opened on the partner's site, in a fresh browser context. */
export interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions on the page (CSP violations included). */
  errors: string[];
  /** The widget's files the page asked for (widget.js and its chunks), by file name. */
  widgetFiles: string[];
  /** Every path the page asked for, on any origin (the API's /v1 calls included). */
  paths: string[];
}

export interface OpenOptions {
  width?: number;
  dark?: boolean;
  /** Playwright's default timeout for the page, in ms. */
  timeout?: number;
  /** Browser permissions for the partner's origin (e.g. reading back what was copied). */
  permissions?: string[];
  /** Run on the page before it is opened: to hold a file back with `page.route`, say. */
  prepare?: (page: Page) => Promise<void>;
}

/** The widget's file (widget.js or one of its chunks) a URL asks for, by file name. */
export const widgetFile = (url: string): string | undefined =>
  /\/(widget[\w-]*\.js)$/.exec(new URL(url).pathname)?.[1];

/**
 * For one test file: the real API, a partner's site of another origin with a strict CSP serving
 * `pages` (built from the API's origin), and Chromium, started once. Each `open` is a fresh
 * context, closed after its test, and every test ends with no error on its page.
 */
export function partnerSite(pages: (apiOrigin: string) => Record<string, string>) {
  let api: Running | undefined;
  let partner: Partner | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let visit: Visit | undefined;

  beforeAll(async () => {
    api = await startApi();
    partner = await startPartner(api.origin, pages(api.origin));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await partner?.close();
    await api?.close();
  });

  afterEach(async () => {
    // No console errors and no uncaught exceptions on the partner page, CSP violations included.
    expect(visit?.errors ?? []).toEqual([]);
    await context?.close();
    context = undefined;
    visit = undefined;
  });

  const started = <T>(thing: T | undefined): T => {
    if (thing === undefined) throw new Error('the partner site is used before beforeAll');
    return thing;
  };

  return {
    /** The API: widget.js, /embed, /oembed and /v1. */
    get api(): Running {
      return started(api);
    },
    /** The partner's site that embeds the widget. */
    get partner(): Partner {
      return started(partner);
    },
    /** Opens `path` on the partner's site in a fresh context (closing the previous one). */
    async open(path: string, options: OpenOptions = {}): Promise<Visit> {
      await context?.close();
      context = await started(browser).newContext({
        viewport: { width: options.width ?? 900, height: 900 },
        colorScheme: options.dark ? 'dark' : 'light',
        acceptDownloads: true,
        permissions: options.permissions ?? [],
      });
      const page = await context.newPage();
      page.setDefaultTimeout(options.timeout ?? 30_000);
      const widgetFiles: string[] = [];
      const paths: string[] = [];
      page.on('request', (request) => {
        paths.push(new URL(request.url()).pathname);
        const file = widgetFile(request.url());
        if (file) widgetFiles.push(file);
      });
      visit = { page, errors: collectErrors(page), widgetFiles, paths };
      await options.prepare?.(page);
      await page.goto(`${started(partner).origin}${path}`);
      return visit;
    },
  };
}

/** A screenshot into e2e/screenshots/, for a person to look at; the whole page unless told. */
export const screenshot = (page: Page, name: string, options: { fullPage?: boolean } = {}) =>
  page.screenshot({
    path: new URL(`${name}.png`, screenshots).pathname,
    fullPage: options.fullPage ?? true,
  });
