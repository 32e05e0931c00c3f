import { translationLoaders } from 'virtual:tip-report/translation-loaders';
import {
  fill,
  isLoaded,
  loadLocale,
  type MessageParams,
  message,
  pluralize,
  resolveLocale,
} from '@tip-report/core/data';
import english from './i18n/en.json';

/**
 * The widget's words. Its own UI words (buttons, the picker, the embed dialog) are its catalog,
 * src/shared/i18n/<id>.json; the domain's words (metric, unit and topic labels, sentences, tiers)
 * are core's. A language but English is a chunk of each (core's catalog, the data's translations,
 * the widget's catalog), loaded with import() the first time a widget speaks it: Vite finds the
 * widget's catalogs by their file names, so a new language is a new file, not a new list entry.
 */
type Entry = string | { text: string; review?: string };
interface WidgetCatalog {
  id: string;
  messages: Record<string, Entry>;
}
const own = new Map<string, Record<string, Entry>>([['en', english.messages]]);
const ownLoaders = import.meta.glob<WidgetCatalog>(['./i18n/*.json', '!./i18n/en.json'], {
  import: 'default',
});

export { resolveLocale };

/**
 * A word of the widget's catalog (its `count`, if any, picking the plural form), else of core's,
 * in the locale's language; English where the language lacks it.
 */
export function say(locale: string, key: string, params?: MessageParams): string {
  const language = resolveLocale(locale);
  const entry = own.get(language)?.[key] ?? own.get('en')?.[key];
  if (entry === undefined) return message(language, key, params);
  const text = typeof entry === 'string' ? entry : entry.text;
  const count = params?.count;
  return fill(
    typeof count === 'number' ? pluralize(text, count, language) : text,
    params,
    language,
  );
}

type Translations = Record<string, Record<string, unknown>>;
const dataTranslations = new Map<string, Translations>();
const loading = new Map<string, Promise<void>>();

/** Whether the widget can speak `locale` now, with no chunk to wait for. */
export const isReady = (locale: string) =>
  locale === 'en' || (isLoaded(locale) && dataTranslations.has(locale) && own.has(locale));

/** Loads a language's chunks once; rejects (and may be retried) if any cannot be loaded. */
export function loadLanguage(locale: string): Promise<void> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = Promise.all([
      loadLocale(locale),
      translationLoaders[locale]?.().then((m) => dataTranslations.set(locale, m.translations)),
      ownLoaders[`./i18n/${locale}.json`]?.().then((c) => own.set(locale, c.messages)),
    ]).then(
      () => undefined,
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

type Item = { id: string; translations?: unknown };
const withOwn = <T extends Item>(
  items: readonly T[],
  kind: string,
  mine: Record<string, unknown>,
) =>
  items.map((item) => {
    const t = mine[`${kind}:${item.id}`];
    return t && !item.translations ? { ...item, translations: t } : item;
  });

type Dated = { year: number; translations?: unknown };
/** A metric's figures (a report's observations, a series' points) with their notes' translations. */
function withNotes<T extends Item>(metric: T, mine: Record<string, unknown>): T {
  const put = (figures: unknown) =>
    (figures as readonly Dated[]).map((f) => {
      const t = mine[`note:${metric.id}@${f.year}`];
      return t && !f.translations ? { ...f, translations: t } : f;
    });
  const m = metric as T & { observations?: unknown; points?: unknown };
  return {
    ...metric,
    ...(Array.isArray(m.observations) ? { observations: put(m.observations) } : {}),
    ...(Array.isArray(m.points) ? { points: put(m.points) } : {}),
  };
}

/**
 * The data with a locale's translations of its metrics, units, topics, figures' notes and
 * organisations' glosses put back (the bundle carries the data without them, so an English page
 * downloads none).
 */
export function translatedSource<
  T extends {
    id: string;
    metrics: readonly Item[];
    units: readonly Item[];
    topics?: readonly Item[];
    glosses?: readonly { organisation: string; translations?: unknown }[] | undefined;
  },
>(source: T, locale: string): T {
  const mine = dataTranslations.get(locale)?.[source.id];
  if (!mine) return source;
  const byLocale = Object.fromEntries(Object.entries(mine).map(([k, v]) => [k, { [locale]: v }]));
  return {
    ...source,
    metrics: withOwn(source.metrics, 'metric', byLocale).map((m) => withNotes(m, byLocale)),
    units: withOwn(source.units, 'unit', byLocale),
    ...(source.topics ? { topics: withOwn(source.topics, 'topic', byLocale) } : {}),
    ...(source.glosses
      ? {
          glosses: withOwn(
            source.glosses.map((g) => ({ ...g, id: g.organisation })),
            'gloss',
            byLocale,
          ),
        }
      : {}),
  };
}
