// Lighthouse (mobile) as integrators and partners run it, on our landing page and on partner pages
// that embed the widget (its default view, and a series' trend). Only what is a property of the
// page is asserted: the widget must not shift any of them (CLS), text is compressed, and nothing
// logs an error to the console. The performance score and total blocking time depend on the
// host's speed at that moment, so `pnpm bench` measures them (tests/bench/bench.ts) and
// docs/benchmarks.md keeps their history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AuditSite,
  auditedPages,
  type LighthouseResult,
  startAuditSite,
} from '../../support/lighthouse.js';

let site: AuditSite;

beforeAll(async () => {
  site = await startAuditSite();
});

afterAll(async () => {
  await site?.close();
});

describe.each(auditedPages)('Lighthouse (mobile) on $name', (page) => {
  let result: LighthouseResult;
  beforeAll(async () => {
    result = await site.audit(page);
  }, 300_000);

  it('nothing shifts: cumulative layout shift ≤ 0.1', () => {
    const cls = result.audits['cumulative-layout-shift']?.numericValue;
    expect(cls).toBeTypeOf('number');
    expect(cls).toBeLessThanOrEqual(0.1);
  });

  it('text is compressed', () => {
    expect(result.audits['uses-text-compression']?.score).toBe(1);
  });

  it('no console error', () => {
    const errors = result.audits['errors-in-console'];
    // The audit ran: a renamed or skipped one would otherwise read as no error.
    expect(errors?.details?.items).toBeDefined();
    expect(errors?.details?.items ?? []).toEqual([]);
  });
});
