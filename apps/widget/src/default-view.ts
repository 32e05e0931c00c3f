import { defaultView } from 'virtual:tip-report/default-view';
import { resolveLocale } from '@tip-report/core/data';
import { pageLocaleOf } from './page-context.js';
import {
  type AttributeName,
  given,
  readLocale,
  readMetricIds,
  readTheme,
  readView,
} from './widget-options.js';

/**
 * The default view before Solid: the markup the widget's own components draw for core's default
 * report, its default years and headline metrics, as a chart in English, rendered at build time
 * (build/default-view-plugin.ts) and shown by the entry at once. default-view.test.tsx holds it
 * equal to what the live widget draws for the same attributes.
 */

/**
 * The element's attributes read as the live widget reads them (widget-options.ts, as
 * comparison-view.tsx does), so the entry and the live widget agree on what a value means.
 */
const rawAttribute = (host: Element, name: AttributeName) => host.getAttribute(name) ?? undefined;
/** A given attribute: trimmed, and blank as absent (widget-options.ts given). */
export const attribute = (host: Element, name: AttributeName) => given(rawAttribute(host, name));
const themeOf = (host: Element) => readTheme(rawAttribute(host, 'theme'));
const localeOf = (host: Element) => readLocale(rawAttribute(host, 'lang'), pageLocaleOf(host));

/** The language of the widget's words (core's resolveLocale of its `lang`, else the page's). */
export const wordsLocaleOf = (host: Element) => resolveLocale(localeOf(host).value);

/**
 * Whether the element's attributes resolve to exactly the default view: no series and no `api`,
 * the default report, years and metrics (absent, or given as they are), the chart, any good theme,
 * and words and numbers in plain English (`lang`, else the page's, is `en` or `en-US`).
 */
export function isDefaultView(host: Element): boolean {
  if (attribute(host, 'series') || attribute(host, 'api')) return false;
  if ((attribute(host, 'report') ?? defaultView.report) !== defaultView.report) return false;
  if ((attribute(host, 'from') ?? String(defaultView.from)) !== String(defaultView.from)) {
    return false;
  }
  if ((attribute(host, 'to') ?? String(defaultView.to)) !== String(defaultView.to)) return false;
  const metrics = readMetricIds(rawAttribute(host, 'metrics'));
  if (metrics && metrics.join() !== defaultView.headline.join()) return false;
  const view = readView(rawAttribute(host, 'view'));
  if (view.problem || view.value !== 'chart') return false;
  if (themeOf(host).problem) return false;
  // A malformed `lang` is named by the live widget.
  const locale = localeOf(host);
  return !locale.problem && (locale.value === 'en' || locale.value === 'en-US');
}

/** The root of what is drawn in a shadow root: the `.tip` frame. */
const frameOf = (root: ShadowRoot) => root.firstElementChild as HTMLElement | null;

/**
 * Shows the prerendered default view in `root`: its theme, its `--tip-rows` (through the CSSOM,
 * which a strict CSP allows, where it refuses a style attribute in markup) and the "Data API"
 * link to `apiHome` (none without one, as the live widget draws it).
 */
export function showDefaultView(host: Element, root: ShadowRoot, apiHome: URL | undefined): void {
  root.innerHTML = defaultView.html;
  const frame = frameOf(root);
  frame?.setAttribute('data-theme', themeOf(host).value);
  frame?.style.setProperty('--tip-rows', String(defaultView.headline.length));
  for (const link of root.querySelectorAll<HTMLAnchorElement>(
    `a[href^="${defaultView.apiHomeMark}"]`,
  )) {
    const path = (link.getAttribute('href') ?? '').slice(defaultView.apiHomeMark.length);
    if (apiHome) link.setAttribute('href', new URL(path, apiHome).href);
    else link.remove();
  }
}

/** Keeps the shown default view's theme when only the `theme` attribute changed. */
export function followTheme(host: Element, root: ShadowRoot): void {
  frameOf(root)?.setAttribute('data-theme', themeOf(host).value);
}

/**
 * While the live widget's chunk loads for any other view, an empty busy frame of about the height
 * of what it will show (the same frame the live widget keeps while it loads: styles.ts), so the
 * page around it does not move.
 */
export function showBusyFrame(host: Element, root: ShadowRoot): void {
  const frame = document.createElement('div');
  frame.className = 'tip';
  const view = readView(rawAttribute(host, 'view')).value;
  const shown =
    view === 'table' || (view === 'trend' && attribute(host, 'series')) ? view : 'chart';
  frame.setAttribute('data-theme', themeOf(host).value);
  frame.setAttribute('data-view', shown);
  frame.setAttribute('aria-busy', 'true');
  const rows = readMetricIds(rawAttribute(host, 'metrics'))?.length;
  frame.style.setProperty('--tip-rows', String(rows ?? defaultView.headline.length));
  root.replaceChildren(frame);
}

/**
 * What a reader can click, tab to or focus, in document order: the same in the prerendered markup
 * and in the live widget's (default-view.test.tsx), so an element of one stands for the element
 * at the same place in the other.
 */
export const interactive = (root: ParentNode) => [
  ...root.querySelectorAll<HTMLElement>('button, summary, a, select, input'),
];

/**
 * When the live widget's code cannot be loaded for a view the entry cannot show: a sentence in
 * the widget's language saying so, as an alert in the frame, rather than a frame busy for ever.
 * An attribute change tries again.
 */
export function showLoadFailure(host: Element, root: ShadowRoot): void {
  const locale = wordsLocaleOf(host);
  const frame = document.createElement('div');
  frame.className = 'tip';
  frame.setAttribute('data-theme', themeOf(host).value);
  frame.setAttribute('lang', locale);
  const alert = document.createElement('p');
  alert.className = 'problems';
  alert.setAttribute('role', 'alert');
  alert.textContent = defaultView.loadFailed[locale] ?? defaultView.loadFailed.en ?? '';
  frame.append(alert);
  root.replaceChildren(frame);
}
