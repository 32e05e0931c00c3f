export type SeriesParts = typeof import('./series-parts.js');
let loading: Promise<SeriesParts> | undefined;

/**
 * The chunk with the series, the other reports and the trend view, loaded on first use with
 * import(): it sits beside widget.js (same origin, the same CSP `script-src`), so the default view
 * never loads it. Rejects when it cannot be loaded; the next call tries again. A module of the
 * entry, so that the entry can start it alongside the live widget (early-chunks.ts) and the live
 * widget finds it loading.
 */
export function loadChunk(): Promise<SeriesParts> {
  loading ??= import('./series-parts.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
