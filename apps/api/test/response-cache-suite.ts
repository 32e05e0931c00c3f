// The response cache (src/response-cache.ts) held to the uncached path: for every address the
// contract asks, in each Accept and Accept-Encoding, a cached answer must be the very answer the
// full app gives, apart from the request id. response-cache.test.ts runs it in Node (with Node's
// compressor and static files); response-cache.workerd.test.ts inside workerd.
import { reports, series } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { type AppOptions, createApp } from '../src/app.js';
import { ResponseCache } from '../src/response-cache.js';
import type { AssetFetcher } from '../src/static-files.js';
import { contractCases } from './contract-suite.js';

type Answer = { status: number; headers: Record<string, string>; body: string };

async function read(response: Response): Promise<Answer> {
  const headers = Object.fromEntries(response.headers);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Bytes, not text: a compressed body must be the same bytes too.
  return {
    status: response.status,
    headers,
    body: Array.from(bytes, (b) => b.toString(16)).join(''),
  };
}

/** Everything but the id, which is each request's own. */
const withoutId = ({ headers: { 'x-request-id': _, ...headers }, ...rest }: Answer) => ({
  ...rest,
  headers,
});

const ids = new Set<string>([
  ...reports.flatMap((r) => [r.id, ...r.metrics.map((m) => m.id), ...r.topics.map((t) => t.id)]),
  ...series.flatMap((s) => [s.id, ...s.metrics.map((m) => m.id), ...s.topics.map((t) => t.id)]),
]);
const shapeOf = (value: string) =>
  value
    .split(',')
    .map((part) => (ids.has(part) ? ':id' : /^\d+$/.test(part) ? ':n' : part))
    .join(',');

/**
 * What kind of answer an address asks for: its route with ids and numbers as placeholders, and
 * its query parameters' names with their values' shapes (so `format=csv` and each `lang` stay
 * kinds of their own). Ids come from core's data, so a new report adds no kind.
 */
export function addressKind(address: string): string {
  const url = new URL(address, 'http://localhost');
  const route = url.pathname.split('/').map(shapeOf).join('/');
  const query = [...url.searchParams]
    .map(([name, value]) => `${name}=${shapeOf(value)}`)
    .sort()
    .join('&');
  return `${route}?${query}`;
}

function oneOfEachKind(addresses: readonly string[]): string[] {
  const byKind = new Map<string, string>();
  for (const address of addresses) {
    const kind = addressKind(address);
    if (!byKind.has(kind)) byKind.set(kind, address);
  }
  return [...byKind.values()];
}

