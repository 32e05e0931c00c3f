import { describeChange, describeOneYear } from './describe-change.js';
import { provenanceUrl } from './provenance.js';
import type { Comparison } from './schema/comparison.js';
import type { Metric } from './schema/metric.js';
import type { Provenance } from './schema/provenance.js';
import type { Report } from './schema/report.js';
import type { Series, SeriesMetric } from './schema/series.js';

type Cell = string | number | boolean | null | undefined;

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. Written here
// rather than imported because the widget bundles this and may depend on Solid alone; the tests
// round-trip it through papaparse.
function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: readonly string[], rows: readonly Cell[][]): string {
  return `${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** quoted: the quote and its offsets; cited: the locator. The other columns stay empty. */
const provenanceCells = (source: Provenance): Cell[] =>
  source.kind === 'quoted'
    ? [source.kind, source.quote, source.start, source.end, null]
    : [source.kind, null, null, null, source.locator];
const PROVENANCE_COLUMNS = ['provenance', 'quote', 'start', 'end', 'locator'];

/**
 * One line per observation, with its quote and offsets or its locator, and its provenance link;
 * then one line per year the text marks as not reported, with no value (never 0).
 */
export function metricsToCsv(report: Report, metrics: readonly Metric[] = report.metrics): string {
  return table(
    [
      'report_id',
      'metric_id',
      'label',
      'unit',
      'topic',
      'parent',
      'year',
      'value',
      'usd',
      'derived',
      'formula',
      ...PROVENANCE_COLUMNS,
      'provenance_url',
      'approximate',
      'basis',
      'status',
    ],
    metrics.flatMap((m) => {
      const lead = [report.id, m.id, m.label, m.unit, m.topic, m.parent];
      return [
        ...m.observations.map((o) => [
          ...lead,
          o.year,
          o.value,
          o.usd,
          o.derived === true,
          o.formula,
          ...provenanceCells(o.source),
          provenanceUrl(report, o.source),
          o.approximate === true,
          o.basis,
          'stated',
        ]),
        ...(m.notReported ?? []).map((n) => [
          ...lead,
          n.year,
          null,
          null,
          false,
          null,
          ...provenanceCells(n.source),
          provenanceUrl(report, n.source),
          false,
          null,
          'not-reported',
        ]),
      ];
    }),
  );
}

/**
 * A series' metrics, one line per point (the newest edition's figure, with how many editions
 * state it and what they disagree on) and per year marked not reported.
 */
export function seriesToCsv(s: Pick<Series, 'id'>, metrics: readonly SeriesMetric[]): string {
  return table(
    [
      'series_id',
      'metric_id',
      'label',
      'unit',
      'topic',
      'parent',
      'year',
      'value',
      'usd',
      'approximate',
      'basis',
      'derived',
      'report_id',
      'edition',
      ...PROVENANCE_COLUMNS,
      'provenance_url',
      'statements',
      'differs',
      'status',
    ],
    metrics.flatMap((m) => {
      const lead = [s.id, m.id, m.label, m.unit, m.topic, m.parent];
      return [
        ...m.points.map((p) => [
          ...lead,
          p.year,
          p.value,
          p.usd,
          p.approximate === true,
          p.basis,
          p.derived === true,
          p.reportId,
          p.edition,
          ...provenanceCells(p.source),
          p.provenanceUrl,
          p.statements.length,
          p.differs.join(' '),
          'stated',
        ]),
        ...m.notReported.map((n) => [
          ...lead,
          n.year,
          null,
          null,
          false,
          null,
          false,
          n.reportId,
          n.edition,
          ...provenanceCells(n.source),
          n.provenanceUrl,
          null,
          null,
          'not-reported',
        ]),
      ];
    }),
  );
}

/**
 * One line per metric: compared rows with their change and sentence, then the metrics with a
 * figure in one year only, whose missing side stays empty (not 0).
 */
export function comparisonToCsv(comparison: Comparison, locale = 'en'): string {
  const id = comparison.reportId ?? comparison.seriesId;
  return table(
    [
      comparison.reportId === undefined ? 'series_id' : 'report_id',
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
    ],
    [
      ...comparison.rows.map((r) => [
        id,
        r.metricId,
        r.label,
        r.unit,
        r.fromYear,
        r.toYear,
        r.from,
        r.to,
        r.fromUsd,
        r.toUsd,
        r.change,
        r.percentChange,
        r.direction,
        r.derived,
        describeChange(r, comparison.units, locale),
        r.fromReportId,
        r.toReportId,
        r.fromProvenance,
        r.toProvenance,
        r.fromBasis,
        r.toBasis,
      ]),
      ...comparison.onlyOneYear.map((o) => {
        const isFrom = o.year === comparison.from;
        return [
          id,
          o.metricId,
          o.label,
          o.unit,
          comparison.from,
          comparison.to,
          isFrom ? o.value : null,
          isFrom ? null : o.value,
          isFrom ? o.usd : null,
          isFrom ? null : o.usd,
          null,
          null,
          null,
          null,
          describeOneYear(o, locale),
          isFrom ? o.reportId : null,
          isFrom ? null : o.reportId,
          isFrom ? o.provenance : null,
          isFrom ? null : o.provenance,
          null,
          null,
        ];
      }),
    ],
  );
}
