// What an analyst does with our CSV: download every file of a kind (every report or series, every
// language, the comparisons of its years) and read them together in DuckDB. Each kind must give
// one set of column types, whatever report it comes from: read with the types of the CSVW table
// schema each answer links to (as apps/api/README.md tells analysts), every value conforms and
// UNION BY NAME keeps every number a number; read with plain auto-detection, every column that
// has a value gets the same type in every file, and the header is the same. The reports, series
// and languages come from the API's own listings, so a new report is tested without a new line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEntry, type RunningServer, startNodeServer } from '../../support/node-server.js';

interface TableSchema {
  tableSchema: {
    columns: { name: string; datatype: string }[];
    primaryKey: string[];
  };
}

/** One downloaded CSV: where it came from, where it is on disk, and the schema it links to. */
interface Download {
  path: string;
  file: string;
  schemaPath: string;
}

// DuckDB's names for the CSVW datatypes the schema uses.
const duckdbType: Record<string, string> = {
  string: 'VARCHAR',
  anyURI: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
};
/** What auto-detection may make of a non-empty column of each datatype. */
const detectedAs: Record<string, readonly string[]> = {
  string: ['VARCHAR'],
  anyURI: ['VARCHAR'],
  integer: ['BIGINT'],
  // Every figure we ship is whole; a fractional one would be read as DOUBLE everywhere.
  number: ['BIGINT', 'DOUBLE'],
  boolean: ['BOOLEAN'],
};

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
const sqlName = (name: string) => `"${name.replaceAll('"', '""')}"`;
const fileList = (files: readonly Download[]) =>
  `[${files.map((f) => sqlString(f.file)).join(', ')}]`;
/** A DuckDB struct literal of every column's declared type: `{'year': 'BIGINT', …}`. */
const declaredTypes = (schema: TableSchema) =>
  `{${schema.tableSchema.columns.map((c) => `${sqlString(c.name)}: ${sqlString(duckdbType[c.datatype] as string)}`).join(', ')}}`;

let api: RunningServer;
let dir: string;
let db: DuckDBInstance;
let sql: DuckDBConnection;
/** Every CSV downloaded, by the schema path its describedby link names (one per kind). */
const byKind = new Map<string, Download[]>();
const schemas = new Map<string, TableSchema>();
const fileNames = new Set<string>();
let downloads = 0;

const rows = async (query: string) => (await sql.runAndReadAll(query)).getRowObjectsJS();

async function download(path: string): Promise<void> {
  const res = await fetch(`${api.origin}${path}`);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('Content-Type'), path).toMatch(/^text\/csv/);
  const name = res.headers.get('Content-Disposition')?.match(/filename="([^"]+)"/)?.[1];
  expect(name, path).toBeDefined();
  const schemaPath = res.headers.get('Link')?.match(/<([^>]+)>; rel="describedby"/)?.[1];
  expect(schemaPath, path).toBeDefined();
  const body = await res.text();
  expect(body.charCodeAt(0), `${path}: no byte-order mark in the API's CSV`).not.toBe(0xfeff);
  // Saved under the name the API gives it, as a browser would: no two files may share it.
  fileNames.add(name as string);
  downloads += 1;
  const file = join(dir, name as string);
  writeFileSync(file, body);
  const list = byKind.get(schemaPath as string) ?? [];
  list.push({ path, file, schemaPath: schemaPath as string });
  byKind.set(schemaPath as string, list);
  if (!schemas.has(schemaPath as string)) {
    schemas.set(
      schemaPath as string,
      (await (await fetch(`${api.origin}${schemaPath}`)).json()) as TableSchema,
    );
  }
}

