import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { comparisonToCsv, metricsToCsv } from './csv.js';
import { describeChange } from './describe-change.js';
import { provenanceUrl } from './provenance.js';
import { getReport } from './reports/index.js';
import type { Report } from './schema/report.js';

const report = getReport('aze-2018') as Report;
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('metricsToCsv', () => {
  const parsed = parse(metricsToCsv(report));

  it('has one RFC 4180 line per observation, with CRLF line ends', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(report.metrics.flatMap((m) => m.observations).length);
    expect(metricsToCsv(report).split('\r\n')[0]).toBe(
      'report_id,metric_id,label,unit,topic,parent,year,value,usd,derived,formula,quote,start,end,provenance_url',
    );
  });

  it('round-trips every quote, offset and value', () => {
    const lines = report.metrics.flatMap((m) => m.observations.map((o) => ({ m, o })));
    parsed.data.forEach((line, i) => {
      const { m, o } = lines[i] as (typeof lines)[0];
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
        provenance_url: provenanceUrl(report, o.source),
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
      sentence: describeChange(comparison.rows[0] as (typeof comparison.rows)[0]),
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

  it('leaves percent_change empty from a zero base', () => {
    expect(parsed.data.find((l) => l.metric_id === 'victims.identified.children')).toMatchObject({
      from: '0',
      to: '0',
      percent_change: '',
      direction: 'same',
    });
  });
});
