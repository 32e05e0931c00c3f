// What an integrator's validating proxy sees (issue 14): Stoplight Prism in front of the built
// API, every GET operation of the served /openapi.json called through it with good and bad input
// (support/openapi-probes.ts derives the requests from the document), then every answer with an
// ETag asked again with If-None-Match. Prism puts what the document does not describe in the
// `sl-violations` header; any violation of the response (a status, header or body the document
// does not declare) fails, and so does a request the API accepts but the document calls invalid.
// Without `--errors`: the bad requests are sent on purpose and must reach the API.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiEntry,
  freePort,
  type RunningServer,
  startNodeServer,
} from '../../support/node-server.js';
import {
  buildProbes,
  getOperations,
  type OpenApiDocument,
  type Probe,
} from '../../support/openapi-probes.js';

// Prism's own entry (its package's `bin`), run with this Node: the .bin shim is a shell script.
const prismCli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');

interface Violation {
  location: string[];
  severity: string;
  message: string;
}

interface Seen {
  probe: Probe;
  status: number;
  type: string;
  etag: string | null;
  violations: Violation[];
}

interface Proxy {
  origin: string;
  stop(): Promise<void>;
}

let api: RunningServer;
let proxy: Proxy | undefined;
let dir: string;
let document: OpenApiDocument;

/**
 * Starts `prism proxy` for a document in front of the API and polls until it relays the API's own
 * answer (a condition, however long a loaded machine takes to start it, up to 180 s).
 * `--cors=false`: Prism then adds no CORS headers of its own, so the answers are the API's.
 */
async function startPrism(doc: OpenApiDocument, name: string): Promise<Proxy> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [prismCli, 'proxy', file, api.origin, '--port', String(port), '--cors=false', '-v', 'warn'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prism exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      // The API's own answer, relayed (Prism's own errors carry no request id).
      if (res.ok && res.headers.get('x-request-id') !== null) return { origin, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prism did not relay the API within 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  api = await startNodeServer('api', [apiEntry]);
  dir = mkdtempSync(join(tmpdir(), 'tip-prism-'));
  document = (await (await fetch(`${api.origin}/openapi.json`)).json()) as OpenApiDocument;
  proxy = await startPrism(document, 'openapi');
}, 300_000);

