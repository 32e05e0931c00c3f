import { createSignal, type Setter } from 'solid-js';
import { render } from 'solid-js/web';
import { ComparisonView } from './comparison-view.js';
import { interactive } from './default-view.js';
import { pageLocaleOf } from './page-context.js';
import { type AttributeName, attributeNames, type WidgetAttributes } from './widget-options.js';

/** The bars of the chart, whose growing animation the live view takes over where it was. */
const bars = (root: ShadowRoot) => [...root.querySelectorAll<SVGElement>('.bars rect')];

/**
 * The live widget (widget-app.js, loaded by the <tip-comparison> element when a reader shows an
 * intent or any view but the default is asked for): one Solid root in the element's shadow root,
 * each attribute a signal, so a change updates only what depends on it.
 *
 * It replaces what the entry showed (the prerendered default view, or a busy frame) in the same
 * task, so no frame is painted between. Over the default view it keeps what the reader sees and
 * did: the element that had focus has it again, an open "Source" is open, the bars' animation
 * goes on where it was, and the clicks the entry kept (`clicks`, places among interactive(root))
 * are replayed on the same elements.
 */
export function mountComparison(
  host: HTMLElement,
  root: ShadowRoot,
  apiHome: URL | undefined,
  clicks: readonly number[],
) {
  const before = interactive(root);
  const focused = before.indexOf(root.activeElement as HTMLElement);
  const open = [...root.querySelectorAll('details')].map((details) => details.open);
  const growing = bars(root).map((rect) => rect.getAnimations?.()[0]?.currentTime ?? null);

  const setters = new Map<AttributeName, Setter<string | undefined>>();
  const props: WidgetAttributes = {};
  for (const name of attributeNames) {
    const [get, set] = createSignal(host.getAttribute(name) ?? undefined);
    setters.set(name, set);
    Object.defineProperty(props, name, { get, enumerable: true });
  }
  root.replaceChildren();
  const dispose = render(
    () => (
      <ComparisonView
        {...props}
        pageLocale={pageLocaleOf(host)}
        pageUrl={document.baseURI}
        apiHome={apiHome}
      />
    ),
    root,
  );

  const now = bars(root);
  if (growing.length && growing.length === now.length) {
    now.forEach((rect, i) => {
      for (const animation of rect.getAnimations?.() ?? []) {
        const time = growing[i];
        if (time === null || time === undefined) animation.finish();
        else animation.currentTime = time;
      }
    });
  }
  const after = interactive(root);
  if (after.length === before.length) {
    [...root.querySelectorAll('details')].forEach((details, i) => {
      if (open[i]) details.open = true;
    });
    if (focused >= 0) after[focused]?.focus({ preventScroll: true });
    for (const place of clicks) after[place]?.click();
  }

  return {
    attributeChanged(name: AttributeName, value: string | null): void {
      setters.get(name)?.(value ?? undefined);
    },
    dispose(): void {
      dispose();
      setters.clear();
    },
  };
}
