import { createHash } from 'node:crypto';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { JSON_TYPE } from './content-types.js';
import { PUBLIC_CACHE } from './header-policy.js';

/**
 * A response body with its strong ETag (the SHA-256 of the bytes). A route builds one when it is
 * first asked for it; the response cache (response-cache.ts) keeps the answer, so a repeat
 * request does not build it again. `node:crypto` hashes synchronously in Node and in workerd
 * (nodejs_compat).
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

/** The strong ETag of exactly these bytes (a string counts as its UTF-8): their SHA-256. */
export const strongEtag = (bytes: string | Uint8Array): string =>
  `"${createHash('sha256').update(bytes).digest('base64url')}"`;

export function represent(
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Representation {
  return Object.freeze({
    body,
    contentType,
    etag: strongEtag(body),
    headers: Object.freeze(headers),
  });
}

export const representJson = <T>(
  value: T,
  headers?: Record<string, string>,
  contentType = JSON_TYPE,
): JsonRepresentation<T> => represent(JSON.stringify(value), contentType, headers);

/** Sends a representation; the etag middleware answers 304 from its ETag. */
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

/** A value built the first time it is asked for, and kept. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/** A value per key of its argument, built the first time it is asked for, and kept. */
export function keptBy<A, K, T>(keyOf: (arg: A) => K, build: (arg: A) => T): (arg: A) => T {
  const built = new Map<K, T>();
  return (arg) => {
    const key = keyOf(arg);
    let found = built.get(key);
    if (found === undefined) {
      found = build(arg);
      built.set(key, found);
    }
    return found;
  };
}

/** A value per report (or series), built the first time it is asked for, and kept. */
export const perSource = <R extends { id: string }, T>(build: (report: R) => T) =>
  keptBy((report: R) => report.id, build);
