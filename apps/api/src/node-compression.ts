// Node's compressor for src/compression.ts: zlib, synchronously (an answer is compressed once).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Compressor } from './compression.js';

export const nodeCompressor: Compressor = {
  compress(input, encoding) {
    const bytes = new Uint8Array(
      encoding === 'br'
        ? brotliCompressSync(input, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 9,
              [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
            },
          })
        : gzipSync(input, { level: 9 }),
    );
    return { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url')}"` };
  },
};
