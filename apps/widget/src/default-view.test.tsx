import { defaultView } from 'virtual:tip-report/default-view';
import { waitFor } from '@solidjs/testing-library';
import { message } from '@tip-report/core';
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { coreComparison, sentence } from '../test/report.js';
import { ComparisonView } from './comparison-view.js';
import {
  interactive,
  isDefaultView,
  showBusyFrame,
  showDefaultView,
  showLoadFailure,
} from './default-view.js';
import { TipComparisonElement } from './tip-comparison-element.js';

const apiHome = new URL('https://edge.example/');
beforeAll(() => {
  TipComparisonElement.apiHome = apiHome;
  customElements.define('tip-comparison', TipComparisonElement);
});
afterEach(() => {
  document.body.replaceChildren();
});

/**
 * A tree as a reader and a screen reader meet it: each element's namespace, name and attributes
 * (its inline style aside: compared as `--tip-rows`), and its text, adjacent text nodes joined
 * (Solid inserts a dynamic text as a node of its own; the server writes it inline). Comments go.
 */
type Shape = string | [string, string[], ...Shape[]];
function shape(element: Element): Shape {
  const attributes = [...element.attributes]
    .filter((a) => a.name !== 'style')
    .map((a) => `${a.name}=${a.value}`)
    .sort();
  const children: Shape[] = [];
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    if (text) children.push(text);
    text = '';
    children.push(shape(child as Element));
  }
  if (text) children.push(text);
  return [`${element.namespaceURI} ${element.localName}`, attributes, ...children];
}
const frameOf = (root: ShadowRoot) => root.firstElementChild as HTMLElement;

function shadowHost(attributes: Record<string, string> = {}): HTMLElement {
  const host = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  document.body.append(host);
  host.attachShadow({ mode: 'open' });
  return host;
}

