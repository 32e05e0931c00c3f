import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import type { AppEnv } from './env.js';
import { acceptedLocale } from './locale.js';
import { PrecomputedAnswers } from './precomputed-answers.js';
import { precomputedAnswersSuite } from './precomputed-answers-suite.js';

precomputedAnswersSuite('Node');

describe('PrecomputedAnswers', () => {
  it('prime records every declared address, so the first caller already gets a replay', async () => {
    const precomputed = new PrecomputedAnswers();
    const app = createApp({ precomputed });
    await precomputed.prime(app);
    const before = precomputed.replayed;
    const ok = await app.request('/v1/reports/aze-2018/compare?from=2016&to=2017');
    const etag = ok.headers.get('ETag') as string;
    const notModified = await app.request('/v1/reports/aze-2018/compare?from=2016&to=2017', {
      headers: { 'If-None-Match': etag },
    });
    expect([ok.status, notModified.status]).toEqual([200, 304]);
    expect(precomputed.replayed).toBe(before + 2);
  });

  it('writes the request log line for a replayed answer', async () => {
    const lines: string[] = [];
    const precomputed = new PrecomputedAnswers();
    const app = createApp({ precomputed, log: (line) => lines.push(line) });
    await app.request('/v1/reports/aze-2018/metrics');
    await app.request('/v1/reports/aze-2018/metrics');
    expect(precomputed.replayed).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^GET \/v1\/reports\/aze-2018\/metrics 200 \d+\.\dms$/);
  });

  // A small app of its own, because the API's answers never do these things.
  function appAnswering(headers: Record<string, string>) {
    const precomputed = new PrecomputedAnswers();
    const app = new Hono<AppEnv>();
    app.use(requestId());
    app.use(precomputed.middleware());
    app.get('/thing', (c) => c.body('same bytes', 200, headers));
    precomputed.add('/thing');
    return { app, precomputed };
  }

  it.each([
    ['depends on another request header (Vary: Origin)', { ETag: '"a"', Vary: 'Origin' }],
    ['says it varies on anything (Vary: *)', { ETag: '"a"', Vary: '*' }],
    ['sets a cookie', { ETag: '"a"', 'Set-Cookie': 'session=1' }],
    ['has no validator', {}],
  ])('never replays an answer that %s', async (_, headers) => {
    const { app, precomputed } = appAnswering(headers);
    await app.request('/thing');
    const again = await app.request('/thing');
    expect(again.status).toBe(200);
    expect(precomputed.replayed).toBe(0);
  });

  it('replays an answer that varies on Accept only for the Accept it was recorded with', async () => {
    const { app, precomputed } = appAnswering({ ETag: '"a"', Vary: 'Accept' });
    await app.request('/thing', { headers: { Accept: 'text/csv' } });
    await app.request('/thing', { headers: { Accept: 'application/json' } });
    expect(precomputed.replayed).toBe(0);
    await app.request('/thing', { headers: { Accept: 'text/csv' } });
    expect(precomputed.replayed).toBe(1);
  });

  it('replays an answer that varies on Accept-Language only where the header selects its locale', async () => {
    const precomputed = new PrecomputedAnswers();
    const app = new Hono<AppEnv>();
    app.use(requestId());
    app.use(precomputed.middleware());
    app.get('/thing', (c) => {
      const locale = acceptedLocale(c);
      return c.body(`in ${locale}`, 200, {
        ETag: `"${locale}"`,
        'Content-Language': locale,
        Vary: 'Accept, Accept-Language',
      });
    });
    precomputed.add('/thing');
    const ask = async (language?: string) => {
      const res = await app.request('/thing', {
        headers: language === undefined ? {} : { 'Accept-Language': language },
      });
      return res.text();
    };
    expect(await ask('ru-RU,ru;q=0.9')).toBe('in ru');
    expect(await ask()).toBe('in en');
    expect(precomputed.replayed).toBe(0);
    expect(await ask('en-GB')).toBe('in en');
    expect(await ask('ru')).toBe('in ru');
    expect(await ask('fr, ru;q=0.2')).toBe('in ru');
    expect(await ask('az')).toBe('in az');
    expect(precomputed.replayed).toBe(3);
    expect(await ask('az-AZ')).toBe('in az');
    expect(precomputed.replayed).toBe(4);
  });

  it('answers only the declared addresses', async () => {
    const { app, precomputed } = appAnswering({ ETag: '"a"' });
    app.get('/other', (c) => c.body('x', 200, { ETag: '"b"' }));
    await app.request('/other');
    await app.request('/other');
    await app.request('/thing?extra=1');
    await app.request('/thing?extra=1');
    expect(precomputed.replayed).toBe(0);
  });
});
