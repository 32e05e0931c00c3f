import { waitFor } from '@solidjs/testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { coreComparison, sentence } from '../test/report.js';
import { css } from './styles.js';
import { TipComparisonElement } from './tip-comparison-element.js';

beforeAll(() => {
  customElements.define('tip-comparison', TipComparisonElement);
});
afterEach(() => {
  document.body.replaceChildren();
});

function mount(attributes: Record<string, string>): TipComparisonElement {
  const element = document.createElement('tip-comparison');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

describe('<tip-comparison>', () => {
  it('renders into its own shadow root with the adopted stylesheet, nothing in the page', async () => {
    const element = mount({ metrics: 'victims.identified' });
    const root = element.shadowRoot as ShadowRoot;
    expect(root).not.toBeNull();
    // Any view but the default draws once the live widget's chunk is in.
    await waitFor(() => expect(root.querySelector('li.row')).not.toBeNull());
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.adoptedStyleSheets[0]?.cssRules.length).toBeGreaterThan(10);
    expect(root.querySelector('style')).toBeNull();
    expect(element.children).toHaveLength(0);
    expect(document.querySelectorAll('li')).toHaveLength(0);
    const row = coreComparison(2016, 2017, ['victims.identified']).rows[0];
    expect(root.querySelector('li.row .sr-only')?.textContent).toBe(row && sentence(row));
    expect(css).toContain('--tip-accent');
  });

  it('follows attribute changes after mount', async () => {
    const element = mount({ metrics: 'victims.identified' });
    const root = element.shadowRoot as ShadowRoot;
    await waitFor(() => expect(root.querySelector('li.row')).not.toBeNull());
    element.setAttribute('from', '2017');
    element.setAttribute('to', '2016');
    const row = coreComparison(2017, 2016, ['victims.identified']).rows[0];
    expect(root.querySelector('li.row .sr-only')?.textContent).toBe(row && sentence(row));
    element.setAttribute('view', 'table');
    await waitFor(() => expect(root.querySelector('table')).not.toBeNull());
    element.removeAttribute('view');
    expect(root.querySelector('table')).toBeNull();
    element.setAttribute('report', 'nope-2000');
    await waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toContain('"nope-2000"'),
    );
  });

  it('takes the page language for numbers when it has no lang', async () => {
    document.documentElement.lang = 'de';
    try {
      const element = mount({ metrics: 'funding.victim_protection' });
      await waitFor(() => expect(element.shadowRoot?.textContent).toContain('154.000 manat'));
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('takes the page language, not the browser’s, when its lang is malformed', async () => {
    document.documentElement.lang = 'de';
    try {
      const element = mount({ lang: '12345678901', metrics: 'funding.victim_protection' });
      await waitFor(() => expect(element.shadowRoot?.textContent).toContain('154.000 manat'));
      expect(element.shadowRoot?.querySelector('[data-attribute=lang]')).not.toBeNull();
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('tears down when removed and renders again when put back', async () => {
    const element = mount({ metrics: 'victims.identified' });
    const rows = () => element.shadowRoot?.querySelectorAll('li.row');
    await waitFor(() => expect(rows()).toHaveLength(1));
    element.remove();
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
    document.body.append(element);
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('draws nothing when removed before the live widget came', async () => {
    const element = mount({ metrics: 'victims.identified' });
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
  });
});
