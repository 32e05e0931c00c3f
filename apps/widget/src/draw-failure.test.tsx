import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { cleanUpAndGuardConsole } from '../test/report.js';
import { ComparisonView } from './comparison-view.js';

// A chart that throws while it is drawn, as a bug or a browser without some API would make it.
vi.mock('./comparison-chart.js', async (original) => ({
  ...(await original<typeof import('./comparison-chart.js')>()),
  ComparisonChart: () => {
    throw new Error('the chart broke');
  },
}));

cleanUpAndGuardConsole();

describe('an error while drawing', () => {
  it('is named inside the widget, and nothing is thrown into the page', () => {
    const { container } = render(() => (
      <ComparisonView pageLocale="en" pageUrl="https://partner.example/" />
    ));
    expect(screen.getByRole('alert').textContent).toBe(
      'The comparison could not be drawn: the chart broke',
    );
    expect(container.querySelector('.tip')?.getAttribute('lang')).toBe('en');
  });
});
