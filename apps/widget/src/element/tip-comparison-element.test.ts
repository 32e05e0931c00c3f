import { waitFor } from '@solidjs/testing-library';
import { defaultReport, headlineMetricIds } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { TipComparisonElement } from './tip-comparison-element.js';

customElements.define('tip-comparison', TipComparisonElement);
const label = (id: string) => defaultReport.metrics.find((m) => m.id === id)?.label ?? id;

describe('<tip-comparison>', () => {
  it('shows a busy frame at once, then the live widget, which follows its attributes', async () => {
    const element = document.createElement('tip-comparison');
    document.body.append(element);
    expect(element.shadowRoot?.querySelector('.frame[aria-busy=true]')).not.toBeNull();
    const headline = headlineMetricIds(defaultReport)[0] as string;
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector('h2')?.textContent).toContain(label(headline)),
    );
    const other = defaultReport.metrics.find((m) => m.id !== headline)?.id as string;
    element.setAttribute('metric', other);
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector('h2')?.textContent).toContain(label(other)),
    );
    element.remove();
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
  });

  it('draws anew when it comes back to the page', async () => {
    const element = document.createElement('tip-comparison');
    document.body.append(element);
    await waitFor(() => expect(element.shadowRoot?.querySelector('h2')).not.toBeNull());
    element.remove();
    document.body.append(element);
    await waitFor(() => expect(element.shadowRoot?.querySelector('h2')).not.toBeNull());
    expect(element.shadowRoot?.querySelectorAll('.tip')).toHaveLength(1);
    element.remove();
  });
});
