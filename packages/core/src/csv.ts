import { describeChange } from './describe-change.js';
import { provenanceUrl } from './provenance.js';
import type { Comparison } from './schema/comparison.js';
import type { Metric } from './schema/metric.js';
import type { Report } from './schema/report.js';

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

/** One line per observation, with its quote, offsets and provenance link. */
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
      'quote',
      'start',
      'end',
      'provenance_url',
    ],
    metrics.flatMap((m) =>
      m.observations.map((o) => [
        report.id,
        m.id,
        m.label,
        m.unit,
        m.topic,
        m.parent,
        o.year,
        o.value,
        o.usd,
        o.derived === true,
        o.formula,
        o.source.quote,
        o.source.start,
        o.source.end,
        provenanceUrl(report, o.source),
      ]),
    ),
  );
}

/**
 * One line per metric: compared rows with their change and sentence, then the metrics seen in
 * one year only, whose missing side stays empty (not 0).
 */
export function comparisonToCsv(comparison: Comparison, locale = 'en'): string {
  return table(
    [
      'report_id',
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
    ],
    [
      ...comparison.rows.map((r) => [
        comparison.reportId,
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
        describeChange(r, locale),
      ]),
      ...comparison.onlyOneYear.map((o) => [
        comparison.reportId,
        o.metricId,
        o.label,
        o.unit,
        comparison.from,
        comparison.to,
        o.year === comparison.from ? o.value : null,
        o.year === comparison.to ? o.value : null,
        o.year === comparison.from ? o.usd : null,
        o.year === comparison.to ? o.usd : null,
        null,
        null,
        null,
        null,
        `Observed in ${o.year} only; the report gives no figure for ${o.missingYear}.`,
      ]),
    ],
  );
}
