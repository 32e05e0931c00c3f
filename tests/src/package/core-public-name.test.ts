import {
  compare,
  describeChange,
  getReport,
  getSeries,
  Report,
  reports,
  Series,
} from '@tip-report/core';
import type { Report as DataReport, Series as DataSeries } from '@tip-report/core/data';
import { describe, expect, expectTypeOf, it } from 'vitest';

// Imports go through the package's public name, so its exports map and built types are tested.
describe('@tip-report/core by its public name', () => {
  it('exposes the report and the comparison a consumer starts from', () => {
    const report = getReport('aze-2018');
    expect(report).toBeDefined();
    expect(reports.map((r) => r.id)).toContain('aze-2018');
    const comparison = compare(report as Report, 2016, 2017);
    const identified = comparison.rows.find((r) => r.metricId === 'victims.identified');
    expect(identified && describeChange(identified, comparison.units)).toBe(
      'The government identified 71 trafficking victims in 2017, up 1 (+1.4 %) from 70 in 2016.',
    );
  });

  it('types follow the schemas', () => {
    expectTypeOf(getReport).returns.toEqualTypeOf<Report | undefined>();
    expectTypeOf<
      Report['metrics'][number]['observations'][number]['value']
    >().toEqualTypeOf<number>();
  });

  it('the full entry has every schema as a value; the zod-free entry has the same types', () => {
    expect(Report.safeParse(getReport('aze-2018')).success).toBe(true);
    expect(Series.safeParse(getSeries('aze-protection')).success).toBe(true);
    expectTypeOf<DataReport>().toEqualTypeOf<Report>();
    expectTypeOf<DataSeries>().toEqualTypeOf<Series>();
  });
});
