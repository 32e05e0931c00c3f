// Builds the widget: dist/chart-svg.js (pictures of the charts, for Node), dist/widget.js (the
// entry: registers <tip-comparison> and shows the first view, drawn here first, or a frame of its
// fixed height), and the chunks beside it, split only where the code says import(): the live
// widget, the table, the series, a language (README "What loads when"); dist/embed.html (the
// iframe page) and dist/lib (the Solid component, solid-js left to the app). Prints the size of
// every file, and what the default view downloads in all, which dist/size-report.json records
// for scripts/widget-bundle.test.ts.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { sizeBudget } from './size-budget.mjs';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
const common = {
  root: root.pathname,
  configFile: new URL('vite.config.ts', root).pathname,
  logLevel: 'warn',
};

await rm(dist, { recursive: true, force: true });

// The first view (src/first-view/): the live widget's markup for an element with no attributes,
// drawn now by Solid's server renderer and written into the entry, which shows it at once.
const firstViewDir = new URL('node_modules/.first-view/', root);
await build({
  ...common,
  build: {
    ssr: 'src/first-view/first-view-markup.tsx',
    outDir: firstViewDir.pathname,
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'first-view.js', codeSplitting: false } },
  },
});
const { firstViewMarkup } = await import(new URL('first-view.js', firstViewDir).href);
const firstView = firstViewMarkup();
await rm(firstViewDir, { recursive: true, force: true });

const output = await build({
  ...common,
  define: { __TIP_FIRST_VIEW__: JSON.stringify(firstView) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    lib: { entry: 'src/widget.ts', formats: ['es'], fileName: () => 'widget.js' },
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace for other bundlers; these files go straight to browsers.
        minify: true,
        // Fixed names (no hash) so the API can embed and serve them beside widget.js.
        // A language's three chunks: core's catalog (widget-az-catalog.js), the data's
        // translations (widget-az.js) and the widget's own words (widget-az-words.js).
        chunkFileNames: ({ name, facadeModuleId }) => {
          const base = name.replace(/\.generated$/, '-catalog').replace(/[^\w-]/g, '-');
          if (facadeModuleId?.includes('/src/shared/i18n/')) return `widget-${base}-words.js`;
          return `widget-${base}.js`;
        },
      },
      // widget.js exports nothing of its own; the chunks may import shared code from it.
      preserveEntrySignatures: false,
    },
  },
});

await build({
  ...common,
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { external: [/^solid-js(\/|$)/] },
  },
});

// The charts as standalone SVG for Node (src/picture/chart-svg.tsx: Solid's server renderer over
// the widget's own chart components), for pictures drawn at build time: dist/chart-svg.js.
await build({
  ...common,
  build: {
    ssr: 'src/picture/chart-svg.tsx',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'chart-svg.js', codeSplitting: false } },
  },
});

await mkdir(dist, { recursive: true });
await copyFile(new URL('src/embed-page/embed.html', root), new URL('embed.html', dist));

// The default view downloads the entry, the live widget's chunk and every chunk those import
// statically: read from the bundle's own graph, not from a list of names.
const chunks = (Array.isArray(output) ? output : [output])
  .flatMap((o) => o.output)
  .filter((c) => c.type === 'chunk');
const byName = new Map(chunks.map((c) => [c.fileName, c]));
const live = chunks.find((c) => c.facadeModuleId?.endsWith('/src/live/live-widget.tsx'));
if (!live) throw new Error('widget build: no chunk for src/live/live-widget.tsx');
const defaultView = new Set(['widget.js']);
const visit = (name) => {
  if (defaultView.has(name) && name !== 'widget.js') return;
  defaultView.add(name);
  for (const next of byName.get(name)?.imports ?? []) visit(next);
};
visit(live.fileName);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipOf = async (name) => gzipSync(await readFile(new URL(name, dist)), { level: 9 }).length;
let total = 0;
for (const name of ['widget.js', ...[...byName.keys()].filter((n) => n !== 'widget.js').sort()]) {
  const bytes = await readFile(new URL(name, dist));
  const gzip = await gzipOf(name);
  const brotli = brotliCompressSync(bytes).length;
  if (defaultView.has(name)) total += gzip;
  const role =
    name === 'widget.js'
      ? `entry, budget ${sizeBudget.entry} B gzip`
      : defaultView.has(name)
        ? 'chunk, loaded by the default view'
        : 'chunk, loaded on demand';
  console.log(
    `dist/${name}: ${bytes.length} bytes (${kb(bytes.length)}), gzip ${gzip} bytes (${kb(gzip)}), brotli ${brotli} bytes (${kb(brotli)}); ${role}`,
  );
}
console.log(
  `default view (${[...defaultView].join(', ')}): gzip ${total} bytes (${kb(total)}); budget ${sizeBudget.defaultView} B`,
);
await writeFile(
  new URL('size-report.json', dist),
  `${JSON.stringify({ defaultView: [...defaultView] }, null, 2)}\n`,
);

// Every picture of a chart, drawn now rather than per request (scripts/build-pictures.mjs).
await import('./build-pictures.mjs');
