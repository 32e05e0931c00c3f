import { createHash } from 'node:crypto';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/**
 * A response body computed once, with its strong ETag. The data is static, so every body the API
 * serves is built and hashed at start-up (or, for a free-form `ids` list, on first use) and each
 * request only copies bytes. `node:crypto` hashes synchronously in Node and in workerd
 * (nodejs_compat), which lets module initialisation do it.
 */
export interface Representation {
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
}

declare const jsonValue: unique symbol;
/** A JSON representation that remembers, for the type checker only, the value it encodes. */
export interface JsonRepresentation<T> extends Representation {
  readonly [jsonValue]?: T;
}

export function represent(
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Representation {
  const digest = createHash('sha256').update(body, 'utf8').digest('base64url');
  return Object.freeze({ body, contentType, etag: `"${digest}"`, headers: Object.freeze(headers) });
}

export const JSON_TYPE = 'application/json';
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

/** Public data: browsers keep it 5 minutes, shared caches a day, and may serve it stale a week. */
export const PUBLIC_CACHE = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800';

export const representJson = <T>(
  value: T,
  headers?: Record<string, string>,
  contentType = JSON_TYPE,
): JsonRepresentation<T> => represent(JSON.stringify(value), contentType, headers);

/** Sends a precomputed representation; the etag middleware answers 304 from its ETag. */
export function send(
  c: Context,
  representation: Representation,
  cacheControl: string = PUBLIC_CACHE,
): Response {
  return c.body(representation.body, 200, {
    'Content-Type': representation.contentType,
    ETag: representation.etag,
    'Cache-Control': cacheControl,
    ...representation.headers,
  });
}

/**
 * `send` for a JSON route: typed like `c.json(value, 200)`, so the route's response schema checks
 * the value the representation was built from.
 */
export const sendJson = <T>(
  c: Context,
  representation: JsonRepresentation<T>,
  cacheControl?: string,
) => send(c, representation, cacheControl) as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

/** `send` for a text/plain route, typed like `c.text(…, 200)`. */
export const sendText = (c: Context, representation: Representation) =>
  send(c, representation) as Response & TypedResponse<string, 200, 'text'>;

/**
 * Memoises representations by a canonical key. Keys from closed sets (topics, years, formats) are
 * filled at start-up with `keep` and never dropped; keys from free-form input (`ids` lists) are
 * added on first use by `get`, and the oldest of those is dropped past `limit`, so no caller can
 * grow memory without bound.
 */
export class RepresentationCache<R extends Representation = Representation> {
  readonly #kept = new Map<string, R>();
  readonly #recent = new Map<string, R>();
  constructor(readonly limit: number) {}

  keep(key: string, build: () => R): R {
    let found = this.#kept.get(key);
    if (found === undefined) {
      found = build();
      this.#kept.set(key, found);
    }
    return found;
  }

  get(key: string, build: () => R): R {
    const kept = this.#kept.get(key);
    if (kept !== undefined) return kept;
    let found = this.#recent.get(key);
    if (found === undefined) {
      found = build();
      this.#recent.set(key, found);
      if (this.#recent.size > this.limit) {
        this.#recent.delete(this.#recent.keys().next().value as string);
      }
    }
    return found;
  }

  /** How many representations are held: kept and recent. */
  get size(): { kept: number; recent: number } {
    return { kept: this.#kept.size, recent: this.#recent.size };
  }
}

/** Builds a value for every report (or series) up front and looks it up by it afterwards. */
export function perSource<R extends { id: string }, T>(
  all: readonly R[],
  build: (report: R) => T,
): (report: R) => T {
  const built = new Map(all.map((r) => [r.id, build(r)]));
  return (report) => {
    const found = built.get(report.id);
    if (found === undefined) throw new Error(`no representation was built for ${report.id}`);
    return found;
  };
}
