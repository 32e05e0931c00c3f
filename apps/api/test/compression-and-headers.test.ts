// What the issue pins: the exact header set per kind of answer, compressed answers with an ETag
// per encoding (and the 304 and HEAD that go with them), the static files from disk as built, and
// byte ranges of them.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { nodeOptions } from '../src/node.js';
import { staticFiles } from '../src/static-files.js';

const app = createApp(nodeOptions());
const metrics = '/v1/reports/aze-2018/metrics';

/** The header names of an answer, sorted, without the ones every answer has for itself. */
const namesOf = (res: Response) =>
  [...res.headers.keys()].filter((n) => !['x-request-id', 'content-length'].includes(n)).sort();

const DATA = [
  'access-control-allow-origin',
  'access-control-expose-headers',
  'cache-control',
  'content-security-policy',
  'content-type',
  'cross-origin-resource-policy',
  'etag',
  'referrer-policy',
  'strict-transport-security',
  'vary',
  'x-content-type-options',
  'x-frame-options',
];
const LEGACY = [
  'x-xss-protection',
  'x-download-options',
  'x-dns-prefetch-control',
  'x-permitted-cross-domain-policies',
  'origin-agent-cluster',
  'cross-origin-opener-policy',
];

describe('header policy', () => {
  it('JSON, CSV and JS get exactly the REST set, with CORS', async () => {
    for (const [path, extra] of [
      ['/v1/reports', ['link']],
      [`${metrics}?format=csv`, ['content-disposition', 'content-language', 'link']],
      [`${metrics}?lang=en`, ['content-language', 'link']],
      ['/widget.js', ['accept-ranges']],
      ['/widget-ru.js', ['accept-ranges']],
    ] as const) {
      const res = await app.request(path, { headers: { Origin: 'https://partner.example' } });
      expect(res.status, path).toBe(200);
      expect(namesOf(res), path).toEqual([...DATA, ...extra].sort());
      expect(res.headers.get('Content-Security-Policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      // Partner pages load the widget from another origin.
      expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
  });

  it('problems get the same set (no caching headers of their own beyond no-store)', async () => {
    const res = await app.request('/v1/reports/zzz-1999');
    for (const name of LEGACY) expect(res.headers.get(name), name).toBeNull();
    expect(res.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('HTML pages keep the full secure-headers set', async () => {
    for (const path of ['/', '/docs', '/embed']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      for (const name of LEGACY) expect(res.headers.get(name), `${path} ${name}`).not.toBeNull();
      expect(res.headers.get('Content-Security-Policy'), path).toContain("default-src 'self'");
    }
  });
});

describe('compression', () => {
  it('sends br or gzip as accepted, each with its own ETag, decoding to the same bytes', async () => {
    const plain = await app.request(metrics);
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(plain.headers.get('Vary')).toBe('Accept, Accept-Language, Accept-Encoding');
    const br = await app.request(metrics, { headers: { 'Accept-Encoding': 'gzip, br' } });
    const gz = await app.request(metrics, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    const brBytes = Buffer.from(await br.arrayBuffer());
    const gzBytes = Buffer.from(await gz.arrayBuffer());
    expect(brBytes.length).toBeLessThan(text.length / 3);
    expect(brotliDecompressSync(brBytes).toString()).toBe(text);
    expect(gunzipSync(gzBytes).toString()).toBe(text);
    const tags = new Set([plain, br, gz].map((r) => r.headers.get('ETag')));
    expect(tags.size).toBe(3);
    for (const res of [br, gz]) expect(res.headers.get('Vary')).toContain('Accept-Encoding');
  });

  it('a 304 holds per encoding: the br ETag revalidates br, not the identity answer', async () => {
    const br = await app.request(metrics, { headers: { 'Accept-Encoding': 'br' } });
    const tag = br.headers.get('ETag') as string;
    const again = await app.request(metrics, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': tag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(tag);
    const identity = await app.request(metrics, { headers: { 'If-None-Match': tag } });
    expect(identity.status).toBe(200);
  });

  it('HEAD gives the headers of the compressed GET without a body', async () => {
    const headers = { 'Accept-Encoding': 'br' };
    const get = await app.request(metrics, { headers });
    const head = await app.request(metrics, { method: 'HEAD', headers });
    expect(head.headers.get('ETag')).toBe(get.headers.get('ETag'));
    expect(head.headers.get('Content-Encoding')).toBe('br');
    expect(await head.text()).toBe('');
  });

  it('leaves small answers and identity-only clients alone', async () => {
    const res = await app.request('/healthz', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    const refused = await app.request(metrics, {
      headers: { 'Accept-Encoding': 'br;q=0, identity' },
    });
    expect(refused.headers.get('Content-Encoding')).toBeNull();
  });
});

describe('static files, as built', () => {
  it('serves each file of the manifest in the encoding accepted, with its build-time ETag', async () => {
    for (const [path, file] of Object.entries(staticFiles)) {
      const plain = await app.request(path);
      expect(plain.status, path).toBe(200);
      expect(plain.headers.get('Content-Type'), path).toBe(file.type);
      expect(plain.headers.get('ETag'), path).toBe(file.variants.identity.etag);
      const bytes = new Uint8Array(await plain.arrayBuffer());
      expect(bytes.length, path).toBe(file.variants.identity.size);
      const br = await app.request(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
      if (file.variants.br) {
        expect(br.headers.get('Content-Encoding'), path).toBe('br');
        expect(br.headers.get('ETag'), path).toBe(file.variants.br.etag);
        expect(br.headers.get('Vary'), path).toBe('Accept-Encoding');
        const decoded = brotliDecompressSync(Buffer.from(await br.arrayBuffer()));
        expect(Buffer.compare(decoded, Buffer.from(bytes)), path).toBe(0);
      } else {
        expect(br.headers.get('Content-Encoding'), path).toBeNull();
      }
    }
  });

  it('answers 304 for the ETag of the encoding asked, and HEAD without a body', async () => {
    const file = staticFiles['/widget.js'];
    const gz = file?.variants.gzip?.etag as string;
    const res = await app.request('/widget.js', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': gz },
    });
    expect(res.status).toBe(304);
    expect(res.headers.get('ETag')).toBe(gz);
    const head = await app.request('/widget.js', {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(gz);
    expect(await head.text()).toBe('');
  });

  it('answers a byte range of the file with 206, and an impossible one with 416', async () => {
    const whole = new Uint8Array(await (await app.request('/widget.js')).arrayBuffer());
    const part = await app.request('/widget.js', {
      headers: { Range: 'bytes=10-19', 'Accept-Encoding': 'br' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Encoding')).toBeNull();
    expect(part.headers.get('Content-Range')).toBe(`bytes 10-19/${whole.length}`);
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([...whole.slice(10, 20)]);
    const tail = await app.request('/widget.js', { headers: { Range: 'bytes=-5' } });
    expect([...new Uint8Array(await tail.arrayBuffer())]).toEqual([...whole.slice(-5)]);
    const beyond = await app.request('/widget.js', { headers: { Range: 'bytes=99999999-' } });
    expect(beyond.status).toBe(416);
  });
});
