// Requests for every GET operation of an OpenAPI document, good and bad, derived from the
// document itself: its enums, examples and ranges, plus the facts a client reads from the API's
// own answers (a report's years, metric ids and topics). A contract test replays them through a
// validating proxy, so a new operation or parameter is probed without a hand-kept list.

type Json = Record<string, unknown>;

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One request to send: the operation it is for, its path and query, and its headers. */
export interface Probe {
  operationId: string;
  path: string;
  headers: Record<string, string>;
  /** What the request tries, for the failure message: `valid`, or what is wrong with it. */
  intent: string;
}

/** What a report or series says about itself (its detail answer), which other answers check. */
interface Facts {
  years: number[];
  metricIds: string[];
  topics: string[];
}

/** A value of a parameter, and what it tries. */
type Value = readonly [value: string, intent: string];

const DEFAULT_INTENT = 'valid';

/** The GET operations of the document, with their path templates. */
export function getOperations(document: OpenApiDocument): { template: string; op: Operation }[] {
  return Object.entries(document.paths).flatMap(([template, item]) =>
    item.get ? [{ template, op: item.get }] : [],
  );
}

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema {
  let found = schema ?? {};
  for (let hops = 0; found.$ref !== undefined && hops < 10; hops++) {
    const name = found.$ref.replace('#/components/schemas/', '');
    found = document.components?.schemas?.[name] ?? {};
  }
  return found;
}

/**
 * An id of the same shape as a real one that names nothing: `aze-2018` → `zzz-9999`, so it passes
 * a pattern and reaches the lookup that answers 404.
 */
const unknownLike = (id: string) =>
  id.replace(/[a-z]/g, 'z').replace(/[A-Z]/g, 'Z').replace(/\d/g, '9');

const fill = (template: string, binding: Record<string, string>) =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(binding[name] ?? ''));

const withQuery = (path: string, query: readonly (readonly [string, string])[]) =>
  query.length === 0 ? path : `${path}?${new URLSearchParams(query.map(([k, v]) => [k, v]))}`;

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Builds the probes. `get` reads JSON from the API (for the facts of each report or series);
 * `origin` is where the API is, for a parameter whose example is a URL of this server.
 */
