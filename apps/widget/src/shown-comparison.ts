import { type Comparison, compare, ReportQueryError, selectMetrics } from '@tip-report/core';
import { bundledReportIds, headlineMetricIds, type ShownReport } from './shown-report.js';
import {
  defaultYears,
  type Problem,
  readMetricIds,
  readYear,
  type WidgetAttributes,
} from './widget-options.js';

export type ComparisonOutcome =
  | { comparison: Comparison; report: ShownReport; problems?: undefined }
  | { problems: Problem[]; comparison?: undefined };

export function unknownReport(id: string, known: readonly string[] = bundledReportIds): Problem {
  return {
    attribute: 'report',
    value: id,
    message: `report "${id}" is not a report the widget knows.`,
    allowed: known,
  };
}

/** Which attribute a ReportQueryError from compare is about. */
function attributeOf(
  error: ReportQueryError,
  from: number,
  report: ShownReport,
): Problem['attribute'] {
  if (error.parameter === 'metric') return 'metrics';
  if (error.parameter === 'report') return 'report';
  return error.value === String(from) && !report.years.includes(from) ? 'from' : 'to';
}

/**
 * The comparison the attributes ask for, by core's compare; its errors (a year the report does
 * not have, the same year twice, an unknown metric) become problems naming the allowed values.
 */
export function comparisonFor(
  report: ShownReport,
  attributes: Pick<WidgetAttributes, 'from' | 'to' | 'metrics'>,
): ComparisonOutcome {
  const fromYear = readYear('from', attributes.from, report.years);
  const toYear = readYear('to', attributes.to, report.years);
  const problems = [fromYear.problem, toYear.problem].filter((p): p is Problem => !!p);
  const { from, to } = defaultYears(report.years, fromYear.value, toYear.value);
  const metricIds = readMetricIds(attributes.metrics) ?? headlineMetricIds(report);
  const attempt = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof ReportQueryError)) throw error;
      const attribute = attributeOf(error, from, report);
      const value =
        attribute === 'metrics' ? error.value : String(attribute === 'from' ? from : to);
      problems.push({ attribute, value, message: `${error.message}.`, allowed: error.allowed });
    }
  };
  // Each metric is checked on its own, so every bad id (and a bad year) is named at once.
  for (const id of metricIds) attempt(() => selectMetrics(report, [id]));
  let comparison: Comparison | undefined;
  // With bad metrics, compare still runs (on none of them) so a bad year is named too.
  attempt(() => {
    comparison = compare(report, from, to, problems.length ? [] : metricIds);
  });
  return comparison && !problems.length ? { comparison, report } : { problems };
}
