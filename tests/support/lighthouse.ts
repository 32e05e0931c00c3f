// Lighthouse (mobile, its defaults: a mid-range phone on a throttled network), as integrators and
// partners run it: on our landing page and on a partner's page that embeds the widget. Shared by
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
] as const;
export type AuditedPage = (typeof auditedPages)[number];

export interface AuditSite {
  audit: (page: AuditedPage) => Promise<LighthouseResult>;
  close: () => Promise<void>;
}

/** The API and a partner's article that embeds the default widget, ready to be audited. */
export async function startAuditSite(): Promise<AuditSite> {
  const api: Running = await startApi();
  const partner: Running = await startPartner(api.origin, {
    '/article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A partner's article with the comparison embedded.">
<title>Partner article</title>
<script type="module" src="${api.origin}/widget.js"></script>
</head><body><main><h1>Partner newsroom</h1>
<p>Did Azerbaijan identify more victims in 2017 than in 2016?</p>
<tip-comparison></tip-comparison>
<p>The text after the widget, which must not move when it renders.</p></main></body></html>`,
  });
  const dir = mkdtempSync(join(tmpdir(), 'tip-lighthouse-'));
  let runs = 0;
  return {
    // Asynchronous on purpose: the partner's server runs in this process, and a synchronous
    // child would block the event loop that has to answer Lighthouse's requests.
    async audit(page) {
      const url = `${(page.server === 'api' ? api : partner).origin}${page.path}`;
      const out = join(dir, `${runs++}.json`);
      await promisify(execFile)(
        lighthouse,
        [
          url,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          '--only-categories=performance,best-practices',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
      );
      return JSON.parse(readFileSync(out, 'utf8')) as LighthouseResult;
    },
    async close() {
      await partner.close();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
