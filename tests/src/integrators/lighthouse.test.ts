// Lighthouse (mobile, its defaults: a mid-range phone on a throttled network), as integrators and
// partners run it: on our landing page and on a partner's page that embeds the widget. The
// widget must not shift either page (CLS), the pages must score well, and nothing may log an
// error to the console.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startApi, startPartner } from '../../e2e/servers.js';

const lighthouse = new URL('../../node_modules/.bin/lighthouse', import.meta.url).pathname;

interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { items?: { description?: string; source?: string }[] };
}
interface Result {
  categories: { performance: { score: number } };
  audits: Record<string, Audit>;
}

let api: Running;
let partner: Running;
let dir: string;

beforeAll(async () => {
  api = await startApi();
  partner = await startPartner(api.origin, {
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
  dir = mkdtempSync(join(tmpdir(), 'tip-lighthouse-'));
});

afterAll(async () => {
  await partner?.close();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Asynchronous on purpose: the partner's server runs in this process, and a synchronous child
// would block the event loop that has to answer Lighthouse's requests.
async function audit(url: string): Promise<Result> {
  const out = join(dir, `${encodeURIComponent(url)}.json`);
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
  return JSON.parse(readFileSync(out, 'utf8')) as Result;
}

describe.each([
  ['our landing page', () => `${api.origin}/`],
  ['a partner page with the widget', () => `${partner.origin}/article.html`],
])('Lighthouse (mobile) on %s', (_, url) => {
  let result: Result;
  beforeAll(async () => {
    result = await audit(url());
  }, 180_000);

  it('nothing shifts: cumulative layout shift ≤ 0.1', () => {
    expect(result.audits['cumulative-layout-shift']?.numericValue).toBeLessThanOrEqual(0.1);
  });

  it('performance ≥ 95, text compressed', () => {
    expect(result.audits['uses-text-compression']?.score).toBe(1);
    expect(result.categories.performance.score).toBeGreaterThanOrEqual(0.95);
  });

  it('no console error', () => {
    const errors = result.audits['errors-in-console'];
    // The audit ran: a renamed or skipped one would otherwise read as no error.
    expect(errors?.details?.items).toBeDefined();
    expect(errors?.details?.items ?? []).toEqual([]);
  });
});
