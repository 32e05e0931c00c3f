import { translationLoaders } from 'virtual:tip-report/translation-loaders';
import { isLoaded, loadLocale, message, resolveLocale } from '@tip-report/core/data';

/**
 * The widget's language. The `lang` tag (or the page's) picks a locale of core's catalogs (region
 * → language → English); the full tag still formats the numbers. Each locale but English is two
 * chunks beside widget.js, loaded with import() the first time a widget needs it: core's catalog
 * and that locale's translations of the bundled data.
 */
export { resolveLocale };

/** A UI string of the widget, in the locale's words (core's catalog, `ui.*` keys and the rest). */
export const say = message;

type Translations = Record<string, Record<string, unknown>>;
const dataTranslations = new Map<string, Translations>();
const loading = new Map<string, Promise<void>>();

/** Whether the widget can speak `locale` now, with no chunk to wait for. */
export const isReady = (locale: string) =>
  locale === 'en' || (isLoaded(locale) && dataTranslations.has(locale));

/** Loads a locale's two chunks once; rejects (and may be retried) if either cannot be loaded. */
export function loadWidgetLocale(locale: string): Promise<void> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = Promise.all([
      loadLocale(locale),
      translationLoaders[locale]?.().then((m) => dataTranslations.set(locale, m.translations)),
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
const withOwn = <T extends Item>(items: readonly T[], kind: string, own: Record<string, unknown>) =>
  items.map((item) => {
    const t = own[`${kind}:${item.id}`];
    return t && !item.translations ? { ...item, translations: t } : item;
  });
type Dated = { year: number; translations?: unknown };
/** A metric's figures (a report's observations, a series' points) with their notes' translations. */
function withNotes<T extends Item>(metric: T, own: Record<string, unknown>): T {
  const put = (figures: unknown) =>
    (figures as readonly Dated[]).map((f) => {
      const t = own[`note:${metric.id}@${f.year}`];
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
 * The data with a locale's translations of its metrics, units and topics put back (the entry
 * bundles the data without them). Data from the API carries its own and is left as it is.
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
  const own = dataTranslations.get(locale)?.[source.id];
  if (!own) return source;
  // Each translation as the data holds it, by locale: made once for the three kinds.
  const byLocale = Object.fromEntries(Object.entries(own).map(([k, v]) => [k, { [locale]: v }]));
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
