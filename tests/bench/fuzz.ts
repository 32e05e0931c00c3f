// `pnpm --filter @tip-report/tests fuzz`: ≥ 10,000 generated requests (paths, queries, methods,
// headers, bodies, long and non-UTF-8 input) over raw sockets against the running Node server.
// Passes when no answer is a 5xx and every 4xx is application/problem+json with its fields.
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { apiEntry, startNodeServer } from '../support/node-server.js';
import { type FuzzRequest, fuzzRequest } from './fuzz-requests.js';

const CONCURRENCY = 16;

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function send(port: number, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const contentType = /\r\ncontent-type: *([^\r]*)/i.exec(head)?.[1] ?? '';
      resolve({
        status,
        contentType,
        body: Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8'),
      });
    });
    const lines = [
      Buffer.from(`${r.method} `),
      r.path,
      Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n'),
      Buffer.from(r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')),
      Buffer.from(r.body.length ? `content-length: ${r.body.length}\r\n` : ''),
      Buffer.from('\r\n'),
      r.body,
    ];
    socket.end(Buffer.concat(lines));
  });
}

/** Node's own HTTP parser answers some malformed requests with a bare 400 before the app runs. */
const isParserRejection = (a: Answer) => a.status === 400 && a.contentType === '';

export interface FuzzResult {
  count: number;
  seed: number;
  seconds: number;
  byStatus: Map<number, number>;
  rejectedByParser: number;
  failures: string[];
  aliveAfterwards: boolean;
}

/** Sends `count` generated requests to a freshly started API and checks every answer. */
export async function fuzzApi(count: number, seed: number): Promise<FuzzResult> {
  const server = await startNodeServer('api', [apiEntry]);
  const port = Number(new URL(server.origin).port);
  const requests = fc.sample(fuzzRequest, { numRuns: count, seed });
  const failures: string[] = [];
  const byStatus = new Map<number, number>();
  let parser = 0;
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < requests.length) {
      const r = requests[next++] as FuzzRequest;
      const label = `${r.method} ${r.path.toString('latin1').slice(0, 120)}`;
      try {
        const a = await send(port, r);
        byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
        if (a.status >= 500 || a.status === 0) failures.push(`${a.status} for ${label}`);
        else if (a.status >= 400 && isParserRejection(a)) parser++;
        else if (a.status >= 400 && r.method !== 'HEAD') {
          const problem = a.contentType.startsWith('application/problem+json')
            ? JSON.parse(a.body)
            : null;
          if (
            !problem ||
            problem.status !== a.status ||
            !problem.title ||
            !problem.detail ||
            !problem.type
          ) {
            failures.push(
              `${a.status} without a problem+json body for ${label}: ${a.contentType} ${a.body.slice(0, 80)}`,
            );
          }
        } else if (a.status >= 400 && !a.contentType.startsWith('application/problem+json')) {
          failures.push(`${a.status} HEAD without problem+json content type for ${label}`);
        }
      } catch (error) {
        failures.push(`${(error as Error).message} for ${label}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - started) / 1000;
  const alive = await fetch(`${server.origin}/healthz`).then((r) => r.status);
  await server.stop();
  return {
    count: requests.length,
    seed,
    seconds,
    byStatus,
    rejectedByParser: parser,
    failures,
    aliveAfterwards: alive === 200,
  };
}

async function main() {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const { count, seconds, byStatus, rejectedByParser, failures, aliveAfterwards } = await fuzzApi(
    Number(process.env.FUZZ_COUNT ?? 10_000),
    seed,
  );
  const statuses = [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  console.log(
    `fuzz: ${count} requests in ${seconds.toFixed(1)} s (seed ${seed}); statuses ${statuses}`,
  );
  console.log(
    `fuzz: ${rejectedByParser} rejected by Node's HTTP parser before the app; server alive afterwards: ${aliveAfterwards}`,
  );
  console.log(`fuzz: ${failures.length} failures`);
  for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
  if (failures.length || !aliveAfterwards) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
