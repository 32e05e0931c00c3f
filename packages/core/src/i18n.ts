import { type LocaleId, resolveLocale } from './locale-id.js';
import { catalog as english } from './locales/en.generated.js';
import { catalogLoaders, localeIds } from './locales/index.generated.js';
import type { Translation } from './schema/translation.js';
import { ordinalYear } from './year-ordinal.js';

/**
 * The fixed strings of the product in one language: sentence templates, tier names, notes, the
 * widget's UI and the API's problem titles. English is plain text; every other locale records
 * per string whether it follows the glossary or is a draft. A catalog is data
 * (`src/locales/<id>.json`): adding a language adds a file.
 */
export interface Catalog {
  id: string;
  name: string;
  messages: Record<string, string | Translation>;
}

export { type LocaleId, localeIds, resolveLocale };

const loaded = new Map<string, Catalog>([[english.id, english]]);

/** Makes a catalog available to every formatter (the full entry registers them all). */
export function registerCatalog(catalog: Catalog): void {
  loaded.set(catalog.id, catalog);
}

/** Loads a locale's catalog as a module of its own (a chunk in a browser bundle). */
export async function loadLocale(tag: string | undefined): Promise<LocaleId> {
  const locale = resolveLocale(tag);
  if (!loaded.has(locale)) registerCatalog((await catalogLoaders[locale]?.())?.catalog ?? english);
  return locale;
}

/** Whether the catalog of a locale is loaded, so its words can be used without waiting. */
export const isLoaded = (locale: string) => loaded.has(locale);

const text = (entry: string | Translation | undefined) =>
  entry === undefined ? undefined : typeof entry === 'string' ? entry : entry.text;

export type MessageParams = Readonly<
  Record<string, string | number | readonly (string | number)[]>
>;

const lists = new Map<string, { format: (items: string[]) => string }>();
/**
 * "2016 and 2017", "2016 и 2017": a list as the locale joins it. A runtime without the locale's
 * data (Debian's Chromium has no Azerbaijani) joins with the catalog's own word for "and".
 */
function listOf(items: readonly (string | number)[], locale: string): string {
  let format = lists.get(locale);
  if (format === undefined) {
    const and = text(loaded.get(locale)?.messages['list.and']) ?? 'and';
    format = Intl.ListFormat.supportedLocalesOf(locale).length
      ? new Intl.ListFormat(locale, { type: 'conjunction' })
      : {
          format: (all: string[]) =>
            all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} ${and} ${all.at(-1)}`,
        };
    lists.set(locale, format);
  }
  return format.format(items.map(String));
}

/**
 * `{name}` placeholders filled from `params` (a list is joined in the locale's words); a missing
 * one is left as it is. `{name:ordinal}` writes a year as the language does where it stands as
 * "the year …" (Azerbaijani «2015-ci»; the bare year elsewhere).
 */
export function fill(template: string, params: MessageParams = {}, locale = 'en'): string {
  return template.replace(
    /\{([a-zA-Z]+)(:ordinal)?\}/g,
    (whole, name: string, ordinal?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === 'object') return listOf(value, locale);
      return ordinal ? ordinalYear(value, resolveLocale(locale)) : String(value);
    },
  );
}

/**
 * A message of the catalog of `locale` with its placeholders filled; English where the catalog
 * is not loaded or lacks the key (a test keeps every catalog complete).
 */
export function message(locale: string, key: string, params?: MessageParams): string {
  const language = resolveLocale(locale);
  const own = text(loaded.get(language)?.messages[key]);
  const template = own ?? text(english.messages[key]) ?? key;
  return fill(template, params, own === undefined ? 'en' : language);
}

/** A data item's text in a locale (`translations[locale][field]`), or its English original. */
export function translated<F extends string>(
  item: {
    readonly translations?:
      | Readonly<Record<string, Partial<Record<F, Translation | undefined>>>>
      | undefined;
  },
  field: F,
  english: string,
  locale: string,
): string {
  return item.translations?.[resolveLocale(locale)]?.[field]?.text ?? english;
}
