// Prints how many of each locale's strings are drafts (a low-confidence glossary term, or a
// phrase the glossary does not cover) against those that follow the glossary: the message
// catalogs, the metric, unit and topic catalog, and the editions' own words. `pnpm test` runs it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const counts = new Map();
const count = (locale, entry) => {
  const c = counts.get(locale) ?? { draft: 0, glossary: 0 };
  c[entry.review]++;
  counts.set(locale, c);
};
for (const file of readdirSync(join(src, 'locales')).filter((f) => f.endsWith('.json'))) {
  const catalog = JSON.parse(readFileSync(join(src, 'locales', file), 'utf8'));
  for (const entry of Object.values(catalog.messages)) {
    if (typeof entry === 'object') count(catalog.id, entry);
  }
}
// A string is counted once, wherever it stands: the catalog's definitions, then each edition's
// own wording, notes and glosses.
const seen = new Set();
const countItems = (items) => {
  for (const item of items) {
    for (const [locale, fields] of Object.entries(item?.translations ?? {})) {
      for (const entry of Object.values(fields)) {
        const key = `${locale} ${entry.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        count(locale, entry);
      }
    }
  }
};
for (const kind of ['metrics', 'units', 'topics']) {
  countItems(JSON.parse(readFileSync(join(src, 'catalog', `${kind}.json`), 'utf8')));
}
for (const id of readdirSync(join(src, 'reports'))) {
  // A report is a folder with a report.json (as build-data reads them); a malformed one fails here.
  const file = join(src, 'reports', id, 'report.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // Observations carry a translated note where the data has one (ours, not a quote).
  const observations = report.metrics.flatMap((m) => m.observations);
  // An organisation's gloss (our name for it) is translated too.
  const glosses = report.organisations.flatMap((o) => (o.gloss ? [o.gloss] : []));
  countItems([...report.metrics.map((m) => m.wording), ...observations, ...glosses]);
}
for (const [locale, { draft, glossary }] of [...counts].sort()) {
  console.log(
    `translations ${locale}: ${draft} draft strings, ${glossary} following the glossary (${draft + glossary} in all)`,
  );
}
