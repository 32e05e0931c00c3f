// `pnpm --filter @tip-report/tests soak`: 30 s at 100 connections over a mix of routes against the
// Node server. Passes with 0 errors and timeouts, and resident memory at the end within 20 % of
// its value after warm-up.
import autocannon from 'autocannon';
import { apiEntry, startNodeServer } from './node-server.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const CONNECTIONS = 100;
const paths = [
  '/v1/reports/aze-2018/compare?from=2016&to=2017',
  '/v1/reports/aze-2018/metrics',
  '/v1/reports/aze-2018/metrics?topic=identification&year=2017',
  '/v1/reports/aze-2018/findings?stance=negative',
  '/v1/reports/aze-2018/compare?from=2016&to=2017&format=csv',
  '/v1/reports/aze-2018/source',
  '/v1/reports/nope',
  '/v1/reports/aze-2018/compare?from=2016&to=2016',
];

async function run(origin: string, seconds: number) {
  return autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
}

async function main() {
  const server = await startNodeServer('api', [apiEntry]);
  try {
    // Long enough for V8 to size its heap for this load, so growth after it means retention.
    await run(server.origin, 10);
    const warm = server.rss();
    const result = await run(server.origin, SECONDS);
    const end = server.rss();
    const growth = (end - warm) / warm;
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
    console.log(
      `soak: ${result.requests.total} requests in ${SECONDS} s at ${CONNECTIONS} connections, ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms`,
    );
    console.log(`soak: errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${result['5xx']}`);
    console.log(
      `soak: RSS after warm-up ${mb(warm)}, at the end ${mb(end)} (${(growth * 100).toFixed(1)} %)`,
    );
    const ok =
      result.errors === 0 &&
      result.timeouts === 0 &&
      result['5xx'] === 0 &&
      Math.abs(growth) <= 0.2;
    console.log(ok ? 'soak: pass' : 'soak: FAIL');
    if (!ok) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
