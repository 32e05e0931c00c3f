// Bundles the Worker (src/worker.ts) to dist/worker/index.js, which wrangler deploys as it is
// (wrangler.jsonc: `no_bundle`). Our own esbuild run rather than wrangler's for two things:
// - minified: the bundle is what every cold isolate parses;
// - without zod's error-message translations (`z.locales`, some 250 KB minified): nothing here
//   uses them (problem details come from core's catalogs), but a namespace import keeps them all.
//   zod's own English messages (locales/en.js, imported on its own) stay.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** zod/v4/locales/index.js → an empty module. */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};' }));
  },
};

await build({
  entryPoints: [resolve(root, 'src/worker.ts')],
  outfile: resolve(root, 'dist/worker/index.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  conditions: ['workerd', 'worker', 'browser', 'import'],
  mainFields: ['module', 'main'],
  external: ['node:*', 'cloudflare:*'],
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [withoutZodLocales],
});
