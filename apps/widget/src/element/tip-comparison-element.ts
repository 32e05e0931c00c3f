import { type AttributeName, attributeNames } from '../shared/attributes.js';
import { homeMark } from '../shared/home-mark.js';
import english from '../shared/i18n/en.json';
import { pageLocaleOf } from '../shared/page-locale.js';
import { adoptStyles } from '../shared/styles.js';
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
 * (`loading="lazy"`), waiting for the live widget (the busy frame or the first view shows in
 * both), live, or failed to load (a message shows; an attribute change retries).
 */
type State =
  | { kind: 'idle' }
  | { kind: 'waiting'; observer: IntersectionObserver; shows: Shown }
  | { kind: 'loading'; generation: number; shows: Shown }
  | { kind: 'live'; widget: LiveWidget }
  | { kind: 'failed' };

/** What the element shows until the live widget draws. */
type Shown = 'frame' | 'first view';

/** A page language whose words and numbers are the first view's: it is drawn in English. */
const isEnglish = (tag: string) => /^en(-|$)/i.test(tag);

let frameSheet: CSSStyleSheet | undefined;

/**
 * <tip-comparison>, in an open shadow root. The entry shows at once a frame of the widget's fixed
 * height, or, for an element the build drew a first view of, that view; then it loads the live
 * widget with import(). It never throws into the host page.
 */
export class TipComparisonElement extends HTMLElement {
  static readonly observedAttributes = attributeNames;
  /** The origin and path widget.js came from (set by the entry): embeds and "Data API" point there. */
  static home: URL | undefined;
  /**
   * The first view's markup (src/first-view/), set by the entry of a build that drew it: the live
   * widget's own drawing of an element with no attributes, in English.
   */
  static firstView: string | undefined;

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
    // The first view is of an element without attributes: a script that sets one after adding
    // the element sees the busy frame, not figures it did not ask for.
    else if ((state.kind === 'waiting' || state.kind === 'loading') && state.shows !== 'frame') {
      this.#showFrame();
      this.#state = { ...state, shows: 'frame' };
    }
  }

  disconnectedCallback(): void {
    this.#generation++;
    if (this.#state.kind === 'live') this.#state.widget.dispose();
    if (this.#state.kind === 'waiting') this.#state.observer.disconnect();
    this.#state = { kind: 'idle' };
    this.shadowRoot?.replaceChildren();
  }

  #start(): void {
    let shows: Shown = 'frame';
    if (this.#firstViewFits() && this.#showFirstView()) shows = 'first view';
    else this.#showFrame();
    // As <img loading="lazy">: a widget far down a page (the third on ours) costs the reader
    // nothing until it comes within 200 px of the viewport. Read once, when the element starts.
    if (this.getAttribute('loading') === 'lazy' && typeof IntersectionObserver === 'function') {
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          if (this.#state.kind === 'waiting') this.#load(this.#state.shows);
        },
        { rootMargin: '200px 0px' },
      );
      observer.observe(this);
      this.#state = { kind: 'waiting', observer, shows };
      return;
    }
    this.#load(shows);
  }

  /** The first view fits an element with none of the widget's attributes on an English page. */
  #firstViewFits(): boolean {
    return (
      TipComparisonElement.firstView !== undefined &&
      attributeNames.every((name) => !this.hasAttribute(name)) &&
      isEnglish(pageLocaleOf(this))
    );
  }

  #root(): ShadowRoot {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    frameSheet ??= new CSSStyleSheet();
    if (!frameSheet.cssRules.length) frameSheet.replaceSync(frameCss);
    root.adoptedStyleSheets = [frameSheet];
    return root;
  }

  /** The busy frame: the box at its fixed height, empty. */
  #showFrame(): HTMLElement {
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.setAttribute('aria-busy', 'true');
    this.#root().replaceChildren(frame);
    return frame;
  }

  /**
   * The first view, in the live widget's styles: inert (its controls do nothing until the live
   * widget replaces it) and busy. Its links get this widget's home; its charts, drawn for the
   * first-view stages, scale to the stage they are in. False if the page refuses markup from a
   * string (a CSP that enforces Trusted Types), which is then not thrown into the page.
   */
  #showFirstView(): boolean {
    const root = this.#root();
    adoptStyles(root);
    const home = (TipComparisonElement.home?.href ?? homeMark).replaceAll('&', '&amp;');
    try {
      root.innerHTML = (TipComparisonElement.firstView ?? '').replaceAll(homeMark, home);
    } catch {
      return false;
    }
    for (const tip of root.querySelectorAll<HTMLElement>('.tip')) {
      tip.inert = true;
      tip.setAttribute('aria-busy', 'true');
    }
    for (const chart of root.querySelectorAll('svg.chart')) {
      chart.setAttribute('preserveAspectRatio', 'xMinYMid meet');
    }
    return true;
  }

  #load(shows: Shown): void {
    const generation = this.#generation;
    this.#state = { kind: 'loading', generation, shows };
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
        const frame = this.#showFrame();
        frame.removeAttribute('aria-busy');
        frame.setAttribute('role', 'alert');
        // The entry carries no other language's words: this one sentence is said in English.
        frame.textContent = english.messages.loadFailed;
      },
    );
  }
}
