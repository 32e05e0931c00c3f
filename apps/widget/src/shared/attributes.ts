import { localeIds, type MessageParams } from '@tip-report/core/data';

/**
 * Reading the widget's attributes. Every attribute is optional text; a value the widget cannot use
 * becomes a Problem that names the attribute, the value and what is allowed, shown inside the
 * widget instead of being thrown into the host page.
 */

/** The attributes of <tip-comparison>, which are also the props of the Solid component. */
export interface WidgetAttributes {
  report?: string | undefined;
  /** A series of editions (`aze-protection`): any two of its data years, or its trend. */
  series?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The metric in focus; by default core's headline metric of the report or series. */
  metric?: string | undefined;
  /** A comma list of metric ids: the metrics the table (and the picker) offer. */
  metrics?: string | undefined;
  view?: string | undefined;
  theme?: string | undefined;
  lang?: string | undefined;
  /** A tip-report API to take live figures from (`/` for the page's own origin). */
  api?: string | undefined;
}

export const attributeNames = [
  'report',
  'series',
  'from',
  'to',
  'metric',
  'metrics',
  'view',
  'theme',
  'lang',
  'api',
] as const satisfies readonly (keyof WidgetAttributes)[];
export type AttributeName = (typeof attributeNames)[number];

export interface Problem {
  attribute: keyof WidgetAttributes;
  value: string;
  /** What is wrong, as a catalog key and its params: said in the widget's language. */
  key: string;
  params?: MessageParams | undefined;
  allowed: readonly string[];
}

export const views = ['chart', 'table', 'trend'] as const;
export type View = (typeof views)[number];
export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

/** A blank attribute counts as absent, so `from=""` means "the default year". */
export function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function oneOf<T extends string>(
  attribute: keyof WidgetAttributes,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): { value: T; problem?: Problem } {
  const text = given(value);
  if (text === undefined) return { value: fallback };
  const match = allowed.find((a) => a === text.toLowerCase());
  if (match) return { value: match };
  return {
    value: fallback,
    problem: {
      attribute,
      value: text,
      key: 'ui.problem.oneOf',
      params: { attribute, value: text, allowed: allowed.join(', '), fallback },
      allowed,
    },
  };
}

export const readView = (value: string | undefined) => oneOf('view', value, views, 'chart');
export const readTheme = (value: string | undefined) => oneOf('theme', value, themes, 'auto');

/**
 * A BCP 47 tag: it picks the widget's language (core's resolveLocale) and formats the numbers; an
 * invalid one falls back to the page's language.
 */
export function readLocale(
  value: string | undefined,
  pageLocale: string,
): { value: string; problem?: Problem } {
  const text = given(value);
  if (text === undefined) return { value: pageLocale };
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    if (canonical) return { value: canonical };
  } catch {
    // RangeError: not a well-formed language tag; reported below.
  }
  return {
    value: pageLocale,
    problem: {
      attribute: 'lang',
      value: text,
      key: 'ui.problem.lang',
      params: { value: text, fallback: pageLocale },
      // The languages with words (core's catalogs); any well-formed tag formats the numbers.
      allowed: localeIds,
    },
  };
}

/** Longer than any real API base; a longer value is a mistake or an attack, not an address. */
const MAX_API_LENGTH = 2048;

/**
 * The API base as a URL ending in "/", so `new URL('v1/…', base)` stays under it. Root-relative
 * values ("/", "/tip/") resolve against the page; anything else must be an absolute http(s)
 * address. A bare word ("api", "x…x") is refused rather than fetched relative to the page, where
 * it could only fail (and the browser would log the failure in the host page's console).
 */
export function readApi(
  value: string | undefined,
  pageUrl: string,
): { value?: URL; problem?: Problem } {
  const text = given(value);
  if (text === undefined) return {};
  let url: URL | undefined;
  try {
    const rootRelative = text.startsWith('/') && !text.startsWith('//');
    url =
      text.length > MAX_API_LENGTH ? undefined : new URL(text, rootRelative ? pageUrl : undefined);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    return { value: url };
  }
  return {
    problem: {
      attribute: 'api',
      value: text,
      key: 'ui.problem.api',
      params: { value: text.length > 80 ? `${text.slice(0, 80)}…` : text },
      allowed: ['https://api.example.org/', '/'],
    },
  };
}

/** A year attribute: absent, or an integer; anything else is named as not a year. */
export function readYear(
  attribute: 'from' | 'to',
  value: string | undefined,
  years: readonly number[],
): { value?: number; problem?: Problem } {
  // "2015–2021" or "2016, 2017": joined here, not by Intl.ListFormat, which a browser without
  // the locale's data (Debian's Chromium has no Azerbaijani) would join in English.
  const listed = years.length > 2 ? `${years[0]}–${years.at(-1)}` : years.join(', ');
  const text = given(value);
  if (text === undefined) return {};
  if (/^\d{4}$/.test(text)) return { value: Number(text) };
  return {
    problem: {
      attribute,
      value: text,
      key: 'ui.problem.year',
      params: { attribute, value: text, years: listed },
      allowed: years.map(String),
    },
  };
}

/** A comma list of metric ids; absent or blank means the headline set. */
export function readMetricIds(value: string | undefined): string[] | undefined {
  const ids = (given(value) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return ids.length ? [...new Set(ids)] : undefined;
}