beforeAll(async () => {
  api = await startNodeServer('api', [apiEntry]);
  dir = mkdtempSync(join(tmpdir(), 'tip-report-csv-'));
  db = await DuckDBInstance.create(':memory:');
  sql = await db.connect();

  const get = async <T>(path: string) =>
    ((await (await fetch(`${api.origin}${path}`)).json()) as { data: T }).data;
  const reports = await get<{ id: string; years: number[] }[]>('/v1/reports');
  const series = await get<{ id: string; years: number[] }[]>('/v1/series');
  // The languages the API answers in, as its OpenAPI document lists them for `lang`.
  const openapi = (await (await fetch(`${api.origin}/openapi.json`)).json()) as {
    paths: Record<
      string,
      { get: { parameters?: { name: string; schema: { enum?: string[] } }[] } }
    >;
  };
  const langs =
    openapi.paths['/v1/reports/{reportId}/metrics']?.get.parameters?.find((p) => p.name === 'lang')
      ?.schema.enum ?? [];
  expect(langs.length).toBeGreaterThan(1);
  expect(reports.length).toBeGreaterThan(1);
  expect(series.length).toBeGreaterThan(0);

  const paths: string[] = [];
  for (const lang of langs) {
    for (const r of reports) {
      paths.push(`/v1/reports/${r.id}/metrics?format=csv&lang=${lang}`);
      const [first, last] = [r.years[0], r.years.at(-1)];
      if (first !== last) {
        paths.push(`/v1/reports/${r.id}/compare?from=${first}&to=${last}&format=csv&lang=${lang}`);
      }
    }
    for (const s of series) {
      paths.push(`/v1/series/${s.id}/metrics?format=csv&lang=${lang}`);
      // Every pair of neighbouring years: some years have dollars on one side only.
      for (const [i, year] of s.years.slice(1).entries()) {
        paths.push(
          `/v1/series/${s.id}/compare?from=${s.years[i]}&to=${year}&format=csv&lang=${lang}`,
        );
      }
    }
  }
  for (const s of series) paths.push(`/v1/series/${s.id}/restatements?format=csv`);
  // One metric across countries: every metric any series has, in every language.
  const metricIds = new Set<string>();
  for (const s of series) {
    for (const id of (await get<{ metricIds: string[] }>(`/v1/series/${s.id}`)).metricIds)
      metricIds.add(id);
  }
  expect(metricIds.size).toBeGreaterThan(1);
  for (const lang of langs) {
    for (const id of metricIds) paths.push(`/v1/metrics/${id}?format=csv&lang=${lang}`);
  }
  for (const path of paths) await download(path);
});

afterAll(async () => {
  sql?.closeSync();
  db?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await api?.stop();
});

