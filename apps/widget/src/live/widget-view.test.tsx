import { render, waitFor } from '@solidjs/testing-library';
import {
  series as allSeries,
  compare,
  defaultReport,
  describeChange,
  formatValue,
  getSeries,
  headlineMetricIds,
  message,
  type Series,
  translated,
} from '@tip-report/core';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { WidgetAttributes } from '../shared/attributes.js';
import { WidgetView } from './widget-view.js';

const report = defaultReport;
const headline = headlineMetricIds(report)[0] as string;
const series = getSeries('aze-protection') as Series;
const labelOf = (
  id: string,
  source: { metrics: readonly { id: string; label: string }[] } = report,
) => source.metrics.find((m) => m.id === id)?.label;

const draw = (attributes: WidgetAttributes = {}, home?: URL) => {
  const { container, unmount } = render(() => (
    <WidgetView {...attributes} pageLocale="en" home={home} />
  ));
  const q = <E extends Element = HTMLElement>(selector: string) =>
    container.querySelector<E>(selector);
  return { container, q, unmount };
};

describe('the live widget', () => {
  it('shows core’s headline metric with its country and core’s sentence', async () => {
    const { q } = draw();
    await waitFor(() => expect(q('h2')).not.toBeNull());
    expect(q('h2')?.textContent).toContain(labelOf(headline));
    expect(q('h2')?.textContent).toContain(report.country.name);
    const comparison = compare(report, report.years[0] as number, report.years.at(-1) as number, [
      headline,
    ]);
    expect(q('.sentence')?.textContent).toBe(
      describeChange(comparison.rows[0] as never, comparison.units),
    );
    expect(q<HTMLSelectElement>('label.picker select')?.value).toBe(headline);
    expect(q('.problems')).toBeNull();
  });

  it('offers the picture of what is shown under Download, where the build draws one', async () => {
    const home = new URL('https://api.example/');
    const links = (q: ReturnType<typeof draw>['q']) =>
      [...(q('.downloads')?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    const compared = draw({ theme: 'dark', lang: 'en' }, home);
    await waitFor(() => expect(compared.q('.downloads')).not.toBeNull());
    const [from, to] = [report.years[0], report.years.at(-1)];
    const at = `https://api.example/v1/reports/${report.id}/metrics/${headline}/chart`;
    const query = `?lang=en&theme=dark&from=${from}&to=${to}`;
    expect(links(compared.q)).toEqual([`${at}.png${query}`, `${at}.svg${query}`]);
    compared.unmount();
    // A later year against an earlier: the widget shows it, but no picture is drawn of it.
    const reversed = draw({ from: String(to), to: String(from) }, home);
    await waitFor(() => expect(reversed.q('.downloads')).not.toBeNull());
    expect(links(reversed.q)).toEqual([]);
    expect(reversed.q('.downloads button')?.textContent).toBe('Table (CSV)');
    reversed.unmount();
    const trend = draw({ series: series.id, view: 'trend' }, home);
    await waitFor(() => expect(trend.q('.downloads')).not.toBeNull());
    expect(links(trend.q)[0]).toBe(
      `https://api.example/v1/series/${series.id}/metrics/${headlineMetricIds(series)[0]}/chart.png?lang=en&theme=light`,
    );
    trend.unmount();
  });

  it('offers the countries’ picture only for the set the build draws: every series with the metric', async () => {
    const home = new URL('https://api.example/');
    const links = (q: ReturnType<typeof draw>['q']) =>
      [...(q('.downloads')?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    const metric = 'victims.identified';
    const every = allSeries.filter((s) => s.metrics.some((m) => m.id === metric)).map((s) => s.id);
    expect(every.length).toBeGreaterThan(2);
    const all = draw({ series: every.join(','), metric, view: 'trend' }, home);
    await waitFor(() => expect(all.q('.downloads')).not.toBeNull());
    expect(links(all.q)).toEqual([
      `https://api.example/v1/metrics/${metric}/chart.png?lang=en&theme=light`,
      `https://api.example/v1/metrics/${metric}/chart.svg?lang=en&theme=light`,
    ]);
    all.unmount();
    const two = draw({ series: every.slice(0, 2).join(','), metric, view: 'trend' }, home);
    await waitFor(() => expect(two.q('.downloads')).not.toBeNull());
    expect(links(two.q)).toEqual([]);
    two.unmount();
  });

  it('changes the metric with the picker, and says so in the live region', async () => {
    const { q } = draw();
    await waitFor(() => expect(q('label.picker select')).not.toBeNull());
    const select = q<HTMLSelectElement>('label.picker select') as HTMLSelectElement;
    const other = [...select.options].find((o) => o.value !== headline) as HTMLOptionElement;
    select.value = other.value;
    select.dispatchEvent(new Event('change'));
    await waitFor(() => expect(q('h2')?.textContent).toContain(labelOf(other.value)));
    expect(q('[aria-live=polite]')?.textContent).toContain(labelOf(other.value));
  });

  it('follows a change of the metric attribute, and names an unknown one without throwing', async () => {
    const [metric, setMetric] = createSignal<string | undefined>('no.such.metric');
    const { container } = render(() => <WidgetView metric={metric()} view="pie" pageLocale="en" />);
    await waitFor(() => expect(container.querySelector('h2')).not.toBeNull());
    const named = [...container.querySelectorAll('.problems li')].map((li) =>
      li.getAttribute('data-attribute'),
    );
    expect(named).toEqual(['view', 'metric']);
    expect(container.querySelector('h2')?.textContent).toContain(labelOf(headline));
    const next = report.metrics[1]?.id as string;
    setMetric(next);
    await waitFor(() =>
      expect(container.querySelector('h2')?.textContent).toContain(labelOf(next)),
    );
    expect(container.querySelector('.problems li[data-attribute=metric]')).toBeNull();
  });

  it('names an unknown report in an alert, with the ones it knows', async () => {
    const { q } = draw({ report: 'xyz-1999' });
    await waitFor(() => expect(q('.problems[role=alert]')).not.toBeNull());
    expect(q('.problems[role=alert]')?.textContent).toContain('xyz-1999');
    expect(q('.problems[role=alert]')?.textContent).toContain(report.id);
    expect(q('h2')).toBeNull();
  });

  it('shows every metric in the Table, or those of metrics=', async () => {
    const all = draw({ view: 'table' });
    await waitFor(() => expect(all.q('table')).not.toBeNull());
    expect(all.container.querySelectorAll('tbody tr')).toHaveLength(report.metrics.length);
    all.unmount();
    const two = report.metrics.slice(0, 2).map((m) => m.id);
    const some = draw({ view: 'table', metrics: two.join(',') });
    await waitFor(() => expect(some.q('table')).not.toBeNull());
    expect(
      [...some.container.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-metric')),
    ).toEqual(two);
  });

  it('groups a series’ metrics without a figure in both years last, as their own group', async () => {
    const { q, container } = draw({ series: series.id });
    await waitFor(() => expect(q('label.picker optgroup')).not.toBeNull());
    const groups = [...container.querySelectorAll('label.picker optgroup')];
    const both = new Set(
      compare(series, series.years[0] as number, series.years.at(-1) as number).rows.map(
        (r) => r.metricId,
      ),
    );
    const last = groups.at(-1);
    expect(last?.getAttribute('label')).toBe('Only one of these years');
    for (const option of last?.querySelectorAll('option') ?? [])
      expect(both.has(option.value)).toBe(false);
    for (const group of groups.slice(0, -1)) {
      for (const option of group.querySelectorAll('option'))
        expect(both.has(option.value)).toBe(true);
    }
  });

  it('says a trend’s only figure as it stands, with no change to tell', async () => {
    const single = series.metrics.find((m) => m.points.length === 1);
    const point = single?.points[0];
    if (!single || !point) throw new Error('the series has a metric with one figure');
    const { q } = draw({ series: series.id, view: 'trend', metric: single.id });
    await waitFor(() => expect(q('.sentence')).not.toBeNull());
    const now = formatValue(
      point.value,
      series.units.find((u) => u.id === single.unit),
      { usd: point.usd },
    );
    expect(q('.sentence')?.textContent).toBe(
      `${single.label}: ${message('en', 'ui.figureInYear', { now, year: point.year })}`,
    );
  });

  it('speaks Azerbaijani once its chunks are in, and sets lang on its root', async () => {
    const { q } = draw({ lang: 'az' });
    await waitFor(() => expect(q('.tip')?.getAttribute('lang')).toBe('az'));
    const metric = report.metrics.find((m) => m.id === headline);
    await waitFor(() =>
      expect(q('h2')?.textContent).toContain(translated(metric as never, 'label', '', 'az')),
    );
  });
});
