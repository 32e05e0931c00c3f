// The replayed answers (precomputed-answers.ts) held to the middleware path: for every declared
// address, a replay must be the very answer the full app gives, apart from the request id.
// precomputed-answers.test.ts runs it in Node; precomputed-answers.workerd.test.ts inside workerd.
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { PrecomputedAnswers } from './precomputed-answers.js';

type Answer = { status: number; headers: Record<string, string>; body: string };

async function read(response: Response): Promise<Answer> {
  const headers = Object.fromEntries(response.headers);
  return { status: response.status, headers, body: await response.text() };
}

/** Everything but the id, which is each request's own. */
const withoutId = ({ headers: { 'x-request-id': _, ...headers }, ...rest }: Answer) => ({
  ...rest,
  headers,
});

export function precomputedAnswersSuite(runtime: string): void {
  describe(`replayed answers (${runtime})`, () => {
    const precomputed = new PrecomputedAnswers();
    const fast = createApp({ precomputed });
    const reference = createApp({ precomputed: false });

    it('every declared address, for each recorded Accept and with its ETag, replays the middleware answer', async () => {
      expect(precomputed.addresses.length).toBeGreaterThan(100);
      let expectedReplays = 0;
      for (const address of precomputed.addresses) {
        for (const accept of [undefined, '*/*', 'application/json', 'text/csv']) {
          const headers: Record<string, string> = accept ? { Accept: accept } : {};
          const expected = await read(await reference.request(address, { headers }));
          expect(expected.status, address).toBe(200);
          const recorded = await read(await fast.request(address, { headers }));
          const replayed = await read(await fast.request(address, { headers }));
          expect(withoutId(recorded), `${address} ${accept}`).toEqual(withoutId(expected));
          expect(withoutId(replayed), `${address} ${accept}`).toEqual(withoutId(expected));
          expect(replayed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
          expect(replayed.headers['x-request-id']).not.toBe(recorded.headers['x-request-id']);

          const revalidate = { ...headers, 'If-None-Match': expected.headers.etag as string };
          const notModified = await read(await reference.request(address, { headers: revalidate }));
          expect(notModified.status).toBe(304);
          await fast.request(address, { headers: revalidate });
          const replayed304 = await read(await fast.request(address, { headers: revalidate }));
          expect(withoutId(replayed304), `${address} ${accept} 304`).toEqual(
            withoutId(notModified),
          );
          expectedReplays += 2;
        }
      }
      // The comparisons above would pass with no replays at all; this proves they happened.
      expect(precomputed.replayed).toBe(expectedReplays);
    });

    it('HEAD replays the headers of GET without a body', async () => {
      const address = '/v1/reports/aze-2018/compare?from=2016&to=2017';
      const get = await read(await reference.request(address));
      const before = precomputed.replayed;
      const head = await read(await fast.request(address, { method: 'HEAD' }));
      expect(precomputed.replayed).toBe(before + 1);
      expect(head.body).toBe('');
      expect(withoutId(head).headers).toEqual(withoutId(get).headers);
    });

    it('echoes a safe X-Request-Id on a replay and replaces an unsafe one', async () => {
      const address = '/v1/reports';
      await fast.request(address);
      const before = precomputed.replayed;
      const echoed = await fast.request(address, { headers: { 'X-Request-Id': 'partner-42' } });
      const unsafe = await fast.request(address, { headers: { 'X-Request-Id': 'a b' } });
      expect(precomputed.replayed).toBe(before + 2);
      expect(echoed.headers.get('X-Request-Id')).toBe('partner-42');
      expect(unsafe.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('weak, listed, * and stale validators take the middleware path, with its answers', async () => {
      const address = '/v1/reports/aze-2018/metrics';
      const tag = (await fast.request(address)).headers.get('ETag') as string;
      await fast.request(address, { headers: { 'If-None-Match': tag } });
      const before = precomputed.replayed;
      for (const [ifNoneMatch, status] of [
        [`W/${tag}`, 304],
        [`"other", ${tag}`, 304],
        ['*', 304],
        ['"stale"', 200],
      ] as const) {
        const headers = { 'If-None-Match': ifNoneMatch };
        const expected = await read(await reference.request(address, { headers }));
        const answer = await read(await fast.request(address, { headers }));
        expect(answer.status, ifNoneMatch).toBe(status);
        expect(withoutId(answer), ifNoneMatch).toEqual(withoutId(expected));
      }
      expect(precomputed.replayed).toBe(before);
    });

    it('an Accept it does not record, and other spellings of a query, take the middleware path', async () => {
      const before = precomputed.replayed;
      for (const [address, headers] of [
        ['/v1/reports/aze-2018/metrics', { Accept: 'text/csv;q=0.9, application/json;q=0.1' }],
        ['/v1/reports/aze-2018/metrics', { Accept: 'text/html' }],
        ['/v1/reports/aze-2018/compare?to=2017&from=2016', {}],
      ] as const) {
        const expected = await read(await reference.request(address, { headers }));
        await fast.request(address, { headers });
        const answer = await read(await fast.request(address, { headers }));
        expect(withoutId(answer), address).toEqual(withoutId(expected));
      }
      expect(precomputed.replayed).toBe(before);
    });

    it('still answers a CORS preflight at an address it replays', async () => {
      const address = '/v1/reports/aze-2018/metrics';
      await fast.request(address);
      const res = await fast.request(address, {
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
      await fast.request(address);
      const res = await fast.request(address, { method: 'DELETE' });
      expect(res.status).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    });
  });
}
