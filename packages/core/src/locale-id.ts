import { localeIds } from './locales/index.generated.js';

// Which locale a tag means, apart from the catalogs and formatters (i18n.ts): a module of its own,
// so that a bundle can decide the language of a view before it loads any of them (the widget's
// entry starts a locale's chunks with it).

export type LocaleId = (typeof localeIds)[number];

const resolved = new Map<string, LocaleId>();
/**
 * The locale whose words to use for a BCP 47 tag: the tag itself if we have it, then its
 * language (`ru-RU` → `ru`), then English. A malformed tag is English.
 */
export function resolveLocale(tag: string | undefined): LocaleId {
  if (!tag) return 'en';
  // Every formatted number asks; canonicalising a tag each time showed in the widget's profile.
  let found = resolved.get(tag);
  if (found === undefined) {
    found = 'en';
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      const language = canonical?.split('-')[0]?.toLowerCase();
      found = localeIds.find((id) => id === canonical || id === language) ?? 'en';
    } catch {
      // RangeError: not a BCP 47 tag; English.
    }
    if (resolved.size >= 64) resolved.clear();
    resolved.set(tag, found);
  }
  return found;
}
