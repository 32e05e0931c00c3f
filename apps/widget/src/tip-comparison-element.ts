import {
  followTheme,
  interactive,
  isDefaultView,
  showBusyFrame,
  showDefaultView,
  showLoadFailure,
} from './default-view.js';
import { startChunksFor } from './early-chunks.js';
import { adoptStyles } from './styles.js';
import { type AttributeName, attributeNames } from './widget-options.js';

type App = typeof import('./app.js');
type Live = ReturnType<App['mountComparison']>;

let app: Promise<App> | undefined;
/** The live widget (Solid and everything it draws with): a chunk, loaded once for the page. */
const loadApp = () =>
  (app ??= import('./app.js').catch((error: unknown) => {
    app = undefined; // the next intent or attribute change tries again
    throw error;
  }));

/** What shows a reader's intent to use a default widget: the live widget is loaded then. */
const intents = ['pointerenter', 'focusin', 'touchstart'] as const;
/** A press, and what ends it, on the prerendered markup (see #pressing). */
const presses = ['pointerdown', 'keydown'] as const;
const releases = ['pointerup', 'pointercancel', 'keyup'] as const;

/**
 * <tip-comparison>, in an open shadow root with the shared adopted stylesheet. The default view
 * (src/default-view.ts) is shown at once from markup prerendered at build time; the live widget
 * (Solid: app.tsx) is loaded on the reader's first intent (pointer, focus, touch), on an attribute
 * change, or at once for any other view, and then draws over it, the same markup in the same
 * place. A click on a button, "Source" or the CSV link before then is replayed on the live one.
 */
export class TipComparisonElement extends HTMLElement {
  static readonly observedAttributes = attributeNames;
  /** Where "Data API" links when there is no `api` attribute (set by the bundle's entry). */
  static apiHome: URL | undefined;

  #state: 'idle' | 'static' | 'loading' | 'failed' | 'live' = 'idle';
  #live: Live | undefined;
  /** Bumped when the element leaves the page, so a chunk that comes later draws nothing. */
  #generation = 0;
  /** Early clicks, by their element's place among interactive(root), to replay on the live view. */
  #clicks: number[] = [];
  /**
   * A press (pointer or key) on the prerendered markup whose click has not come yet: the live
   * widget waits for it, since replacing the pressed element would lose the click.
   */
  #pressing = false;
  /** The live widget's module, come while a press was under way, to draw once it ends. */
  #waiting: App | undefined;

  connectedCallback(): void {
    if (this.#state !== 'idle') return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(root);
    if (isDefaultView(this)) {
      showDefaultView(this, root, TipComparisonElement.apiHome);
      this.#state = 'static';
      for (const type of intents) this.addEventListener(type, this.#goLive, { passive: true });
      root.addEventListener('click', this.#early, true);
      for (const type of presses) root.addEventListener(type, this.#press, true);
    } else {
      showBusyFrame(this, root);
      startChunksFor(this);
      this.#goLive();
    }
  }

  attributeChangedCallback(name: AttributeName, old: string | null, value: string | null): void {
    if (this.#live) {
      this.#live.attributeChanged(name, value);
      return;
    }
    const root = this.shadowRoot;
    if (old === value || !root || this.#state === 'idle') return;
    // Not live yet: the live widget reads every attribute when it comes.
    if (this.#state === 'static' || this.#state === 'loading') {
      if (isDefaultView(this)) followTheme(this, root);
      else {
        showBusyFrame(this, root);
        startChunksFor(this);
      }
    }
    this.#goLive();
  }

  disconnectedCallback(): void {
    this.#generation++;
    this.#live?.dispose();
    this.#live = undefined;
    this.#state = 'idle';
    this.#clicks = [];
    this.#pressing = false;
    this.#waiting = undefined;
    this.#stopListening();
    this.shadowRoot?.replaceChildren();
  }

  #stopListening(): void {
    for (const type of intents) this.removeEventListener(type, this.#goLive);
    const root = this.shadowRoot;
    root?.removeEventListener('click', this.#early, true);
    for (const type of presses) root?.removeEventListener(type, this.#press, true);
    this.#stopWaitingForRelease();
  }

  #stopWaitingForRelease(): void {
    for (const type of releases) document.removeEventListener(type, this.#release, true);
    window.removeEventListener('blur', this.#release);
  }

  /** Draws the live widget over what the entry shows, replaying the clicks kept until now. */
  #mount(module: App): void {
    const root = this.shadowRoot;
    if (!root) return;
    this.#stopListening();
    this.#waiting = undefined;
    this.#state = 'live';
    this.#live = module.mountComparison(this, root, TipComparisonElement.apiHome, this.#clicks);
    this.#clicks = [];
  }

  /**
   * A pointer pressed, or Space or Enter (a button clicks on Space's release), on the prerendered
   * markup. Its release is awaited on the whole document, where it may end (a pointer dragged out,
   * focus gone elsewhere), and on the window losing focus.
   */
  readonly #press = (event: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== ' ' && event.key !== 'Enter') return;
    if (this.#pressing) return;
    this.#pressing = true;
    for (const type of releases) document.addEventListener(type, this.#release, true);
    window.addEventListener('blur', this.#release);
  };

  /**
   * The press is over: its click, if any, is dispatched right after the release (in the same
   * task), so the live widget is drawn in the next one, once #early has kept that click.
   */
  readonly #release = (): void => {
    this.#pressing = false;
    this.#stopWaitingForRelease();
    setTimeout(() => {
      const module = this.#waiting;
      if (module && !this.#pressing && this.#state === 'loading') this.#mount(module);
    });
  };

  readonly #goLive = (): void => {
    if (this.#state === 'loading' || this.#state === 'live') return;
    const wasStatic = this.#state === 'static';
    this.#state = 'loading';
    for (const type of intents) this.removeEventListener(type, this.#goLive);
    const generation = this.#generation;
    loadApp().then(
      (module) => {
        if (generation !== this.#generation || !this.shadowRoot) return;
        if (this.#pressing) this.#waiting = module;
        else this.#mount(module);
      },
      () => {
        if (generation !== this.#generation) return;
        // The prerendered figures stay, and the next intent tries again; any other view says
        // so in the widget's language, and an attribute change tries again.
        this.#state = wasStatic && isDefaultView(this) ? 'static' : 'failed';
        if (this.#state === 'static') {
          for (const type of intents) this.addEventListener(type, this.#goLive, { passive: true });
        } else if (this.shadowRoot) {
          showLoadFailure(this, this.shadowRoot);
        }
      },
    );
  };

  /**
   * A click before the live widget is in, on a toggle button, a "Source" or the CSV link: kept
   * (its default, a toggle or a download of "#", prevented) and replayed on the same element of
   * the live view. Plain links (the citations, "Data API") stay plain links.
   */
  readonly #early = (event: Event): void => {
    const root = this.shadowRoot;
    const target = (event.target as Element | null)?.closest?.('button, summary, a[download]');
    if (!root || !target) return;
    event.preventDefault();
    this.#clicks.push(interactive(root).indexOf(target as HTMLElement));
    this.#goLive();
  };
}
