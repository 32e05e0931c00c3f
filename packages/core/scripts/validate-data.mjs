// Run by `build` after tsc: every shipped report parses with core's own zod schema (tsc has
// checked the types; this checks what types cannot: offsets, ids that must exist, years), and so
// does every series made from them. A report that fails stops the build, not only the tests.
import { Report, reports, Series, series } from '../dist/index.js';

let failed = 0;
const check = (schema, value, what) => {
  const result = schema.safeParse(value);
  if (result.success) return;
  failed++;
  for (const issue of result.error.issues) {
    console.error(`${what} ${issue.path.join('.')}: ${issue.message}`);
  }
};
for (const report of reports) check(Report, report, report.id);
for (const s of series) check(Series, s, s.id);
if (failed) process.exit(1);
console.log(`data: ${reports.length} reports and ${series.length} series parse`);
