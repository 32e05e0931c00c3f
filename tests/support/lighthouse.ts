// Lighthouse (mobile, its defaults: a mid-range phone on a throttled network), as integrators and
// partners run it: on our landing page and on partner pages that embed the widget. Shared by
// the test (tests/src/integrators/lighthouse.test.ts: properties of the page, such as layout
// shift and console errors) and `pnpm bench` (the performance score and total blocking time,
// which depend on how fast the host is at that moment and so are measured, not asserted).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Running, startApi, startPartner } from '../e2e/servers.js';

const lighthouse = new URL('../node_modules/.bin/lighthouse', import.meta.url).pathname;

export interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { items?: { description?: string; source?: string }[] };
}
export interface LighthouseResult {
  categories: { performance: { score: number } };
  audits: Record<string, Audit>;
}

/** The pages Lighthouse is run on: on which server, at which path. */
export const auditedPages = [
  { name: 'our landing page', server: 'api', path: '/' },
  { name: 'a partner page with the widget', server: 'partner', path: '/article.html' },
  { name: 'a partner page with the trend', server: 'partner', path: '/trend.html' },
] as const;
export type AuditedPage = (typeof auditedPages)[number];

export interface AuditSite {
  audit: (page: AuditedPage) => Promise<LighthouseResult>;
  close: () => Promise<void>;
}

/** A partner's article around one embed, as its newsroom would write it. */
const article = (widgetOrigin: string, question: string, embed: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A partner's article with the comparison embedded.">
<title>Partner article</title>
<script type="module" src="${widgetOrigin}/widget.js"></script>
</head><body><main><h1>Partner newsroom</h1>
<p>${question}</p>
${embed}
<p>The text after the widget, which must not move when it renders.</p></main></body></html>`;

/**
 * The API and two partner articles, ready to be audited: one embeds the default widget (a
 * report's two years), one the trend of a series as the README's snippet writes it (the series'
 * data is a chunk of its own, so that page downloads more).
 */
export async function startAuditSite(): Promise<AuditSite> {
  const api: Running = await startApi();
  const partner: Running = await startPartner(api.origin, {
    '/article.html': article(
      api.origin,
      'Did Azerbaijan identify more victims in 2017 than in 2016?',
      '<tip-comparison></tip-comparison>',
    ),
    '/trend.html': article(
      api.origin,
      'How many victims did Azerbaijan identify, year by year?',
      '<tip-comparison series="aze-protection" view="trend"></tip-comparison>',
    ),
  });
  const dir = mkdtempSync(join(tmpdir(), 'tip-lighthouse-'));
  let runs = 0;
  return {
    // Asynchronous on purpose: the partner's server runs in this process, and a synchronous
    // child would block the event loop that has to answer Lighthouse's requests.
    async audit(page) {
      const url = `${(page.server === 'api' ? api : partner).origin}${page.path}`;
      const out = join(dir, `${runs++}.json`);
      const run = () =>
        promisify(execFile)(
          lighthouse,
          [
            url,
            '--output=json',
            `--output-path=${out}`,
            '--quiet',
            '--only-categories=performance,best-practices',
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
          ],
          {
            env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
          },
        );
      // Lighthouse's own transient failures (NO_NAVSTART: its trace missed the navigation, seen
      // here on a busy machine) end in "Please run Lighthouse again"; that is done, at most twice.
      // Any other failure, and a third transient one, fails the audit.
      for (let attempt = 1; ; attempt++) {
        try {
          await run();
          break;
        } catch (error) {
          const transient = String((error as { stderr?: unknown }).stderr).includes(
            'Please run Lighthouse again',
          );
          if (!transient || attempt === 3) throw error;
        }
      }
      return JSON.parse(readFileSync(out, 'utf8')) as LighthouseResult;
    },
    async close() {
      await partner.close();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
