// Compressed answers: br or gzip where the client accepts it, for every answer of 1 KB or more.
// An answer's bytes in an encoding are compressed once, the first time that answer (by its strong
// ETag) is sent in it, and kept; each encoding has its own strong ETag (the SHA-256 of those
// bytes), so If-None-Match and the 304 stay exact. The compressor is the runtime's: Node passes
// one (src/node-compression.ts); on Workers the platform compresses dynamic answers itself, so the
// Worker passes none and this middleware does nothing there (see README).
import type { MiddlewareHandler } from 'hono';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Compresses bytes and names the result: the ETag of exactly the compressed bytes. */
export interface Compressor {
  compress(
    bytes: Uint8Array,
    encoding: 'br' | 'gzip',
  ): { bytes: Uint8Array<ArrayBuffer>; etag: string };
}

/** Answers smaller than this go as they are: the saving would not pay for the work. */
const MIN_COMPRESSED_SIZE = 1024;

/**
 * The encoding to send, from Accept-Encoding: br if accepted, else gzip, else none. Only the
 * three results matter, so odd header values map onto them (and onto the response cache's key).
 */
export function preferredEncoding(header: string | null | undefined): Encoding {
  if (!header) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) continue;
    if (name === 'br' || name === '*') br = true;
    if (name === 'gzip' || name === 'x-gzip') gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}

const NONE = new Uint8Array(0);
/** What is kept for an answer too small to compress: that it is. */
const SMALL = { bytes: NONE, etag: '' };

const COMPRESSIBLE = /^(application\/(json|problem\+json|vnd\.citationstyles)|text\/)/;

/**
 * The middleware: inside the etag middleware (which then compares If-None-Match with the ETag of
 * the encoding sent) and outside the routes. Holds at most `limit` compressed bodies.
 */
export function compression(compressor: Compressor, limit = 1024): MiddlewareHandler {
  const compressed = new Map<string, { bytes: Uint8Array<ArrayBuffer>; etag: string }>();
  return async (c, next) => {
    await next();
    const res = c.res;
    if (res.status !== 200 || res.headers.has('Content-Encoding')) return;
    if (!COMPRESSIBLE.test(res.headers.get('Content-Type') ?? '')) return;
    const etag = res.headers.get('ETag');
    if (etag === null || etag.startsWith('W/')) return;
    const encoding = preferredEncoding(c.req.header('Accept-Encoding'));
    const key = `${encoding}${etag}`;
    let found = compressed.get(key);
    if (found === undefined) {
      const bytes = new Uint8Array(await res.clone().arrayBuffer());
      found =
        bytes.length < MIN_COMPRESSED_SIZE
          ? SMALL
          : encoding === 'identity'
            ? { bytes: NONE, etag }
            : compressor.compress(bytes, encoding);
      compressed.set(key, found);
      if (compressed.size > limit) compressed.delete(compressed.keys().next().value as string);
    }
    if (found === SMALL) return;
    const headers = new Headers(res.headers);
    const vary = headers.get('Vary');
    headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (encoding !== 'identity') {
      headers.set('Content-Encoding', encoding);
      headers.set('ETag', found.etag);
      headers.delete('Content-Length');
    }
    c.res = undefined;
    c.res = new Response(encoding === 'identity' ? res.body : found.bytes, {
      status: 200,
      headers,
    });
  };
}
