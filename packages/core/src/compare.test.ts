import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkYear, compare, comparedYears } from './compare.js';
import { describeChange } from './describe-change.js';
import { ReportQueryError } from './errors.js';
import { formatValue } from './format.js';
import { getReport } from './reports/index.js';
import type { Metric } from './schema/metric.js';
import type { Report } from './schema/report.js';

const report = getReport('aze-2018') as Report;
const observed = (id: string, year: number) =>
  report.metrics.find((m) => m.id === id)?.observations.find((o) => o.year === year);

describe('compare(report, 2016, 2017)', () => {
  const comparison = compare(report, 2016, 2017);
  const row = (id: string) => comparison.rows.find((r) => r.metricId === id);

  it('compares every metric observed in both years and lists the others as one-year only', () => {
    const both = report.metrics.filter((m) => m.observations.length === 2).map((m) => m.id);
    const one = report.metrics.filter((m) => m.observations.length === 1).map((m) => m.id);
    expect(comparison.rows.map((r) => r.metricId)).toEqual(both);
    expect(comparison.onlyOneYear.map((o) => o.metricId)).toEqual(one);
    expect(both.length + one.length).toBe(report.metrics.length);
  });

  it('takes both values from the data and computes change, percent and direction', () => {
    for (const r of comparison.rows) {
      const from = observed(r.metricId, 2016)?.value as number;
      const to = observed(r.metricId, 2017)?.value as number;
      expect([r.from, r.to, r.change]).toEqual([from, to, to - from]);
      expect(r.direction).toBe(to > from ? 'up' : to < from ? 'down' : 'same');
      if (from === 0) expect(r.percentChange).toBeNull();
      else expect(r.percentChange).toBeCloseTo(((to - from) / from) * 100, 10);
    }
    expect(row('victims.identified')?.direction).toBe('up');
    expect(row('referrals.civil_society_to_atd')?.direction).toBe('down');
    expect(row('victims.identified.children')?.direction).toBe('same');
  });

  it('has no percentage change from a zero base', () => {
    expect(row('victims.identified.children')).toMatchObject({
      from: 0,
      to: 0,
      percentChange: null,
    });
  });

  it('keeps the dollar figures beside money and flags derived values', () => {
    expect(row('funding.victim_protection')).toMatchObject({
      unit: 'AZN',
      fromUsd: observed('funding.victim_protection', 2016)?.usd,
      toUsd: observed('funding.victim_protection', 2017)?.usd,
    });
    expect(row('victims.identified.azerbaijani')?.derived).toBe(true);
    expect(row('victims.identified')?.derived).toBe(false);
  });

  it('a one-year figure keeps whether it is derived, approximate and its basis, as the data says', () => {
    for (const only of comparison.onlyOneYear) {
      const o = observed(only.metricId, only.year);
      expect(only.derived, only.metricId).toBe(o?.derived === true);
      expect(only.approximate, only.metricId).toBe(o?.approximate);
      expect(only.basis, only.metricId).toBe(o?.basis);
    }
    // The 2017 permit total is derived from its parts (DATA.md).
    expect(
      comparison.onlyOneYear.find((o) => o.metricId === 'permits.temporary_residence'),
    ).toMatchObject({ derived: true });
  });

  it('never reports a one-year metric as 0 in the other year', () => {
    const vac = comparison.onlyOneYear.find((o) => o.metricId === 'vac.assistance.medical');
    expect(vac).toEqual({
      metricId: 'vac.assistance.medical',
      label: report.metrics.find((m) => m.id === 'vac.assistance.medical')?.label,
      unit: 'persons',
      year: 2017,
      missingYear: 2016,
      missing: 'silent',
      value: observed('vac.assistance.medical', 2017)?.value,
      derived: false,
      reportId: 'aze-2018',
      edition: 2018,
      provenance: 'quoted',
    });
  });

  it('can run backwards (2017 to 2016), with the signs reversed', () => {
    const back = compare(report, 2017, 2016);
    const fwd = row('referrals.civil_society_to_atd');
    const rev = back.rows.find((r) => r.metricId === 'referrals.civil_society_to_atd');
    expect(rev?.change).toBe(-(fwd?.change as number));
    expect(rev?.direction).toBe('up');
  });

  it('narrows to the metric ids asked for, in report order', () => {
    const some = compare(report, 2016, 2017, [
      'funding.victim_protection',
      'victims.identified',
      'vac.referrals.atd',
    ]);
    expect(some.rows.map((r) => r.metricId)).toEqual([
      'victims.identified',
      'funding.victim_protection',
    ]);
    expect(some.onlyOneYear.map((r) => r.metricId)).toEqual(['vac.referrals.atd']);
  });
});

