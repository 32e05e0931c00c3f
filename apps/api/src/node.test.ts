// The built server (`pnpm start` runs dist/node.js) started for real on a free port, over HTTP.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getReport, type Report } from '@tip-report/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const entry = resolve(import.meta.dirname, '../dist/node.js');
const report = getReport('aze-2018') as Report;

interface Server {
  child: ChildProcess;
  origin: string;
  output: () => string;
}

async function startServer(env: Record<string, string> = {}): Promise<Server> {
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run pnpm --filter @tip-report/api build`);
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // PORT=0: the OS picks a free port and the server says which.
  const port = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no port announced: ${output}`)), 20_000);
    child.stdout?.on('data', () => {
      const found = /http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        done(found);
      }
    });
    child.once('exit', (code) => fail(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, origin: `http://127.0.0.1:${port}`, output: () => output };
}

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<number | null>((done) => {
    if (child.exitCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
    child.kill(signal);
  });

describe('the Node server', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) await stop(server.child, 'SIGKILL');
  });

  it('answers over HTTP with the data, gzip-free bytes and a 304 on revalidation', async () => {
    const res = await fetch(`${server.origin}/v1/reports/aze-2018/metrics/victims.identified`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.observations.map((o: { value: number }) => o.value)).toEqual(
      report.metrics[0]?.observations.map((o) => o.value),
    );
    const again = await fetch(`${server.origin}/v1/reports/aze-2018/metrics/victims.identified`, {
      headers: { 'If-None-Match': res.headers.get('ETag') as string },
    });
    expect(again.status).toBe(304);
    const source = await fetch(`${server.origin}/v1/reports/aze-2018/source`);
    expect(await source.text()).toBe(report.sourceText);
    const problem = await fetch(`${server.origin}/v1/reports`, { method: 'DELETE' });
    expect(problem.status).toBe(405);
    expect(problem.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('logs one line per request and stops cleanly on SIGTERM', async () => {
    const lines = server
      .output()
      .split('\n')
      .filter((l) => /^(GET|DELETE) /.test(l));
    expect(lines).toEqual([
      expect.stringMatching(
        /^GET \/v1\/reports\/aze-2018\/metrics\/victims\.identified 200 \d+\.\dms$/,
      ),
      expect.stringMatching(
        /^GET \/v1\/reports\/aze-2018\/metrics\/victims\.identified 304 \d+\.\dms$/,
      ),
      expect.stringMatching(/^GET \/v1\/reports\/aze-2018\/source 200 /),
      expect.stringMatching(/^DELETE \/v1\/reports 405 /),
    ]);
    expect(await stop(server.child, 'SIGTERM')).toBe(0);
  });

  it('logs nothing per request with LOG=silent, and stops on SIGINT', async () => {
    const quiet = await startServer({ LOG: 'silent' });
    expect((await fetch(`${quiet.origin}/healthz`)).status).toBe(200);
    expect(await stop(quiet.child, 'SIGINT')).toBe(0);
    expect(quiet.output()).not.toMatch(/^GET /m);
  });

  it('speaks every locale once bundled: the catalogs survive the build', async () => {
    const bundled = await startServer({ LOG: 'silent' });
    try {
      const at = `${bundled.origin}/v1/reports/aze-2018/compare?from=2016&to=2017`;
      const ru = await fetch(`${at}&lang=ru`);
      expect(ru.headers.get('Content-Language')).toBe('ru');
      const rows = ((await ru.json()) as { data: { rows: { sentence: string }[] } }).data.rows;
      expect(rows[0]?.sentence).toMatch(/^Правительство выявило 71 жертву/);
      const az = await fetch(at, { headers: { 'Accept-Language': 'az-AZ' } });
      expect(await az.text()).toContain('insan alveri qurbanı');
      const problem = await fetch(`${bundled.origin}/v1/reports/zzz-1999?lang=ru`);
      expect(((await problem.json()) as { title: string }).title).toBe('Не найдено');
    } finally {
      await stop(bundled.child, 'SIGTERM');
    }
  });
});
