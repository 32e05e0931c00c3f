import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { acceptedLocale } from './locale.js';

/**
 * Replays, byte for byte, what the whole app answered at the address of a precomputed
 * representation, so that a repeat request skips routing, validation and every middleware that
 * would rebuild the same headers.
 *
 * Why a replay rather than a second copy of the header policy: the security headers, CORS, ETag
 * and 304 rules stay defined once, in the middleware of app.ts, and the first answer at an address
 * (at start-up through `prime`, or the first request in a Worker) goes through all of it. What is
 * recorded is that answer's status, headers and body; later requests get the same, with only their
 * own X-Request-Id. On Node this also keeps @hono/node-server's lightweight Response: one object
 * with plain headers, written straight to the socket, where the middleware chain makes it
 * materialise undici Headers and Responses several times per request.
 *
 * A replay is only correct when the answer depends on nothing but the address and the headers the
 * key holds, so answers are recorded only:
 * - at addresses the routes declare (`add`): static data, built at start-up, never changing;
 * - for GET and HEAD (HEAD is GET without the body; Hono strips it);
 * - for no Accept or one of a few common ones, stored per value (the body may vary on Accept);
 * - per locale that Accept-Language selects, where the answer says `Vary: Accept-Language`: the
 *   key is the locale the routes pick from the header (`acceptedLocale`, the same function), never
 *   the header's text, so an `ru` answer is replayed only to a request the routes would answer in
 *   `ru`, and no caller can grow the recordings by sending new Accept-Language values;
 * - for a 200 without If-None-Match, or a 304 whose ETag is exactly the If-None-Match sent
 *   (weak, listed and `*` validators take the middleware path, which knows their rules);
 * - when Vary names nothing but Accept and Accept-Language and there is no Set-Cookie: an answer
 *   that declares it depends on another request header, or that is about one caller, is never
 *   replayed.
 */
export class PrecomputedAnswers {
  readonly #byAddress = new Map<string, Recordings>();
  /** Bodies by strong ETag (the SHA-256 of the bytes), so equal bodies are held once. */
  readonly #bodies = new Map<string, Uint8Array<ArrayBuffer>>();
  #replayed = 0;

  /** Declares an address (path and query, as routes spell them) whose answer never changes. */
  add(address: string): void {
    if (!this.#byAddress.has(address)) {
      this.#byAddress.set(address, { byLanguage: undefined, answers: new Map() });
    }
  }

  /** The declared addresses. */
  get addresses(): string[] {
    return [...this.#byAddress.keys()];
  }

  /** How many requests were answered by a replay (for tests: the fast path really ran). */
  get replayed(): number {
    return this.#replayed;
  }

  /**
   * The middleware: after requestId (so the id is known) and before everything that sets
   * response headers (so, when it records, the answer it sees is final).
   */
  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      const method = c.req.method;
      if (method !== 'GET' && method !== 'HEAD') return next();
      const url = c.req.url;
      // Path and query as sent: the scheme and host end at the first '/' after "https://".
      const recordings = this.#byAddress.get(url.slice(url.indexOf('/', 8)));
      if (recordings === undefined) return next();
      const accept = c.req.header('Accept') ?? '';
      if (!ACCEPT_KEYS.has(accept)) return next();

      const ifNoneMatch = c.req.header('If-None-Match');
      const recorded = recordings.answers.get(keyOf(c, accept, recordings.byLanguage === true));
      const replay =
        ifNoneMatch === undefined
          ? recorded?.ok
          : recorded?.notModified?.etag === ifNoneMatch
            ? recorded.notModified
            : undefined;
      if (replay !== undefined) {
        this.#replayed++;
        return new Response(replay.body, {
          status: replay.status,
          headers: withRequestId(replay.headers, c.get('requestId')),
        });
      }

      await next();
      await this.#record(recordings, c, accept, ifNoneMatch, c.res);
    };
  }

  /**
   * Sends every declared address through the app once, and once more with its ETag, so the
   * answers are recorded before the first caller arrives.
   */
  async prime(app: Pick<Hono<AppEnv>, 'request'>): Promise<void> {
    for (const address of this.#byAddress.keys()) {
      const ok = await app.request(address);
      await ok.arrayBuffer();
      const etag = ok.headers.get('ETag');
      if (ok.status !== 200 || etag === null) continue;
      await (await app.request(address, { headers: { 'If-None-Match': etag } })).arrayBuffer();
    }
  }

  async #record(
    recordings: Recordings,
    c: Context,
    accept: string,
    ifNoneMatch: string | undefined,
    res: Response,
  ): Promise<void> {
    const notModified = ifNoneMatch !== undefined && res.status === 304;
    if (!(notModified || (ifNoneMatch === undefined && res.status === 200))) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of res.headers) {
      // Each request gets its own id; everything else in the answer is the same for all of them.
      if (name !== 'x-request-id') headers[name] = value;
    }
    const etag = headers.etag;
    if (etag === undefined || headers['set-cookie'] !== undefined) return;
    const vary = (headers.vary ?? '').split(',').map((name) => name.trim().toLowerCase());
    if (vary.some((name) => name !== '' && !VARY_KEYS.has(name))) return;
    // An address answers the same Vary every time; one that did not would not be replayed.
    const byLanguage = vary.includes('accept-language');
    if (recordings.byLanguage !== undefined && recordings.byLanguage !== byLanguage) return;
    recordings.byLanguage = byLanguage;

    const key = keyOf(c, accept, byLanguage);
    const entry = recordings.answers.get(key) ?? {};
    if (notModified) {
      if (etag !== ifNoneMatch) return;
      entry.notModified = { status: 304, headers, body: null, etag };
    } else {
      let body = this.#bodies.get(etag);
      if (body === undefined) {
        body = new Uint8Array(await res.clone().arrayBuffer());
        this.#bodies.set(etag, body);
      }
      entry.ok = { status: 200, headers, body };
    }
    recordings.answers.set(key, entry);
  }
}

/**
 * A copy of the recorded headers with this request's id. A loop rather than object spread: V8
 * copies a twenty-key object several times faster this way, and it runs on every replay.
 */
function withRequestId(headers: Record<string, string>, id: string): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const name in headers) copy[name] = headers[name] as string;
  copy['x-request-id'] = id;
  return copy;
}

/**
 * The Accept values answers are recorded for: none (curl, most HTTP clients), fetch()'s default
 * and the two types the API serves. Any other value takes the middleware path, so a caller
 * cannot grow the recordings by sending new Accept headers.
 */
const ACCEPT_KEYS = new Set(['', '*/*', 'application/json', 'text/csv']);

/** The request headers a recorded answer may vary on. */
const VARY_KEYS = new Set(['accept', 'accept-language']);

/** The key of a request's answer: its Accept, and the locale Accept-Language selects if needed. */
const keyOf = (c: Context, accept: string, byLanguage: boolean) =>
  byLanguage ? `${accept}\n${acceptedLocale(c)}` : accept;

/** What an address has recorded, and whether its answers vary on Accept-Language. */
interface Recordings {
  byLanguage: boolean | undefined;
  answers: Map<string, Recorded>;
}

interface Answer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

interface Recorded {
  ok?: Answer;
  notModified?: Answer & { etag: string };
}