describe('compare rejects what the report does not have', () => {
  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error as ReportQueryError;
    }
    throw new Error('expected an error');
  };

  it('an unknown year, naming the years there are', () => {
    const error = thrown(() => compare(report, 2015, 2017));
    expect(error).toBeInstanceOf(ReportQueryError);
    expect(error.message).toBe(
      'from year 2015 is not a year of aze-2018; it gives figures for 2016 and 2017',
    );
    expect([error.parameter, error.value, error.allowed]).toEqual([
      'from',
      '2015',
      ['2016', '2017'],
    ]);
    const to = thrown(() => compare(report, 2016, 2018));
    expect(to.message).toMatch(/^to year 2018/);
    expect(to.parameter).toBe('to');
  });

  it('checkYear, which compare and the API share: the year back, or the years there are', () => {
    expect(checkYear(report, 2017)).toBe(2017);
    const error = thrown(() => checkYear(report, 2019));
    expect(error.message).toBe(
      'year 2019 is not a year of aze-2018; it gives figures for 2016 and 2017',
    );
    expect(error.allowed).toEqual(['2016', '2017']);
  });

  it('the same year twice', () => {
    expect(thrown(() => compare(report, 2017, 2017)).message).toMatch(/from and to are both 2017/);
  });

  it('an unknown metric id, listing the valid ones', () => {
    const error = thrown(() => compare(report, 2016, 2017, ['victims.found']));
    expect(error.parameter).toBe('metric');
    expect(error.value).toBe('victims.found');
    expect(error.allowed).toEqual(report.metrics.map((m) => m.id));
  });
});

describe('compare and describeChange on any figures (property)', () => {
  const metricWith = (
    a: number,
    b: number,
    unit: Metric['unit'],
    usd?: [number, number],
  ): Report => ({
    ...report,
    metrics: [
      {
        id: 'x.count',
        label: 'X',
        description: 'X',
        unit,
        topic: 'policy',
        statement: 'The government counted {value} {thing|things}',
        observations: [
          {
            year: 2016,
            value: a,
            ...(usd ? { usd: usd[0] } : {}),
            source: { kind: 'quoted', quote: 'q', start: 0, end: 1 },
          },
          {
            year: 2017,
            value: b,
            ...(usd ? { usd: usd[1] } : {}),
            source: { kind: 'quoted', quote: 'q', start: 0, end: 1 },
          },
        ],
      },
    ],
  });

  it('change is to - from, and the sentence names both values and both years', () => {
    const count = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        count,
        count,
        fc.constantFrom<Metric['unit']>('persons', 'hours', 'AZN'),
        fc.tuple(count, count),
        fc.constantFrom('en', 'de', 'fr', 'en-IN'),
        (a, b, unit, usd, locale) => {
          const [row] = compare(
            metricWith(a, b, unit, unit === 'AZN' ? usd : undefined),
            2016,
            2017,
          ).rows;
          if (!row) throw new Error('no row');
          expect(row.to - row.from).toBe(row.change);
          const units = report.units;
          const written = units.find((u) => u.id === unit);
          const sentence = describeChange(row, units, locale);
          expect(sentence).toContain(formatValue(a, written, { usd: row.fromUsd, locale }));
          expect(sentence).toContain(formatValue(b, written, { usd: row.toUsd, locale }));
          expect(sentence).toMatch(/ in 2017, (up|down|unchanged) .* in 2016\.$/);
          expect(sentence).toContain(row.direction === 'same' ? 'unchanged' : row.direction);
        },
      ),
    );
  });
});

describe('comparedYears: the two years a widget or an /embed page compares', () => {
  it('the earliest and latest unless given; one given picks the other end', () => {
    expect(comparedYears([2016, 2017], undefined, undefined)).toEqual({ from: 2016, to: 2017 });
    expect(comparedYears([2016, 2017, 2018], 2018, undefined)).toEqual({ from: 2018, to: 2016 });
    expect(comparedYears([2016, 2017, 2018], 2017, undefined)).toEqual({ from: 2017, to: 2018 });
    expect(comparedYears([2016, 2017], undefined, 2016)).toEqual({ from: 2017, to: 2016 });
    expect(comparedYears([2016, 2017], 2016, 2016)).toEqual({ from: 2016, to: 2016 });
  });
});
