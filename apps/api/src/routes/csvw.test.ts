import { readFileSync } from 'node:fs';
import { type CsvKind, csvColumns, csvTableSchema, series } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp();
const kinds = Object.keys(csvColumns) as CsvKind[];

describe('GET /v1/csvw/{kind}', () => {
  it.each(kinds)('%s: the CSVW table schema of core’s columns, cacheable', async (kind) => {
    const res = await app.request(`/v1/csvw/${kind}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/csvm+json');
    expect(res.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
    const body = await res.json();
    expect(body).toEqual(csvTableSchema(kind));
    expect(body['@context']).toBe('http://www.w3.org/ns/csvw');
    expect(body.tableSchema.columns.map((c: { name: string }) => c.name)).toEqual(
      csvColumns[kind].map((c) => c.name),
    );
  });

  it('an unknown kind is a 404 problem listing the kinds', async () => {
    const res = await app.request('/v1/csvw/pivot-table');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await res.json()).allowed).toEqual(kinds);
  });

  it('every CSV answer’s describedby link names the schema of the columns it has', async () => {
    const [s] = series;
    if (s === undefined) throw new Error('core ships no series');
    const [first, last] = [s.years[0], s.years.at(-1)];
    const answers = [
      '/v1/reports/aze-2018/metrics?format=csv',
      '/v1/reports/aze-2022/compare?from=2020&to=2021&format=csv',
      `/v1/series/${s.id}/metrics?format=csv`,
      `/v1/series/${s.id}/compare?from=${first}&to=${last}&format=csv`,
      `/v1/series/${s.id}/restatements?format=csv`,
      `/v1/metrics/${s.metrics[0]?.id}?format=csv`,
    ];
    for (const path of answers) {
      const res = await app.request(path);
      const schemaPath = res.headers.get('Link')?.match(/<([^>]+)>; rel="describedby"/)?.[1];
      expect(schemaPath, path).toBeDefined();
      const schema = await (await app.request(schemaPath as string)).json();
      const header = (await res.text()).split('\r\n')[0];
      expect(header, path).toBe(
        schema.tableSchema.columns.map((c: { name: string }) => c.name).join(','),
      );
    }
  });
});

describe('the README’s column tables', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it.each(kinds)('%s: the README lists core’s columns, types and meanings', (kind) => {
    // The table under the heading `#### \`kind\``: | `name` | type | meaning |
    const section = readme.split(`#### \`${kind}\``)[1]?.split('\n#')[0] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line.split(' | ').map((cell) => cell.replace(/^\| /, '').replace(/ \|$/, '').trim()),
      )
      .map(([name, type, meaning]) => ({
        name: name?.replace(/`/g, ''),
        type,
        meaning: meaning?.replace(/\\\|/g, '|'),
      }));
    expect(rows).toEqual(
      csvColumns[kind].map(({ name, type, meaning }) => ({ name, type, meaning })),
    );
  });
});
