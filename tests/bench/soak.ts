// `pnpm --filter @tip-report/tests soak`: 30 s at 100 connections over a mix of routes against the
// Node server. Passes with 0 errors and timeouts, and resident memory at the end within 20 % of
// its value after warm-up. `pnpm test` runs a short slice of it (src/slices/soak.test.ts).
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { apiEntry, startNodeServer } from '../support/node-server.js';

/** A mix of what callers ask: figures, filters, CSV, the text, and requests that fail. */
export const soakPaths = [
  '/v1/reports/aze-2018/compare?from=2016&to=2017',
  '/v1/reports/aze-2018/metrics',
  '/v1/reports/aze-2018/metrics?topic=identification&year=2017',
  '/v1/reports/aze-2018/findings?stance=negative',
  '/v1/reports/aze-2018/compare?from=2016&to=2017&format=csv',
  '/v1/reports/aze-2018/source',
  '/v1/reports/nope',
  '/v1/reports/aze-2018/compare?from=2016&to=2016',
];

export interface SoakResult {
  requests: number;
  rps: number;
  p99: number;
  errors: number;
  timeouts: number;
  serverErrors: number;
  rssWarm: number;
  rssEnd: number;
}

export async function soakApi(options: {
  seconds: number;
  warmupSeconds: number;
  connections: number;
}): Promise<SoakResult> {
  const server = await startNodeServer('api', [apiEntry]);
  const run = (seconds: number) =>
    autocannon({
      url: server.origin,
      connections: options.connections,
      duration: seconds,
      requests: soakPaths.map((path) => ({ method: 'GET' as const, path })),
    });
  try {
    await run(options.warmupSeconds);
    const rssWarm = server.rss();
    const result = await run(options.seconds);
    return {
      requests: result.requests.total,
      rps: result.requests.average,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      serverErrors: result['5xx'],
      rssWarm,
      rssEnd: server.rss(),
    };
  } finally {
    await server.stop();
  }
}

async function main() {
  const seconds = Number(process.env.SOAK_SECONDS ?? 30);
  const connections = 100;
  // Long enough for V8 to size its heap for this load, so growth after it means retention.
  const r = await soakApi({ seconds, warmupSeconds: 10, connections });
  const growth = (r.rssEnd - r.rssWarm) / r.rssWarm;
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  console.log(
    `soak: ${r.requests} requests in ${seconds} s at ${connections} connections, ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms`,
  );
  console.log(`soak: errors ${r.errors}, timeouts ${r.timeouts}, 5xx ${r.serverErrors}`);
  console.log(
    `soak: RSS after warm-up ${mb(r.rssWarm)}, at the end ${mb(r.rssEnd)} (${(growth * 100).toFixed(1)} %)`,
  );
  const ok = r.errors === 0 && r.timeouts === 0 && r.serverErrors === 0 && Math.abs(growth) <= 0.2;
  console.log(ok ? 'soak: pass' : 'soak: FAIL');
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