function mount(attributes: Record<string, string> = {}): TipComparisonElement {
  const element = document.createElement('tip-comparison');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** Waits until the live widget has drawn over the prerendered markup (a new frame element). */
async function live(element: TipComparisonElement, before: Element): Promise<ShadowRoot> {
  const root = element.shadowRoot as ShadowRoot;
  await waitFor(() => expect(frameOf(root)).not.toBe(before));
  return root;
}

describe('the prerendered default view', () => {
  it('is exactly what the live widget draws for the default attributes', () => {
    for (const theme of ['auto', 'dark']) {
      const prerendered = shadowHost({ theme });
      showDefaultView(prerendered, prerendered.shadowRoot as ShadowRoot, apiHome);
      const drawn = shadowHost();
      const dispose = render(
        () => (
          <ComparisonView
            theme={theme}
            pageLocale="en"
            pageUrl={document.baseURI}
            apiHome={apiHome}
          />
        ),
        drawn.shadowRoot as ShadowRoot,
      );
      const a = prerendered.shadowRoot as ShadowRoot;
      const b = drawn.shadowRoot as ShadowRoot;
      expect(a.childNodes).toHaveLength(1);
      expect(shape(frameOf(a))).toEqual(shape(frameOf(b)));
      expect(frameOf(a).style.getPropertyValue('--tip-rows')).toBe(
        frameOf(b).style.getPropertyValue('--tip-rows'),
      );
      expect(a.textContent).toBe(b.textContent);
      // The same things to click and tab to, in the same order.
      expect(interactive(a).map(shape)).toEqual(interactive(b).map(shape));
      expect(interactive(a).length).toBeGreaterThan(defaultView.headline.length);
      dispose();
    }
  });

  it('holds core’s figures and sentences, and links "Data API" where widget.js came from', () => {
    const host = shadowHost();
    const root = host.shadowRoot as ShadowRoot;
    showDefaultView(host, root, apiHome);
    const rows = coreComparison(defaultView.from, defaultView.to).rows;
    expect([...root.querySelectorAll('li.row > p.sr-only')].map((p) => p.textContent)).toEqual(
      rows.map((row) => sentence(row)),
    );
    const api = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Data API (JSON)');
    expect(api?.getAttribute('href')).toBe('https://edge.example/v1/reports/aze-2018');
    // Without a home for the API (the Solid component's element), no link, as the live widget.
    showDefaultView(host, root, undefined);
    expect(root.textContent).not.toContain('Data API');
    expect(root.innerHTML).not.toContain(defaultView.apiHomeMark);
  });

  it('stands for the default attributes only', () => {
    const is = (attributes: Record<string, string>) => isDefaultView(shadowHost(attributes));
    document.documentElement.lang = 'en';
    try {
      for (const attributes of [
        {},
        { report: 'aze-2018', from: '2016', to: '2017' },
        { from: ' 2016 ' },
        { to: '2017' },
        { view: 'Chart', theme: 'dark', lang: 'en-us', series: '', api: ' ' },
        { theme: 'LIGHT' },
        { metrics: defaultView.headline.join(', ') },
      ]) {
        expect(is(attributes), JSON.stringify(attributes)).toBe(true);
      }
      for (const attributes of [
        { report: 'aze-2019' },
        { series: 'aze-protection' },
        { from: '2017' },
        { from: '2016', to: '2016' },
        { to: '2016' },
        { view: 'table' },
        { view: 'pie' },
        { theme: 'blue' },
        { lang: 'en-GB' },
        { lang: 'de' },
        { lang: 'az' },
        { lang: '12345678901' },
        { api: '/' },
        { metrics: 'victims.identified' },
        { metrics: [...defaultView.headline].reverse().join() },
      ]) {
        expect(is(attributes), JSON.stringify(attributes)).toBe(false);
      }
      document.documentElement.lang = 'ru';
      expect(is({})).toBe(false);
      expect(is({ lang: 'en' })).toBe(true);
    } finally {
      document.documentElement.lang = '';
    }
  });
});

describe('the frames the entry draws for any other view', () => {
  it('read theme, view, metrics and lang as the live widget reads them', () => {
    const busy = shadowHost({ view: ' TABLE ', theme: 'Dark', metrics: 'a, b,a' });
    showBusyFrame(busy, busy.shadowRoot as ShadowRoot);
    const frame = frameOf(busy.shadowRoot as ShadowRoot);
    expect(frame.getAttribute('data-view')).toBe('table');
    expect(frame.getAttribute('data-theme')).toBe('dark');
    expect(frame.getAttribute('aria-busy')).toBe('true');
    expect(frame.style.getPropertyValue('--tip-rows')).toBe('2');
    // A trend without a series, or a view that is not one, is drawn as the chart.
    for (const view of ['trend', 'pie']) {
      const host = shadowHost({ view, theme: 'neon' });
      showBusyFrame(host, host.shadowRoot as ShadowRoot);
      expect(frameOf(host.shadowRoot as ShadowRoot).getAttribute('data-view')).toBe('chart');
      expect(frameOf(host.shadowRoot as ShadowRoot).getAttribute('data-theme')).toBe('auto');
    }

    const failed = shadowHost({ lang: 'az-Latn-AZ', theme: 'LIGHT' });
    showLoadFailure(failed, failed.shadowRoot as ShadowRoot);
    const alert = frameOf(failed.shadowRoot as ShadowRoot);
    expect(alert.getAttribute('lang')).toBe('az');
    expect(alert.getAttribute('data-theme')).toBe('light');
    expect(alert.querySelector('[role=alert]')?.textContent).toBe(message('az', 'ui.loadFailed'));
    expect(message('az', 'ui.loadFailed')).not.toBe(message('en', 'ui.loadFailed'));
    // A malformed `lang` falls back to the page's language, as readLocale does for the live one.
    document.documentElement.lang = 'ru';
    try {
      const page = shadowHost({ lang: '12345678901' });
      showLoadFailure(page, page.shadowRoot as ShadowRoot);
      expect(frameOf(page.shadowRoot as ShadowRoot).getAttribute('lang')).toBe('ru');
    } finally {
      document.documentElement.lang = '';
    }
  });
});

describe('<tip-comparison> with the default attributes', () => {
  it('shows the prerendered figures at once, in its theme, and waits for a reader', async () => {
    const element = mount({ theme: 'dark', lang: 'en' });
    const root = element.shadowRoot as ShadowRoot;
    expect(frameOf(root).getAttribute('data-theme')).toBe('dark');
    expect(root.querySelectorAll('li.row')).toHaveLength(defaultView.headline.length);
    const before = frameOf(root);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(frameOf(root)).toBe(before); // no reader, no live widget
    element.setAttribute('theme', 'light'); // still the default view: followed, and goes live
    expect(frameOf(root).getAttribute('data-theme')).toBe('light');
    await live(element, before);
    expect(frameOf(root).getAttribute('data-theme')).toBe('light');
  });

  it('goes live on a reader’s intent, keeping focus where it was', async () => {
    const element = mount({ lang: 'en' });
    const root = element.shadowRoot as ShadowRoot;
    const before = frameOf(root);
    const table = interactive(root).findIndex((e) => e.textContent === 'Table');
    interactive(root)[table]?.focus();
    await live(element, before);
    expect(root.activeElement).toBe(interactive(root)[table]);
    expect(root.activeElement?.isConnected).toBe(true);
  });

  it('replays a click that came before the live widget on the same element', async () => {
    const element = mount({ lang: 'en' });
    const root = element.shadowRoot as ShadowRoot;
    const before = frameOf(root);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Table');
    button?.click();
    await live(element, before);
    await waitFor(() => expect(root.querySelector('table')).not.toBeNull());
    const pressed = [...root.querySelectorAll('button[aria-pressed=true]')];
    expect(pressed.map((b) => b.textContent)).toEqual(['Table']);
  });

  it('goes straight to the live widget when the attributes ask for another view', async () => {
    const element = mount({ lang: 'en' });
    const root = element.shadowRoot as ShadowRoot;
    const before = frameOf(root);
    element.setAttribute('from', '2017');
    // Not the default any more: a busy frame keeps the height until the live widget draws.
    expect(frameOf(root).getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('li.row')).toBeNull();
    await live(element, before);
    const row = coreComparison(2017, 2016).rows[0];
    await waitFor(() =>
      expect(root.querySelector('li.row .sr-only')?.textContent).toBe(row && sentence(row)),
    );
  });
});
