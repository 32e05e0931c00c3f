// `pnpm bench`: our API against a bare-Hono baseline in the same run, alternating A/B/A/B, plus
// the sizes users pay for (widget, Worker bundle) and the core package's import time. Prints
// medians and ratios and writes them, with the machine, to docs/benchmarks.md.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { auditedPages, startAuditSite } from '../support/lighthouse.js';
import { apiEntry, type RunningServer, startNodeServer } from '../support/node-server.js';
import type { Fixture } from './baseline-server.js';
import { median, pairedRounds } from './paired-rounds.js';
import { timeToContent } from './time-to-content.js';

const root = new URL('../../', import.meta.url).pathname;
// Many short rounds rather than few long ones: this machine's speed drifts by half within a
// minute, and a ratio is only fair between runs that sat next to each other in time.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = 50;
const COMPARE = '/v1/reports/aze-2018/compare?from=2016&to=2017';
const METRICS = '/v1/reports/aze-2018/metrics';

interface Scenario {
  name: string;
  path: string;
  headers?: (fixture: Fixture) => Record<string, string>;
  expectStatus: number;
}
const scenarios: Scenario[] = [
  { name: 'compare (200)', path: COMPARE, expectStatus: 200 },
  { name: 'metrics (200)', path: METRICS, expectStatus: 200 },
  {
    name: 'metrics revalidation (304)',
    path: METRICS,
    headers: (f) => ({ 'if-none-match': f.etag }),
    expectStatus: 304,
  },
];

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  unexpected: number;
}

// Headers that belong to the connection or the moment, not to the answer.
const PER_CONNECTION = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);
const answerHeaders = (res: Response): [string, string][] =>
  [...res.headers].filter(([name]) => !PER_CONNECTION.has(name));

