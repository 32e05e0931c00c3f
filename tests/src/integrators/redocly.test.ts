// Redocly's recommended ruleset, as integrators run it on our served /openapi.json: no errors,
// and every operation has an operationId (generated SDKs name their methods after it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEntry, type RunningServer, startNodeServer } from '../../support/node-server.js';

const redocly = new URL('../../node_modules/.bin/redocly', import.meta.url).pathname;

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location?: { pointer?: string }[];
}

let api: RunningServer;
let dir: string;
beforeAll(async () => {
  api = await startNodeServer('api', [apiEntry]);
  dir = mkdtempSync(join(tmpdir(), 'tip-redocly-'));
});
afterAll(async () => {
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Redocly lint (recommended ruleset) on the served /openapi.json', () => {
  it('reports no error and no operation without an operationId', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, await (await fetch(`${api.origin}/openapi.json`)).text());
    let output: string;
    try {
      output = execFileSync(redocly, ['lint', file, '--format=json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    } catch (error) {
      // redocly exits 1 when it finds errors; its report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const problems = (JSON.parse(output) as { problems: Problem[] }).problems;
    const summary = (p: Problem) => `${p.ruleId}: ${p.message} ${p.location?.[0]?.pointer ?? ''}`;
    expect(problems.filter((p) => p.severity === 'error').map(summary)).toEqual([]);
    expect(problems.filter((p) => p.ruleId === 'operation-operationId').map(summary)).toEqual([]);
  });
});
