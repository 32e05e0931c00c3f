import { createSignal, type Setter } from 'solid-js';
import { render } from 'solid-js/web';
import { ComparisonView } from './comparison-view.js';
import { pageLocaleOf } from './page-context.js';
import { adoptStyles } from './styles.js';
import { attributeNames, type WidgetAttributes } from './widget-options.js';

type AttributeName = (typeof attributeNames)[number];

/**
 * <tip-comparison>: one Solid root per element, in an open shadow root with the shared adopted
 * stylesheet. Each attribute is a signal, so a change after mount updates only what depends on it.
 */
export class TipComparisonElement extends HTMLElement {
  static readonly observedAttributes = attributeNames;
  /** Where "Data API" links when there is no `api` attribute (set by the bundle's entry). */
  static apiHome: URL | undefined;

  #setters = new Map<AttributeName, Setter<string | undefined>>();
  #dispose: (() => void) | undefined;

  connectedCallback(): void {
    if (this.#dispose) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(root);
    const attributes = {} as Record<AttributeName, () => string | undefined>;
    for (const name of attributeNames) {
      const [get, set] = createSignal(this.getAttribute(name) ?? undefined);
      attributes[name] = get;
      this.#setters.set(name, set);
    }
    const props: WidgetAttributes = {};
    for (const name of attributeNames) {
      Object.defineProperty(props, name, { get: attributes[name], enumerable: true });
    }
    this.#dispose = render(
      () => (
        <ComparisonView
          {...props}
          pageLocale={pageLocaleOf(this)}
          pageUrl={document.baseURI}
          apiHome={TipComparisonElement.apiHome}
        />
      ),
      root,
    );
  }

  attributeChangedCallback(name: AttributeName, _old: string | null, value: string | null): void {
    this.#setters.get(name)?.(value ?? undefined);
  }

  disconnectedCallback(): void {
    this.#dispose?.();
    this.#dispose = undefined;
    this.#setters.clear();
    this.shadowRoot?.replaceChildren();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tip-comparison': TipComparisonElement;
  }
}
