// Writes the files the API serves but does not own (the widget's build, Swagger UI) and its own
// static files (assets/) to dist/static, each with precompressed .br and .gz variants when it is
// 1 KB or more, and:
// - src/generated/static-files.generated.js: the manifest (path → file, content type, and per
//   encoding the size and strong ETag, the SHA-256 of exactly those bytes). The app imports it:
//   Node serves the files from disk with it (src/node-static.ts), the Worker knows its asset paths;
// - dist/static/_headers: the same headers for Cloudflare's asset server (wrangler `assets`);
// - dist/static/.assetsignore: the .br/.gz variants are for Node; Cloudflare compresses itself.
// - the widget's pictures of its charts (dist/pictures, drawn at build time) under /pictures/,
//   in a manifest of their own, src/generated/picture-files.generated.js, that only Node's file
//   server imports: the Worker's asset server knows them itself, so the Worker's bundle does not
//   carry a few thousand entries it never reads. src/generated/pictures.generated.js holds what
//   the widget's build says about them (dist/pictures.json: sizes, themes, languages, which
//   metrics have a picture, the widget's fixed heights), for the picture routes and /oembed.
// Everything is computed here, at build time: neither runtime hashes or compresses a file.
//
// WIDGET_DIST points at another widget build (default: ../widget/dist, which turbo builds first).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const types = require('../src/media-types.json');
const policy = require('../src/security-headers.json');
const widgetDist = resolve(root, process.env.WIDGET_DIST ?? '../widget/dist');
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const out = join(root, 'dist/static');
const manifestModule = join(root, 'src/generated/static-files.generated.js');
const pictureFilesModule = join(root, 'src/generated/picture-files.generated.js');
const picturesModule = join(root, 'src/generated/pictures.generated.js');

const required = ['widget.js', 'embed.html', 'pictures.json'];
const missing = required.filter((name) => !existsSync(join(widgetDist, name)));
if (missing.length > 0) {
  console.error(
    `@tip-report/api: the widget build is missing ${missing.join(' and ')} in ${widgetDist}.\n` +
      'Build it first: pnpm --filter @tip-report/widget build (turbo does this before the API build).',
  );
  process.exit(1);
}

/** Served path → where the file comes from. */
const sources = {
  '/docs/swagger-ui.css': join(swaggerDir, 'swagger-ui.css'),
  '/docs/swagger-ui-bundle.js': join(swaggerDir, 'swagger-ui-bundle.js'),
  '/docs/init.js': join(root, 'assets/docs/init.js'),
  '/widget.js': join(widgetDist, 'widget.js'),
  // The chunks widget.js loads on demand with import() from beside itself: served at the root.
  ...Object.fromEntries(
    readdirSync(widgetDist)
      .filter((name) => /^widget-[\w-]+\.js$/.test(name))
      .sort()
      .map((name) => [`/${name}`, join(widgetDist, name)]),
  ),
  // The iframe page: the /embed route adds its oEmbed discovery link (it names the page's URL).
  '/embed.html': join(widgetDist, 'embed.html'),
};

/** Every file under the widget's dist/pictures, by the path it is served at. */
const listPictures = (dir, prefix) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory()
        ? listPictures(join(dir, entry.name), `${prefix}${entry.name}/`)
        : [[`${prefix}${entry.name}`, join(dir, entry.name)]],
    );
const pictureSources = Object.fromEntries(listPictures(join(widgetDist, 'pictures'), '/pictures/'));

const typeOf = (path) => {
  if (path.endsWith('.svg')) return types.svg;
  if (path.endsWith('.png')) return types.png;
  if (path.endsWith('.js')) return types.js;
  if (path.endsWith('.css')) return types.css;
  if (path.endsWith('.html')) return types.html;
  throw new Error(`no content type for ${path}`);
};
const etagOf = (bytes) => `"${createHash('sha256').update(bytes).digest('base64url')}"`;
const MIN_COMPRESSED = 1024;

rmSync(out, { recursive: true, force: true });
/** Copies a file to dist/static with its compressed variants; its manifest entry. */
function place(path, source) {
  const file = path.slice(1);
  const bytes = readFileSync(source);
  const type = typeOf(path);
  const variants = { identity: { size: bytes.length, etag: etagOf(bytes) } };
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), bytes);
  // A PNG is compressed already: brotli or gzip would only add bytes to it.
  if (bytes.length >= MIN_COMPRESSED && type !== types.png) {
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gz = gzipSync(bytes, { level: 9 });
    writeFileSync(join(out, `${file}.br`), br);
    writeFileSync(join(out, `${file}.gz`), gz);
    variants.br = { size: br.length, etag: etagOf(br) };
    variants.gzip = { size: gz.length, etag: etagOf(gz) };
  }
  return { file, type, variants };
}
const manifest = {};
for (const [path, source] of Object.entries(sources)) manifest[path] = place(path, source);
const pictureFiles = {};
for (const [path, source] of Object.entries(pictureSources))
  pictureFiles[path] = place(path, source);

// Cloudflare's asset server: the same policy as the app's (src/security-headers.json).
const headerLines = Object.entries({
  ...policy.data,
  ...policy.cors,
  'Cache-Control': policy.cacheControl,
}).map(([name, value]) => `  ${name}: ${value}`);
writeFileSync(
  join(out, '_headers'),
  // One rule for every picture: Cloudflare reads at most 100 rules from _headers.
  [...Object.keys(manifest), '/pictures/*']
    .map((path) =>
      [
        path,
        ...(path === '/pictures/*'
          ? // An SVG keeps its colours in its own <style> (src/header-policy.ts, dataHeadersFor).
            headerLines.map((line) =>
              line.startsWith('  Content-Security-Policy:')
                ? `  Content-Security-Policy: ${policy.svgContentSecurityPolicy}`
                : line,
            )
          : headerLines),
      ].join('\n'),
    )
    .join('\n')
    .concat('\n'),
);
writeFileSync(join(out, '.assetsignore'), '*.br\n*.gz\n');

/** Writes a generated module only when it changes, so watchers and caches stay still. */
function writeModule(path, name, value, indent) {
  const body = `// Generated by scripts/build-static.mjs. Do not edit.\nexport const ${name} = ${JSON.stringify(value, null, indent)};\n`;
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path) || readFileSync(path, 'utf8') !== body) writeFileSync(path, body);
}
writeModule(manifestModule, 'staticFiles', manifest, 2);
writeModule(pictureFilesModule, 'pictureFiles', pictureFiles, 0);
// Each picture's strong ETag (its bytes' SHA-256), by folder then file: the Worker's asset server
// has its own tags, and every 200 of the API carries the build's (the contract suite checks it).
const etags = {};
for (const [path, { variants }] of Object.entries(pictureFiles)) {
  const at = path.lastIndexOf('/');
  const folder = path.slice('/pictures/'.length, at);
  etags[folder] ??= {};
  etags[folder][path.slice(at + 1)] = variants.identity.etag;
}
writeModule(
  picturesModule,
  'pictures',
  { ...JSON.parse(readFileSync(join(widgetDist, 'pictures.json'), 'utf8')), etags },
  0,
);
