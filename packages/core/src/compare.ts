import { ReportQueryError } from './errors.js';
import { translated } from './i18n.js';
import type { Comparison, ComparisonRow, OneYearOnly } from './schema/comparison.js';
import type { Metric } from './schema/metric.js';
import type { Observation } from './schema/observation.js';
import type { Report } from './schema/report.js';
import type { Series, SeriesMetric } from './schema/series.js';

/**
 * What comparing needs of a report: its id, edition, years, units and metrics. A client that
 * rebuilds a report from the API (which sends no source text) can compare without the rest.
 */
export type ReportFigures = Pick<Report, 'id' | 'edition' | 'years' | 'units' | 'metrics'>;
/** What comparing needs of a series. */
export type SeriesFigures = Pick<Series, 'id' | 'years' | 'units' | 'metrics' | 'editions'>;
export type Figures = ReportFigures | SeriesFigures;

const isSeries = (source: Figures): source is SeriesFigures => 'editions' in source;
type AnyMetric = Metric | SeriesMetric;

/** A figure with the report that states it: a report's own, or a series point. */
interface Stated {
  observation: Observation;
  reportId: string;
  edition: number;
  /** Editions that report on the year but were not read as far as the metric (a series'). */
  unseenIn?: readonly string[] | undefined;
}

function statedIn(source: Figures, metric: AnyMetric, year: number): Stated | undefined {
  if ('points' in metric) {
    const point = metric.points.find((p) => p.year === year);
    return (
      point && {
        observation: point,
        reportId: point.reportId,
        edition: point.edition,
        unseenIn: point.unseenIn,
      }
    );
  }
  const observation = metric.observations.find((o) => o.year === year);
  const report = source as ReportFigures;
  return observation && { observation, reportId: report.id, edition: report.edition };
}

/** Why a year has no figure: said to be not reported, past the part we read, or silence. */
function missingKind(metric: AnyMetric, year: number): OneYearOnly['missing'] {
  if ((metric.notReported ?? []).some((n) => n.year === year)) return 'not-reported';
  // A report's own metric was read where it stands; a series knows which editions were not.
  if ('unseen' in metric && metric.unseen.some((u) => u.year === year)) return 'unseen';
  return 'silent';
}

/**
 * The year, if the report or series gives figures for it; otherwise a ReportQueryError naming
 * the years it has, about `parameter` (the `from` or `to` year of a comparison, or a filter).
 */
export function checkYear(
  source: { readonly id: string; readonly years: readonly number[] },
  year: number,
  parameter: 'year' | 'from' | 'to' = 'year',
): number {
  if (!source.years.includes(year)) {
    throw new ReportQueryError(
      `year.${parameter}`,
      { year, id: source.id, years: source.years },
      parameter,
      String(year),
      source.years.map(String),
    );
  }
  return year;
}

/** The metrics with these ids, in the data's order; an unknown id is an error, not a gap. */
export function selectMetrics<M extends { id: string }>(
  source: { readonly id: string; readonly metrics: readonly M[] },
  ids?: readonly string[],
): readonly M[] {
  if (ids === undefined) return source.metrics;
  const all = source.metrics.map((m) => m.id);
  for (const id of ids) {
    if (!all.includes(id)) {
      throw new ReportQueryError('metric', { value: id, id: source.id }, 'metric', id, all);
    }
  }
  return source.metrics.filter((m) => ids.includes(m.id));
}

/**
 * Each metric with a figure in both years becomes a row; one with a figure in only one of them is
 * listed as such (never compared with 0), saying whether the other year is silent or marked not
 * reported. Works on a report (its two or three years) and on a series (any two data years, each
 * side from the newest edition that states it). Years outside it, or the same year twice, throw.
 * `locale` picks the language of each row's label and statement, where the data translates them.
 */
export function compare(
  source: Figures,
  from: number,
  to: number,
  metricIds?: readonly string[],
  locale = 'en',
): Comparison {
  checkYear(source, from, 'from');
  checkYear(source, to, 'to');
  if (from === to) {
    throw new ReportQueryError(
      'sameYear',
      { year: from, years: source.years },
      'to',
      String(to),
      source.years.filter((y) => y !== from).map(String),
    );
  }
  const rows: ComparisonRow[] = [];
  const onlyOneYear: OneYearOnly[] = [];
  const metrics: readonly AnyMetric[] = selectMetrics<AnyMetric>(source, metricIds);
  for (const metric of metrics) {
    const a = statedIn(source, metric, from);
    const b = statedIn(source, metric, to);
    const base = {
      metricId: metric.id,
      label: translated(metric, 'label', metric.label, locale),
      unit: metric.unit,
    };
    if (a && b) {
      const [x, y] = [a.observation, b.observation];
      const change = y.value - x.value;
      rows.push({
        ...base,
        statement: translated(metric, 'statement', metric.statement, locale),
        fromYear: from,
        toYear: to,
        from: x.value,
        to: y.value,
        ...(x.usd === undefined ? {} : { fromUsd: x.usd }),
        ...(y.usd === undefined ? {} : { toUsd: y.usd }),
        change,
        percentChange: x.value === 0 ? null : (100 * change) / x.value,
        direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
        derived: x.derived === true || y.derived === true,
        fromReportId: a.reportId,
        fromEdition: a.edition,
        fromProvenance: x.source.kind,
        ...(x.basis === undefined ? {} : { fromBasis: x.basis }),
        ...(x.approximate ? { fromApproximate: true as const } : {}),
        toReportId: b.reportId,
        toEdition: b.edition,
        toProvenance: y.source.kind,
        ...(y.basis === undefined ? {} : { toBasis: y.basis }),
        ...(y.approximate ? { toApproximate: true as const } : {}),
        ...(a.unseenIn === undefined ? {} : { fromUnseenIn: [...a.unseenIn] }),
        ...(b.unseenIn === undefined ? {} : { toUnseenIn: [...b.unseenIn] }),
      });
    } else if (a || b) {
      const seen = (a ?? b) as Stated;
      const missingYear = seen === a ? to : from;
      onlyOneYear.push({
        ...base,
        year: seen.observation.year,
        missingYear,
        missing: missingKind(metric, missingYear),
        value: seen.observation.value,
        ...(seen.observation.usd === undefined ? {} : { usd: seen.observation.usd }),
        derived: seen.observation.derived === true,
        ...(seen.observation.basis === undefined ? {} : { basis: seen.observation.basis }),
        ...(seen.observation.approximate ? { approximate: true as const } : {}),
        reportId: seen.reportId,
        edition: seen.edition,
        provenance: seen.observation.source.kind,
      });
    }
  }
  const units = source.units.filter((u) => [...rows, ...onlyOneYear].some((r) => r.unit === u.id));
  return {
    ...(isSeries(source) ? { seriesId: source.id } : { reportId: source.id }),
    from,
    to,
    units,
    rows,
    onlyOneYear,
  };
}

/**
 * The two years a comparison shows, as the widget and the pictures of an /embed page read its
 * `from` and `to`: the earliest and latest the report has, unless given. When only one
 * is given, the other is the report's other end, so `from="2017"` alone compares 2017 with 2016.
 */
export function comparedYears(
  years: readonly number[],
  from: number | undefined,
  to: number | undefined,
): { from: number; to: number } {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const other = (year: number) => (year === last ? first : last);
  if (from !== undefined && to !== undefined) return { from, to };
  if (from !== undefined) return { from, to: other(from) };
  if (to !== undefined) return { from: to === first ? last : first, to };
  return { from: first, to: last };
}
