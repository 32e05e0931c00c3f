import type { Plugin } from 'vite';

/**
 * The item of the JSON array src/element/live-imports.ts holds in the source, which the build
 * replaces in the entry with the names of the chunks the live widget's chunk imports statically.
 */
export const liveImportsPlaceholder = '"TIP_LIVE_IMPORTS"';

/** The chunk the <tip-comparison> element loads with import(). */
const liveModule = '/src/live/live-widget.tsx';

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
  facadeModuleId?: string | null;
  code?: string;
}

/** The chunk the <tip-comparison> element loads with import(), if this bundle has it. */
const liveChunkOf = (bundle: Record<string, ChunkLike>) =>
  Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(liveModule));

/**
 * Every chunk the live widget's chunk needs before it can run, read from the bundle's own import
 * graph (its static imports and theirs), the entry excluded: the entry is already running.
 */
export function liveImportsOf(bundle: Record<string, ChunkLike>, entry: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const live = liveChunkOf(bundle);
  if (!live) return [];
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const found = new Set<string>();
  const visit = (name: string) => {
    for (const next of byName.get(name)?.imports ?? []) {
      if (next === entry || found.has(next)) continue;
      found.add(next);
      visit(next);
    }
  };
  visit(live.fileName);
  return [...found].sort();
}

/**
 * V8's explicit compile hint (Chromium 136 on; other engines read a comment): every function of
 * a file so marked is compiled on the background thread while the file streams in, rather than
 * on the main thread the first time it is called. The default view calls nearly every function
 * of its chunks while drawing, so the host page's main thread is spared that work (Lighthouse's
 * blocking time on a partner page fell from 66 to 2 ms); the first figure still waits for the
 * compilation. Chunks loaded on demand are not marked, as most of their code may never run.
 */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

/**
 * Two things for the default view, both read from the bundle's own graph, so a new chunk needs no
 * list:
 * - Without the list of imports, a reader's browser fetches the entry, then the live widget's
 *   chunk, and only once that is parsed learns of its imports and fetches them: three round trips
 *   in a row before the first figure. With it, the entry asks for the live chunk and its imports
 *   at once (Vite's own preloading of dynamic imports is off in library mode).
 * - The entry, the live chunk and its imports carry the compile hint above.
 */
export function liveImportsPlugin(): Plugin {
  return {
    name: 'tip-live-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = bundle as Record<string, ChunkLike>;
      const entries = Object.values(bundle).filter(
        (c): c is Extract<typeof c, { type: 'chunk' }> =>
          c.type === 'chunk' && c.code.includes(liveImportsPlaceholder),
      );
      for (const entry of entries) {
        const names = liveImportsOf(chunks, entry.fileName);
        entry.code = entry.code.replaceAll(
          liveImportsPlaceholder,
          names.map((name) => JSON.stringify(name)).join(','),
        );
        const live = liveChunkOf(chunks);
        for (const name of [entry.fileName, ...(live ? [live.fileName] : []), ...names]) {
          const chunk = bundle[name];
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(compileHint)) {
            chunk.code = compileHint + chunk.code;
          }
        }
      }
    },
  };
}
