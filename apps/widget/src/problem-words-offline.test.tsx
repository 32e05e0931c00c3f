import { render, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { cleanUpAndGuardConsole } from '../test/report.js';
import { ComparisonView } from './comparison-view.js';

// The English words of a problem are a chunk (widget-english-rest.js); here it cannot be loaded,
// as when the network drops after widget.js came.
vi.mock('./english-rest.js', () => {
  throw new Error('the chunk could not be loaded');
});

cleanUpAndGuardConsole();

describe('a bad attribute when the words of problems cannot be loaded', () => {
  it('is still named, in short English from the entry, and nothing is thrown', async () => {
    const { container } = render(() => (
      <ComparisonView report="xyz-1999" pageLocale="en" pageUrl="https://partner.example/" />
    ));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This comparison cannot be shown:report "xyz-1999"',
      ),
    );
    expect(screen.getByRole('alert').querySelector('li')?.getAttribute('data-attribute')).toBe(
      'report',
    );
    expect(container.querySelector('li.row')).toBeNull();
  });

  it('a note about a bad theme still leaves the figures drawn', async () => {
    const { container } = render(() => (
      <ComparisonView theme="neon" pageLocale="en" pageUrl="https://partner.example/" />
    ));
    expect(container.querySelectorAll('li.row').length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('theme "neon"'));
  });
});
