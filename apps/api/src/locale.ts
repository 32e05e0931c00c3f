import { z } from '@hono/zod-openapi';
import { type LocaleId, localeIds, type Translation, translated } from '@tip-report/core';
import type { Context, TypedResponse } from 'hono';
import { detectFromHeader } from 'hono/language';
import type { JSONParsed } from 'hono/utils/types';
import { type JsonRepresentation, keptBy, type Representation, send } from './representation.js';

/** The `lang` query parameter: one of core's locales; an unknown one is a 400 listing them. */
export const langQuery = z.enum(localeIds).optional().meta({
  description:
    'The language of labels, sentences, tier names and problem details. Without it, `Accept-Language` chooses (a region falls back to its language, `ru-RU` → `ru`), else English. Figures, ids and quotes are the same in every language.',
  example: 'az',
});

// Hono's own Accept-Language matching: q-values in order, `ru-RU` matches `ru`, `*` matches none.
const detector = {
  order: ['header' as const],
  lookupQueryString: 'lang',
  lookupCookie: 'language',
  lookupFromPathIndex: 0,
  lookupFromHeaderKey: 'accept-language',
  caches: false as const,
  ignoreCase: true,
  fallbackLanguage: 'en',
  supportedLanguages: [...localeIds],
};

/** The locale Accept-Language asks for, of those we have; English without one. */
export const acceptedLocale = (c: Context): LocaleId =>
  (detectFromHeader(c, detector) as LocaleId | undefined) ?? 'en';

const isLocale = (value: string | undefined): value is LocaleId =>
  localeIds.includes(value as LocaleId);

/**
 * The locale of an answer: `?lang=` when it names one of ours, else Accept-Language. Problems use
 * it too, so a 400 about `lang` itself is still in the caller's language.
 */
export function requestLocale(c: Context): LocaleId {
  const lang = c.req.query('lang');
  return isLocale(lang) ? lang : acceptedLocale(c);
}

/**
 * The headers of an answer in a locale: Content-Language always, and `Vary: Accept-Language`
 * (after `Accept` where the body also depends on it) when no `lang` chose it, since then the
 * header did.
 */
function languageHeaders(
  locale: LocaleId,
  chosenBy: 'lang' | 'header',
  varyOnAccept: boolean,
): Record<string, string> {
  const vary = [
    ...(varyOnAccept ? ['Accept'] : []),
    ...(chosenBy === 'header' ? ['Accept-Language'] : []),
  ];
  return {
    'Content-Language': locale,
    ...(vary.length > 0 ? { Vary: vary.join(', ') } : {}),
  };
}

/** `&lang=ru` (or `?lang=ru`) after a path and query, for the addresses of each locale. */
export function withLang(address: string, locale: LocaleId | undefined): string {
  if (locale === undefined) return address;
  return `${address}${address.includes('?') ? '&' : '?'}lang=${locale}`;
}

const inLocale = new WeakMap<Representation, Map<string, Representation>>();

/**
 * Sends the representation of the answer's locale (`build` is memoised by the route) with the
 * language headers: the same body and ETag whether `lang` or Accept-Language chose the locale,
 * only Vary differs. `varyOnAccept` says whether the body also depends on Accept (JSON or CSV).
 */
export function sendInLocale(
  c: Context,
  lang: LocaleId | undefined,
  varyOnAccept: boolean,
  build: (locale: LocaleId) => Representation,
): Response {
  const locale = lang ?? acceptedLocale(c);
  const representation = build(locale);
  const chosenBy = lang === undefined ? 'header' : 'lang';
  let variants = inLocale.get(representation);
  if (variants === undefined) {
    variants = new Map();
    inLocale.set(representation, variants);
  }
  let sent = variants.get(chosenBy);
  if (sent === undefined) {
    sent = Object.freeze({
      ...representation,
      headers: Object.freeze({
        ...representation.headers,
        ...languageHeaders(locale, chosenBy, varyOnAccept),
      }),
    });
    variants.set(chosenBy, sent);
  }
  return send(c, sent);
}

/** `sendInLocale` for a JSON route: typed like `c.json(value, 200)` (see `sendJson`). */
export const sendJsonInLocale = <T>(
  c: Context,
  lang: LocaleId | undefined,
  build: (locale: LocaleId) => JsonRepresentation<T>,
) => sendInLocale(c, lang, false, build) as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

/** A unit or topic with its label in a locale (the data's translation; English otherwise). */
export function withLabelIn<
  T extends {
    label: string;
    translations?: Readonly<Record<string, { label?: Translation | undefined }>> | undefined;
  },
>(item: T, locale: LocaleId): T {
  return locale === 'en' ? item : { ...item, label: translated(item, 'label', item.label, locale) };
}

/** A value per locale, built the first time it is asked for, and kept. */
export const perLocale = <T>(build: (locale: LocaleId) => T) =>
  keptBy((locale: LocaleId) => locale, build);
