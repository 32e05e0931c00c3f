import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { AppEnv } from '../src/env.js';
import { acceptedLocale } from '../src/locale.js';
import { nodeOptions } from '../src/node.js';
import { ResponseCache } from '../src/response-cache.js';
import { responseCacheSuite } from './response-cache-suite.js';

responseCacheSuite('Node', nodeOptions());

describe('ResponseCache', () => {
  it('needs no declaration: the first answer at any address is kept, the second replayed', async () => {
    const cache = new ResponseCache();
    const app = createApp({ cache });
    const address = '/v1/reports/aze-2018/compare?from=2016&to=2017';
    const ok = await app.request(address);
    const etag = ok.headers.get('ETag') as string;
    await app.request(address, { headers: { 'If-None-Match': etag } });
    const again = await app.request(address);
    const notModified = await app.request(address, { headers: { 'If-None-Match': etag } });
    expect([again.status, notModified.status]).toEqual([200, 304]);
    expect(cache.replayed).toBe(2);
  });

  it('writes the request log line for a replayed answer', async () => {
    const lines: string[] = [];
    const cache = new ResponseCache();
    const app = createApp({ cache, log: (line) => lines.push(line) });
    await app.request('/v1/reports/aze-2018/metrics');
    await app.request('/v1/reports/aze-2018/metrics');
    expect(cache.replayed).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^GET \/v1\/reports\/aze-2018\/metrics 200 \d+\.\dms$/);
  });

  it('is bounded: odd Accept values cannot grow it past its limit', async () => {
    const cache = new ResponseCache(8);
    const app = createApp({ cache });
    for (let i = 0; i < 50; i++) {
      await app.request('/v1/reports', { headers: { Accept: `application/json; x=${i}` } });
    }
    expect(cache.size).toBe(8);
  });

  // A small app of its own, because the API's answers never do these things.
  function appAnswering(headers: Record<string, string>) {
    const cache = new ResponseCache();
    const app = new Hono<AppEnv>();
    app.use(requestId());
    app.use(cache.middleware());
    app.get('/thing', (c) => c.body('same bytes', 200, headers));
    return { app, cache };
  }
  const PUBLIC = { 'Cache-Control': 'public, max-age=60' };

  it.each([
    [
      'depends on another request header (Vary: Origin)',
      { ...PUBLIC, ETag: '"a"', Vary: 'Origin' },
    ],
    ['says it varies on anything (Vary: *)', { ...PUBLIC, ETag: '"a"', Vary: '*' }],
    ['sets a cookie', { ...PUBLIC, ETag: '"a"', 'Set-Cookie': 'session=1' }],
    ['has no validator', PUBLIC],
    ['has only a weak validator', { ...PUBLIC, ETag: 'W/"a"' }],
    ['is not public', { ETag: '"a"', 'Cache-Control': 'private, max-age=60' }],
    ['says no-store', { ETag: '"a"', 'Cache-Control': 'no-store' }],
  ])('never replays an answer that %s', async (_, headers) => {
    const { app, cache } = appAnswering(headers);
    await app.request('/thing');
    const again = await app.request('/thing');
    expect(again.status).toBe(200);
    expect(cache.replayed).toBe(0);
  });

  it('replays an answer that varies on Accept only for the Accept it was recorded with', async () => {
    const { app, cache } = appAnswering({ ...PUBLIC, ETag: '"a"', Vary: 'Accept' });
    await app.request('/thing', { headers: { Accept: 'text/csv' } });
    await app.request('/thing', { headers: { Accept: 'application/json' } });
    expect(cache.replayed).toBe(0);
    await app.request('/thing', { headers: { Accept: 'text/csv' } });
    expect(cache.replayed).toBe(1);
  });

  it('replays an answer that varies on Accept-Language only where the header selects its locale', async () => {
    const cache = new ResponseCache();
    const app = new Hono<AppEnv>();
    app.use(requestId());
    app.use(cache.middleware());
    app.get('/thing', (c) => {
      const locale = acceptedLocale(c);
      return c.body(`in ${locale}`, 200, {
        ...PUBLIC,
        ETag: `"${locale}"`,
        'Content-Language': locale,
        Vary: 'Accept, Accept-Language',
      });
    });
    const ask = async (language?: string) => {
      const res = await app.request('/thing', {
        headers: language === undefined ? {} : { 'Accept-Language': language },
      });
      return res.text();
    };
    expect(await ask('ru-RU,ru;q=0.9')).toBe('in ru');
    expect(await ask()).toBe('in en');
    expect(cache.replayed).toBe(0);
    expect(await ask('en-GB')).toBe('in en');
    expect(await ask('ru')).toBe('in ru');
    expect(await ask('fr, ru;q=0.2')).toBe('in ru');
    expect(await ask('az')).toBe('in az');
    expect(cache.replayed).toBe(3);
    expect(await ask('az-AZ')).toBe('in az');
    expect(cache.replayed).toBe(4);
  });

  it('keeps a different answer for another query and another origin', async () => {
    const { app, cache } = appAnswering({ ...PUBLIC, ETag: '"a"' });
    await app.request('/thing?extra=1');
    await app.request('http://other.example/thing');
    await app.request('/thing');
    expect(cache.replayed).toBe(0);
    await app.request('/thing?extra=1');
    expect(cache.replayed).toBe(1);
  });
});
