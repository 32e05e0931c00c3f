import { describeChange, describeOneYear } from './describe-change.js';
import { provenanceUrl } from './provenance.js';
import type { Comparison } from './schema/comparison.js';
import type { CountryComparison } from './schema/country-comparison.js';
import type { Metric, MetricDefinition } from './schema/metric.js';
import type { NotReported, Observation } from './schema/observation.js';
import type { Provenance } from './schema/provenance.js';
import type { Report } from './schema/report.js';
import type { Series, SeriesMetric } from './schema/series.js';

type Cell = string | number | boolean | null | undefined;
/** One CSV line by column name: a column the line does not name stays empty (never 0). */
type Line = Record<string, Cell>;

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. Written here
// rather than imported because the widget bundles this and may depend on Solid alone; the tests
// round-trip it through papaparse.
function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: readonly string[], lines: readonly Line[]): string {
  const rows = [columns, ...lines.map((line) => columns.map((column) => line[column]))];
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

const METRIC_COLUMNS = ['metric_id', 'label', 'unit', 'topic', 'parent'];
const metricFields = (m: MetricDefinition): Line => ({
  metric_id: m.id,
  label: m.label,
  unit: m.unit,
  topic: m.topic,
  parent: m.parent,
});

/** quoted: the quote and its offsets; cited: the locator. */
const PROVENANCE_COLUMNS = ['provenance', 'quote', 'start', 'end', 'locator', 'provenance_url'];
const provenanceFields = (source: Provenance, url: string): Line =>
  source.kind === 'quoted'
    ? {
        provenance: source.kind,
        quote: source.quote,
        start: source.start,
        end: source.end,
        provenance_url: url,
      }
    : { provenance: source.kind, locator: source.locator, provenance_url: url };

/** A stated figure, a report's observation or a series' point. */
const statedFields = (o: Observation, url: string): Line => ({
  year: o.year,
  value: o.value,
  usd: o.usd,
  approximate: o.approximate === true,
  basis: o.basis,
  derived: o.derived === true,
  ...provenanceFields(o.source, url),
  status: 'stated',
});

/** A year marked not reported: no value, no dollars. */
const notReportedFields = (n: NotReported, url: string): Line => ({
  year: n.year,
  approximate: false,
  derived: false,
  ...provenanceFields(n.source, url),
  status: 'not-reported',
});

/**
 * One line per observation, with its quote and offsets or its locator, and its provenance link;
 * then one line per year the text marks as not reported, with no value (never 0).
 */
export function metricsToCsv(report: Report, metrics: readonly Metric[] = report.metrics): string {
  return table(
    [
      'report_id',
      ...METRIC_COLUMNS,
      'year',
      'value',
      'usd',
      'derived',
      'formula',
      ...PROVENANCE_COLUMNS,
      'approximate',
      'basis',
      'status',
    ],
    metrics.flatMap((m) => {
      const lead = { report_id: report.id, ...metricFields(m) };
      return [
        ...m.observations.map((o) => ({
          ...lead,
          ...statedFields(o, provenanceUrl(report, o.source)),
          formula: o.formula,
        })),
        ...(m.notReported ?? []).map((n) => ({
          ...lead,
          ...notReportedFields(n, provenanceUrl(report, n.source)),
        })),
      ];
    }),
  );
}

/**
 * A series' metrics, one line per point (the newest edition's figure, with how many editions
 * state it and what they disagree on), per year marked not reported, and per year unseen (the
 * editions that report on it were not read as far as the metric; `report_id` lists them).
 */
export function seriesToCsv(s: Pick<Series, 'id'>, metrics: readonly SeriesMetric[]): string {
  return table(
    [
      'series_id',
      ...METRIC_COLUMNS,
      'year',
      'value',
      'usd',
      'approximate',
      'basis',
      'derived',
      'report_id',
      'edition',
      ...PROVENANCE_COLUMNS,
      'statements',
      'differs',
      'status',
    ],
    metrics.flatMap((m) => {
      const lead = { series_id: s.id, ...metricFields(m) };
      return [
        ...m.points.map((p) => ({
          ...lead,
          ...statedFields(p, p.provenanceUrl),
          report_id: p.reportId,
          edition: p.edition,
          statements: p.statements.length,
          differs: p.differs.join(' '),
        })),
        ...m.notReported.map((n) => ({
          ...lead,
          ...notReportedFields(n, n.provenanceUrl),
          report_id: n.reportId,
          edition: n.edition,
        })),
        // Not in the part of the text we read: no value, and the editions not read that far.
        ...m.unseen.map((u) => ({
          ...lead,
          year: u.year,
          approximate: false,
          derived: false,
          report_id: u.reportIds.join(' '),
          status: 'unseen',
        })),
      ];
    }),
  );
}

/**
 * One line per metric: compared rows with their change and sentence, then the metrics with a
 * figure in one year only, whose missing side stays empty (not 0).
 */
export function comparisonToCsv(comparison: Comparison, locale = 'en'): string {
  const idColumn = comparison.reportId === undefined ? 'series_id' : 'report_id';
  const id = comparison.reportId ?? comparison.seriesId;
  return table(
    [
      idColumn,
      'metric_id',
      'label',
      'unit',
      'from_year',
      'to_year',
      'from',
      'to',
      'from_usd',
      'to_usd',
      'change',
      'percent_change',
      'direction',
      'derived',
      'sentence',
      'from_report_id',
      'to_report_id',
      'from_provenance',
      'to_provenance',
      'from_basis',
      'to_basis',
      'from_approximate',
      'to_approximate',
    ],
    [
      ...comparison.rows.map((r) => ({
        [idColumn]: id,
        metric_id: r.metricId,
        label: r.label,
        unit: r.unit,
        from_year: r.fromYear,
        to_year: r.toYear,
        from: r.from,
        to: r.to,
        from_usd: r.fromUsd,
        to_usd: r.toUsd,
        change: r.change,
        percent_change: r.percentChange,
        direction: r.direction,
        derived: r.derived,
        sentence: describeChange(r, comparison.units, locale),
        from_report_id: r.fromReportId,
        to_report_id: r.toReportId,
        from_provenance: r.fromProvenance,
        to_provenance: r.toProvenance,
        from_basis: r.fromBasis,
        to_basis: r.toBasis,
        from_approximate: r.fromApproximate === true,
        to_approximate: r.toApproximate === true,
      })),
      ...comparison.onlyOneYear.map((o) => {
        // Only the side with the figure is filled; the other side's columns stay empty.
        const side = o.year === comparison.from ? 'from' : 'to';
        return {
          [idColumn]: id,
          metric_id: o.metricId,
          label: o.label,
          unit: o.unit,
          from_year: comparison.from,
          to_year: comparison.to,
          [side]: o.value,
          [`${side}_usd`]: o.usd,
          derived: o.derived,
          sentence: describeOneYear(o, locale),
          [`${side}_report_id`]: o.reportId,
          [`${side}_provenance`]: o.provenance,
          [`${side}_basis`]: o.basis,
          [`${side}_approximate`]: o.approximate === true,
        };
      }),
    ],
  );
}

/**
 * One line per country and year of a comparison across countries: the figure with the edition
 * that states it and its link, or no value with the state that says why (not-reported, unseen:
 * not in the part of the text we read, silent). Never 0 for a missing figure.
 */
export function countryComparisonToCsv(comparison: CountryComparison): string {
  return table(
    [
      'metric_id',
      'series_id',
      'country',
      'alpha3',
      'unit',
      'comparable',
      'year',
      'state',
      'value',
      'usd',
      'approximate',
      'basis',
      'derived',
      'report_id',
      'edition',
      'provenance',
      'provenance_url',
      'unseen_in',
    ],
    comparison.rows.flatMap((row) =>
      row.cells.map((cell) => ({
        metric_id: comparison.metricId,
        series_id: row.seriesId,
        country: row.country.name,
        alpha3: row.country.alpha3,
        unit: row.unit,
        comparable: comparison.comparable,
        year: cell.year,
        state: cell.state,
        value: cell.value,
        usd: cell.usd,
        approximate: cell.state === 'figure' ? cell.approximate === true : undefined,
        basis: cell.basis,
        derived: cell.derived,
        report_id: cell.reportId,
        edition: cell.edition,
        provenance: cell.provenance,
        provenance_url: cell.provenanceUrl,
        unseen_in: cell.unseenIn?.join(' '),
      })),
    ),
  );
}
