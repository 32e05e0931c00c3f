import { waitFor } from '@solidjs/testing-library';
import { defaultReport, headlineMetricIds } from '@tip-report/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { homeMark } from '../shared/home-mark.js';
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

// What scripts/build.mjs draws is tested in Chromium (tests/e2e/first-view.test.ts); here, which
// elements show it and how it gives way, with a stand-in of the same shape.
describe('<tip-comparison> where the build drew a first view', () => {
  const drawing = `<div class="tip"><svg class="chart"><text class="value">71</text></svg><a href="${homeMark}v1/reports/x">Data API</a></div>`;
  beforeEach(() => {
    TipComparisonElement.firstView = `<div class="first-view" data-stage="wide">${drawing}</div>`;
    // `&amp` in its path: written into markup unescaped, it would come out as `&`.
    TipComparisonElement.home = new URL('https://edge.example/a&amp/');
  });
  afterEach(() => {
    TipComparisonElement.firstView = undefined;
    TipComparisonElement.home = undefined;
  });

  it('shows it at once for an element without attributes, inert and busy, its links at home; the live widget replaces it', async () => {
    const element = document.createElement('tip-comparison');
    document.body.append(element);
    const tip = element.shadowRoot?.querySelector<HTMLElement>('.first-view .tip');
    expect(tip?.querySelector('.value')?.textContent).toBe('71');
    expect(tip?.inert).toBe(true);
    expect(tip?.getAttribute('aria-busy')).toBe('true');
    expect(tip?.querySelector('a')?.getAttribute('href')).toBe(
      'https://edge.example/a&amp/v1/reports/x',
    );
    expect(
      element.shadowRoot?.querySelector('svg.chart')?.getAttribute('preserveAspectRatio'),
    ).toBe('xMinYMid meet');
    await waitFor(() => expect(element.shadowRoot?.querySelector('h2')).not.toBeNull());
    expect(element.shadowRoot?.querySelector('.first-view')).toBeNull();
    expect(element.shadowRoot?.querySelectorAll('.tip')).toHaveLength(1);
    element.remove();
  });

  it('shows the busy frame for an element with an attribute, or on a page in another language', () => {
    const withMetric = document.createElement('tip-comparison');
    withMetric.setAttribute('metric', 'victims.identified');
    const az = document.createElement('div');
    az.lang = 'az';
    const inAz = document.createElement('tip-comparison');
    az.append(inAz);
    document.body.append(withMetric, az);
    for (const element of [withMetric, inAz]) {
      expect(element.shadowRoot?.querySelector('.first-view')).toBeNull();
      expect(element.shadowRoot?.querySelector('.frame[aria-busy=true]')).not.toBeNull();
    }
    withMetric.remove();
    az.remove();
  });

  it('gives way to the busy frame when a script sets an attribute before the live widget draws', async () => {
    const element = document.createElement('tip-comparison');
    document.body.append(element);
    expect(element.shadowRoot?.querySelector('.first-view')).not.toBeNull();
    element.setAttribute('metric', 'victims.identified.children');
    expect(element.shadowRoot?.querySelector('.first-view')).toBeNull();
    expect(element.shadowRoot?.querySelector('.frame[aria-busy=true]')).not.toBeNull();
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector('h2')?.textContent).toContain(
        label('victims.identified.children'),
      ),
    );
    element.remove();
  });
});
