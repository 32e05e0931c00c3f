// Builds the widget: dist/widget.js (the entry: registers <tip-comparison> and shows the default
// view, prerendered at build time by build/default-view-plugin.ts), dist/widget-app.js (the live
// widget: Solid and the default report's data) and the other chunks beside it (dist/widget-*.js,
// loaded with import() relative to widget.js when a view needs them: README "What loads when"),
// dist/embed.html (the iframe page) and dist/lib (the Solid component for Solid apps, solid-js
// left to the app). Prints the size of the entry and of every chunk a partner's reader may
// download.
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { sizeBudget } from './size-budget.mjs';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
// vite.config.ts adds Solid and the build-time report data (build/bundled-reports-plugin.ts).
const common = {
  root: root.pathname,
  configFile: new URL('vite.config.ts', root).pathname,
  logLevel: 'warn',
};

// The modules of the live widget (src/app.tsx) that other chunks share too: see codeSplitting below.
const liveWidget = [
  /\/src\/(app|comparison-view|comparison-chart|widget-frame|widget-footer|source-details)\.tsx$/,
  /\/src\/(change-words|shown-figures|shown-comparison|shown-report|widget-locale)\.tsx?$/,
  /\/core\/dist\/(i18n|year-ordinal|errors|compare|format|number-rules|describe-change|metric-query)\.js$/,
  /\/core\/dist\/locales\/en\.generated\.js$/,
  /\/solid-js\//,
  /^\0?virtual:tip-report\/bundled-reports$/,
  /rolldown\/runtime/,
];

await rm(dist, { recursive: true, force: true });

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    lib: { entry: 'src/widget.ts', formats: ['es'], fileName: () => 'widget.js' },
    // Library mode keeps whitespace in ES output for the sake of other bundlers; this file goes
    // straight to readers' browsers, so minify it fully.
    // The chunk keeps a fixed name (no hash) so the API can embed and serve it beside widget.js;
    // the entry imports it relative to its own URL.
    rolldownOptions: {
      output: {
        minify: true,
        // A locale's catalog is core's `az.generated.js`: its chunk is `widget-az-catalog.js`.
        chunkFileNames: ({ name }) =>
          `widget-${name.replace(/\.generated$/, '-catalog').replace(/[^\w-]/g, '-')}.js`,
        // The live widget (src/app.tsx: Solid, core's comparison, formatting and sentences, the
        // default report's figures, the chart, the frame) is one chunk, widget-app.js, loaded on
        // a reader's intent. The code it shares with the other chunks stays in it rather than in
        // common chunks of their own: those chunks are only ever loaded by the live widget, and
        // each common chunk would be one more request before it can draw. The entry's own modules
        // (the element, the prerendered default view, the styles) are not listed: they stay in
        // widget.js, which the chunks import.
        codeSplitting: {
          groups: [
            {
              name: 'app',
              includeDependenciesRecursively: false,
              test: (id) => liveWidget.some((module) => module.test(id)),
            },
          ],
        },
      },
      // core freezes its report data at load time; the widget reads the data it bundles from
      // build/bundled-reports-plugin.ts instead, so an unused frozen copy must not ride along.
      treeshake: { manualPureFunctions: ['deepFreeze'] },
      // widget.js exports nothing of its own; the chunk may import shared code from it.
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

await mkdir(dist, { recursive: true });
await copyFile(new URL('src/embed.html', root), new URL('embed.html', dist));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let defaultView = 0;
const files = (await readdir(dist)).filter((name) => name.endsWith('.js')).sort();
for (const name of ['widget.js', ...files.filter((name) => name !== 'widget.js')]) {
  const bytes = await readFile(new URL(name, dist));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes).length;
  const always = name === 'widget.js' || sizeBudget.defaultViewChunks.includes(name);
  if (always) defaultView += gzip;
  const role =
    name === 'widget.js'
      ? `entry, ceiling ${sizeBudget.ceiling} B gzip`
      : always
        ? 'chunk, loaded by the default view'
        : 'chunk, loaded on demand';
  console.log(
    `dist/${name}: ${bytes.length} bytes (${kb(bytes.length)}), gzip ${gzip} bytes (${kb(gzip)}), ` +
      `brotli ${brotli} bytes (${kb(brotli)}); ${role}`,
  );
}
console.log(
  `default view (widget.js and the chunks it always loads): gzip ${defaultView} bytes ` +
    `(${kb(defaultView)}); budget ${sizeBudget.defaultView} B`,
);
