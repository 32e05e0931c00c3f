import { describe, expect, it, vi } from 'vitest';
import { createApp } from './app.js';
import { PUBLIC_CACHE } from './header-policy.js';
import { nodeOptions } from './node.js';

const app = createApp(nodeOptions());
const metrics = '/v1/reports/aze-2018/metrics';

describe('caching', () => {
  it('every 200 has a strong ETag and the public cache policy', async () => {
    for (const path of [
      '/',
      '/v1/reports',
      metrics,
      '/v1/series',
      '/v1/series/aze-protection/metrics?topic=begging',
      '/v1/series/aze-protection/compare?from=2015&to=2021',
      '/v1/series/aze-protection/restatements',
      '/widget.js',
      '/openapi.json',
      '/embed',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('ETag'), path).toMatch(/^"[\w-]+"$/);
      expect(res.headers.get('Cache-Control'), path).toBe(PUBLIC_CACHE);
    }
  });

  it('the ETag is stable across requests and app instances, and differs between bodies', async () => {
    const a = (await app.request(metrics)).headers.get('ETag');
    const b = (await createApp().request(metrics)).headers.get('ETag');
    const csv = (await app.request(`${metrics}?format=csv`)).headers.get('ETag');
    const funding = (await app.request(`${metrics}?topic=funding`)).headers.get('ETag');
    expect(a).toBe(b);
    expect(new Set([a, csv, funding]).size).toBe(3);
  });

  it('If-None-Match with the ETag (alone, weak, in a list, or *) is a 304 with no body', async () => {
    const first = await app.request(metrics);
    const tag = first.headers.get('ETag') as string;
    for (const ifNoneMatch of [tag, `W/${tag}`, `"other", ${tag}`, '*']) {
      const res = await app.request(metrics, {
        headers: { 'If-None-Match': ifNoneMatch, Origin: 'https://partner.example' },
      });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('ETag')).toBe(tag);
      expect(res.headers.get('Cache-Control')).toBe(PUBLIC_CACHE);
      expect(res.headers.get('Vary')).toBe('Accept, Accept-Language, Accept-Encoding');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('X-Request-Id')).toBeTruthy();
    }
    const stale = await app.request(metrics, { headers: { 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
  });

  it('a 304 carries the headers RFC 9110 lists for it and the CORS ones, not the 200’s others', async () => {
    const tag = (await app.request(metrics)).headers.get('ETag') as string;
    const res = await app.request(metrics, { headers: { 'If-None-Match': tag } });
    expect(res.status).toBe(304);
    expect([...res.headers.keys()].sort()).toEqual(
      [
        'access-control-allow-origin',
        'access-control-expose-headers',
        'cache-control',
        'etag',
        'vary',
        'x-request-id',
      ].sort(),
    );
  });

  it('HEAD answers the headers of GET without a body', async () => {
    const get = await app.request(metrics);
    const head = await app.request(metrics, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('ETag')).toBe(get.headers.get('ETag'));
    expect(head.headers.get('Content-Type')).toBe(get.headers.get('Content-Type'));
  });
});

describe('CORS', () => {
  it('lets any origin read /v1, exposing ETag and X-Request-Id', async () => {
    const res = await app.request(metrics, { headers: { Origin: 'https://partner.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('answers a preflight with 204 and the methods it allows', async () => {
    const res = await app.request(metrics, {
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
});

describe('security headers and request ids', () => {
  it('sets hono secure-headers; API answers may not be framed or load anything', async () => {
    const res = await app.request('/v1/reports');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('Strict-Transport-Security')).toContain('max-age=');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('echoes a safe X-Request-Id, replaces an unsafe one, and puts it in problems', async () => {
    const echoed = await app.request('/healthz', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(echoed.headers.get('X-Request-Id')).toBe('abc-123');
    const unsafe = await app.request('/nowhere', { headers: { 'X-Request-Id': 'bad id\u00e9' } });
    const id = unsafe.headers.get('X-Request-Id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await unsafe.json()).requestId).toBe(id);
  });
});

describe('errors', () => {
  it('an unknown route is a 404 problem', async () => {
    const res = await app.request('/v2/reports?x=1');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toMatchObject({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      instance: '/v2/reports?x=1',
      detail: expect.stringContaining('/v2/reports'),
    });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'])(
    '%s is a 405 with Allow',
    async (method) => {
      const res = await app.request(metrics, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(await res.json()).toMatchObject({ status: 405, allowed: ['GET', 'HEAD', 'OPTIONS'] });
    },
  );

  it('a trailing slash redirects to the resource', async () => {
    const res = await app.request('/v1/reports/');
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe('http://localhost/v1/reports');
  });

  it('a failure inside the app is a 500 problem with no stack; the stack goes to the log', async () => {
    const reportError = vi.fn();
    const failing = createApp({ reportError });
    failing.get('/v1/fail', () => {
      throw new Error('secret internals at /srv/app.js:12');
    });
    const res = await failing.request('/v1/fail', { headers: { 'X-Request-Id': 'req-1' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(text).not.toContain('.js:');
    expect(JSON.parse(text)).toMatchObject({
      type: '/problems/internal-error',
      status: 500,
      requestId: 'req-1',
    });
    expect(reportError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('secret') }),
      'req-1',
    );
  });
});

describe('the request log', () => {
  it('writes one line per request: method, path, status, ms', async () => {
    const lines: string[] = [];
    const logged = createApp({ log: (line) => lines.push(line) });
    await logged.request(`${metrics}?topic=funding`);
    await logged.request('/nowhere', { method: 'POST' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/v1\/reports\/aze-2018\/metrics\?topic=funding 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^POST \/nowhere 404 \d+\.\dms$/);
  });
});
