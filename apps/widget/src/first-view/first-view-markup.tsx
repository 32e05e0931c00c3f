import { renderToString } from 'solid-js/web';
import { WidgetView } from '../live/widget-view.js';
import { homeMark } from '../shared/home-mark.js';
import { layout } from '../shared/layout.js';

/**
 * The first view: the live widget's own markup for an element with no attributes (core's default
 * report, its headline metric, two years' bars) in English, drawn by Solid's server renderer at
 * build time, once for each of layout's first-view stages. The entry (widget.js) shows it the
 * moment the element is on the page, inert and busy, and the live widget replaces it when its
 * chunk has run: the reader sees the figures without waiting for that chunk.
 *
 * Each drawing is wrapped in a `.first-view` named by its stage (`data-stage`); the entry's styles
 * show the one for the widget's width.
 */
export function firstViewMarkup(): string {
  const markup = Object.entries(layout.firstViewStages)
    .map(
      ([name, stage]) =>
        `<div class="first-view" data-stage="${name}">${renderToString(() => <WidgetView pageLocale="en" pageUrl={homeMark} home={new URL(homeMark)} stage={stage} />)}</div>`,
    )
    .join('');
  // A page whose CSP is `default-src 'self'` refuses style attributes, with a console error.
  if (/<[^>]+\sstyle=/.test(markup)) {
    throw new Error('first view: the markup has a style attribute, which a strict CSP refuses');
  }
  return markup;
}
