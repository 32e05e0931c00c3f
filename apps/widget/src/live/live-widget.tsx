import { createSignal, type Setter } from 'solid-js';
import { render } from 'solid-js/web';
import { type AttributeName, attributeNames, type WidgetAttributes } from '../shared/attributes.js';
import { adoptStyles } from '../shared/styles.js';
import { WidgetView } from './widget-view.js';

/**
 * "The live widget" (widget-live.js, loaded by the <tip-comparison> element with import()): one
 * Solid root in the element's shadow root, each attribute a signal, so a change redraws only what
 * depends on it. It replaces the entry's busy frame in the same task.
 */
export function mountWidget(
  host: HTMLElement,
  root: ShadowRoot,
  pageLocale: string,
  home: URL | undefined,
) {
  const setters = new Map<AttributeName, Setter<string | undefined>>();
  const props: WidgetAttributes = {};
  for (const name of attributeNames) {
    const [get, set] = createSignal(host.getAttribute(name) ?? undefined);
    setters.set(name, set);
    Object.defineProperty(props, name, { get, enumerable: true });
  }
  adoptStyles(root);
  root.replaceChildren();
  const dispose = render(
    () => <WidgetView {...props} pageLocale={pageLocale} pageUrl={document.baseURI} home={home} />,
    root,
  );
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

export type LiveWidget = ReturnType<typeof mountWidget>;
