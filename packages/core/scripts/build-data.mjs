// The reports are data: each folder of src/reports/ holds a report.json (what that edition
// states) and, where we ship the report's text, its source.txt; src/catalog/ says once what every
// metric, unit and topic means, in every language. This script joins each edition with the
// catalog into typed modules that tsc then checks against the Report type (browsers and Workers
// have no file system, and the text ships in the bundle). The modules are build output, never
// committed: `build`, `typecheck` and `test` make them first (turbo's `generate`), so nothing
// can read a stale copy. It also owns the offsets of every quote:
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
const catalogDir = new URL('../src/catalog/', import.meta.url).pathname;
const mode = process.argv.includes('--locate')
  ? 'locate'
  : process.argv.includes('--check')
    ? 'check'
    : 'build';
const errors = [];

const catalog = Object.fromEntries(
  ['metrics', 'units', 'topics'].map((kind) => [
    kind,
    JSON.parse(readFileSync(join(catalogDir, `${kind}.json`), 'utf8')),
  ]),
);
const metricById = new Map(catalog.metrics.map((m) => [m.id, m]));
for (const kind of ['metrics', 'units', 'topics']) {
  const seen = new Set();
  for (const { id } of catalog[kind]) {
    if (seen.has(id)) errors.push(`catalog/${kind}.json: ${id} is defined twice`);
    seen.add(id);
  }
}

/** A translation of an edition's own wording replaces only the fields it names. */
function withTranslations(catalogTranslations = {}, own = {}) {
  const merged = structuredClone(catalogTranslations);
  for (const [locale, fields] of Object.entries(own)) {
    merged[locale] = { ...merged[locale], ...fields };
  }
  return merged;
}

/**
 * An edition's report.json joined with the catalog: each metric's definition (with the edition's
 * own wording where it has one), and the units and topics its metrics, facts and findings use, in
 * the catalog's order. The result is the Report the package exports.
 */
function assemble(edition) {
  const metrics = edition.metrics.map(({ wording, ...stated }) => {
    const definition = metricById.get(stated.id);
    if (definition === undefined) {
      errors.push(`${edition.id}: metric ${stated.id} is not in src/catalog/metrics.json`);
      return stated;
    }
    const { translations, glosses, ...words } = wording ?? {};
    const metric = { ...definition, ...words };
    if (translations) metric.translations = withTranslations(definition.translations, translations);
    if (glosses?.length) metric.glosses = glosses;
    else if (glosses) delete metric.glosses;
    return { ...metric, ...stated };
  });
  const unitIds = new Set([
    ...metrics.map((m) => m.unit),
    ...(edition.facts ?? []).flatMap((f) => (f.unit ? [f.unit] : [])),
  ]);
  const topicIds = new Set([
    ...metrics.map((m) => m.topic),
    ...(edition.findings ?? []).map((f) => f.topic),
  ]);
  for (const [kind, used] of [
    ['units', unitIds],
    ['topics', topicIds],
  ]) {
    for (const id of used) {
      if (id !== undefined && !catalog[kind].some((x) => x.id === id)) {
        errors.push(`${edition.id}: ${kind} ${id} is not in src/catalog/${kind}.json`);
      }
    }
  }
  return {
    ...edition,
    units: catalog.units.filter((u) => unitIds.has(u.id)),
    topics: catalog.topics.filter((t) => topicIds.has(t.id)),
    metrics,
  };
}

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

  const assembled = assemble(report);
  const withText = text === undefined ? assembled : { ...assembled, sourceText: text };
  const from = `report.json${text === undefined ? '' : ', source.txt'} and src/catalog`;
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
