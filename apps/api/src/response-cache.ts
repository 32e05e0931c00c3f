import type { Context, MiddlewareHandler } from 'hono';
import { preferredEncoding } from './compression.js';
import type { AppEnv } from './env.js';
import { acceptedLocale } from './locale.js';

/**
 * One response cache for the whole app: it replays, byte for byte, an answer the app gave before
 * to a request that would get the same one, so a repeat request skips routing, validation and
 * every middleware that would rebuild the same headers. No route declares anything: whatever the
 * answer's own headers say is cacheable is kept.
 *
 * Kept are only:
 * - answers to GET and HEAD (HEAD is GET without the body; Hono strips it), without Range;
 * - a 200 with a strong ETag and `Cache-Control: public`, or the 304 for exactly that ETag
 *   (weak, listed and `*` validators take the middleware path, which knows their rules);
 * - answers whose Vary names nothing but Accept, Accept-Language and Accept-Encoding, without
 *   Set-Cookie: an answer that depends on another request header, or that is about one caller,
 *   is never replayed.
 *
 * The key is the URL (origin, path and query), Accept, the encoding Accept-Encoding selects and the
 * locale Accept-Language selects (the same function the routes use, never the header's text), so
 * an `ru` answer is replayed only to a request the routes would answer in `ru`. The cache holds
 * at most `limit` answers and `maxBytes` of bodies, dropping the oldest first.
 */
export class ResponseCache {
  readonly #answers = new Map<string, Recorded>();
  #bytes = 0;
  #replayed = 0;
  constructor(
    readonly limit = 4096,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** How many requests were answered from the cache (for tests: the fast path really ran). */
  get replayed(): number {
    return this.#replayed;
  }

  /** How many answers it holds. */
  get size(): number {
    return this.#answers.size;
  }

  /**
   * The middleware: after requestId (so the id is known) and before everything that sets
   * response headers (so, when it records, the answer it sees is final).
   */
  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      const method = c.req.method;
      if ((method !== 'GET' && method !== 'HEAD') || c.req.header('Range') !== undefined) {
        return next();
      }
      const key = keyOf(c);
      const ifNoneMatch = c.req.header('If-None-Match');
      const recorded = this.#answers.get(key);
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
      await this.#record(key, ifNoneMatch, c.res);
    };
  }

  async #record(key: string, ifNoneMatch: string | undefined, res: Response): Promise<void> {
    const notModified = ifNoneMatch !== undefined && res.status === 304;
    if (!(notModified || (ifNoneMatch === undefined && res.status === 200))) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of res.headers) {
      // Each request gets its own id; everything else in the answer is the same for all of them.
      if (name !== 'x-request-id') headers[name] = value;
    }
    const etag = headers.etag;
    if (etag === undefined || etag.startsWith('W/') || headers['set-cookie'] !== undefined) return;
    if (!/(^|[\s,])public([\s,]|$)/.test(headers['cache-control'] ?? '')) return;
    const vary = (headers.vary ?? '').split(',').map((name) => name.trim().toLowerCase());
    if (vary.some((name) => name !== '' && !VARY_KEYS.has(name))) return;

    const entry = this.#answers.get(key) ?? {};
    if (notModified) {
      if (etag !== ifNoneMatch) return;
      entry.notModified = { status: 304, headers, body: null, etag };
    } else {
      const body = new Uint8Array(await res.clone().arrayBuffer());
      if (entry.ok?.body) this.#bytes -= entry.ok.body.length;
      entry.ok = { status: 200, headers, body };
      this.#bytes += body.length;
    }
    this.#answers.delete(key);
    this.#answers.set(key, entry);
    while (this.#answers.size > this.limit || this.#bytes > this.maxBytes) {
      const [oldest, dropped] = this.#answers.entries().next().value as [string, Recorded];
      this.#answers.delete(oldest);
      this.#bytes -= dropped.ok?.body?.length ?? 0;
    }
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

/** The request headers a kept answer may vary on; the key holds what each of them selects. */
const VARY_KEYS = new Set(['accept', 'accept-language', 'accept-encoding']);

function keyOf(c: Context): string {
  // The whole URL: some answers name the origin they were asked at (/embed, /oembed, /).
  const address = c.req.url;
  const language = c.req.header('Accept-Language') === undefined ? 'en' : acceptedLocale(c);
  const encoding = preferredEncoding(c.req.header('Accept-Encoding'));
  return `${address}\n${c.req.header('Accept') ?? ''}\n${encoding}\n${language}`;
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
