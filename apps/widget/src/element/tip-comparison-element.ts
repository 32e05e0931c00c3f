import { type AttributeName, attributeNames } from '../shared/attributes.js';
import english from '../shared/i18n/en.json';
import { pageLocaleOf } from '../shared/page-locale.js';
import { frameCss } from './frame-styles.js';
import { fetchLiveImports } from './live-imports.js';

type Live = typeof import('../live/live-widget.js');
type LiveWidget = import('../live/live-widget.js').LiveWidget;

let live: Promise<Live> | undefined;
/** "The live widget" (Solid and everything it draws with): a chunk, loaded once for the page. */
const loadLive = () => {
  if (live) return live;
  // The live chunk first: it is the largest, and its compilation on a background thread starts
  // as its bytes come, so it should not queue behind its small imports'.
  live = import('../live/live-widget.js').catch((error: unknown) => {
    live = undefined; // the next connection or attribute change tries again
    throw error;
  });
  fetchLiveImports(import.meta.url);
  return live;
};

/**
 * The element's state, one value replaced whole: not on a page, waiting to come near the viewport
 * (`loading="lazy"`), waiting for the live widget (the busy frame shows in both), live, or failed
 * to load (a message shows; an attribute change retries).
 */
type State =
  | { kind: 'idle' }
  | { kind: 'waiting'; observer: IntersectionObserver }
  | { kind: 'loading'; generation: number }
  | { kind: 'live'; widget: LiveWidget }
  | { kind: 'failed' };

let frameSheet: CSSStyleSheet | undefined;

/**
 * <tip-comparison>, in an open shadow root. The entry shows a frame of the widget's fixed height
 * at once and loads the live widget with import(); it never throws into the host page.
 */
export class TipComparisonElement extends HTMLElement {
  static readonly observedAttributes = attributeNames;
  /** The origin and path widget.js came from (set by the entry): embeds and "Data API" point there. */
  static home: URL | undefined;

  #state: State = { kind: 'idle' };
  /** Bumped when the element leaves the page, so a chunk that comes later draws nothing. */
  #generation = 0;

  connectedCallback(): void {
    if (this.#state.kind !== 'idle') return;
    this.#start();
  }

  attributeChangedCallback(name: AttributeName, old: string | null, value: string | null): void {
    const state = this.#state;
    if (state.kind === 'live') state.widget.attributeChanged(name, value);
    else if (state.kind === 'failed' && old !== value) this.#start();
  }

  disconnectedCallback(): void {
    this.#generation++;
    if (this.#state.kind === 'live') this.#state.widget.dispose();
    if (this.#state.kind === 'waiting') this.#state.observer.disconnect();
    this.#state = { kind: 'idle' };
    this.shadowRoot?.replaceChildren();
  }

  #start(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    frameSheet ??= new CSSStyleSheet();
    if (!frameSheet.cssRules.length) frameSheet.replaceSync(frameCss);
    root.adoptedStyleSheets = [frameSheet];
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.setAttribute('aria-busy', 'true');
    root.replaceChildren(frame);
    // As <img loading="lazy">: a widget far down a page (the third on ours) costs the reader
    // nothing until it comes within 200 px of the viewport. Read once, when the element starts.
    if (this.getAttribute('loading') === 'lazy' && typeof IntersectionObserver === 'function') {
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          this.#load(frame);
        },
        { rootMargin: '200px 0px' },
      );
      observer.observe(this);
      this.#state = { kind: 'waiting', observer };
      return;
    }
    this.#load(frame);
  }

  #load(frame: HTMLElement): void {
    const generation = this.#generation;
    this.#state = { kind: 'loading', generation };
    loadLive().then(
      (module) => {
        if (this.#generation !== generation || !this.shadowRoot) return;
        this.#state = {
          kind: 'live',
          widget: module.mountWidget(
            this,
            this.shadowRoot,
            pageLocaleOf(this),
            TipComparisonElement.home,
          ),
        };
      },
      () => {
        if (this.#generation !== generation) return;
        this.#state = { kind: 'failed' };
        frame.removeAttribute('aria-busy');
        frame.setAttribute('role', 'alert');
        // The entry carries no other language's words: this one sentence is said in English.
        frame.textContent = english.messages.loadFailed;
      },
    );
  }
}
