// Time to content of two builds of the widget, side by side in one run: each round loads the
// trivial module and every build in a random order, each build's files served from its own
// origin (brotli, CORS), as the API serves them. Prints each build's median difference over the
// trivial module and the median of the per-round differences between the builds, which is the
// number to trust on a machine whose speed drifts within a minute.
//
//   pnpm --filter @tip-report/tests widget-ab <dist A> <dist B> [rounds] [content|live]
//
// `live` times the live widget's figures instead of the first ones (the first view drawn at build
// time shows figures before the live widget has run): whether a change delays the live widget.
//
// A dist is apps/widget/dist as `node scripts/build.mjs` leaves it (copy one aside before
// rebuilding). Not part of `pnpm test`: it measures, it asserts nothing.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync } from 'node:zlib';
import { launchChromium } from '../support/chromium.js';
import { median, quantile } from './paired-rounds.js';
import { contentAt, type Moment, moments, pages } from './time-to-content.js';

/**
 * The paths in a uniformly random order (Fisher–Yates). Sorting with a random comparator is not
 * uniform: with V8's sort of three items it left the last build last in half the rounds.
 */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** One build's files, brotli-compressed once, from an origin of their own. */
function serveDist(dir: string): Server {
  const compressed = new Map<string, Buffer>();
  return createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/+/, '');
    let body = compressed.get(name);
    if (!body) {
      try {
        body = brotliCompressSync(
          readFileSync(new URL(name, `file://${dir.replace(/\/?$/, '/')}`)),
        );
      } catch {
        return void response.writeHead(404).end();
      }
      compressed.set(name, body);
    }
    response
      .writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'content-encoding': 'br',
        'access-control-allow-origin': '*',
      })
      .end(body);
  });
}

const [dirA, dirB, roundsArg, momentArg = 'content'] = process.argv.slice(2);
if (!dirA || !dirB || !(momentArg in moments)) {
  console.error(`usage: widget-ab <dist A> <dist B> [rounds] [${Object.keys(moments).join('|')}]`);
  process.exit(2);
}
const moment = momentArg as Moment;
const rounds = Number(roundsArg ?? 21);
const builds = [dirA, dirB].map(serveDist);
const origins = await Promise.all(builds.map(listen));
// The partner's pages: the trivial module, and the bare widget from each build's origin.
const files = new Map<string, { type: string; body: string }>();
origins.forEach((origin, i) => {
  for (const [path, file] of Object.entries(pages(origin))) {
    files.set(path === '/widget.html' ? `/widget-${i}.html` : path, file);
  }
});
const partner = createServer((request, response) => {
  const file = files.get(new URL(request.url ?? '/', 'http://x').pathname);
  if (!file) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': `${file.type}; charset=utf-8` }).end(file.body);
});
const page = (await listen(partner)).replace('127.0.0.1', 'localhost');
const browser = await launchChromium();
try {
  const paths = ['/trivial.html', '/widget-0.html', '/widget-1.html'];
  for (const path of paths) await contentAt(browser, `${page}${path}`, moment); // warm the servers
  const over: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    const times = new Map<string, number>();
    for (const path of shuffled(paths)) {
      times.set(path, await contentAt(browser, `${page}${path}`, moment));
    }
    const trivial = times.get('/trivial.html') as number;
    over[0].push((times.get('/widget-0.html') as number) - trivial);
    over[1].push((times.get('/widget-1.html') as number) - trivial);
  }
  const ms = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)} ms`;
  console.log(`${rounds} rounds, time to ${moment} over a trivial module (medians):`);
  console.log(`  A ${dirA}: ${ms(median(over[0]))}`);
  console.log(`  B ${dirB}: ${ms(median(over[1]))}`);
  const differences = over[1].map((b, i) => b - (over[0][i] as number));
  console.log(
    `  B − A, per round: ${ms(median(differences))} (middle half ${ms(quantile(differences, 0.25))} to ${ms(quantile(differences, 0.75))})`,
  );
} finally {
  await browser.close();
  for (const server of [...builds, partner]) server.close();
}
