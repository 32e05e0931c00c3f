import type { Theme, View } from './attributes.js';

/** Exactly what a widget shows, as the attributes that reproduce it. */
export interface ShownState {
  kind: 'report' | 'series';
  id: string;
  metric: string;
  view: View;
  from: number;
  to: number;
  /** The `metrics` attribute as given (the table's list), if any. */
  metrics?: string | undefined;
  lang: string;
  theme: Theme;
}

/**
 * The attributes, in a stable order: the source, the metric, the view, the years (a trend shows
 * every year, so it names none), the table's list, the language and a theme other than `auto`.
 */
export function shownAttributes(state: ShownState): [string, string][] {
  const out: [string, string][] = [
    [state.kind, state.id],
    ['metric', state.metric],
    ['view', state.view],
  ];
  if (state.view !== 'trend') out.push(['from', String(state.from)], ['to', String(state.to)]);
  if (state.metrics) out.push(['metrics', state.metrics]);
  out.push(['lang', state.lang]);
  if (state.theme !== 'auto') out.push(['theme', state.theme]);
  return out;
}

const quoted = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The /embed page of the widget's origin for this state: its query string is the attributes. */
export function embedUrl(home: URL, state: ShownState): URL {
  const url = new URL('embed', home);
  for (const [name, value] of shownAttributes(state)) url.searchParams.set(name, value);
  return url;
}

/** The two ways to embed what is shown, as the embed dialog offers them to copy. */
export interface EmbedSnippets {
  iframe: string;
  script: string;
}

/** `<script>` + `<tip-comparison …>`: the element with this state's attributes. */
export function scriptSnippet(home: URL, state: ShownState): string {
  const attributes = shownAttributes(state)
    .map(([name, value]) => ` ${name}="${quoted(value)}"`)
    .join('');
  return `<script type="module" src="${quoted(new URL('widget.js', home).href)}"></script>\n<tip-comparison${attributes}></tip-comparison>`;
}

/**
 * An iframe of /embed for this state, `height` tall (the widget's fixed height at the width it is
 * shown at); no inline style, so a page with a strict CSP takes it as it is.
 */
export function iframeSnippet(home: URL, state: ShownState, title: string, height: number): string {
  return `<iframe src="${quoted(embedUrl(home, state).href)}" title="${quoted(title)}" width="100%" height="${height}" loading="lazy" data-tip-report></iframe>`;
}
