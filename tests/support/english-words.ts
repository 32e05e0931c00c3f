import { readFileSync } from 'node:fs';

/**
 * The words of the English catalog, as a reader of an Azerbaijani or Russian widget would spot
 * them: every word of every English message (not only the widget's `ui.*` keys: a tier, a note, a
 * sentence or the waiver shows too), less what is code rather than English. A translated widget
 * that shows one of them outside a quote shows English.
 */
const catalogTexts = (path: string): string[] =>
  Object.values(
    JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).messages as Record<
      string,
      string | { text: string }
    >,
  ).map((m) => (typeof m === 'string' ? m : m.text));
// Core's words (sentences, tiers, notes) and the widget's own UI words.
const english: string[] = [
  ...catalogTexts('../../packages/core/src/locales/en.json'),
  ...catalogTexts('../../apps/widget/src/shared/i18n/en.json'),
];

// What a message names as code, not as words: attribute and parameter names a problem message
// names bare («from и to», «атрибут series»), the allowed values it lists (chart, table, trend)
// the field `allowed`, and the HTML element an embed snippet is (iframe). Acronyms (CSV, API,
// JSON, BCP) are left out by their capitals.
const code = new Set([
  'api',
  'chart',
  'from',
  'http',
  'lang',
  'series',
  'table',
  'trend',
  'url',
  'iframe',
  'allowed',
]);

/** An attribute echoed back with its value (view "pie", series="x"), and the product's name. */
const echoed = /\b[a-z]+(?: |=)"[^"]*"|\btip-report\b/g;

/** Latin-letter words of three letters or more, as written (case kept: "Table" is not "table"). */
const wordsOf = (text: string) => text.match(/(?<![\p{L}\d])[A-Za-z]{3,}(?![\p{L}\d])/gu) ?? [];

export const englishCatalogWords: ReadonlySet<string> = new Set(
  english
    .flatMap((message) =>
      // Placeholders and quoted code ("{value}", view "trend") are not the message's words.
      wordsOf(message.replace(/\{[^{}]*\}/g, ' ').replace(/"[^"]*"/g, ' ')),
    )
    .filter((word) => word !== word.toUpperCase() && !code.has(word.toLowerCase())),
);

/**
 * The English catalog's words in `text` (a translated widget's words outside quotes), each with
 * the text around it, so a failure shows where it stands.
 */
export function englishWordsIn(text: string): string[] {
  const found: string[] = [];
  const words = text.replace(echoed, (whole) => ' '.repeat(whole.length));
  for (const match of words.matchAll(/(?<![\p{L}\d])[A-Za-z]{3,}(?![\p{L}\d])/gu)) {
    if (!englishCatalogWords.has(match[0])) continue;
    const at = match.index ?? 0;
    found.push(`${match[0]}: …${text.slice(Math.max(0, at - 50), at + 30)}…`);
  }
  return found;
}
