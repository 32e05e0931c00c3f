// Node's side of the static files: dist/static on disk, answered as the manifest built them
// (src/generated/static-files.generated.js): the encoding the client accepts, its strong ETag,
// 304 for a matching If-None-Match, 206 for a single byte range. Files are read once, on first
// request, and kept (they are a few hundred KB in all). The read is synchronous on purpose: a
// client that half-closes its socket after the request (HTTP/1.1 allows it) makes Node abort any
// request still waiting on I/O, and the answer would be lost; a few hundred microseconds of a
// first read is cheaper than that.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preferredEncoding } from './compression.js';
import { pictureFiles } from './generated/picture-files.generated.js';
import type { AssetFetcher } from './static-files.js';
import { staticFiles } from './static-files.js';

export function nodeStaticFiles(directory: string): AssetFetcher {
  const read = new Map<string, Uint8Array<ArrayBuffer>>();
  // The pictures (some 50 MB in all, each asked for rarely) are read each time, not kept.
  const bytesOf = (file: string, keep: boolean) => {
    let found = read.get(file);
    if (found === undefined) {
      const b = readFileSync(join(directory, file));
      found = new Uint8Array(b.buffer, b.byteOffset, b.length) as Uint8Array<ArrayBuffer>;
      if (keep) read.set(file, found);
    }
    return found;
  };

  return {
    async fetch(request) {
      const url = new URL(request.url);
      // The widget's pictures have a manifest of their own (the Worker's bundle does without it).
      const kept = staticFiles[url.pathname];
      const file = kept ?? pictureFiles[url.pathname];
      if (file === undefined) return new Response(null, { status: 404 });
      const range = request.headers.get('Range');
      // A range is of the identity bytes: a client asking for one gets no encoding.
      const accepted =
        range === null ? preferredEncoding(request.headers.get('Accept-Encoding')) : 'identity';
      const encoding = accepted !== 'identity' && file.variants[accepted] ? accepted : 'identity';
      const variant = file.variants[encoding] ?? file.variants.identity;
      const headers: Record<string, string> = {
        'Content-Type': file.type,
        ETag: variant.etag,
        'Accept-Ranges': 'bytes',
      };
      if (file.variants.br || file.variants.gzip) headers.Vary = 'Accept-Encoding';
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      if (request.headers.get('If-None-Match') === variant.etag) {
        return new Response(null, { status: 304, headers });
      }
      const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : '';
      const bytes = bytesOf(`${file.file}${suffix}`, kept !== undefined);
      if (range !== null) {
        const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
        const size = bytes.length;
        let start = match?.[1] ? Number(match[1]) : undefined;
        let end = match?.[2] ? Number(match[2]) : undefined;
        if (start === undefined && end !== undefined)
          [start, end] = [Math.max(0, size - end), size - 1];
        if (match && start !== undefined && start < size && (end === undefined || end >= start)) {
          const last = Math.min(end ?? size - 1, size - 1);
          return new Response(bytes.slice(start, last + 1), {
            status: 206,
            headers: { ...headers, 'Content-Range': `bytes ${start}-${last}/${size}` },
          });
        }
        if (match) {
          return new Response(null, {
            status: 416,
            headers: { ...headers, 'Content-Range': `bytes */${size}` },
          });
        }
      }
      return new Response(bytes, {
        status: 200,
        headers: { ...headers, 'Content-Length': String(bytes.length) },
      });
    },
  };
}
