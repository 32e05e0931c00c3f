import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import {
  comparisonToCsv,
  csvColumns,
  csvTableSchema,
  metricsToCsv,
  restatementsToCsv,
  seriesToCsv,
} from './csv.js';
import { provenanceUrl } from './provenance.js';
import { getReport } from './reports/index.js';
import type { Report } from './schema/report.js';
import type { Series } from './schema/series.js';
import { getSeries, restatements } from './series.js';

const report = getReport('aze-2018') as Report;
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('metricsToCsv', () => {
  const parsed = parse(metricsToCsv(report));

  it('has one RFC 4180 line per observation, with CRLF line ends', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(report.metrics.flatMap((m) => m.observations).length);
    expect(metricsToCsv(report).split('\r\n')[0]).toBe(
      'report_id,metric_id,label,unit,topic,parent,year,value,usd,derived,formula,provenance,quote,quote_start,quote_end,locator,provenance_url,approximate,basis,status',
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
        quote_start: String(o.source.start),
        quote_end: String(o.source.end),
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
      from_value: '70',
      to_value: '71',
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
    const why = comparison.onlyOneYear.find((o) => o.metricId === 'vac.assistance.medical');
    expect(vac?.missing).toBe(why?.missing);
    expect(parsed.data[0]?.missing).toBe('');
    expect(vac).toMatchObject({
      from_value: '',
      to_value: '44',
      change: '',
      percent_change: '',
      direction: '',
    });
  });

  it('says of a one-year figure whether it is derived, approximate and on what basis', () => {
    // aze-2018 gives the 2017 permit total only as the sum of its parts (DATA.md): derived.
    expect(parsed.data.find((l) => l.metric_id === 'permits.temporary_residence')).toMatchObject({
      from_value: '',
      to_value: '3',
      derived: 'true',
      to_approximate: 'false',
      from_approximate: '',
    });
    // aze-2017 gives 2016's cost per resident "approximately", and no 2015 figure.
    const aze2017 = getReport('aze-2017') as Report;
    const [cost] = parse(
      comparisonToCsv(compare(aze2017, 2015, 2016, ['shelter.cost_per_resident_month'])),
    ).data;
    expect(cost).toMatchObject({
      from_value: '',
      to_value: '900',
      derived: 'false',
      to_approximate: 'true',
    });
  });

  it('writes percent_change with two decimals, whole or not (one column type in every file)', () => {
    // 70 → 71 victims identified: 100 × 1 / 70 = 1.428…
    expect(parsed.data.find((l) => l.metric_id === 'victims.identified')?.percent_change).toBe(
      '1.43',
    );
  });

  it('leaves percent_change empty from a zero base', () => {
    expect(parsed.data.find((l) => l.metric_id === 'victims.identified.children')).toMatchObject({
      from_value: '0',
      to_value: '0',
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
      quote_start: '',
      locator: 'officially identified 91 victims (98 in 2018)',
      status: 'stated',
    });
    const begging = lines.find(
      (l) => l.metric_id === 'begging.children_identified' && l.year === '2019',
    );
    // No figure, so nothing to be approximate or derived: empty, not false.
    expect(begging).toMatchObject({
      value: '',
      approximate: '',
      derived: '',
      status: 'not-reported',
    });
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
    expect(notReported.every((l) => l.approximate === '' && l.statements === '')).toBe(true);
  });

  it('a series: one line per metric and year, the editions that say not reported in a column', () => {
    const aze = getSeries('aze-protection') as Series;
    const lines = parse(seriesToCsv(aze, aze.metrics)).data;
    const keys = lines.map((l) => `${l.metric_id} ${l.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Which editions mark begging.children_identified's 2019 as not reported, read from the
    // reports themselves, newest first.
    const marking = aze.editions
      .map((e) => getReport(e.reportId) as Report)
      .filter((r) =>
        r.metrics
          .find((m) => m.id === 'begging.children_identified')
          ?.notReported?.some((n) => n.year === 2019),
      )
      .map((r) => r.id)
      .reverse();
    expect(marking.length).toBeGreaterThan(1);
    const begging = lines.filter(
      (l) => l.metric_id === 'begging.children_identified' && l.year === '2019',
    );
    expect(begging).toHaveLength(1);
    expect(begging[0]).toMatchObject({
      status: 'not-reported',
      value: '',
      report_id: marking[0],
      not_reported_by: marking.join(' '),
    });
    expect(lines.filter((l) => l.status === 'stated').every((l) => l.not_reported_by === '')).toBe(
      true,
    );
  });

  it("a series comparison names each side's report", () => {
    const aze = getSeries('aze-protection') as Series;
    const [line] = parse(comparisonToCsv(compare(aze, 2015, 2021, ['victims.identified']))).data;
    expect(line).toMatchObject({
      series_id: 'aze-protection',
      from_value: '63',
      to_value: '95',
      from_report_id: 'aze-2017',
      to_report_id: 'aze-2022',
      from_provenance: 'cited',
    });
  });
});

describe('restatementsToCsv', () => {
  const aze = getSeries('aze-protection') as Series;
  const restated = restatements(aze);
  const lines = parse(restatementsToCsv(aze, restated)).data;

  it('one line per statement of a figure that more than one edition states', () => {
    expect(lines).toHaveLength(restated.flatMap((r) => r.statements).length);
    const keys = lines.map((l) => `${l.metric_id} ${l.year} ${l.report_id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("each line is that edition's words: aze-2017 and aze-2018 on 2016's protection funds", () => {
    const funding = lines.filter(
      (l) => l.metric_id === 'funding.victim_protection' && l.year === '2016',
    );
    // Read from each report's own observation, not from the series.
    const stated = (id: string) =>
      (getReport(id) as Report).metrics
        .find((m) => m.id === 'funding.victim_protection')
        ?.observations.find((o) => o.year === 2016);
    expect(funding.map((l) => l.report_id).sort()).toEqual(['aze-2017', 'aze-2018']);
    for (const line of funding) {
      const o = stated(line.report_id as string);
      expect(line).toMatchObject({
        value: String(o?.value),
        usd: String(o?.usd),
        agrees: 'true',
        agrees_with_newest: 'true',
        provenance: o?.source.kind,
      });
      expect(Number(line.usd_rate)).toBeCloseTo((o?.value ?? 0) / (o?.usd ?? 1), 6);
    }
  });
});

describe('the columns of each CSV kind', () => {
  const aze = getSeries('aze-protection') as Series;
  const written = {
    'report-metrics': metricsToCsv(report),
    'series-metrics': seriesToCsv(aze, aze.metrics),
    'report-compare': comparisonToCsv(compare(report, 2016, 2017)),
    'series-compare': comparisonToCsv(compare(aze, 2015, 2021)),
    restatements: restatementsToCsv(aze, restatements(aze)),
  };

  it.each(Object.entries(written))('%s: the header row is the defined columns', (kind, csv) => {
    const names = csvColumns[kind as keyof typeof csvColumns].map((c) => c.name);
    expect(csv.split('\r\n')[0]?.split(',')).toEqual(names);
  });

  it('no header is an SQL keyword', () => {
    const keywords = ['from', 'to', 'end', 'start', 'order', 'group', 'select', 'where'];
    const names = Object.values(csvColumns).flatMap((cs) => cs.map((c) => c.name));
    expect(names.filter((n) => keywords.includes(n))).toEqual([]);
  });

  it.each(Object.keys(written))('%s: the CSVW table schema lists the same columns', (kind) => {
    const schema = csvTableSchema(kind as keyof typeof csvColumns);
    const columns = csvColumns[kind as keyof typeof csvColumns];
    expect(schema.tableSchema.columns.map((c) => [c.name, c.datatype])).toEqual(
      columns.map((c) => [c.name, c.type]),
    );
    const names = columns.map((c) => c.name) as string[];
    expect(schema.tableSchema.primaryKey.every((k) => names.includes(k))).toBe(true);
  });
});
