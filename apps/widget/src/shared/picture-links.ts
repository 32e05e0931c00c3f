import type { Theme } from './attributes.js';

/** The picture of what is shown, as the API serves it (drawn at build time by the same charts). */
export interface PictureLinks {
  png: URL;
  svg: URL;
}

/**
 * The series a metric's country picture compares (scripts/build-pictures.mjs): every series that
 * has the metric, where two or more do; none otherwise. The build and the countries widget's
 * Download both ask this, so the widget links exactly the pictures that are drawn.
 */
export function countryPictureSeriesOf(
  all: readonly { id: string; metrics: readonly { id: string }[] }[],
  metricId: string,
): string[] | undefined {
  const having = all.filter((s) => s.metrics.some((m) => m.id === metricId)).map((s) => s.id);
  return having.length >= 2 ? having : undefined;
}

/**
 * The PNG and SVG of a picture route (`path`, under the API at `home`), in the widget's language
 * and theme: `auto` is the reader's scheme, as the widget's own colours follow it.
 */
export function pictureLinks(
  home: URL,
  path: string,
  lang: string,
  theme: Theme,
  years?: { from: number; to: number },
): PictureLinks {
  const dark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const query = new URLSearchParams({
    lang,
    theme: theme === 'auto' ? (dark ? 'dark' : 'light') : theme,
    ...(years && { from: String(years.from), to: String(years.to) }),
  });
  return {
    png: new URL(`${path}.png?${query}`, home),
    svg: new URL(`${path}.svg?${query}`, home),
  };
}
