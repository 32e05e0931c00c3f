// Builds the widget: dist/widget.js (one self-contained ES module: Solid and the report data,
// registers <tip-comparison>), dist/embed.html (the iframe page) and dist/lib (the Solid component
// for Solid apps, solid-js left to the app). Prints the sizes a partner's reader downloads.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
// vite.config.ts adds Solid and the build-time report data (build/bundled-reports-plugin.ts).
const common = {
  root: root.pathname,
  configFile: new URL('vite.config.ts', root).pathname,
  logLevel: 'warn',
};

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
    rolldownOptions: { output: { minify: true } },
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

const bytes = await readFile(new URL('widget.js', dist));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/widget.js: ${bytes.length} bytes (${kb(bytes.length)}), ` +
    `gzip ${gzipSync(bytes, { level: 9 }).length} bytes (${kb(gzipSync(bytes, { level: 9 }).length)}), ` +
    `brotli ${brotliCompressSync(bytes).length} bytes (${kb(brotliCompressSync(bytes).length)}); budget 20 KB gzip`,
);
