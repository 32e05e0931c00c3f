import { render, screen, waitFor } from '@solidjs/testing-library';
import {
  compare,
  describeChange,
  getReport,
  getSeries,
  headlineMetricIds,
  type Report,
  type Series,
  seriesToCsv,
} from '@tip-report/core';
import { describe, expect, it, vi } from 'vitest';
import { startTestApi } from '../test/api-server.js';
import { cleanUpAndGuardConsole, openSource } from '../test/report.js';
import { ComparisonView } from './comparison-view.js';
import type { WidgetAttributes } from './widget-options.js';

const page = { pageLocale: 'en', pageUrl: 'https://partner.example/news/' };
const series = getSeries('aze-protection') as Series;
const headline = headlineMetricIds(series);

function show(attributes: WidgetAttributes) {
  return render(() => <ComparisonView series={series.id} {...attributes} {...page} />);
}

/** Waits for the chunk: the first row (compare) or small multiple (trend) on screen. */
async function shown(container: HTMLElement, selector = 'li.row') {
  await waitFor(() => expect(container.querySelector(selector)).not.toBeNull());
}

const rowOf = (container: HTMLElement, metricId: string) =>
  container.querySelector(`[data-metric="${metricId}"]`) as HTMLElement;

cleanUpAndGuardConsole();

describe('a series compared for any two of its years', () => {
  it('2015 with 2021: core’s rows and sentences, one-year metrics listed, editions cited', async () => {
    const { container } = show({ from: '2015', to: '2021' });
    expect(screen.getByRole('status').textContent).toContain('Loading…');
    await shown(container);
    const comparison = compare(series, 2015, 2021, headline);
    const ids = [...container.querySelectorAll('li.row')].map((r) => r.getAttribute('data-metric'));
    expect(ids).toEqual([
      ...comparison.rows.map((r) => r.metricId),
      ...comparison.onlyOneYear.map((o) => o.metricId),
    ]);
    for (const row of comparison.rows) {
      expect(rowOf(container, row.metricId).querySelector(':scope > .sr-only')?.textContent).toBe(
        describeChange(row, comparison.units),
      );
    }
    // 2015 from the 2017 edition, 2021 from the 2022 edition: the sentence says so.
    expect(describeChange(comparison.rows[0] as never, comparison.units)).toMatch(/2017 report/);
    const cited = [...container.querySelectorAll('footer p[data-report]')].map((p) =>
      p.getAttribute('data-report'),
    );
    expect(cited).toContain('aze-2017');
    expect(cited).toContain('aze-2022');
  });

  it('defaults to the first and last data years', async () => {
    const { container } = show({});
    await shown(container);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(
      `${series.years[0]} compared with ${series.years.at(-1)}`,
    );
  });

  it('the year pickers are labelled native selects; a change redraws and is announced', async () => {
    const { container } = show({ from: '2015', to: '2021', metrics: 'victims.identified' });
    await shown(container);
    const from = screen.getByRole('combobox', { name: 'From' }) as HTMLSelectElement;
    const to = screen.getByRole('combobox', { name: 'To' }) as HTMLSelectElement;
    expect([...from.options].map((o) => Number(o.value))).toEqual(series.years);
    expect(from.value).toBe('2015');
    expect(to.value).toBe('2021');
    expect(from.tabIndex).toBe(0);
    const live = container.querySelector('[data-live]') as HTMLElement;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    from.value = '2018';
    from.dispatchEvent(new Event('change'));
    const comparison = compare(series, 2018, 2021, ['victims.identified']);
    const row = comparison.rows[0];
    if (!row) throw new Error('victims are compared');
    expect(live.textContent).toContain('Now comparing 2018 with 2021.');
    expect(live.textContent).toContain(describeChange(row, comparison.units));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(
      '2018 compared with 2021',
    );
    // The same year twice is named, and the pickers stay to fix it.
    to.value = '2018';
    to.dispatchEvent(new Event('change'));
    expect(live.textContent).toMatch(/both 2018/);
    // The alert is drawn once its English words (a chunk) are in.
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/both 2018/));
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
  });

  it('a cited figure opens on its edition, locator and link, then the other editions', async () => {
    const { container } = show({ from: '2017', to: '2020', metrics: 'victims.identified' });
    await shown(container);
    const point = series.metrics
      .find((m) => m.id === 'victims.identified')
      ?.points.find((p) => p.year === 2017);
    if (point?.source.kind !== 'cited') throw new Error('2017 is cited');
    const details = rowOf(container, 'victims.identified').querySelector('details');
    await openSource(details);
    const figure = details?.querySelector('figure[data-year="2017"]') as HTMLElement;
    expect(figure.getAttribute('data-provenance')).toBe('cited');
    expect(figure.textContent).toContain(`${point.edition} report, cited`);
    expect(figure.textContent).toContain(`“${point.source.locator}”`);
    expect(figure.querySelector('blockquote')).toBeNull();
    expect(figure.querySelector('figcaption a')?.getAttribute('href')).toBe(point.provenanceUrl);
    const others = [...figure.querySelectorAll('.statements li')];
    expect(others.map((li) => li.getAttribute('data-report'))).toEqual(
      point.statements.slice(1).map((s) => s.reportId),
    );
    expect(others.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
      point.statements.slice(1).map((s) => s.provenanceUrl),
    );
  });

  it('a quoted figure whose editions disagree shows its sentence and says how they differ', async () => {
    const { container } = show({ from: '2016', to: '2017', metrics: 'funding.victim_protection' });
    await shown(container);
    const point = series.metrics
      .find((m) => m.id === 'funding.victim_protection')
      ?.points.find((p) => p.year === 2016);
    if (point?.source.kind !== 'quoted') throw new Error('2016 is quoted');
    const details = rowOf(container, 'funding.victim_protection').querySelector('details');
    await openSource(details);
    const figure = details?.querySelector('figure[data-year="2016"]') as HTMLElement;
    expect(figure.querySelector('blockquote')?.textContent).toBe(`“${point.source.quote}”`);
    expect(figure.querySelector('.also')?.textContent).toContain(
      'differing in dollars, spent or allocated, approximate',
    );
    expect(figure.querySelector('.statements li')?.getAttribute('data-agrees')).toBe('true');
  });
});

