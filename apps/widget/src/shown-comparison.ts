import {
  type Comparison,
  compare,
  type Figures,
  ReportQueryError,
  selectMetrics,
} from '@tip-report/core/data';
import type { ShownSource } from './shown-figures.js';
import { bundledReportIds, bundledSeriesIds } from './shown-report.js';
import {
  defaultYears,
  type Problem,
  readMetricIds,
  readYear,
  type WidgetAttributes,
} from './widget-options.js';

export type ComparisonOutcome =
  | { comparison: Comparison; source: ShownSource; problems?: undefined }
  | { problems: Problem[]; comparison?: undefined };

/** A `report` or `series` id the widget does not have, named with the ones it has. */
function unknownId(attribute: 'report' | 'series', id: string, known: readonly string[]): Problem {
  return {
    attribute,
    value: id,
    key: `ui.problem.${attribute}`,
    params: { value: id },
    allowed: known,
  };
}
export const unknownReport = (id: string, known: readonly string[] = bundledReportIds) =>
  unknownId('report', id, known);
export const unknownSeries = (id: string, known: readonly string[] = bundledSeriesIds) =>
  unknownId('series', id, known);

/** Which attribute a ReportQueryError from compare is about (core names `from` or `to`). */
function attributeOf(error: ReportQueryError): Problem['attribute'] {
  if (error.parameter === 'metric') return 'metrics';
  if (error.parameter === 'from' || error.parameter === 'to') return error.parameter;
  return 'report';
}

/**
 * The metric ids to show: the `metrics` attribute, else the headline set (core's
 * headlineMetricIds, computed when the data was bundled); each unknown id becomes a problem
 * naming the allowed ones.
 */
export function metricIdsFor(
  source: ShownSource,
  metrics: string | undefined,
): { ids: string[]; problems: Problem[] } {
  const ids = readMetricIds(metrics) ?? [...source.headline];
  const problems: Problem[] = [];
  for (const id of ids) {
    try {
      selectMetrics<{ id: string }>(source, [id]);
    } catch (error) {
      if (!(error instanceof ReportQueryError)) throw error;
      problems.push({
        attribute: 'metrics',
        value: error.value,
        key: `error.${error.code}`,
        params: error.params,
        // The entry's copy of the default report holds some metrics; the message names them all.
        allowed: ('allMetricIds' in source && source.allMetricIds) || error.allowed,
      });
    }
  }
  return { ids, problems };
}

/**
 * The comparison the attributes ask for, by core's compare (of a report, or of a series for any
 * two of its data years); its errors (a year it does not have, the same year twice, an unknown
 * metric) become problems naming the allowed values.
 */
export function comparisonFor(
  source: ShownSource,
  attributes: Pick<WidgetAttributes, 'from' | 'to' | 'metrics'>,
  locale = 'en',
): ComparisonOutcome {
  const fromYear = readYear('from', attributes.from, source.years);
  const toYear = readYear('to', attributes.to, source.years);
  const problems = [fromYear.problem, toYear.problem].filter((p): p is Problem => !!p);
  const { from, to } = defaultYears(source.years, fromYear.value, toYear.value);
  const metrics = metricIdsFor(source, attributes.metrics);
  problems.push(...metrics.problems);
  let comparison: Comparison | undefined;
  try {
    // With bad metrics, compare still runs (on none of them) so a bad year is named too.
    // compare reads no metric description, which the bundle leaves out (BundledMetric).
    comparison = compare(source as Figures, from, to, problems.length ? [] : metrics.ids, locale);
  } catch (error) {
    if (!(error instanceof ReportQueryError)) throw error;
    const attribute = attributeOf(error);
    problems.push({
      attribute,
      value: error.value,
      key: `error.${error.code}`,
      params: error.params,
      allowed: error.allowed,
    });
  }
  return comparison && !problems.length ? { comparison, source } : { problems };
}
