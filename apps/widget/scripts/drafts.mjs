// Prints how many of the widget's own UI words (src/shared/i18n) are drafts in each language, as
// core's drafts.mjs does for the domain's words: `pnpm test` runs both, so a reader sees what
// still wants a native speaker's review.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../src/shared/i18n/', import.meta.url);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'en.json')
  .sort()) {
  const catalog = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  const counts = { draft: 0, glossary: 0 };
  for (const entry of Object.values(catalog.messages)) {
    if (typeof entry === 'object') counts[entry.review]++;
  }
  console.log(
    `widget words ${catalog.id}: ${counts.draft} draft strings, ${counts.glossary} following the glossary (${counts.draft + counts.glossary} in all)`,
  );
}