afterAll(async () => {
  await proxy?.stop();
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function send(origin: string, probe: Probe): Promise<Seen> {
  const res = await fetch(`${origin}${probe.path}`, { headers: probe.headers });
  await res.arrayBuffer();
  const header = res.headers.get('sl-violations');
  return {
    probe,
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    etag: res.headers.get('etag'),
    violations: header ? (JSON.parse(header) as Violation[]) : [],
  };
}

/** Sends every probe, a few at a time (Prism and the API share a small machine with vitest). */
async function sendAll(origin: string, probes: readonly Probe[], concurrency = 4): Promise<Seen[]> {
  const seen: Seen[] = new Array(probes.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < probes.length; i = next++) {
      seen[i] = await send(origin, probes[i] as Probe);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return seen;
}

const describeSeen = (s: Seen, problems: readonly Violation[]) =>
  `${s.probe.operationId} GET ${s.probe.path}` +
  `${Object.keys(s.probe.headers).length > 0 ? ` ${JSON.stringify(s.probe.headers)}` : ''}` +
  ` (${s.probe.intent}) → ${s.status}` +
  problems.map((v) => `; ${v.location.join('.')}: ${v.message}`).join('');

describe('Prism (validating proxy) in front of the API', () => {
  it('sees no status, header or body the document does not describe, over every GET operation', async () => {
    const probes = await buildProbes(
      document,
      async (path) => (await fetch(`${api.origin}${path}`)).json(),
      api.origin,
    );
    const through = (proxy as Proxy).origin;
    const first = await sendAll(through, probes);
    // Every answer with an ETag, asked again with it: a 304 the document must declare.
    const revalidations = first
      .filter((s) => s.status === 200 && s.etag !== null)
      .map((s) => ({
        ...s.probe,
        headers: { ...s.probe.headers, 'If-None-Match': s.etag as string },
        intent: `${s.probe.intent}, revalidated`,
      }));
    const second = await sendAll(through, revalidations);
    const seen = [...first, ...second];

    // What the document does not describe of an answer (Prism's `response` violations).
    const undescribed = seen.flatMap((s) => {
      const problems = s.violations.filter((v) => v.location[0] === 'response');
      return problems.length > 0 ? [describeSeen(s, problems)] : [];
    });
    expect(undescribed).toEqual([]);
    // A request the API accepts must be valid by the document too (else a generated client
    // could not send it).
    const refusedByDocument = seen.flatMap((s) => {
      const problems = s.violations.filter((v) => v.location[0] === 'request');
      return s.status < 400 && problems.length > 0 ? [describeSeen(s, problems)] : [];
    });
    expect(refusedByDocument).toEqual([]);

    // The run cannot pass on nothing: many requests, every GET operation called, answering 200
    // and then 304 to its own ETag; CSV, problems, byte ranges all seen.
    expect(seen.length).toBeGreaterThan(1500);
    const operationIds = getOperations(document).map(({ op }) => op.operationId);
    expect(operationIds.length).toBeGreaterThanOrEqual(37);
    const statusesOf = (id: string) =>
      new Set(seen.filter((s) => s.probe.operationId === id).map((s) => s.status));
    const incomplete = operationIds.filter(
      (id) => !statusesOf(id).has(200) || !statusesOf(id).has(304),
    );
    expect(incomplete, 'operations never answered both 200 and 304').toEqual([]);
    expect(second.filter((s) => s.status !== 304).map((s) => describeSeen(s, []))).toEqual([]);
    expect([...new Set(seen.map((s) => s.status))]).toEqual(
      expect.arrayContaining([200, 206, 304, 400, 404, 416]),
    );
    const count = (type: string, status: number) =>
      seen.filter((s) => s.type.startsWith(type) && s.status === status).length;
    expect(count('text/csv', 200)).toBeGreaterThan(20);
    expect(count('application/problem+json', 400)).toBeGreaterThan(100);
    expect(count('application/problem+json', 404)).toBeGreaterThan(20);
  }, 900_000);

  it('the check can fail: an undeclared status, a missing required header and a wrong body are each reported', async () => {
    // The served document with four lies in it: no 304 on listReports, no 400 on getReport, a
    // Content-Disposition that widget.js must have (it has none), and a health status that is a
    // number.
    const wrong = structuredClone(document) as unknown as {
      paths: Record<string, { get: { responses: Record<string, Record<string, unknown>> } }>;
    };
    const responses = (path: string) =>
      (wrong.paths[path] as (typeof wrong.paths)[string]).get.responses;
    delete responses('/v1/reports')['304'];
    delete responses('/v1/reports/{reportId}')['400'];
    const widget = responses('/widget.js')['200'] as { headers: Record<string, unknown> };
    widget.headers['Content-Disposition'] = { required: true, schema: { type: 'string' } };
    (responses('/healthz')['200'] as { content: unknown }).content = {
      'application/json': {
        schema: { type: 'object', properties: { status: { type: 'integer' } } },
      },
    };
    const lying = await startPrism(wrong as unknown as OpenApiDocument, 'wrong');
    try {
      const probe = (path: string, headers: Record<string, string> = {}): Probe => ({
        operationId: '',
        path,
        headers,
        intent: 'against a wrong document',
      });
      const etag = (await send(lying.origin, probe('/v1/reports'))).etag as string;
      const seen = await sendAll(lying.origin, [
        probe('/v1/reports', { 'If-None-Match': etag }),
        probe('/v1/reports/aze-2018?lang=xx'),
        probe('/widget.js'),
        probe('/healthz'),
      ]);
      const reported = seen.map((s) =>
        s.violations.filter((v) => v.location[0] === 'response').map((v) => v.location.join('.')),
      );
      expect(seen.map((s) => s.status)).toEqual([304, 400, 200, 200]);
      expect(reported).toEqual([
        ['response'],
        ['response'],
        ['response.header'],
        ['response.body.status'],
      ]);
    } finally {
      await lying.stop();
    }
  }, 300_000);
});