export function responseCacheSuite(
  runtime: string,
  options: Omit<AppOptions, 'cache'> = {},
  env?: { ASSETS: AssetFetcher },
): void {
  describe(`cached answers (${runtime})`, () => {
    const cache = new ResponseCache();
    const fast = createApp({ ...options, cache });
    const reference = createApp({ ...options, cache: false });
    const ask = (app: typeof fast, path: string, init?: RequestInit) =>
      app.request(path, init, env);
    const everyAddress = [
      ...new Set(
        contractCases
          .filter((c) => c.status === 200 && c.method === undefined && c.headers === undefined)
          .map((c) => c.path),
      ),
    ];
    // One address of each kind by default, where a kind is the route and its query's shape (see
    // addressKind): the property is about how the cache keys and replays an answer, which is the
    // same for every id of a route, and the whole sweep is several times slower on a loaded
    // 2-core machine. RESPONSE_CACHE_SWEEP=all (`pnpm --filter @tip-report/api cache-sweep`)
    // runs every address.
    const sweepAll = globalThis.process?.env?.RESPONSE_CACHE_SWEEP === 'all';
    const addresses = sweepAll ? everyAddress : oneOfEachKind(everyAddress);

    it('the sample covers every kind of address the contract asks', () => {
      expect(everyAddress.length).toBeGreaterThan(60);
      const kinds = new Set(everyAddress.map(addressKind));
      expect(new Set(addresses.map(addressKind))).toEqual(kinds);
      // Kinds that must be told apart, or the sample would skip a representation or a locale.
      for (const kind of [
        '/v1/reports/:id/metrics?',
        '/v1/reports/:id/metrics?format=csv',
        '/v1/reports/:id/compare?from=:n&lang=ru&to=:n',
        '/v1/series/:id/compare?format=csv&from=:n&to=:n',
        '/widget.js?',
      ])
        expect(kinds, kind).toContain(kind);
    });

    it('an address of each kind, for each Accept and Accept-Encoding and with its ETag, replays the middleware answer', async () => {
      let expectedReplays = 0;
      for (const address of addresses) {
        for (const [accept, encoding] of [
          [undefined, undefined],
          ['*/*', 'gzip, deflate, br'],
          ['application/json', 'gzip'],
          ['text/csv', undefined],
        ] as const) {
          const headers: Record<string, string> = {
            ...(accept ? { Accept: accept } : {}),
            ...(encoding ? { 'Accept-Encoding': encoding } : {}),
          };
          const expected = await read(await ask(reference, address, { headers }));
          expect(expected.status, address).toBe(200);
          const recorded = await read(await ask(fast, address, { headers }));
          const replayed = await read(await ask(fast, address, { headers }));
          expect(withoutId(recorded), `${address} ${accept}`).toEqual(withoutId(expected));
          expect(withoutId(replayed), `${address} ${accept}`).toEqual(withoutId(expected));
          if (!/public/.test(expected.headers['cache-control'] ?? '')) continue;
          expect(replayed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
          expect(replayed.headers['x-request-id']).not.toBe(recorded.headers['x-request-id']);

          const revalidate = { ...headers, 'If-None-Match': expected.headers.etag as string };
          const notModified = await read(await ask(reference, address, { headers: revalidate }));
          expect(notModified.status).toBe(304);
          await ask(fast, address, { headers: revalidate });
          const replayed304 = await read(await ask(fast, address, { headers: revalidate }));
          expect(withoutId(replayed304), `${address} ${accept} 304`).toEqual(
            withoutId(notModified),
          );
          expectedReplays += 2;
        }
      }
      // The comparisons above would pass with no replays at all; this proves they happened.
      expect(cache.replayed).toBe(expectedReplays);
    });

    it('HEAD replays the headers of GET without a body', async () => {
      const address = '/v1/reports/aze-2018/compare?from=2016&to=2017';
      const get = await read(await ask(reference, address));
      await ask(fast, address);
      const before = cache.replayed;
      const head = await read(await ask(fast, address, { method: 'HEAD' }));
      expect(cache.replayed).toBe(before + 1);
      expect(head.body).toBe('');
      expect(withoutId(head).headers).toEqual(withoutId(get).headers);
    });

    it('a HEAD first never leaves an empty body for the GET after it', async () => {
      const headFirst = new ResponseCache();
      const app = createApp({ ...options, cache: headFirst });
      for (const address of ['/widget.js', '/v1/reports/aze-2018/metrics', '/embed']) {
        const head = await app.request(address, { method: 'HEAD' }, env);
        expect(await head.text(), address).toBe('');
        const expected = await read(await ask(reference, address));
        const get = await read(await app.request(address, {}, env));
        expect(withoutId(get), address).toEqual(withoutId(expected));
      }
    });

    it('answers in the locale Accept-Language selects, keyed on that locale, not the text', async () => {
      const address = '/v1/reports/aze-2018/metrics';
      const ru = await (
        await ask(reference, address, { headers: { 'Accept-Language': 'ru' } })
      ).text();
      const en = await (await ask(reference, address)).text();
      for (const [language, body] of [
        ['ru-RU,ru;q=0.9', ru],
        ['en-GB', en],
        ['fr, ru;q=0.2', ru],
        ['ru', ru],
      ] as const) {
        const res = await ask(fast, address, { headers: { 'Accept-Language': language } });
        expect(await res.text(), language).toBe(body);
      }
    });

    it('echoes a safe X-Request-Id on a replay and replaces an unsafe one', async () => {
      const address = '/v1/reports';
      await ask(fast, address);
      const before = cache.replayed;
      const echoed = await ask(fast, address, { headers: { 'X-Request-Id': 'partner-42' } });
      const unsafe = await ask(fast, address, { headers: { 'X-Request-Id': 'a b' } });
      expect(cache.replayed).toBe(before + 2);
      expect(echoed.headers.get('X-Request-Id')).toBe('partner-42');
      expect(unsafe.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('weak, listed, * and stale validators take the middleware path, with its answers', async () => {
      const address = '/v1/reports/aze-2018/metrics';
      const tag = (await ask(fast, address)).headers.get('ETag') as string;
      await ask(fast, address, { headers: { 'If-None-Match': tag } });
      const before = cache.replayed;
      for (const [ifNoneMatch, status] of [
        [`W/${tag}`, 304],
        [`"other", ${tag}`, 304],
        ['*', 304],
        ['"stale"', 200],
      ] as const) {
        const headers = { 'If-None-Match': ifNoneMatch };
        const expected = await read(await ask(reference, address, { headers }));
        const answer = await read(await ask(fast, address, { headers }));
        expect(answer.status, ifNoneMatch).toBe(status);
        expect(withoutId(answer), ifNoneMatch).toEqual(withoutId(expected));
      }
      expect(cache.replayed).toBe(before);
    });

    it('never keeps what its headers say is not to be kept: no-store, problems', async () => {
      const before = cache.replayed;
      for (const address of [
        '/healthz',
        '/v1/reports/zzz-1999',
        '/v1/reports/aze-2018/metrics?year=1',
      ]) {
        await ask(fast, address);
        await ask(fast, address);
      }
      expect(cache.replayed).toBe(before);
    });

    it('still answers a CORS preflight at an address it replays', async () => {
      const address = '/v1/reports/aze-2018/metrics';
      await ask(fast, address);
      const res = await ask(fast, address, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://partner.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'If-None-Match',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS');
      expect(res.headers.get('Access-Control-Allow-Headers')).toBe('If-None-Match');
    });

    it('other methods at a replayed address are still 405 problems', async () => {
      const address = '/v1/reports/aze-2018/metrics';
      await ask(fast, address);
      const res = await ask(fast, address, { method: 'DELETE' });
      expect(res.status).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    });
  });
}
