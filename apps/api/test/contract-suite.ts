// The contract every runtime is held to: each request below gets the documented status, and every
// JSON body validates against the schema /openapi.json gives for that operation, status and
// media type. contract.test.ts runs it against the app in Node; contract.workerd.test.ts runs it
// against the Worker inside workerd. @cfworker/json-schema runs in both (no eval).
import { type Schema, Validator } from '@cfworker/json-schema';
import {
  series as allSeries,
  csvColumns,
  getReport,
  getSeries,
  localeIds,
  type Report,
  reports,
  type Series,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';

export type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

interface Case {
  path: string;
  status: number;
  method?: string;
  headers?: Record<string, string>;
}

const report = getReport('aze-2018') as Report;
const base = `/v1/reports/${report.id}`;
const [from, to] = report.years as [number, number];
const series = getSeries('aze-protection') as Series;
const seriesBase = `/v1/series/${series.id}`;
const [first, last] = [series.years[0], series.years.at(-1)] as [number, number];

// One metric across countries: one that every series has, and one whose units differ between
// the series that have it (money in each country's currency), both found in the data.
const metricIds = [...new Set(allSeries.flatMap((s) => s.metrics.map((m) => m.id)))];
const everywhere = metricIds.find((id) =>
  allSeries.every((s) => s.metrics.some((m) => m.id === id)),
) as string;
const unitsOf = (id: string) =>
  new Set(allSeries.flatMap((s) => s.metrics.filter((m) => m.id === id).map((m) => m.unit)));
const inTwoUnits = metricIds.find((id) => unitsOf(id).size > 1) as string;
const lacking = allSeries.find((s) => !s.metrics.some((m) => m.id === inTwoUnits)) as Series;
const across = `/v1/metrics/${everywhere}`;
const allYears = [...new Set(allSeries.flatMap((s) => s.years))].sort((a, b) => a - b);

export const contractCases: readonly Case[] = [
  { path: '/healthz', status: 200 },
  { path: '/v1/reports', status: 200 },
  { path: base, status: 200 },
  { path: `${base}/metrics`, status: 200 },
  ...report.topics.map((t) => ({ path: `${base}/metrics?topic=${t.id}`, status: 200 })),
  ...report.years.map((year) => ({ path: `${base}/metrics?year=${year}`, status: 200 })),
  { path: `${base}/metrics?ids=victims.identified,funding.victim_protection`, status: 200 },
  { path: `${base}/metrics?topic=identification&year=${to}&ids=victims.identified`, status: 200 },
  { path: `${base}/metrics?format=csv`, status: 200 },
  { path: `${base}/metrics`, status: 200, headers: { Accept: 'text/csv' } },
  ...report.metrics.map((m) => ({ path: `${base}/metrics/${m.id}`, status: 200 })),
  { path: `${base}/compare?from=${from}&to=${to}`, status: 200 },
  { path: `${base}/compare?from=${to}&to=${from}`, status: 200 },
  { path: `${base}/compare?from=${from}&to=${to}&ids=vac.referrals.atd`, status: 200 },
  { path: `${base}/compare?from=${from}&to=${to}&format=csv`, status: 200 },
  { path: `${base}/findings`, status: 200 },
  { path: `${base}/findings?topic=funding&stance=positive`, status: 200 },
  { path: `${base}/source`, status: 200 },
  { path: `${base}/citation`, status: 200 },
  { path: `${base}/citation?format=bibtex`, status: 200 },
  {
    path: `/oembed?url=${encodeURIComponent(`http://localhost/embed?report=${report.id}`)}`,
    status: 200,
  },
  { path: '/openapi.json', status: 200 },
  { path: '/docs', status: 200 },
  { path: '/', status: 200 },
  { path: '/widget.js', status: 200 },
  { path: '/embed', status: 200 },
  { path: '/problems/not-found', status: 200 },
  // Errors: every one a documented problem.
  { path: '/v1/reports/zzz-1999', status: 404 },
  { path: `${base}/metrics/victims.found`, status: 404 },
  { path: `${base}/metrics/NOT_AN_ID`, status: 404 },
  { path: `${base}/metrics?year=2015`, status: 400 },
  { path: `${base}/metrics?year=soon`, status: 400 },
  { path: `${base}/metrics?topic=weather`, status: 400 },
  { path: `${base}/metrics?ids=victims.found`, status: 400 },
  { path: `${base}/metrics?format=xml`, status: 400 },
  { path: `${base}/compare?from=${from}&to=${from}`, status: 400 },
  { path: `${base}/compare?from=${from}`, status: 400 },
  { path: `${base}/compare?from=1999&to=${to}`, status: 400 },
  { path: `${base}/findings?stance=glowing`, status: 400 },
  { path: `${base}/citation?format=ris`, status: 400 },
  { path: '/oembed?url=https://elsewhere.example/embed', status: 400 },
  // Every report, whether we ship its text (quoted) or cite its page, or could read none of its
  // section (no years: nothing to compare, and a year is a 400 naming none).
  ...reports.flatMap((r) => {
    const at = `/v1/reports/${r.id}`;
    const [a, b] = [r.years[0], r.years.at(-1)];
    const read =
      a === undefined || b === undefined
        ? [{ path: `${at}/compare?from=${r.reportingYear - 1}&to=${r.reportingYear}`, status: 400 }]
        : [
            { path: `${at}/metrics?year=${b}`, status: 200 },
            { path: `${at}/compare?from=${a}&to=${b}`, status: 200 },
          ];
    return [
      { path: at, status: 200 },
      { path: `${at}/metrics`, status: 200 },
      ...read,
      { path: `${at}/findings`, status: 200 },
      { path: `${at}/citation`, status: 200 },
      { path: `${at}/source`, status: r.provenance === 'quoted' ? 200 : 404 },
    ];
  }),
  // Every series.
  ...allSeries.flatMap((s) => {
    const at = `/v1/series/${s.id}`;
    return [
      { path: at, status: 200 },
      { path: `${at}/metrics`, status: 200 },
      { path: `${at}/compare?from=${s.years[0]}&to=${s.years.at(-1)}`, status: 200 },
      { path: `${at}/restatements`, status: 200 },
    ];
  }),
  // One metric across countries.
  { path: across, status: 200 },
  { path: `${across}?series=${allSeries.map((s) => s.id).join(',')}`, status: 200 },
  { path: `${across}?from=${allYears[0]}&to=${allYears.at(-1)}`, status: 200 },
  { path: `${across}?format=csv`, status: 200 },
  { path: across, status: 200, headers: { Accept: 'text/csv' } },
  { path: `/v1/metrics/${inTwoUnits}`, status: 200 },
  { path: `/v1/metrics/${inTwoUnits}?series=${lacking.id}`, status: 200 },
  ...localeIds.map((lang) => ({ path: `${across}?lang=${lang}`, status: 200 })),
  { path: `${across}?format=csv&lang=ru`, status: 200 },
  { path: '/v1/metrics/victims.found', status: 404 },
  { path: '/v1/metrics/NOT_AN_ID', status: 404 },
  { path: `${across}?series=zzz-protection`, status: 400 },
  { path: `${across}?series=${lacking.id}&from=${(lacking.years[0] as number) - 1}`, status: 400 },
  { path: `${across}?from=${allYears.at(-1)}&to=${allYears[0]}`, status: 400 },
  { path: `${across}?from=1999`, status: 400 },
  { path: `${across}?to=soon`, status: 400 },
  { path: `${across}?format=xml`, status: 400 },
  { path: `${across}?lang=xx`, status: 400 },
  { path: across, status: 405, method: 'POST' },
  // The series.
  { path: '/v1/series', status: 200 },
  { path: seriesBase, status: 200 },
  { path: `${seriesBase}/metrics`, status: 200 },
  ...series.topics.map((t) => ({ path: `${seriesBase}/metrics?topic=${t.id}`, status: 200 })),
  ...series.years.map((y) => ({ path: `${seriesBase}/metrics?year=${y}`, status: 200 })),
  { path: `${seriesBase}/metrics?ids=victims.identified,funding.victim_protection`, status: 200 },
  { path: `${seriesBase}/metrics?format=csv`, status: 200 },
  { path: `${seriesBase}/compare?from=${first}&to=${last}`, status: 200 },
  { path: `${seriesBase}/compare?from=${last}&to=${first}&ids=victims.identified`, status: 200 },
  { path: `${seriesBase}/compare?from=${first}&to=${last}&format=csv`, status: 200 },
  { path: `${seriesBase}/restatements`, status: 200 },
  { path: `${seriesBase}/restatements?format=csv`, status: 200 },
  { path: `${seriesBase}/restatements`, status: 200, headers: { Accept: 'text/csv' } },
  ...Object.keys(csvColumns).map((kind) => ({ path: `/v1/csvw/${kind}`, status: 200 })),
  { path: '/v1/csvw/pivot-table', status: 404 },
  { path: '/v1/series/aze-prosecution', status: 404 },
  { path: `${seriesBase}/metrics?year=${first - 1}`, status: 400 },
  { path: `${seriesBase}/metrics?topic=weather`, status: 400 },
  { path: `${seriesBase}/metrics?ids=victims.found`, status: 400 },
  { path: `${seriesBase}/compare?from=${first}&to=${first}`, status: 400 },
  { path: `${seriesBase}/compare?from=${first - 1}&to=${last}`, status: 400 },
  { path: `${seriesBase}/compare?from=${first}`, status: 400 },
  { path: '/oembed', status: 400 },
  { path: '/problems/unheard-of', status: 404 },
  // Pictures of the charts: a series' trend and a report's compare, as SVG and PNG, as built.
  ...['svg', 'png'].flatMap((format) => [
    { path: `${seriesBase}/metrics/victims.identified/chart.${format}`, status: 200 },
    { path: `${base}/metrics/victims.identified/chart.${format}`, status: 200 },
    ...localeIds.map((lang) => ({
      path: `${seriesBase}/metrics/victims.identified/chart.${format}?lang=${lang}&theme=dark`,
      status: 200,
    })),
    { path: `${base}/metrics/victims.identified/chart.${format}?theme=blue`, status: 400 },
    { path: `${base}/metrics/victims.identified/chart.${format}?lang=de`, status: 400 },
    { path: `${base}/metrics/victims.found/chart.${format}`, status: 404 },
    { path: `/v1/series/aze-prosecution/metrics/victims.identified/chart.${format}`, status: 404 },
    ...reports
      .filter((r) => r.metrics.length === 0)
      .map((r) => ({
        path: `/v1/reports/${r.id}/metrics/victims.identified/chart.${format}`,
        status: 404,
      })),
  ]),
  // The country comparison's picture: of every series with the metric (named or not), in each
  // language and theme; another series list, a metric of one series, an unknown one, a problem.
  ...['svg', 'png'].flatMap((format) => [
    { path: `${across}/chart.${format}`, status: 200 },
    {
      path: `${across}/chart.${format}?series=${allSeries.map((s) => s.id).join(',')}`,
      status: 200,
    },
    ...localeIds.map((lang) => ({
      path: `${across}/chart.${format}?lang=${lang}&theme=dark`,
      status: 200,
    })),
    { path: `${across}/chart.${format}?series=${allSeries[0]?.id}`, status: 404 },
    ...metricIds
      .filter((id) => allSeries.filter((s) => s.metrics.some((m) => m.id === id)).length === 1)
      .slice(0, 1)
      .map((id) => ({ path: `/v1/metrics/${id}/chart.${format}`, status: 404 })),
    { path: `/v1/metrics/victims.found/chart.${format}`, status: 404 },
    { path: `${across}/chart.${format}?theme=blue`, status: 400 },
    { path: `${across}/chart.${format}?lang=de`, status: 400 },
  ]),
  {
    path: `/oembed?url=${encodeURIComponent(`http://localhost/embed?series=${allSeries.map((s) => s.id).join(',')}`)}`,
    status: 200,
  },
  // In each language, by `lang` and by Accept-Language: the same shapes, the words translated.
  ...localeIds.flatMap((lang) => [
    { path: `${base}?lang=${lang}`, status: 200 },
    { path: `${base}/metrics?lang=${lang}`, status: 200 },
    { path: `${base}/metrics?topic=funding&format=csv&lang=${lang}`, status: 200 },
    { path: `${base}/metrics/victims.identified?lang=${lang}`, status: 200 },
    { path: `${base}/compare?from=${from}&to=${to}&lang=${lang}`, status: 200 },
    { path: `${base}/compare?from=${from}&to=${to}&format=csv&lang=${lang}`, status: 200 },
    { path: `${seriesBase}?lang=${lang}`, status: 200 },
    { path: `${seriesBase}/metrics?year=${last}&lang=${lang}`, status: 200 },
    { path: `${seriesBase}/compare?from=${first}&to=${last}&lang=${lang}`, status: 200 },
    { path: `${base}/compare?from=${from}&to=${from}&lang=${lang}`, status: 400 },
    { path: `/v1/reports/zzz-1999?lang=${lang}`, status: 404 },
  ]),
  {
    path: `${seriesBase}/compare?from=${first}&to=${last}`,
    status: 200,
    headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' },
  },
  { path: `${base}/metrics`, status: 200, headers: { 'Accept-Language': 'az' } },
  { path: seriesBase, status: 200, headers: { 'Accept-Language': 'de-DE, ru;q=0.5' } },
  { path: `${base}/compare?from=${from}&to=${to}&lang=xx`, status: 400 },
  { path: `${base}/compare?from=1999&to=${to}`, status: 400, headers: { 'Accept-Language': 'ru' } },
  { path: '/v1/reports', status: 405, method: 'POST' },
  { path: `${base}/metrics`, status: 405, method: 'DELETE' },
  { path: '/nowhere', status: 404 },
];

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}

