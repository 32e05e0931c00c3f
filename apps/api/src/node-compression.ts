// Node's compressor for src/compression.ts: zlib, synchronously (an answer is compressed once).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Compressor } from './compression.js';
import { strongEtag } from './representation.js';

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
    return { bytes, etag: strongEtag(bytes) };
  },
};
