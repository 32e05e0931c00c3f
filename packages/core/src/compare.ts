import { ReportQueryError } from './errors.js';
import type { Comparison, ComparisonRow, OneYearOnly } from './schema/comparison.js';
import type { Metric } from './schema/metric.js';
import type { Report } from './schema/report.js';

/**
 * What comparing needs of a report: its id, years and metrics. A client that rebuilds a report
 * from the API (which sends no source text) can compare without inventing the rest.
 */
export type ReportFigures = Pick<Report, 'id' | 'years' | 'metrics'>;

/**
 * The year, if the report gives figures for it; otherwise a ReportQueryError naming the years it
 * has. `label` says which year the caller asked about ("from year", "year").
 */
export function checkYear(
  report: { readonly id: string; readonly years: readonly number[] },
  year: number,
  label = 'year',
): number {
  if (!report.years.includes(year)) {
    throw new ReportQueryError(
      `${label} ${year} is not a year of ${report.id}; it gives figures for ${report.years.join(' and ')}`,
      'year',
      String(year),
      report.years.map(String),
    );
  }
  return year;
}

/** The metrics with these ids, in the report's order; an unknown id is an error, not a gap. */
export function selectMetrics(report: ReportFigures, ids?: readonly string[]): readonly Metric[] {
  if (ids === undefined) return report.metrics;
  const all = report.metrics.map((m) => m.id);
  for (const id of ids) {
    if (!all.includes(id)) {
      throw new ReportQueryError(`unknown metric ${id} in ${report.id}`, 'metric', id, all);
    }
  }
  return report.metrics.filter((m) => ids.includes(m.id));
}

/**
 * Each metric observed in both years becomes a row; one observed in only one of them is listed
 * as such (never compared with 0). Years outside the report, or the same year twice, throw.
 */
export function compare(
  report: ReportFigures,
  from: number,
  to: number,
  metricIds?: readonly string[],
): Comparison {
  checkYear(report, from, 'from year');
  checkYear(report, to, 'to year');
  if (from === to) {
    throw new ReportQueryError(
      `from and to are both ${from}: choose two different years of ${report.years.join(', ')}`,
      'year',
      String(to),
      report.years.filter((y) => y !== from).map(String),
    );
  }
  const rows: ComparisonRow[] = [];
  const onlyOneYear: OneYearOnly[] = [];
  for (const metric of selectMetrics(report, metricIds)) {
    const a = metric.observations.find((o) => o.year === from);
    const b = metric.observations.find((o) => o.year === to);
    const base = { metricId: metric.id, label: metric.label, unit: metric.unit };
    if (a && b) {
      const change = b.value - a.value;
      rows.push({
        ...base,
        statement: metric.statement,
        fromYear: from,
        toYear: to,
        from: a.value,
        to: b.value,
        ...(a.usd === undefined ? {} : { fromUsd: a.usd }),
        ...(b.usd === undefined ? {} : { toUsd: b.usd }),
        change,
        percentChange: a.value === 0 ? null : (100 * change) / a.value,
        direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
        derived: a.derived === true || b.derived === true,
      });
    } else if (a || b) {
      const seen = (a ?? b) as NonNullable<typeof a>;
      onlyOneYear.push({
        ...base,
        year: seen.year,
        missingYear: seen.year === from ? to : from,
        value: seen.value,
        ...(seen.usd === undefined ? {} : { usd: seen.usd }),
      });
    }
  }
  return { reportId: report.id, from, to, rows, onlyOneYear };
}
