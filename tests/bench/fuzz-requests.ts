import fc from 'fast-check';

/** A raw HTTP/1.1 request: the path may hold bytes that are not UTF-8. */
export interface FuzzRequest {
  method: string;
  path: Buffer;
  headers: [string, string][];
  body: Buffer;
}

const routes = [
  '/',
  '/healthz',
  '/openapi.json',
  '/docs',
  '/widget.js',
  '/embed',
  '/oembed',
  '/v1/reports',
  '/v1/reports/aze-2018',
  '/v1/reports/aze-2018/metrics',
  '/v1/reports/aze-2018/metrics/victims.identified',
  '/v1/reports/aze-2018/compare',
  '/v1/reports/aze-2018/findings',
  '/v1/reports/aze-2018/source',
  '/v1/reports/aze-2018/citation',
];
const words = [
  'aze-2018',
  'AZE-2018',
  'xyz-1999',
  'metrics',
  'compare',
  '..',
  '.',
  '%2e%2e',
  '%00',
  '%ff%fe',
  '%E2%80%99',
  'victims.identified',
  '💥',
  'a'.repeat(300),
];
const queryKeys = [
  'from',
  'to',
  'ids',
  'topic',
  'year',
  'stance',
  'format',
  'url',
  'maxwidth',
  'report',
  '__proto__',
  'constructor',
  '',
];
const queryValues = [
  '2016',
  '2017',
  '2015',
  '-1',
  '1e308',
  'NaN',
  '2016.5',
  '0x7e0',
  'csv',
  'json',
  'bibtex',
  'xml',
  '',
  'victims.identified,funding.victim_protection',
  ',,,',
  '%',
  '%zz',
  '%ff',
  'identification',
  'positive',
  '[]',
  '{"a":1}',
  'x'.repeat(5000),
];

const segment = fc.oneof(fc.constantFrom(...words), fc.stringMatching(/^[A-Za-z0-9._~%-]{0,12}$/));
const path = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...routes) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...routes), fc.array(segment, { maxLength: 3 }))
      .map(([r, s]) => [r, ...s].join('/')),
  },
  { weight: 1, arbitrary: fc.array(segment, { maxLength: 6 }).map((s) => `/${s.join('/')}`) },
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(...queryKeys),
      fc.oneof(
        fc.constantFrom(...queryValues),
        fc.string({ maxLength: 20 }).map(encodeURIComponent),
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
// Raw bytes 0x80–0xff in the path: not UTF-8 at all.
const rawBytes = fc
  .uint8Array({ minLength: 1, maxLength: 8 })
  .map((b) => Buffer.from(b.map((x) => 0x80 | x)));
const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'HEAD') },
  { weight: 3, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE') },
  { weight: 1, arbitrary: fc.constantFrom('PROPFIND', 'FOO', 'get') },
);
const headerValue = fc.oneof(
  fc.constantFrom(
    'text/csv',
    'application/json',
    'text/html',
    '*/*',
    'text/csv;q=0.9, application/json;q=0.1',
    '"abc"',
    'W/"x"',
    '*',
    'https://partner.example',
    'null',
    '',
  ),
  fc
    .string({ maxLength: 40 })
    .map((s) => s.replace(/[\r\n\0]/g, ' ').replace(/[^\x20-\x7e]/g, '?')),
);
const headers = fc.array(
  fc.tuple(
    fc.constantFrom(
      'accept',
      'if-none-match',
      'origin',
      'access-control-request-method',
      'x-request-id',
      'content-type',
      'accept-language',
      'range',
      'cookie',
    ),
    headerValue,
  ),
  { maxLength: 5 },
);
const body = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from('{"from":2016}')),
);

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    method,
    path,
    query,
    fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: rawBytes }),
    headers,
    body,
  )
  .map(([m, p, q, raw, h, b]) => ({
    method: m,
    path: raw ? Buffer.concat([Buffer.from(p), raw, Buffer.from(q)]) : Buffer.from(p + q),
    headers: h,
    body: m === 'GET' || m === 'HEAD' ? Buffer.alloc(0) : b,
  }));