/**
 * A copy of the document in which every object schema refuses properties it does not declare,
 * so an undocumented field in a response fails the contract instead of slipping through.
 */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strict(v)]));
  if (copy.type === 'object' && copy.properties && copy.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  return copy;
}

function operationFor(document: Json, path: string): Operation | undefined {
  const pathname = new URL(path, 'http://localhost').pathname;
  const paths = document.paths as Record<string, Record<string, Operation>>;
  for (const [template, item] of Object.entries(paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(pathname)) return item.get;
  }
  return undefined;
}

const mediaType = (response: Response) => response.headers.get('Content-Type') ?? '';
const isJson = (type: string) => /^application\/([\w.-]+\+)?json\b/.test(type);

async function sha256Tag(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  const base64 = btoa(String.fromCharCode(...digest));
  return `"${base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}"`;
}

export function contractSuite(runtime: string, fetch: Fetch): void {
  describe(`the OpenAPI contract (${runtime})`, () => {
    let documentPromise: Promise<Json> | undefined;
    const document = () => {
      documentPromise ??= fetch('/openapi.json').then((r) => r.json() as Promise<Json>);
      return documentPromise;
    };
    // The strict copy is made once: every case validates against the same document.
    let strictPromise: Promise<Json> | undefined;
    const strictDocument = () => {
      strictPromise ??= document().then((doc) => strict(doc) as Json);
      return strictPromise;
    };
    /** A JSON Schema 2020-12 validator of one schema of the (strict) document. */
    const validatorFor = (doc: Json, schema: Json | undefined) =>
      new Validator({ ...schema, components: doc.components } as Schema, '2020-12', false);
    /** The validator of an operation's documented 200 JSON body. */
    const okJsonValidator = async (path: string) => {
      const doc = await strictDocument();
      const op = operationFor(doc, path) as Operation;
      return validatorFor(doc, op.responses['200']?.content?.['application/json']?.schema);
    };

    it('serves an OpenAPI 3.1 document that describes every route', async () => {
      const doc = await document();
      expect(doc.openapi).toBe('3.1.0');
      for (const c of contractCases.filter((c) => c.status === 200)) {
        expect(operationFor(doc, c.path), c.path).toBeDefined();
      }
    });

    for (const c of contractCases) {
      const label = `${c.method ?? 'GET'} ${c.path}${c.headers ? ` (${JSON.stringify(c.headers)})` : ''}`;
      it(`${label} → ${c.status}, as documented`, async () => {
        const response = await fetch(c.path, {
          method: c.method ?? 'GET',
          ...(c.headers ? { headers: c.headers } : {}),
        });
        expect(response.status).toBe(c.status);
        const type = mediaType(response);
        const body = await response.arrayBuffer();
        const doc = await strictDocument();

        if (c.status >= 400) {
          expect(type).toBe('application/problem+json');
          const problem = JSON.parse(new TextDecoder().decode(body)) as Json;
          expect(problem.status).toBe(c.status);
          expect(problem.instance).toBe(
            new URL(c.path, 'http://localhost').pathname +
              new URL(c.path, 'http://localhost').search,
          );
        } else {
          // A strong ETag that is the SHA-256 of exactly these bytes.
          expect(response.headers.get('ETag')).toBe(await sha256Tag(body));
        }

        const operation = operationFor(doc, c.path);
        const components = (doc.components as Json).schemas as Json;
        let schema: Json | undefined;
        if (operation === undefined) {
          expect(c.status).toBe(404);
          schema = components.Problem as Json;
        } else {
          const documented = operation.responses[String(c.status)];
          expect(documented, `${label}: status ${c.status} is documented`).toBeDefined();
          const content = documented?.content ?? {};
          const key = Object.keys(content).find((k) => type.startsWith(k.split(';')[0] as string));
          expect(key, `${label}: ${type} is documented`).toBeDefined();
          schema = content[key as string]?.schema;
        }
        if (isJson(type)) {
          const result = validatorFor(doc, schema).validate(
            JSON.parse(new TextDecoder().decode(body)),
          );
          expect(result.errors.slice(0, 5), label).toEqual([]);
          expect(result.valid).toBe(true);
        }
      });
    }

    it('answers in the words of the language asked for, not only with its Content-Language', async () => {
      const at = `${base}/compare?from=${from}&to=${to}`;
      type Rows = { data: { rows: { metricId: string; sentence: string }[] } };
      const ru = (await (await fetch(`${at}&lang=ru`)).json()) as Rows;
      const identified = ru.data.rows.find((r) => r.metricId === 'victims.identified');
      expect(identified?.sentence).toMatch(/жертв/);
      const az = await fetch(at, { headers: { 'Accept-Language': 'az' } });
      expect(az.headers.get('Content-Language')).toBe('az');
      expect(await az.text()).toContain('qurban');
      const timeline = (await (await fetch(`${seriesBase}?lang=ru`)).json()) as {
        data: { editions: { tierLabel?: string }[] };
      };
      expect(timeline.data.editions[0]?.tierLabel).toMatch(/^Уровень/);
    });

    it('the contract can fail: a body with a field the schema lacks is rejected', async () => {
      const validator = await okJsonValidator(`${base}/metrics`);
      const body = (await (await fetch(`${base}/metrics`)).json()) as { data: Json[] };
      expect(validator.validate(body).valid).toBe(true);
      (body.data[0] as Json).undocumented = true;
      expect(validator.validate(body).valid).toBe(false);
      (body.data[0] as Json).undocumented = undefined;
      delete (body.data[0] as Json).undocumented;
      ((body.data[0] as { observations: Json[] }).observations[0] as Json).value = '71';
      expect(validator.validate(body).valid).toBe(false);
    });

    it("the contract can fail for a series too: a point's or statement's undocumented field, a cited source without its locator", async () => {
      const validator = await okJsonValidator(`${seriesBase}/metrics`);
      const fresh = async () =>
        (await (await fetch(`${seriesBase}/metrics?ids=victims.identified`)).json()) as {
          data: { points: (Json & { statements: Json[]; source: Json })[] }[];
        };
      const body = await fresh();
      expect(validator.validate(body).valid).toBe(true);
      const point = body.data[0]?.points[0] as Json & { statements: Json[]; source: Json };
      point.undocumented = true;
      expect(validator.validate(body).valid).toBe(false);
      const statement = await fresh();
      (statement.data[0]?.points[0]?.statements[0] as Json).undocumented = true;
      expect(validator.validate(statement).valid).toBe(false);
      const cited = await fresh();
      const source = cited.data[0]?.points[0]?.source as Json;
      expect(source.kind).toBe('cited');
      delete source.locator;
      expect(validator.validate(cited).valid).toBe(false);
    });
  });
}
