import { render, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../test/api-server.js';
import {
  cleanUpAndGuardConsole,
  coreComparison,
  coreReport,
  openSource,
  sentence,
} from '../test/report.js';
import { ComparisonView } from './comparison-view.js';
import type { WidgetAttributes } from './widget-options.js';

const page = { pageLocale: 'en', pageUrl: 'https://partner.example/news/' };
const show = (attributes: WidgetAttributes) =>
  render(() => <ComparisonView {...attributes} {...page} />);

const years = coreReport.years.map(String);
const metricIds = coreReport.metrics.map((m) => m.id);

/**
 * The message inside the widget: it names the bad value and lists every valid choice. Its English
 * words are a chunk (loaded when a problem first shows), so it is waited for.
 */
function expectMessage(role: 'alert' | 'status', value: string, allowed: readonly string[]) {
  return waitFor(() => {
    const message = screen.getByRole(role);
    expect(message.textContent).toContain(value);
    for (const choice of allowed) expect(message.textContent).toContain(choice);
    return message;
  });
}

cleanUpAndGuardConsole();

describe('a bad attribute is named inside the widget with the valid choices', () => {
  it('an unknown report', async () => {
    const { container } = show({ report: 'xyz-1999' });
    await expectMessage('alert', '"xyz-1999"', [coreReport.id]);
    expect(container.querySelector('li.row')).toBeNull();
  });

  // A metric beyond the headline set (or no metric) is looked up in the chunk's complete report.
  const alertShown = () => waitFor(() => expect(screen.queryByRole('alert')).not.toBeNull());

  it('an unknown metric id, and every other one given with it', async () => {
    show({ metrics: 'victims.identified,victims.found,funding' });
    await alertShown();
    const message = await expectMessage('alert', 'victims.found', metricIds);
    expect(message.textContent).toContain('funding');
    expect(message.querySelectorAll('li')).toHaveLength(2);
  });

  it('a year that is not a year', async () => {
    show({ from: '20x6' });
    await expectMessage('alert', '"20x6"', years);
  });

  it('a year the report does not observe', async () => {
    show({ to: '2015' });
    const message = await expectMessage('alert', '2015', years);
    expect(message.querySelector('li')?.getAttribute('data-attribute')).toBe('to');
  });

  it('from equal to to', async () => {
    show({ from: '2017', to: '2017' });
    await expectMessage('alert', '2017', ['2016']);
    expect(screen.getByRole('alert').textContent).toMatch(/both 2017/);
  });

  it('a bad year and a bad metric together are both named', async () => {
    show({ from: '2014', metrics: 'nope' });
    await alertShown();
    const items = screen.getByRole('alert').querySelectorAll('li');
    expect([...items].map((li) => li.getAttribute('data-attribute')).sort()).toEqual([
      'from',
      'metrics',
    ]);
  });

  it('a bad view, theme or lang is named, and the figures still show with the default', async () => {
    const { container } = show({ view: 'pie', theme: 'neon', lang: 'en_US!!' });
    // The figures are drawn at once; the note follows when its words are in.
    expect(container.querySelectorAll('li.row')).toHaveLength(coreComparison().rows.length);
    await expectMessage('status', '"pie"', ['chart, table', '"neon"', 'light, dark, auto']);
    expect(screen.getByRole('status').textContent).toContain('"en_US!!"');
    expect(container.querySelectorAll('li.row')).toHaveLength(coreComparison().rows.length);
    expect(container.querySelector('.tip')?.getAttribute('data-theme')).toBe('auto');
  });

  it('an api that is not an http(s) address is refused, and bundled figures show', async () => {
    const { container } = show({ api: 'javascript:alert(1)' });
    await expectMessage('status', 'javascript:alert(1)', []);
    expect(container.querySelectorAll('li.row')).toHaveLength(coreComparison().rows.length);
  });
});

describe('attribute values are text, never HTML', () => {
  it('markup in an attribute is shown as text and creates no element', async () => {
    const { container } = show({ report: '<img src=x onerror="alert(1)">', metrics: '<b>x</b>' });
    await expectMessage('alert', '<img src=x onerror="alert(1)">', []);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('the api attribute: live figures, or the bundled ones and a note', () => {
  it('live figures from a real API are shown and said to be live', async () => {
    const api = await startTestApi();
    try {
      const { container } = show({ api: api.url, metrics: 'victims.identified' });
      expect(screen.getByRole('status').textContent).toContain('Loading…');
      await waitFor(() => expect(container.querySelector('li.row')).not.toBeNull());
      const row = coreComparison(2016, 2017, ['victims.identified']).rows[0];
      expect(container.querySelector('li.row .sr-only')?.textContent).toBe(row && sentence(row));
      expect(container.querySelector('footer')?.textContent).toContain('served live');
      expect(screen.getByRole('link', { name: 'Data API (JSON)' }).getAttribute('href')).toBe(
        `${api.url}v1/reports/aze-2018`,
      );
    } finally {
      await api.close();
    }
  });

  it('an API that answers 500 falls back to the bundled figures and says so', async () => {
    const api = await startTestApi(() => ({ status: 500, body: {} }));
    try {
      const { container } = show({ api: api.url });
      await waitFor(() => expect(container.querySelector('li.row')).not.toBeNull());
      const note = await expectMessage('status', api.url, []);
      expect(note.textContent).toContain('HTTP 500');
      expect(note.textContent).toContain('showing the figures bundled with the widget');
      expect(container.querySelector('footer')?.textContent).toContain('bundled');
    } finally {
      await api.close();
    }
  });

  it('an unreachable API falls back to the bundled figures and says so', async () => {
    const api = await startTestApi();
    await api.close(); // the port is now closed: connection refused
    const { container } = show({ api: api.url });
    await waitFor(() => expect(container.querySelector('li.row')).not.toBeNull());
    await expectMessage('status', api.url, []);
    expect(screen.getByRole('status').textContent).toContain('could not be reached');
  });

  it('a response of the wrong shape is not trusted', async () => {
    const api = await startTestApi((path) =>
      path.endsWith('/metrics') ? { status: 200, body: { data: [{ id: 'x' }] } } : undefined,
    );
    try {
      const { container } = show({ api: api.url });
      await waitFor(() => expect(container.querySelector('li.row')).not.toBeNull());
      expect(screen.getByRole('status').textContent).toContain('unexpected response');
    } finally {
      await api.close();
    }
  });

  it('a javascript: provenance link in API data is not rendered as a link', async () => {
    const api = await startTestApi((path) => {
      if (!path.endsWith('/metrics')) return undefined;
      const metrics = structuredClone(coreReport.metrics).map((m) => ({
        ...m,
        label: `<img src=x>${m.label}`,
        observations: m.observations.map((o) => ({ ...o, provenanceUrl: 'javascript:alert(1)' })),
      }));
      return { status: 200, body: { data: metrics } };
    });
    try {
      const { container } = show({ api: api.url, metrics: 'victims.identified' });
      await waitFor(() => expect(container.querySelector('li.row')).not.toBeNull());
      expect(container.querySelector('li.row')?.textContent).toContain('<img src=x>');
      expect(container.querySelector('img')).toBeNull();
      await openSource(container.querySelector('li.row details') as HTMLDetailsElement);
      expect(container.querySelector('a[href^="javascript"]')).toBeNull();
      expect(container.querySelectorAll('li.row blockquote').length).toBe(2);
    } finally {
      await api.close();
    }
  });

  it('a report the API does not have and the widget does not bundle is named', async () => {
    const api = await startTestApi();
    try {
      show({ api: api.url, report: 'fra-2020' });
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('"fra-2020"'));
      expect(screen.getByRole('alert').textContent).toContain(coreReport.id);
    } finally {
      await api.close();
    }
  });
});
