// The reports are data: each folder of src/reports/ holds a report.json and, where we ship the
// report's text, its source.txt. This script turns them into typed modules that tsc then checks
// against the Report type (browsers and Workers have no file system, and the text ships in the
// bundle), and it owns the offsets of every quote:
//
//   node scripts/build-data.mjs            check every quote's offsets, then write the modules
//   node scripts/build-data.mjs --locate   derive each quote's offsets from the text and write
//                                          them into report.json (after adding or editing a quote)
//   node scripts/build-data.mjs --check    fail, writing nothing, if a module is stale
//
// A quote's offsets are where it stands in source.txt; a quote that stands there more than once
// must say which occurrence it means (`occurrence`, counting from 1), so no offset is ever typed
// by hand or guessed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locate, quotedSpans } from './quotes.mjs';

const reportsDir = new URL('../src/reports/', import.meta.url).pathname;
const mode = process.argv.includes('--locate')
  ? 'locate'
  : process.argv.includes('--check')
    ? 'check'
    : 'build';
const errors = [];

const generated = [];
const ids = [];
for (const folder of readdirSync(reportsDir, { withFileTypes: true })) {
  if (!folder.isDirectory()) continue;
  const dir = join(reportsDir, folder.name);
  const jsonFile = join(dir, 'report.json');
  if (!existsSync(jsonFile)) continue;
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const txtFile = join(dir, 'source.txt');
  const text = existsSync(txtFile) ? readFileSync(txtFile, 'utf8') : undefined;
  if (report.id !== folder.name) {
    errors.push(`${jsonFile}: id ${report.id} is not its folder's name`);
  }

  let moved = 0;
  for (const { span, path } of quotedSpans(report)) {
    const where = `${folder.name} ${path.join('.')}: ${JSON.stringify(span.quote)}`;
    if (text === undefined) {
      errors.push(`${where} is a quote, but ${folder.name} ships no source.txt`);
      continue;
    }
    const found = locate(text, span);
    if (found.error) {
      errors.push(`${where} ${found.error}`);
    } else if (found.start !== span.start || found.end !== span.end) {
      if (mode === 'locate') {
        span.start = found.start;
        span.end = found.end;
        moved++;
      } else {
        errors.push(
          `${where} is written at ${span.start}..${span.end} but stands at ${found.start}..${found.end}: run pnpm --filter @tip-report/core locate`,
        );
      }
    }
  }
  if (mode === 'locate' && moved > 0) {
    writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`${folder.name}: located ${moved} quote(s)`);
  }

  const withText = text === undefined ? report : { ...report, sourceText: text };
  const from = text === undefined ? 'report.json' : 'report.json and source.txt';
  generated.push({
    file: join(dir, 'report.generated.ts'),
    body: `// Generated from ${from} by scripts/build-data.mjs. Do not edit.\nimport type { Report } from '../../schema/report.js';\n\nexport const report: Report = ${JSON.stringify(withText, null, 2)};\n`,
  });
  ids.push({ id: report.id, country: report.country?.alpha3 ?? '', edition: report.edition });
}

// Oldest edition first within a country, countries in alphabetical order.
ids.sort((a, b) => a.country.localeCompare(b.country) || a.edition - b.edition);
const name = (id) => id.replace(/-/g, '_');
generated.push({
  file: join(reportsDir, 'index.generated.ts'),
  body: [
    '// Generated from the folders of src/reports by scripts/build-data.mjs. Do not edit.',
    "import type { Report } from '../schema/report.js';",
    ...ids.map(({ id }) => `import { report as ${name(id)} } from './${id}/report.generated.js';`),
    '',
    '/** Every report the package ships: by country, oldest edition first. */',
    `export const shippedReports: readonly Report[] = [${ids.map(({ id }) => name(id)).join(', ')}];`,
    '',
  ].join('\n'),
});

// The message catalogs, one module per locale so that a page loads only the one it uses.
const localesDir = new URL('../src/locales/', import.meta.url).pathname;
const localeIds = readdirSync(localesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();
for (const id of localeIds) {
  const catalog = JSON.parse(readFileSync(join(localesDir, `${id}.json`), 'utf8'));
  if (catalog.id !== id) errors.push(`locales/${id}.json: id ${catalog.id} is not its file's name`);
  generated.push({
    file: join(localesDir, `${id}.generated.ts`),
    body: `// Generated from ${id}.json by scripts/build-data.mjs. Do not edit.
import type { Catalog } from '../i18n.js';

export const catalog: Catalog = ${JSON.stringify(catalog, null, 2)};
`,
  });
}
generated.push({
  file: join(localesDir, 'index.generated.ts'),
  body: [
    '// Generated from the catalogs in src/locales by scripts/build-data.mjs. Do not edit.',
    "import type { Catalog } from '../i18n.js';",
    '',
    '/** Every locale the package has a catalog for. */',
    `export const localeIds = ${JSON.stringify(localeIds)} as const;`,
    '',
    "/** Each catalog but English (the data's own language, always loaded) as a module of its own. */",
    'export const catalogLoaders: Record<string, () => Promise<{ catalog: Catalog }>> = {',
    ...localeIds
      .filter((id) => id !== 'en')
      .map((id) => `  ${id}: () => import('./${id}.generated.js'),`),
    '};',
    '',
  ].join('\n'),
});
generated.push({
  file: join(localesDir, 'all.generated.ts'),
  body: [
    '// Generated from the catalogs in src/locales by scripts/build-data.mjs. Do not edit.',
    "import type { Catalog } from '../i18n.js';",
    ...localeIds.map((id) => `import { catalog as ${id} } from './${id}.generated.js';`),
    '',
    '/** Every catalog, for servers that answer in any language. */',
    `export const allCatalogs: readonly Catalog[] = [${localeIds.join(', ')}];`,
    '',
  ].join('\n'),
});

if (mode === 'locate') {
  // Keep report.json in the house format, so a located file diffs only where offsets changed.
  const biome = new URL('../../../node_modules/.bin/biome', import.meta.url).pathname;
  if (existsSync(biome)) {
    execFileSync(biome, ['format', '--write', reportsDir], { stdio: 'ignore' });
  }
}

if (errors.length > 0) {
  for (const error of errors) console.error(error);
  process.exit(1);
}
let stale = 0;
for (const { file, body } of generated) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === body) continue;
  if (mode === 'check') {
    console.error(`${file} is stale: run pnpm --filter @tip-report/core build`);
    stale++;
  } else {
    writeFileSync(file, body);
  }
}
process.exitCode = stale ? 1 : 0;
