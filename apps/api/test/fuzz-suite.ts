// Arbitrary requests, generated: real route words, ids and hostile ones, any method and a few
// headers. Run against the app in Node (test/fuzz.test.ts) and against the Worker in workerd
// (test/fuzz.workerd.test.ts): neither may ever answer a 5xx.
import { getReport, type Report } from '@tip-report/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * Sends one request, or answers null where the runtime cannot even build it (workerd's Request
 * refuses a method it does not know, such as FOO): no request ever reaches the app then.
 */
export type Send = (path: string, init: RequestInit) => Promise<Response> | Response | null;

const report = getReport('aze-2018') as Report;

// Pieces a path is made of: real route words, ids, and hostile ones.
const segment = fc.oneof(
  fc.constantFrom(
    'v1',
    'reports',
    'series',
    'aze-protection',
    'restatements',
    'aze-2018',
    'aze-2022',
    'AZE-2018',
    'xyz-1999',
    'metrics',
    'compare',
    'findings',
    'source',
    'citation',
    'oembed',
    'embed',
    'widget.js',
    'docs',
    'openapi.json',
    'healthz',
    'problems',
    'not-found',
    '..',
    '.',
    '%2e%2e',
    '%00',
    '%ff',
    '%E2%80%99',
    '',
    ' ',
    '%',
    ...report.metrics.map((m) => m.id),
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc
  .array(segment, { minLength: 0, maxLength: 6 })
  .map((parts) => `/${parts.join('/')}`);
const queryValue = fc.oneof(
  fc.constantFrom(
    '2016',
    '2017',
    '2015',
    '2021',
    '',
    'begging',
    'csv',
    'json',
    'bibtex',
    'funding',
    'negative',
    'victims.identified',
    'victims.identified,,',
    '%',
    '%zz',
    'http://localhost/embed',
    '0',
    '-1',
    '99999999999',
    'az',
    'ru',
    'en-US',
    'xx-YY',
  ),
  fc.string({ maxLength: 16 }),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'from',
        'to',
        'year',
        'topic',
        'stance',
        'ids',
        'format',
        'url',
        'maxwidth',
        'lang',
        'x',
      ),
      queryValue,
    ),
    { maxLength: 4 },
  )
  .map((pairs) =>
    pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '',
  );
const rawQuery = fc.constantFrom('', '?', '?&&', '?year', '?from=%', '?ids=%E0%A4%A', '?=x');
// TRACE and CONNECT are left out: the Fetch Request constructor refuses them before the app sees them.
const method = fc.constantFrom(
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'PROPFIND',
  'QUERY',
  'FOO',
);
const headerValue = fc.oneof(
  fc.constantFrom(
    '*',
    '"x"',
    'W/"x"',
    'text/csv',
    'text/*;q=0',
    '*/*;q=abc',
    'application/json;q=2',
    '',
  ),
  fc.string({ maxLength: 24 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);
const headers = fc.dictionary(
  fc.constantFrom(
    'Accept',
    'Accept-Language',
    'Accept-Encoding',
    'If-None-Match',
    'Origin',
    'X-Request-Id',
    'Access-Control-Request-Method',
    'Content-Type',
    'Range',
  ),
  headerValue,
  { maxKeys: 4 },
);

export function fuzzSuite(name: string, send: Send): void {
  describe(`arbitrary requests to ${name}`, () => {
    it('never get a 5xx, and every 4xx is problem+json with the RFC 9457 members', async () => {
      await fc.assert(
        fc.asyncProperty(path, fc.oneof(query, rawQuery), method, headers, async (p, q, m, h) => {
          const sent = send(`${p}${q}`, { method: m, headers: h });
          fc.pre(sent !== null);
          const res = await sent;
          expect(res.status, `${m} ${p}${q}`).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get('Content-Type')).toBe('application/problem+json');
            if (m !== 'HEAD') {
              const problem = await res.json();
              expect(problem).toMatchObject({
                type: expect.any(String),
                title: expect.any(String),
                status: res.status,
                detail: expect.any(String),
                instance: expect.any(String),
              });
            }
          }
        }),
        // Requests that once failed, tried first in every run. FUZZ_RUNS=30000 searches longer
        // (about 5 s) when you change routing or the problem answers.
        { numRuns: Number(process.env.FUZZ_RUNS ?? 400), examples: [['/embed', '', 'GET', {}]] },
      );
    });
  });
}
