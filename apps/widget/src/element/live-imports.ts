/**
 * The chunks the live widget's chunk imports statically, by file name: written into the built
 * entry by build/live-imports-plugin.ts from the bundle's graph, as the items of this JSON array
 * (a call no minifier folds away). In the source (unit tests, the Solid component built by an
 * app's own bundler) it holds the placeholder, which names no file, so nothing is fetched ahead.
 */
const names = (JSON.parse('["TIP_LIVE_IMPORTS"]') as string[]).filter((name) =>
  name.endsWith('.js'),
);

/**
 * Starts fetching (and running, which a static import would do anyway before the live widget's
 * code) each chunk the live widget imports, beside the live chunk rather than after it is parsed.
 * A failure is left to the live chunk's own import, which reports it.
 */
export function fetchLiveImports(base: string): void {
  for (const name of names) {
    import(/* @vite-ignore */ new URL(name, base).href).catch(() => undefined);
  }
}