describe('every CSV of every report, series and language, read by DuckDB', () => {
  it('comes as the six kinds, each with its table schema, and no two files share a name', () => {
    expect([...byKind.keys()].sort()).toEqual([
      '/v1/csvw/country-compare',
      '/v1/csvw/report-compare',
      '/v1/csvw/report-metrics',
      '/v1/csvw/restatements',
      '/v1/csvw/series-compare',
      '/v1/csvw/series-metrics',
    ]);
    expect(fileNames.size).toBe(downloads);
  });

  it('with the declared types: every value conforms, and UNION BY NAME keeps numbers numbers', async () => {
    for (const [kind, files] of byKind) {
      const schema = schemas.get(kind) as TableSchema;
      const declared = schema.tableSchema.columns.map((c) => ({
        column_name: c.name,
        column_type: duckdbType[c.datatype],
      }));
      // Strictly as declared: a value that is not its column's type is an error, not text.
      const strict = `read_csv(${fileList(files)}, header = true, auto_detect = false, columns = ${declaredTypes(schema)})`;
      const [count] = await rows(`SELECT count(*) AS n FROM ${strict}`);
      expect(Number(count?.n), kind).toBeGreaterThan(0);
      // As the README tells analysts: auto-detection with the declared types, by name.
      const united = await rows(
        `DESCRIBE SELECT * FROM read_csv(${fileList(files)}, header = true, union_by_name = true, types = ${declaredTypes(schema)})`,
      );
      expect(
        united.map((r) => ({ column_name: r.column_name, column_type: r.column_type })),
        kind,
      ).toEqual(declared);
    }
  });

  it('with plain auto-detection: one header and one type per column that has a value', async () => {
    for (const [kind, files] of byKind) {
      const schema = schemas.get(kind) as TableSchema;
      const names = schema.tableSchema.columns.map((c) => c.name);
      const typesSeen = new Map<string, Map<string, string[]>>();
      for (const f of files) {
        const described = await rows(`DESCRIBE SELECT * FROM read_csv_auto(${sqlString(f.file)})`);
        expect(
          described.map((r) => r.column_name),
          f.path,
        ).toEqual(names);
        const counts = await rows(
          `SELECT ${names.map((n) => `count(${sqlName(n)}) AS ${sqlName(n)}`).join(', ')} FROM read_csv_auto(${sqlString(f.file)})`,
        );
        for (const r of described) {
          const name = r.column_name as string;
          if (Number(counts[0]?.[name]) === 0) continue; // all empty: DuckDB guesses VARCHAR
          const seen = typesSeen.get(name) ?? new Map<string, string[]>();
          seen.set(r.column_type as string, [...(seen.get(r.column_type as string) ?? []), f.path]);
          typesSeen.set(name, seen);
        }
      }
      for (const column of schema.tableSchema.columns) {
        const seen = typesSeen.get(column.name);
        if (seen === undefined) continue;
        const types = [...seen.keys()];
        expect(
          types,
          `${kind} ${column.name}: ${JSON.stringify(Object.fromEntries(seen))}`,
        ).toHaveLength(1);
        expect(detectedAs[column.datatype], `${kind} ${column.name}`).toContain(types[0]);
      }
      // Each year column is read as an integer wherever it has a value.
      for (const year of ['year', 'from_year', 'to_year', 'edition']) {
        if (typesSeen.has(year))
          expect([...(typesSeen.get(year)?.keys() ?? [])]).toEqual(['BIGINT']);
      }
    }
  });

  it('each file has one line per key of its schema', async () => {
    for (const [kind, files] of byKind) {
      const schema = schemas.get(kind) as TableSchema;
      const key = schema.tableSchema.primaryKey.map(sqlName).join(', ');
      const duplicates = await rows(
        `SELECT filename, ${key}, count(*) AS n FROM read_csv(${fileList(files)}, header = true, filename = true, types = ${declaredTypes(schema)}) GROUP BY ALL HAVING count(*) > 1`,
      );
      expect(duplicates, kind).toEqual([]);
    }
  });

  it('a year not reported is NULL, never 0, and says nothing of approximate or derived', async () => {
    for (const kind of ['/v1/csvw/report-metrics', '/v1/csvw/series-metrics']) {
      const schema = schemas.get(kind) as TableSchema;
      const table = `read_csv(${fileList(byKind.get(kind) ?? [])}, header = true, types = ${declaredTypes(schema)})`;
      const [marks] = await rows(
        `SELECT count(*) AS n, count(value) AS "values", count(usd) AS usd, count(approximate) AS approximate, count(derived) AS derived FROM ${table} WHERE status = 'not-reported'`,
      );
      expect(Number(marks?.n), kind).toBeGreaterThan(0);
      expect(marks, kind).toMatchObject({ values: 0n, usd: 0n, approximate: 0n, derived: 0n });
      // A stated figure always says whether it is approximate and derived.
      const [stated] = await rows(
        `SELECT count(*) FILTER (WHERE value IS NULL OR approximate IS NULL OR derived IS NULL) AS missing FROM ${table} WHERE status = 'stated'`,
      );
      expect(stated?.missing, kind).toBe(0n);
    }
    const compare = schemas.get('/v1/csvw/series-compare') as TableSchema;
    const [oneYear] = await rows(
      `SELECT count(*) AS n, count(*) FILTER (WHERE (from_value IS NULL) = (to_value IS NULL) OR change IS NOT NULL) AS wrong FROM read_csv(${fileList(byKind.get('/v1/csvw/series-compare') ?? [])}, header = true, types = ${declaredTypes(compare)}) WHERE missing IS NOT NULL`,
    );
    expect(Number(oneYear?.n)).toBeGreaterThan(0);
    expect(oneYear?.wrong).toBe(0n);
  });

  it('no column needs quoting in SQL: SELECT from_value, to_value, quote_end …', async () => {
    const files = byKind.get('/v1/csvw/report-compare') ?? [];
    const picked = await rows(
      `SELECT metric_id, from_value, to_value, change FROM read_csv_auto(${sqlString((files[0] as Download).file)}) WHERE to_value IS NOT NULL AND from_value IS NOT NULL LIMIT 1`,
    );
    expect(picked).toHaveLength(1);
    const metrics = schemas.get('/v1/csvw/report-metrics') as TableSchema;
    const quoted = await rows(
      `SELECT count(*) AS n, count(*) FILTER (WHERE quote_end - quote_start <> length(quote)) AS wrong FROM read_csv(${fileList(byKind.get('/v1/csvw/report-metrics') ?? [])}, header = true, types = ${declaredTypes(metrics)}) WHERE quote IS NOT NULL`,
    );
    expect(Number(quoted[0]?.n)).toBeGreaterThan(0);
    expect(quoted[0]?.wrong).toBe(0n);
  });
});
