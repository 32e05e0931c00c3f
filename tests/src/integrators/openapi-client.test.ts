// What an integrator does with our OpenAPI document: generate a typed client from the served
// /openapi.json (openapi-typescript 7), call the running API with it (openapi-fetch), and
// typecheck that code with no casts. If a year were typed as a string, or an operation's JSON
// answer were not told apart from its CSV one, the generated types would reject this code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, describeChange, getSeries } from '@tip-report/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEntry, type RunningServer, startNodeServer } from '../../support/node-server.js';

const tests = new URL('../../', import.meta.url).pathname;
const tsc = new URL('../../../node_modules/.bin/tsc', import.meta.url).pathname;
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

// The client as an integrator would write it: a generated `paths` type and openapi-fetch.
const CLIENT = `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const client = createClient<paths, 'application/json'>({ baseUrl: process.env.API_ORIGIN ?? '' });
const series = await client.GET('/v1/series/{seriesId}/compare', {
  params: {
    path: { seriesId: 'aze-protection' },
    query: { from: 2015, to: 2021, ids: 'victims.identified' },
  },
});
if (series.error !== undefined) throw new Error('series compare: ' + series.response.status);
const row = series.data.data.rows[0];
const report = await client.GET('/v1/reports/{reportId}/metrics', {
  params: { path: { reportId: 'aze-2018' }, query: { year: 2017, topic: 'funding' } },
});
if (report.error !== undefined) throw new Error('report metrics: ' + report.response.status);
const bad = await client.GET('/v1/series/{seriesId}/compare', {
  params: { path: { seriesId: 'aze-protection' }, query: { from: 2015, to: 2015 } },
});
console.log(
  JSON.stringify({
    from: row?.from,
    to: row?.to,
    fromReportId: row?.fromReportId,
    sentence: row?.sentence,
    funding: report.data.data.map((m) => m.observations.map((o) => o.value)),
    bad: bad.response.status,
    badType: bad.response.headers.get('content-type'),
  }),
);
`;

let api: RunningServer;
let dir: string;

beforeAll(async () => {
  api = await startNodeServer('api', [apiEntry]);
  // Inside the tests package, so that openapi-fetch resolves from its node_modules.
  dir = mkdtempSync(join(tests, '.client-'));
});

afterAll(async () => {
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a typed client generated from the served /openapi.json', () => {
  it('typechecks with no casts and calls the running API', async () => {
    const document = await (await fetch(`${api.origin}/openapi.json`)).json();
    writeFileSync(join(dir, 'schema.ts'), astToString(await openapiTS(document)));
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.base.json',
        compilerOptions: { noEmit: true, types: ['node'], strict: true },
        include: ['*.ts'],
      }),
    );
    // The typecheck is the point: a string-typed year or an untyped answer fails here.
    try {
      execFileSync(tsc, ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`the client does not typecheck:\n${(error as { stdout?: string }).stdout}`);
    }
    const out = execFileSync(tsx, [join(dir, 'client.ts')], {
      env: { ...process.env, API_ORIGIN: api.origin },
      encoding: 'utf8',
    });

    const series = getSeries('aze-protection');
    if (!series) throw new Error('core has no aze-protection series');
    const comparison = compare(series, 2015, 2021, ['victims.identified']);
    // Without a row, the expectations below would be undefined and match a missing answer.
    const expected = comparison.rows[0];
    if (!expected) throw new Error('core compares victims.identified in 2015 and 2021');
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({
      from: expected.from,
      to: expected.to,
      fromReportId: expected.fromReportId,
      bad: 400,
      badType: 'application/problem+json',
    });
    expect(answer.sentence).toMatch(/^The government identified 95/);
    expect(answer.sentence).toBe(describeChange(expected, comparison.units));
    expect(answer.funding).toEqual([[150530]]);
  });
});