describe('the trend', () => {
  const marks = (container: HTMLElement, metricId: string) =>
    Object.fromEntries(
      [...rowOf(container, metricId).querySelectorAll('g[data-year]')].map((g) => [
        g.getAttribute('data-year'),
        g.getAttribute('data-mark'),
      ]),
    );

  it('marks a gap as a gap, a not-reported year as such, and a disagreement', async () => {
    const ids = ['victims.identified', 'funding.victim_protection', 'begging.children_identified'];
    const { container } = show({ view: 'trend', metrics: ids.join(',') });
    await shown(container, 'li.multiple');
    expect(
      [...container.querySelectorAll('li.multiple')].map((li) => li.getAttribute('data-metric')),
    ).toEqual(ids);
    // Victims: a figure every year.
    expect(Object.values(marks(container, 'victims.identified'))).toEqual(
      series.years.map(() => 'figure'),
    );
    // Funding: 2015–2017 stated, 2016's editions disagree on the dollars; then gaps, no 0 drawn.
    const funding = marks(container, 'funding.victim_protection');
    expect(funding).toMatchObject({ 2015: 'figure', 2016: 'disagree', 2017: 'figure' });
    for (const year of [2018, 2019, 2020, 2021]) expect(funding[year]).toBe('gap');
    const fundingRow = rowOf(container, 'funding.victim_protection');
    expect(fundingRow.querySelectorAll('g[data-mark="gap"] svg')).toHaveLength(0);
    expect(fundingRow.querySelector('.differs-note')?.textContent).toMatch(/2016 differently/);
    // Begging: 2018 stated; 2019–2021 marked not reported, with a note; 2015–2017 gaps.
    const begging = marks(container, 'begging.children_identified');
    expect(begging).toMatchObject({
      2015: 'gap',
      2018: 'figure',
      2019: 'not-reported',
      2020: 'not-reported',
      2021: 'not-reported',
    });
    const beggingRow = rowOf(container, 'begging.children_identified');
    expect(beggingRow.querySelector('.nr-note')?.textContent).toMatch(
      /Not reported: 2019, 2020, 2021/,
    );
    expect(beggingRow.querySelector(':scope > .sr-only')?.textContent).toContain(
      '2019, not reported',
    );
    expect(beggingRow.querySelector(':scope > .sr-only')?.textContent).toContain('2015, no figure');
  });

  it('puts every year at the same x in every chart and on the axis, with the tier timeline', async () => {
    const { container } = show({ view: 'trend' });
    await shown(container, 'li.multiple');
    expect(container.querySelectorAll('li.multiple')).toHaveLength(headline.length);
    const axis = [...container.querySelectorAll('.years text')].map((t) => t.getAttribute('x'));
    expect(axis).toHaveLength(series.years.length);
    for (const li of container.querySelectorAll('li.multiple')) {
      const xs = [...li.querySelectorAll('.spark .grid')].map((l) => l.getAttribute('x1'));
      expect(xs).toEqual(axis);
    }
    const tiers = [...container.querySelectorAll('.tiers g.tier')];
    const byEdition = (edition: number) =>
      tiers.find((g) => g.getAttribute('data-edition') === String(edition));
    expect(byEdition(2019)?.getAttribute('data-change')).toBe('downgraded');
    expect(byEdition(2021)?.getAttribute('data-waiver')).toBe('true');
    expect(byEdition(2022)?.getAttribute('data-change')).toBe('upgraded');
    const timeline = container.querySelector('ol.timeline')?.textContent ?? '';
    expect(timeline).toContain('2019 report (covers 2018): Tier 2 Watch List (downgraded)');
    expect(timeline).toContain(
      '2021 report (covers 2020): Tier 2 Watch List, kept there by a waiver',
    );
    expect(timeline).toContain('2022 report (covers 2021): Tier 2 (upgraded)');
    // The band's marks and the legend name only the tiers this series has, from the catalog.
    expect(byEdition(2019)?.textContent).toContain('2 WL');
    expect(container.querySelector('p.legend')?.textContent).toContain(
      'tier: 2 (Tier 2), 2 WL (Tier 2 Watch List)',
    );
    expect(container.querySelector('p.legend')?.textContent).not.toContain('Tier 3');
  });

  it('offers what it shows as CSV and cites every edition', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    createObjectURL.mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:https://partner.example/${blobs.length}`;
    });
    try {
      const ids = ['victims.identified', 'begging.children_identified'];
      const { container } = show({ view: 'trend', metrics: ids.join(',') });
      await shown(container, 'li.multiple');
      const link = screen.getByRole('link', { name: 'Download CSV' });
      expect(link.getAttribute('download')).toBe(`${series.id}-trend-en.csv`);
      link.dispatchEvent(new Event('focus'));
      await waitFor(() => expect(link.getAttribute('href')).toMatch(/^blob:/));
      const metrics = series.metrics.filter((m) => ids.includes(m.id));
      const bytes = new Uint8Array(await (blobs.at(-1) as Blob).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
        `\uFEFF${seriesToCsv(series, metrics)}`,
      );
      expect(
        [...container.querySelectorAll('footer p[data-report]')].map((p) =>
          p.getAttribute('data-report'),
        ),
      ).toEqual(series.editions.map((e) => e.reportId));
    } finally {
      createObjectURL.mockRestore();
    }
  });

  it('the toggle goes from the trend to the compare view and back', async () => {
    const { container } = show({ view: 'trend' });
    await shown(container, 'li.multiple');
    screen.getByRole('button', { name: 'Table' }).click();
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
    screen.getByRole('button', { name: 'Trend' }).click();
    expect(container.querySelector('li.multiple')).not.toBeNull();
  });
});