export async function buildProbes(
  document: OpenApiDocument,
  get: (path: string) => Promise<unknown>,
  origin: string,
): Promise<Probe[]> {
  const operations = getOperations(document);

  // The facts of the resource a path parameter names: the JSON answer of the operation whose path
  // ends with that parameter alone (`/v1/reports/{reportId}` for reportId).
  const factsCache = new Map<string, Promise<Facts | undefined>>();
  const factsOf = (name: string, id: string): Promise<Facts | undefined> => {
    const key = `${name}=${id}`;
    let found = factsCache.get(key);
    if (found === undefined) {
      const detail = operations.find(
        ({ template, op }) =>
          template.endsWith(`/{${name}}`) &&
          template.split('{').length === 2 &&
          op.responses['200']?.content?.['application/json'] !== undefined,
      );
      found = detail
        ? get(fill(detail.template, { [name]: id })).then((answer) => {
            const data = (answer as { data?: Json }).data ?? {};
            return {
              years: (data.years as number[] | undefined) ?? [],
              metricIds: (data.metricIds as string[] | undefined) ?? [],
              topics: ((data.topics as { id: string }[] | undefined) ?? []).map((t) => t.id),
            };
          })
        : Promise.resolve(undefined);
      factsCache.set(key, found);
    }
    return found;
  };

  const probes: Probe[] = [];
  for (const { template, op } of operations) {
    const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
    const picture = Object.keys(op.responses['200']?.content ?? {}).some((type) =>
      type.startsWith('image/'),
    );
    const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');

    // Every combination of the path parameters' values: enums, then ids read from the parent's
    // facts (a report's metric ids).
    let bindings: { binding: Record<string, string>; facts: Facts | undefined }[] = [
      { binding: {}, facts: undefined },
    ];
    for (const p of pathParams) {
      const schema = resolve(document, p.schema);
      const next: typeof bindings = [];
      for (const { binding, facts } of bindings) {
        const example = schema.example === undefined ? [] : [String(schema.example)];
        const read = fromFacts(p.name, facts);
        // A picture (an operation whose 200 is no JSON) is a built file per metric, served by
        // one path: the first metric of each report or series stands for the rest, which would
        // otherwise add thousands of probes that all take that path.
        const values =
          schema.enum?.map(String) ?? (read && picture ? read.slice(0, 1) : read) ?? example;
        // A parent may name none (an edition none of whose section was read has no metric).
        for (const value of values) {
          const own = await factsOf(p.name, value);
          next.push({ binding: { ...binding, [p.name]: value }, facts: own ?? facts });
        }
      }
      if (next.length === 0) {
        throw new Error(`${op.operationId}: no values for the path parameter ${p.name}`);
      }
      bindings = next;
    }

    const valid = (p: Parameter, facts: Facts | undefined): string[] => {
      const schema = resolve(document, p.schema);
      if (schema.enum) return schema.enum.map(String);
      if (schema.type === 'integer') {
        if (facts && facts.years.length > 0) return facts.years.map(String);
        if (schema.example !== undefined) return [String(schema.example)];
      }
      const fromData = fromFacts(p.name, facts);
      const example = exampleOf(schema, origin);
      const values = unique([...(example === undefined ? [] : [example]), ...(fromData ?? [])]);
      if (values.length === 0) {
        throw new Error(`${op.operationId}: no valid value for the query parameter ${p.name}`);
      }
      return values;
    };

    const invalid = (p: Parameter, facts: Facts | undefined): Value[] => {
      const schema = resolve(document, p.schema);
      if (schema.enum) return [['xx', `${p.name} not one of its values`]];
      if (schema.type === 'integer') {
        const values: Value[] = [
          ['soon', `${p.name} not a number`],
          ['2016.5', `${p.name} not an integer`],
        ];
        if (schema.minimum !== undefined) {
          values.push([String(schema.minimum - 1), `${p.name} below the minimum`]);
        }
        if (schema.maximum !== undefined) {
          values.push([String(schema.maximum + 1), `${p.name} above the maximum`]);
        }
        // In the document's range, but not a year this report or series has.
        const missing = facts && rangeOf(schema).find((y) => !facts.years.includes(y));
        if (missing !== undefined) values.push([String(missing), `${p.name} not a year it has`]);
        return values;
      }
      const example = exampleOf(schema, origin);
      if (example !== undefined && /^https?:/.test(example)) {
        return [
          ['https://elsewhere.example/embed', `${p.name} of another server`],
          ['not a url', `${p.name} not a URL`],
        ];
      }
      if (schema.pattern !== undefined) return [['0', `${p.name} not matching its pattern`]];
      return [['not.a.thing', `${p.name} naming nothing`]];
    };

    // The required parameters, each valid and none the same as another (`from` and `to` are two
    // different years).
    const requiredQuery = (required: Parameter[], facts: Facts | undefined) => {
      const query: [string, string][] = [];
      for (const p of required) {
        const values = valid(p, facts);
        const value = values.find((v) => !query.some(([, taken]) => taken === v)) ?? values[0];
        query.push([p.name, value as string]);
      }
      return query;
    };

    for (const [index, { binding, facts }] of bindings.entries()) {
      const path = fill(template, binding);
      const required = queryParams.filter((p) => p.required);
      const optional = queryParams.filter((p) => !p.required);
      const base = requiredQuery(required, facts);
      const add = (query: readonly (readonly [string, string])[], intent: string, headers = {}) =>
        probes.push({
          operationId: op.operationId,
          path: withQuery(path, query),
          headers,
          intent,
        });

      add(base, DEFAULT_INTENT);
      const has = (name: string) => queryParams.some((p) => p.name === name);
      if (has('lang')) {
        for (const language of ['ru-RU,ru;q=0.9', 'az', 'de-DE, ru;q=0.5']) {
          add(base, `Accept-Language: ${language}`, { 'Accept-Language': language });
        }
      }
      // The 200's other media types, by Accept (CSV).
      const types = Object.keys(op.responses['200']?.content ?? {});
      if (types.includes('text/csv')) add(base, 'Accept: text/csv', { Accept: 'text/csv' });
      // A static file's byte ranges.
      if (op.responses['206'] !== undefined) {
        add(base, 'Range: bytes=0-99', { Range: 'bytes=0-99' });
        add(base, 'Range: bytes=-50', { Range: 'bytes=-50' });
        add(base, 'Range past the end', { Range: 'bytes=99999999-' });
      }

      // The many values of a parameter are tried on the first binding only, and a few on every
      // other (one report's metrics in each format and language is enough for the rest).
      const every = index === 0;
      for (const p of queryParams) {
        const values = valid(p, facts);
        const tried = every ? values : values.slice(0, 1).concat(values.slice(-1));
        for (const value of unique(tried)) {
          if (p.required && value === base.find(([k]) => k === p.name)?.[1]) continue;
          add([...base.filter(([k]) => k !== p.name), [p.name, value]], `${p.name}=${value}`);
        }
        for (const [value, intent] of every ? invalid(p, facts) : invalid(p, facts).slice(0, 1)) {
          add([...base.filter(([k]) => k !== p.name), [p.name, value]], intent);
        }
        if (p.required) {
          add(
            base.filter(([k]) => k !== p.name),
            `${p.name} missing`,
          );
        }
      }
      // Every optional parameter at once, in each language and format.
      if (optional.length > 1 && facts) {
        const all: [string, string][] = [...base];
        for (const p of optional) {
          if (p.name === 'lang' || p.name === 'format') continue;
          const own = fromFacts(p.name, facts);
          const value = own?.[0] ?? valid(p, facts)[0];
          if (value !== undefined) all.push([p.name, value]);
        }
        const langs = has('lang')
          ? valid(queryParams.find((p) => p.name === 'lang') as Parameter, facts)
          : [undefined];
        const formats = has('format')
          ? valid(queryParams.find((p) => p.name === 'format') as Parameter, facts)
          : [undefined];
        for (const lang of langs) {
          for (const format of formats) {
            const query: [string, string][] = [...all];
            if (lang) query.push(['lang', lang]);
            if (format) query.push(['format', format]);
            add(
              query,
              `every filter${lang ? `, lang=${lang}` : ''}${format ? `, format=${format}` : ''}`,
            );
          }
        }
      }
      // Two years: reversed, and the same year twice.
      const years = required.filter((p) => resolve(document, p.schema).type === 'integer');
      if (years.length === 2 && facts && facts.years.length > 1) {
        const [a, b] = years as [Parameter, Parameter];
        const first = String(facts.years[0]);
        const last = String(facts.years.at(-1));
        const others = base.filter(([k]) => k !== a.name && k !== b.name);
        add([...others, [a.name, last], [b.name, first]], 'the years reversed');
        add([...others, [a.name, first], [b.name, first]], 'the same year twice');
      }
    }

    // Each path parameter naming nothing: an id of the right shape, and one of no shape at all.
    const first = bindings[0]?.binding ?? {};
    const firstFacts = bindings[0]?.facts;
    const base = requiredQuery(
      queryParams.filter((p) => p.required),
      firstFacts,
    );
    for (const p of pathParams) {
      const real = first[p.name] as string;
      for (const [value, intent] of [
        [unknownLike(real), `${p.name} naming nothing`],
        ['NOT_AN_ID', `${p.name} of no valid shape`],
      ] as const) {
        probes.push({
          operationId: op.operationId,
          path: withQuery(fill(template, { ...first, [p.name]: value }), base),
          headers: {},
          intent,
        });
      }
    }
  }
  return probes;
}

/** Ids a parameter takes that the data lists: metric ids, topics. */
function fromFacts(name: string, facts: Facts | undefined): string[] | undefined {
  if (facts === undefined) return undefined;
  if (name === 'metricId') return facts.metricIds;
  if (name === 'ids')
    return facts.metricIds.length > 0 ? [facts.metricIds.slice(0, 2).join(',')] : [];
  if (name === 'topic') return facts.topics;
  return undefined;
}

/** The example of a string parameter, a URL of this server pointed at the server under test. */
function exampleOf(schema: Schema, origin: string): string | undefined {
  if (schema.example === undefined) return undefined;
  const example = String(schema.example);
  if (!/^https?:\/\//.test(example)) return example;
  const url = new URL(example);
  return `${origin}${url.pathname}${url.search}`;
}

function rangeOf(schema: Schema): number[] {
  const { minimum, maximum } = schema;
  if (minimum === undefined || maximum === undefined) return [];
  return Array.from({ length: maximum - minimum + 1 }, (_, i) => minimum + i);
}
