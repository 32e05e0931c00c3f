import { defaultView } from 'virtual:tip-report/default-view';
import { translationLoaders } from 'virtual:tip-report/translation-loaders';
import { catalogLoaders } from '@tip-report/core/data';
import { attribute, wordsLocaleOf } from './default-view.js';
import { loadChunk } from './series-chunk.js';

/**
 * For a view other than the default, the chunks the live widget will ask for once it is in,
 * started alongside it so that the reader waits for one round of files, not two: a language's
 * catalog and translations, and the series chunk for a series or another report. A hint only: the
 * live widget loads what it needs itself (and says what failed), so a failure here is ignored,
 * and a `metrics` list beyond the headline set, which also needs the series chunk, is left to it.
 */
export function startChunksFor(host: Element): void {
  const locale = wordsLocaleOf(host);
  const quietly = (load: (() => Promise<unknown>) | undefined) => void load?.().catch(() => {});
  if (locale !== 'en') {
    quietly(catalogLoaders[locale as keyof typeof catalogLoaders]);
    quietly(translationLoaders[locale]);
  }
  const report = attribute(host, 'report');
  if (attribute(host, 'series') || (report && report !== defaultView.report)) quietly(loadChunk);
}