describe('bad series attributes are named inside the widget', () => {
  it('an unknown series lists the known ones', async () => {
    show({ series: 'xyz-nothing' });
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('"xyz-nothing"'));
    expect(alert.textContent).toContain(series.id);
  });

  it('a year outside the series names every data year', async () => {
    show({ from: '2012' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('2012'));
    for (const year of series.years)
      expect(screen.getByRole('alert').textContent).toContain(String(year));
    expect(screen.getByRole('alert').querySelector('li')?.getAttribute('data-attribute')).toBe(
      'from',
    );
  });

  it('a year that is not a year, and an unknown metric in the trend', async () => {
    const { unmount } = show({ to: 'last' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('"last"'));
    unmount();
    show({ view: 'trend', metrics: 'victims.found' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('victims.found'));
  });

  it('a trend without a series says so and shows the report’s chart', () => {
    const { container } = render(() => <ComparisonView view="trend" {...page} />);
    expect(screen.getByRole('status').textContent).toContain('needs a series');
    expect(container.querySelector('li.row')).not.toBeNull();
  });
});

describe('the api attribute with a series', () => {
  it('shows the series live from the API, and says so', async () => {
    const api = await startTestApi();
    try {
      const { container } = show({ api: api.url, from: '2015', to: '2021' });
      await waitFor(() =>
        expect(container.querySelector('footer')?.textContent).toContain('served live'),
      );
      const comparison = compare(series, 2015, 2021, headline);
      expect(container.querySelector('li.row > .sr-only')?.textContent).toBe(
        describeChange(comparison.rows[0] as never, comparison.units),
      );
      expect(screen.getByRole('link', { name: 'Data API (JSON)' }).getAttribute('href')).toBe(
        `${api.url}v1/series/${series.id}`,
      );
    } finally {
      await api.close();
    }
  });

  it('falls back to the bundled series when the API fails, and says so', async () => {
    const api = await startTestApi((path) =>
      path.startsWith('/v1/series/') ? { status: 500, body: {} } : undefined,
    );
    try {
      const { container } = show({ api: api.url, view: 'trend' });
      await shown(container, 'li.multiple');
      expect(screen.getByRole('status').textContent).toContain('HTTP 500');
      expect(container.querySelector('footer')?.textContent).toContain('bundled');
    } finally {
      await api.close();
    }
  });

  it('does not trust a series answer of the wrong shape', async () => {
    const api = await startTestApi((path) =>
      path.endsWith('/metrics') && path.startsWith('/v1/series/')
        ? { status: 200, body: { data: [{ id: 'victims.identified', points: 'many' }] } }
        : undefined,
    );
    try {
      const { container } = show({ api: api.url });
      await shown(container);
      expect(screen.getByRole('status').textContent).toContain('unexpected response');
    } finally {
      await api.close();
    }
  });
});

describe('a report other than the default', () => {
  it('comes from the chunk, and its cited figures open on their locators', async () => {
    const report = getReport('aze-2021') as Report;
    expect(report.provenance).toBe('cited');
    const { container } = render(() => (
      <ComparisonView report={report.id} metrics="victims.identified" {...page} />
    ));
    await shown(container);
    const details = container.querySelector('li.row details');
    await openSource(details as HTMLDetailsElement);
    const figures = [...(details?.querySelectorAll('figure') ?? [])];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.getAttribute('data-provenance')).toBe('cited');
      expect(figure.textContent).toContain('2021 report, cited');
    }
  });
});
