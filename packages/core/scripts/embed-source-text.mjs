// Embeds each report's source.txt as a string module, so the text ships in the JS bundle
// (browsers and Workers have no file system). The .txt stays the authority: a test compares
// the two byte for byte, and `--check` fails instead of writing when they differ.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const reportsDir = new URL('../src/reports/', import.meta.url).pathname;
const check = process.argv.includes('--check');
let stale = 0;
for (const id of readdirSync(reportsDir)) {
  const txt = join(reportsDir, id, 'source.txt');
  if (!existsSync(txt)) continue;
  const out = join(reportsDir, id, 'source-text.generated.ts');
  const body = `// Generated from source.txt by scripts/embed-source-text.mjs. Do not edit.\nexport const sourceText = ${JSON.stringify(readFileSync(txt, 'utf8'))};\n`;
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current === body) continue;
  if (check) {
    console.error(`${out} is stale: run pnpm --filter @tip-report/core embed`);
    stale++;
  } else {
    writeFileSync(out, body);
  }
}
process.exitCode = stale ? 1 : 0;
