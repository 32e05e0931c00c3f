import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { comparisonToCsv, metricsToCsv, seriesToCsv } from './csv.js';
import { provenanceUrl } from './provenance.js';
import { getReport } from './reports/index.js';
import type { Report } from './schema/report.js';
import type { Series } from './schema/series.js';
import { getSeries } from './series.js';

const report = getReport('aze-2018') as Report;
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('metricsToCsv', () => {
  const parsed = parse(metricsToCsv(report));

  it('has one RFC 4180 line per observation, with CRLF line ends', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(report.metrics.flatMap((m) => m.observations).length);
    expect(metricsToCsv(report).split('\r\n')[0]).toBe(
      'report_id,metric_id,label,unit,topic,parent,year,value,usd,derived,formula,provenance,quote,start,end,locator,provenance_url,approximate,basis,status',
    );
  });

  it('round-trips every quote, offset and value', () => {
    const lines = report.metrics.flatMap((m) => m.observations.map((o) => ({ m, o })));
    parsed.data.forEach((line, i) => {
      const { m, o } = lines[i] as (typeof lines)[0];
      if (o.source.kind !== 'quoted') throw new Error('aze-2018 quotes every figure');
      expect(line).toMatchObject({
        metric_id: m.id,
        label: m.label,
        year: String(o.year),
        value: String(o.value),
        usd: o.usd === undefined ? '' : String(o.usd),
        derived: String(o.derived === true),
        quote: o.source.quote,
        start: String(o.source.start),
        end: String(o.source.end),
        provenance: 'quoted',
        locator: '',
        provenance_url: provenanceUrl(report, o.source),
        basis: o.basis ?? '',
        status: 'stated',
      });
    });
  });

  it('quotes a label with a comma, a quote or a line break so it survives a round trip', () => {
    const tricky = 'Victims, "officially" recognized\nin Baku';
    const metric = { ...(report.metrics[0] as Report['metrics'][0]), label: tricky };
    const back = parse(metricsToCsv(report, [metric]));
    expect(back.errors).toEqual([]);
    expect(back.data.map((l) => l.label)).toEqual([tricky, tricky]);
  });
});

describe('comparisonToCsv', () => {
  const comparison = compare(report, 2016, 2017);
  const parsed = parse(comparisonToCsv(comparison));

  it('one line per compared metric with its sentence, then the one-year metrics', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((l) => l.metric_id)).toEqual([
      ...comparison.rows.map((r) => r.metricId),
      ...comparison.onlyOneYear.map((o) => o.metricId),
    ]);
    const identified = parsed.data[0];
    expect(identified).toMatchObject({
      from: '70',
      to: '71',
      change: '1',
      direction: 'up',
      // The sentence as written independently (the README's), not recomputed by describeChange.
      sentence:
        'The government identified 71 trafficking victims in 2017, up 1 (+1.4 %) from 70 in 2016.',
      from_report_id: 'aze-2018',
      to_report_id: 'aze-2018',
    });
  });

  it('leaves the missing year of a one-year metric empty, never 0', () => {
    const vac = parsed.data.find((l) => l.metric_id === 'vac.assistance.medical');
    expect(vac).toMatchObject({
      from: '',
      to: '44',
      change: '',
      percent_change: '',
      direction: '',
    });
  });

  it('says of a one-year figure whether it is derived, approximate and on what basis', () => {
    // aze-2018 gives the 2017 permit total only as the sum of its parts (DATA.md): derived.
    expect(parsed.data.find((l) => l.metric_id === 'permits.temporary_residence')).toMatchObject({
      from: '',
      to: '3',
      derived: 'true',
      to_approximate: 'false',
      from_approximate: '',
    });
    // aze-2017 gives 2016's cost per resident "approximately", and no 2015 figure.
    const aze2017 = getReport('aze-2017') as Report;
    const [cost] = parse(
      comparisonToCsv(compare(aze2017, 2015, 2016, ['shelter.cost_per_resident_month'])),
    ).data;
    expect(cost).toMatchObject({ from: '', to: '900', derived: 'false', to_approximate: 'true' });
  });

  it('leaves percent_change empty from a zero base', () => {
    expect(parsed.data.find((l) => l.metric_id === 'victims.identified.children')).toMatchObject({
      from: '0',
      to: '0',
      percent_change: '',
      direction: 'same',
    });
  });
});

describe('CSV of cited figures and of the series', () => {
  it('a cited report: the locator, no quote or offsets, and not-reported years with no value', () => {
    const aze2020 = getReport('aze-2020') as Report;
    const lines = parse(metricsToCsv(aze2020)).data;
    const identified = lines.find((l) => l.metric_id === 'victims.identified' && l.year === '2019');
    expect(identified).toMatchObject({
      value: '91',
      provenance: 'cited',
      quote: '',
      start: '',
      locator: 'officially identified 91 victims (98 in 2018)',
      status: 'stated',
    });
    const begging = lines.find(
      (l) => l.metric_id === 'begging.children_identified' && l.year === '2019',
    );
    expect(begging).toMatchObject({ value: '', status: 'not-reported' });
  });

  it('a series: one line per point, with the edition that states it and what editions disagree on', () => {
    const aze = getSeries('aze-protection') as Series;
    const lines = parse(seriesToCsv(aze, aze.metrics)).data;
    expect(
      lines.find((l) => l.metric_id === 'funding.victim_protection' && l.year === '2016'),
    ).toMatchObject({
      series_id: 'aze-protection',
      value: '154000',
      usd: '90060',
      report_id: 'aze-2018',
      statements: '2',
      differs: 'usd basis approximate',
    });
    const notReported = lines.filter((l) => l.status === 'not-reported');
    expect(notReported.length).toBeGreaterThan(0);
    expect(notReported.every((l) => l.value === '')).toBe(true);
  });

  it("a series comparison names each side's report", () => {
    const aze = getSeries('aze-protection') as Series;
    const [line] = parse(comparisonToCsv(compare(aze, 2015, 2021, ['victims.identified']))).data;
    expect(line).toMatchObject({
      series_id: 'aze-protection',
      from: '63',
      to: '95',
      from_report_id: 'aze-2017',
      to_report_id: 'aze-2022',
      from_provenance: 'cited',
    });
  });
});
