// Run by `build` after tsc: every shipped report parses with core's own zod schema (tsc has
// checked the types; this checks what types cannot: offsets, ids that must exist, years), and so
// does every series made from them. A report that fails stops the build, not only the tests.
// The inputs are checked too, with the schemas of their own shape: the catalog, and each
// edition's metrics (strict, so a misspelt field fails instead of vanishing in the join).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditionMetric, MetricCatalog, Report, reports, Series, series } from '../dist/index.js';

const src = new URL('../src/', import.meta.url).pathname;
const json = (...path) => JSON.parse(readFileSync(join(src, ...path), 'utf8'));

let failed = 0;
const check = (schema, value, what) => {
  const result = schema.safeParse(value);
  if (result.success) return;
  failed++;
  for (const issue of result.error.issues) {
    console.error(`${what} ${issue.path.join('.')}: ${issue.message}`);
  }
};
check(
  MetricCatalog,
  Object.fromEntries(['metrics', 'units', 'topics'].map((k) => [k, json('catalog', `${k}.json`)])),
  'src/catalog',
);
for (const report of reports) {
  const edition = json('reports', report.id, 'report.json');
  edition.metrics.forEach((metric, i) => {
    check(EditionMetric, metric, `${report.id} report.json metrics.${i}`);
  });
  check(Report, report, report.id);
}
for (const s of series) check(Series, s, s.id);
if (failed) process.exit(1);
console.log(`data: ${reports.length} reports and ${series.length} series parse`);
