import { describe, expect, expectTypeOf, it } from 'vitest';
import { compare, getReport, type Report, type ReportFigures, selectMetrics } from './index.js';

const report = getReport('aze-2018') as Report;

describe('compare needs only the figures of a report', () => {
  // The widget rebuilds a report from the API, which sends metadata and metrics but no source
  // text, findings or organisations; comparing it must give what comparing the full report gives.
  const figures: ReportFigures = {
    id: report.id,
    edition: report.edition,
    years: [...report.years],
    units: structuredClone(report.units) as Report['units'],
    metrics: structuredClone(report.metrics) as Report['metrics'],
  };

  it('gives the same comparison as the full report', () => {
    expect(compare(figures, 2016, 2017)).toEqual(compare(report, 2016, 2017));
  });

  it('selects and rejects metrics the same way', () => {
    expect(selectMetrics(figures, ['victims.identified']).map((m) => m.id)).toEqual([
      'victims.identified',
    ]);
    expect(() => selectMetrics(figures, ['victims.found'])).toThrow(/unknown metric victims.found/);
  });

  it('still accepts a full Report', () => {
    expectTypeOf(report).toExtend<ReportFigures>();
  });
});
