import { renderToString } from 'solid-js/web';
import type { DefaultView } from '../src/bundled-report.js';
import { ComparisonView } from '../src/comparison-view.js';
import { defaultShownReport } from '../src/shown-report.js';
import { defaultYears } from '../src/widget-options.js';

/**
 * Where the default view's "Data API" link points in the prerendered markup: the entry puts the
 * origin that served widget.js in its place (src/default-view.ts), which no build can know.
 */
export const apiHomeMark = 'https://tip-report.invalid/';

/**
 * The default view (core's default report, its default years, its headline metrics, the chart, in
 * English), drawn once at build time by the widget's own components through Solid's server
 * renderer: build/default-view-plugin.ts runs this in Node and bundles the markup into the entry.
 */
export function defaultViewMarkup(): Omit<DefaultView, 'apiHomeMark' | 'loadFailed'> {
  const report = defaultShownReport();
  const { from, to } = defaultYears(report.years, undefined, undefined);
  const html = renderToString(() => (
    <ComparisonView pageLocale="en" pageUrl={apiHomeMark} apiHome={new URL(apiHomeMark)} />
  ));
  return { html, report: report.id, from, to, headline: [...report.headline] };
}
