import { render, screen, waitFor, within } from '@solidjs/testing-library';
import {
  comparisonToCsv,
  formatPercent,
  formatValue,
  getReport,
  provenanceUrl,
  type Report,
} from '@tip-report/core';
import { createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import {
  cleanUpAndGuardConsole,
  coreComparison,
  coreReport,
  openSource,
  sentence,
  valueText,
} from '../test/report.js';
import { ComparisonView } from './comparison-view.js';
import type { WidgetAttributes } from './widget-options.js';

const page = { pageLocale: 'en', pageUrl: 'https://partner.example/news/' };

function show(attributes: WidgetAttributes = {}) {
  return render(() => <ComparisonView {...attributes} {...page} />);
}

/** A widget whose attributes can change after mount, as an element's can. */
function showChanging(initial: WidgetAttributes) {
  const [attributes, setAttributes] = createSignal(initial);
  const props = new Proxy({} as WidgetAttributes, {
    get: (_, key) => attributes()[key as keyof WidgetAttributes],
  });
  const result = render(() => (
    <ComparisonView
      report={props.report}
      from={props.from}
      to={props.to}
      metrics={props.metrics}
      view={props.view}
      lang={props.lang}
      theme={props.theme}
      {...page}
    />
  ));
  return { ...result, set: (next: WidgetAttributes) => setAttributes({ ...initial, ...next }) };
}

const rowOf = (container: HTMLElement, metricId: string) =>
  container.querySelector(`[data-metric="${metricId}"]`) as HTMLElement;

cleanUpAndGuardConsole();

describe('the chart view shows each compared metric as core computes it', () => {
  it('the default is the headline set, 2016 to 2017, with both values, change and sentence', () => {
    const { container } = show();
    const comparison = coreComparison();
    expect(comparison.rows.length).toBeGreaterThan(5);
    const rows = container.querySelectorAll('li.row');
    expect([...rows].map((r) => r.getAttribute('data-metric'))).toEqual(
      comparison.rows.map((r) => r.metricId),
    );
    for (const row of comparison.rows) {
      const element = rowOf(container, row.metricId);
      const text = element.textContent ?? '';
      expect(text).toContain(row.label);
      expect(text).toContain(valueText(row.from, row.unit, row.fromUsd));
      expect(text).toContain(valueText(row.to, row.unit, row.toUsd));
      // The screen-reader text is core's sentence, and the visual parts are hidden from it.
      expect(element.querySelector('.sr-only')?.textContent).toBe(sentence(row));
      expect(element.querySelector('.label')?.getAttribute('aria-hidden')).toBe('true');
      const change = element.querySelector('.change')?.textContent ?? '';
      const word = { up: 'up', down: 'down', same: 'unchanged' }[row.direction];
      const arrow = { up: '↑', down: '↓', same: '→' }[row.direction];
      expect(change).toContain(word);
      expect(change).toContain(arrow);
      if (row.direction !== 'same' && row.percentChange !== null) {
        expect(change).toContain(formatPercent(row.percentChange));
        // The word says the direction: the amount has no sign of its own, the percent a true minus.
        expect(change).toContain(`${word} ${valueText(Math.abs(row.change), row.unit)} (`);
        expect(change).not.toMatch(/-|[+−]\d+ \(/);
      }
    }
  });

  it('the heading names the country, edition, section and years', () => {
    show();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toContain(coreReport.country.name);
    expect(heading.textContent).toMatch(/Protection/);
    expect(heading.textContent).toMatch(/2016.*2017/);
    expect(heading.parentElement?.textContent).toContain(String(coreReport.edition));
  });

  it('funding shows manat with the dollar figure the report gives', () => {
    const { container } = show();
    const funding = coreReport.metrics.find((m) => m.id === 'funding.victim_protection');
    for (const o of funding?.observations ?? []) {
      expect(o.usd).toBeDefined();
      expect(rowOf(container, 'funding.victim_protection').textContent).toContain(
        valueText(o.value, 'AZN', o.usd),
      );
    }
    expect(rowOf(container, 'funding.victim_protection').textContent).toMatch(/manat \(\$/);
  });

  it('each pair of bars is scaled to its own metric, larger value full width', () => {
    const { container } = show();
    for (const row of coreComparison().rows) {
      const bars = rowOf(container, row.metricId).querySelectorAll('rect.from, rect.to');
      const [from, to] = [...bars].map((b) => Number(b.getAttribute('width')));
      const max = Math.max(row.from, row.to);
      if (max === 0) expect([from, to]).toEqual([0, 0]);
      else expect(Math.max(from ?? 0, to ?? 0)).toBe(100);
    }
  });

  it('a metric observed in one year only says so, and is never compared with 0', async () => {
    // Not a headline metric: it comes with the chunk's complete copy of the report.
    const { container } = show({ metrics: 'victims.identified,vac.referrals.atd' });
    await waitFor(() =>
      expect(container.querySelector('[data-metric="vac.referrals.atd"]')).not.toBeNull(),
    );
    const only = coreComparison(2016, 2017, ['vac.referrals.atd']).onlyOneYear[0];
    expect(only).toBeDefined();
    const row = rowOf(container, 'vac.referrals.atd');
    expect(row.textContent).toContain(`Reported for ${only?.year} only`);
    // The text is silent on the other year: "no figure", never 0 (and not "not reported").
    expect(only?.missing).toBe('silent');
    expect(row.textContent).toContain('no figure');
    expect(row.querySelector('.sr-only')?.textContent).toMatch(
      new RegExp(`no report gives a figure for ${only?.missingYear}`),
    );
    expect(row.querySelector('rect')).toBeNull();
  });

  it('a derived value is marked as derived', () => {
    const { container } = show({ metrics: 'victims.identified.azerbaijani' });
    const derived = coreReport.metrics
      .find((m) => m.id === 'victims.identified.azerbaijani')
      ?.observations.find((o) => o.derived);
    expect(derived).toBeDefined();
    const value = rowOf(container, 'victims.identified.azerbaijani').querySelector(
      `.value[data-year="${derived?.year}"]`,
    );
    expect(value?.textContent).toContain('(derived)');
  });

  it('lang formats the numbers', () => {
    const { container } = show({ lang: 'de-DE', metrics: 'funding.victim_protection' });
    const row = coreComparison(2016, 2017, ['funding.victim_protection']).rows[0];
    if (!row) throw new Error('funding is compared');
    expect(rowOf(container, row.metricId).textContent).toContain(
      valueText(row.from, row.unit, row.fromUsd, 'de-DE'),
    );
    expect(valueText(row.from, row.unit, undefined, 'de-DE')).toContain('154.000');
  });
});

describe('provenance', () => {
  it('each row expands to the exact quotes and core’s links to the State Department page', async () => {
    const { container } = show({ metrics: 'victims.identified' });
    const metric = coreReport.metrics.find((m) => m.id === 'victims.identified');
    const details = rowOf(container, 'victims.identified').querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toMatch(/^Source/);
    await openSource(details);
    const quotes = [...(details?.querySelectorAll('blockquote') ?? [])].map((q) => q.textContent);
    const links = [...(details?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    const observations = [2016, 2017].map((y) => metric?.observations.find((o) => o.year === y));
    expect(quotes).toEqual(
      observations.map((o) => `“${o?.source.kind === 'quoted' ? o.source.quote : ''}”`),
    );
    expect(links).toEqual(observations.map((o) => o && provenanceUrl(coreReport, o.source)));
    expect(links[0]).toMatch(/^https:\/\/www\.state\.gov\/.*#:~:text=/);
  });
});

describe('the view toggle', () => {
  it('switches to a real table with a caption and scoped headers, and back', async () => {
    const { container } = show();
    const chart = screen.getByRole('button', { name: 'Chart' });
    const table = screen.getByRole('button', { name: 'Table' });
    expect(chart.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('table')).toBeNull();
    table.click();
    expect(table.getAttribute('aria-pressed')).toBe('true');
    expect(chart.getAttribute('aria-pressed')).toBe('false');
    // The table is a chunk of its own, loaded the first time a table is shown.
    const element = await screen.findByRole('table');
    expect(element.querySelector('caption')?.textContent).toMatch(/Azerbaijan.*2016.*2017/);
    const columns = [...element.querySelectorAll('thead th')];
    expect(columns.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col']);
    expect(columns.map((th) => th.textContent)).toEqual(['Metric', '2016', '2017', 'Change']);
    const comparison = coreComparison();
    const bodyRows = [...element.querySelectorAll('tbody tr')];
    expect(bodyRows).toHaveLength(comparison.rows.length);
    comparison.rows.forEach((row, i) => {
      const cells = bodyRows[i]?.children ?? [];
      expect(cells[0]?.tagName).toBe('TH');
      expect(cells[0]?.getAttribute('scope')).toBe('row');
      expect(cells[0]?.textContent).toContain(row.label);
      expect(cells[1]?.textContent).toBe(valueText(row.from, row.unit, row.fromUsd));
      expect(cells[2]?.textContent).toBe(valueText(row.to, row.unit, row.toUsd));
    });
    chart.click();
    expect(container.querySelector('table')).toBeNull();
    expect(container.querySelectorAll('li.row')).toHaveLength(comparison.rows.length);
  });

  it('starts at the view attribute and follows it when it changes', async () => {
    const widget = showChanging({ view: 'table' });
    await waitFor(() => expect(widget.container.querySelector('table')).not.toBeNull());
    widget.set({ view: 'chart' });
    expect(widget.container.querySelector('table')).toBeNull();
  });

  it('a one-year figure the text gives as approximate says so in the table, as in the chart', async () => {
    const report = getReport('aze-2017') as Report;
    const metric = report.metrics.find((m) => m.id === 'shelter.cost_per_resident_month');
    const figure = metric?.observations.find((o) => o.approximate);
    if (!metric || !figure) throw new Error('aze-2017 has an approximate one-year figure');
    const other = report.years.find((y) => !metric.observations.some((o) => o.year === y));
    if (other === undefined) throw new Error('and a year without it');
    const unit = report.units.find((u) => u.id === metric.unit);
    const about = formatValue(figure.value, unit, { usd: figure.usd, approximate: true });
    expect(about).not.toBe(formatValue(figure.value, unit, { usd: figure.usd }));
    const attributes = {
      report: report.id,
      from: String(Math.min(figure.year, other)),
      to: String(Math.max(figure.year, other)),
      metrics: metric.id,
    };
    const chart = show(attributes);
    await waitFor(() => expect(chart.container.querySelector('li.row')).not.toBeNull());
    expect(rowOf(chart.container, metric.id).textContent).toContain(about);
    chart.unmount();
    show({ ...attributes, view: 'table' });
    const row = within(await screen.findByRole('table')).getAllByRole('row')[1];
    const cells = [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(cells).toContain(about);
  });

  it('one-year metrics in the table say "no figure" for the other year', async () => {
    show({ view: 'table', metrics: 'vac.referrals.atd' });
    const row = within(await screen.findByRole('table')).getByRole('row', {
      name: /Referred to the VAC/,
    });
    expect(row.textContent).toContain('no figure');
  });
});

describe('attributes may change after mount', () => {
  it('years, metrics and theme follow', () => {
    const widget = showChanging({ metrics: 'victims.identified' });
    const row = () => widget.container.querySelector('li.row .sr-only')?.textContent;
    const forward = coreComparison(2016, 2017, ['victims.identified']).rows[0];
    const backward = coreComparison(2017, 2016, ['victims.identified']).rows[0];
    if (!forward || !backward) throw new Error('compared in both directions');
    expect(row()).toBe(sentence(forward));
    widget.set({ from: '2017', to: '2016' });
    expect(row()).toBe(sentence(backward));
    widget.set({ metrics: 'shelter.mia.potential' });
    expect(widget.container.querySelector('li.row')?.getAttribute('data-metric')).toBe(
      'shelter.mia.potential',
    );
    widget.set({ theme: 'dark' });
    expect(widget.container.querySelector('.tip')?.getAttribute('data-theme')).toBe('dark');
  });
});

describe('the footer', () => {
  it('cites the report, offers exactly what is shown as CSV, and links to the report', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    createObjectURL.mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:https://partner.example/${blobs.length}`;
    });
    try {
      show({ metrics: 'victims.identified,funding.victim_protection,vac.referrals.atd' });
      const link = await screen.findByRole('link', { name: 'Download CSV' });
      expect(link.getAttribute('download')).toBe('aze-2018-2016-2017-en.csv');
      // The file is made when a reader reaches for the link, not while the figures are drawn.
      expect(blobs).toHaveLength(0);
      link.dispatchEvent(new Event('focus'));
      await waitFor(() =>
        expect(link.getAttribute('href')).toBe(`blob:https://partner.example/${blobs.length}`),
      );
      // The file starts with a UTF-8 byte-order mark, so Excel opens it as UTF-8 by
      // double-click; after it, core's CSV byte for byte. (Blob.text() would drop the mark.)
      const bytes = new Uint8Array(await (blobs.at(-1) as Blob).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(csv).toBe(
        '\uFEFF' +
          comparisonToCsv(
            coreComparison(2016, 2017, [
              'victims.identified',
              'funding.victim_protection',
              'vac.referrals.atd',
            ]),
          ),
      );
      const footer = screen.getByRole('contentinfo');
      expect(footer.textContent).toContain(coreReport.title);
      expect(footer.textContent).toContain('June');
      expect(within(footer).getByRole('link', { name: coreReport.url })).toBeTruthy();
    } finally {
      createObjectURL.mockRestore();
    }
  });
});