async function capture(server: RunningServer, path: string): Promise<Fixture> {
  // Identity: fetch would decompress the body but keep Content-Encoding in the headers, and the
  // same-headers baseline would then send a plain body labelled gzip.
  const res = await fetch(`${server.origin}${path}`, {
    headers: { 'accept-encoding': 'identity' },
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  const etag = res.headers.get('etag') ?? '';
  const body = Buffer.from(await res.arrayBuffer()).toString('base64');
  const revalidated = await fetch(`${server.origin}${path}`, {
    headers: { 'if-none-match': etag, 'accept-encoding': 'identity' },
  });
  return {
    path,
    contentType: res.headers.get('content-type') ?? '',
    etag,
    body,
    headers200: answerHeaders(res),
    headers304: answerHeaders(revalidated),
  };
}

async function load(
  server: RunningServer,
  scenario: Scenario,
  fixture: Fixture,
  seconds: number,
): Promise<Sample> {
  let unexpected = 0;
  const result = await autocannon({
    url: `${server.origin}${scenario.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: scenario.headers?.(fixture) ?? {},
    setupClient: (client) => {
      client.on('response', (status: number) => {
        if (status !== scenario.expectStatus) unexpected++;
      });
    },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    unexpected,
  };
}

/** The Worker as wrangler would deploy it (a dry run), or why it could not be built. */
function workerBundle(): { path: string } | { error: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'tip-worker-'));
  const dry = spawnSync('pnpm', ['exec', 'wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: join(root, 'apps/api'),
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  const bundle = readdirSync(outdir).find((f) => f.endsWith('.js'));
  if (dry.status === 0 && bundle) return { path: join(outdir, bundle) };
  return {
    error: `wrangler deploy --dry-run failed: ${dry.stderr.split('\n').slice(-3).join(' ')}`,
  };
}

/** A hello-world Hono Worker bundled by esbuild: the baseline of the import time. */
function helloWorkerBundle(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'tip-hello-')), 'hello.js');
  execFileSync(
    join(root, 'apps/api/node_modules/.bin/esbuild'),
    [
      new URL('./hello-worker.ts', import.meta.url).pathname,
      '--bundle',
      '--format=esm',
      '--platform=neutral',
      '--main-fields=module,main',
      `--outfile=${out}`,
      '--log-level=warning',
    ],
    { cwd: join(root, 'tests') },
  );
  return out;
}

/** Ms to import a module in a fresh Node process started in `dir` (for resolution). */
function importMs(specifier: string, dir = 'tests'): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: join(root, dir),
      encoding: 'utf8',
    }),
  );
}

/**
 * Median ms to import each module in fresh Node processes, alternating A and B, with the median
 * of the per-pair ratios A/B.
 */
async function pairedImportTimes(a: string, b: string, runs = 11) {
  const ms = await pairedRounds(
    runs,
    () => importMs(a),
    () => importMs(b),
  );
  return {
    a: median(ms.a),
    b: median(ms.b),
    ratio: median(ms.a.map((x, i) => x / (ms.b[i] as number))),
  };
}

/** What a client that accepts br and gzip receives for a path: the encoding and the bytes. */
function served(origin: string, path: string): Promise<{ encoding: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}${path}`,
      { headers: { 'accept-encoding': 'br, gzip' } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () =>
          resolve({ encoding: String(res.headers['content-encoding'] ?? 'identity'), bytes }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function sizes(bundle: { path: string } | { error: string }) {
  const widget = join(root, 'apps/widget/dist/widget.js');
  const out: Record<string, number | string> = {};
  if (existsSync(widget)) {
    const bytes = readFileSync(widget);
    out['widget.js raw'] = bytes.length;
    out['widget.js gzip'] = gzipSync(bytes, { level: 9 }).length;
    out['widget.js brotli'] = brotliCompressSync(bytes).length;
  }
  if ('path' in bundle) {
    const bytes = readFileSync(bundle.path);
    out['Worker bundle raw'] = statSync(bundle.path).size;
    out['Worker bundle gzip'] = gzipSync(bytes, { level: 9 }).length;
  } else {
    out['Worker bundle'] = bundle.error;
  }
  return out;
}

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/**
 * Lighthouse (mobile) on each audited page: the median performance score and total blocking time
 * of a few runs. Measured here, not asserted in a test: both follow the host's speed at the
 * moment (total blocking time is the host's own task time, multiplied by the CPU throttling).
 */
async function lighthouseScores() {
  const site = await startAuditSite();
  try {
    const rows = [];
    for (const page of auditedPages) {
      const runs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await site.audit(page));
      rows.push({
        page: page.name,
        score: median(runs.map((r) => r.categories.performance.score * 100)),
        tbt: median(runs.map((r) => r.audits['total-blocking-time']?.numericValue ?? Number.NaN)),
        dom: median(runs.map((r) => r.audits['dom-size']?.numericValue ?? Number.NaN)),
      });
    }
    return rows;
  } finally {
    await site.close();
  }
}

/** Median ms to import a module in fresh Node processes started in `dir` (for resolution). */
const importTime = (specifier: string, dir: string, runs = 11): number =>
  median(Array.from({ length: runs }, () => importMs(specifier, dir)));

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free), Node ${process.version}, ${process.platform} ${process.arch}`;
}

async function main() {
  if (!existsSync(apiEntry)) throw new Error(`${apiEntry} is missing: run pnpm build first`);
  // The quick measurements first, so a failure in them costs seconds rather than the load rounds.
  const bundle = workerBundle();
  const size = sizes(bundle);
  const workerImport =
    'path' in bundle ? await pairedImportTimes(bundle.path, helloWorkerBundle()) : undefined;
  const coreMs = importTime('@tip-report/core', 'tests');
  const dataMs = importTime('@tip-report/core/data', 'tests');
  // zod resolves from core's own folder: it is core's dependency, not the tests'.
  const zodMs = importTime('zod', 'packages/core');
  const ours = await startNodeServer('ours', [apiEntry]);
  const fixtures = new Map<string, Fixture>();
  for (const s of scenarios)
    if (!fixtures.has(s.path)) fixtures.set(s.path, await capture(ours, s.path));
  const fixtureFile = join(mkdtempSync(join(tmpdir(), 'tip-bench-')), 'fixtures.json');
  writeFileSync(fixtureFile, JSON.stringify([...fixtures.values()]));
  const startBaseline = (name: string, sameHeaders: boolean) =>
    startNodeServer(
      name,
      ['--import', 'tsx', new URL('./baseline-server.ts', import.meta.url).pathname],
      {
        env: { FIXTURES: fixtureFile, SAME_HEADERS: sameHeaders ? '1' : '0' },
        cwd: join(root, 'tests'),
      },
    );
  const baseline = await startBaseline('baseline', false);
  const sameHeaders = await startBaseline('same-headers', true);
  const servers = [ours, baseline, sameHeaders];
  const samples = new Map<string, Sample[]>();
  let content: Awaited<ReturnType<typeof timeToContent>>;
  let live: Awaited<ReturnType<typeof timeToContent>>;
  let scores: Awaited<ReturnType<typeof lighthouseScores>>;
  // Every measurement inside: a failure in any (Lighthouse can fail on its own) still stops the
  // three servers, which would otherwise outlive the bench.
  try {
    for (const [name, path] of [
      ['widget.js', '/widget.js'],
      ['metrics', METRICS],
    ] as const) {
      const answer = await served(ours.origin, path);
      size[`${name} as served (Accept-Encoding: br, gzip)`] =
        `${answer.bytes} (${answer.encoding})`;
    }
    content = await timeToContent(ours.origin);
    // The first view shows figures before the live widget runs: whether the live widget itself
    // got slower is its own number.
    live = await timeToContent(ours.origin, undefined, 'live');
    scores = await lighthouseScores();

    // Same bytes from every server, or the comparison would mean nothing.
    for (const f of fixtures.values()) {
      for (const other of [baseline, sameHeaders]) {
        const theirs = await capture(other, f.path);
        if (theirs.body !== f.body)
          throw new Error(`${other.name} serves different bytes for ${f.path}`);
      }
    }
    for (const server of servers) {
      for (const s of scenarios) await load(server, s, fixtures.get(s.path) as Fixture, 1); // warm-up
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of scenarios) {
        // Rotate the order each round, so no server always runs first on a cooler machine.
        const order = servers.map((_, i) => servers[(i + round) % servers.length] as RunningServer);
        for (const server of order) {
          const sample = await load(server, s, fixtures.get(s.path) as Fixture, SECONDS);
          const key = `${server.name} ${s.name}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(
            `round ${round + 1} ${key}: ${sample.rps.toFixed(0)} req/s p50 ${sample.p50} ms p99 ${sample.p99} ms`,
          );
        }
      }
    }
  } finally {
    for (const server of servers) await server.stop();
  }

  const rows = scenarios.map((s) => {
    const of = (name: string) => samples.get(`${name} ${s.name}`) ?? [];
    const summary = (xs: Sample[]) => ({
      rps: median(xs.map((x) => x.rps)),
      p50: median(xs.map((x) => x.p50)),
      p99: median(xs.map((x) => x.p99)),
      bad: xs.reduce((n, x) => n + x.errors + x.unexpected, 0),
    });
    const a = summary(of('ours'));
    const b = summary(of('baseline'));
    const h = summary(of('same-headers'));
    // Each round's ratio compares runs seconds apart; their median resists the machine's drift.
    const pairedRatio = (other: string) =>
      median(of('ours').map((x, i) => x.rps / (of(other)[i] as Sample).rps));
    return {
      scenario: s.name,
      ours: a,
      baseline: b,
      sameHeaders: h,
      ratio: pairedRatio('baseline'),
      ratioSameHeaders: pairedRatio('same-headers'),
    };
  });

  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');

  const table = [
    '| path | ours req/s | ours p50 / p99 ms | baseline req/s | baseline p50 / p99 ms | **ratio ours/baseline** | same-headers baseline req/s | ratio ours/same-headers | errors or unexpected status |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.ours.rps.toFixed(0)} | ${r.ours.p50} / ${r.ours.p99} | ${r.baseline.rps.toFixed(0)} | ${r.baseline.p50} / ${r.baseline.p99} | **${r.ratio.toFixed(2)}** | ${r.sameHeaders.rps.toFixed(0)} | ${r.ratioSameHeaders.toFixed(2)} | ${r.ours.bad} / ${r.baseline.bad} / ${r.sameHeaders.bad} |`,
    ),
  ].join('\n');
  const sizeTable = [
    '| artefact | bytes |',
    '| --- | ---: |',
    ...Object.entries(size).map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
  const lighthouseTable = [
    '| page | performance (goal ≥ 95) | total blocking time ms (goal ≤ 200) | DOM elements |',
    '| --- | ---: | ---: | ---: |',
    ...scores.map((r) => `| ${r.page} | ${r.score.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.dom} |`),
  ].join('\n');
  const section = `## ${date} UTC

Machine: ${machine()}. ${ROUNDS} rounds × ${SECONDS} s per side and path, ${CONNECTIONS} connections, loopback; req/s and latency are medians of the rounds, each ratio the median of the per-round ratios. Goal: ratio ≥ 0.9 and p99 ≤ 5 ms. The baseline is bare Hono sending the same body with only Content-Type and ETag; the same-headers baseline is bare Hono sending the same body with every header ours sends, so its ratio is what our own code costs.

${table}

${sizeTable}

Import time (median of 11 fresh processes): \`@tip-report/core\` ${coreMs.toFixed(1)} ms; the zod-free \`@tip-report/core/data\` ${dataMs.toFixed(1)} ms; \`zod\` alone ${zodMs.toFixed(1)} ms.

Worker module import time in Node (median of 11 alternating fresh processes): ${workerImport ? `ours ${workerImport.a.toFixed(1)} ms, a hello-world Hono Worker ${workerImport.b.toFixed(1)} ms, **ratio ${workerImport.ratio.toFixed(2)}**` : 'not measured (no Worker bundle)'}.

Widget time to content in Chromium (fresh context each load, ${content.rounds} paired rounds, medians; the moment the figures are inserted, recorded in the page by mutation observers and said on the console, with no script of the harness in the page): the figures appear ${content.widgetMs.toFixed(0)} ms after navigation against ${content.trivialMs.toFixed(0)} ms for a trivial module script; **${Math.abs(content.differenceMs).toFixed(0)} ms ${content.differenceMs < 0 ? 'earlier' : 'later'}** (median of the per-round differences, the middle half of them from ${content.middleHalfMs[0].toFixed(0)} to ${content.middleHalfMs[1].toFixed(0)} ms; goal ≤ 60 ms). The live widget's own figures (the first view drawn at build time not counted), the same way: ${live.widgetMs.toFixed(0)} ms against ${live.trivialMs.toFixed(0)} ms, **${Math.abs(live.differenceMs).toFixed(0)} ms ${live.differenceMs < 0 ? 'earlier' : 'later'}** (middle half ${live.middleHalfMs[0].toFixed(0)} to ${live.middleHalfMs[1].toFixed(0)} ms).

Lighthouse 12 (mobile defaults: simulated mid-range phone and throttled network), median of ${LIGHTHOUSE_RUNS} runs per page:

${lighthouseTable}
`;
  console.log(`\n${section}`);

  const docs = join(root, 'docs/benchmarks.md');
  mkdirSync(dirname(docs), { recursive: true });
  const header =
    '# Benchmarks\n\nWritten by `pnpm bench` (tests/bench/bench.ts); newest run first. Re-run it to add one.\n\n';
  const previous = existsSync(docs) ? readFileSync(docs, 'utf8').replace(header, '') : '';
  const history = `${section}\n${previous}`.trimEnd();
  writeFileSync(docs, `${header}${history}\n`);
  console.log(`written to ${docs}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
