import { fillStatement, formatPercent, formatValue } from './format.js';
import type { ComparisonRow } from './schema/comparison.js';
import type { Unit } from './schema/unit.js';

/**
 * What a reader must know beside the numbers of a row: which edition states each side (when they
 * differ), that a figure is cited from a page rather than quoted from a text we ship, and that a
 * money figure was spent on one side and allocated on the other.
 */
export function rowNotes(row: ComparisonRow): string[] {
  const notes: string[] = [];
  if (row.fromReportId !== row.toReportId) {
    notes.push(
      `The ${row.fromYear} figure is from the ${row.fromEdition} report, the ${row.toYear} figure from the ${row.toEdition} report.`,
    );
  }
  const cited = [
    ...(row.fromProvenance === 'cited' ? [row.fromYear] : []),
    ...(row.toProvenance === 'cited' ? [row.toYear] : []),
  ];
  if (cited.length === 2) {
    const pages =
      row.fromEdition === row.toEdition
        ? `the ${row.toEdition} report's page`
        : `the ${row.fromEdition} and ${row.toEdition} reports' pages`;
    notes.push(`Both figures are cited from ${pages}, not quoted from a text we ship.`);
  } else if (cited.length === 1) {
    const edition = row.fromProvenance === 'cited' ? row.fromEdition : row.toEdition;
    notes.push(
      `The ${cited[0]} figure is cited from the ${edition} report's page, not quoted from a text we ship.`,
    );
  }
  if (row.fromBasis !== row.toBasis && row.fromBasis && row.toBasis) {
    notes.push(
      `The ${row.fromYear} figure is what was ${row.fromBasis}, the ${row.toYear} figure what was ${row.toBasis}: not the same measure.`,
    );
  }
  return notes;
}

/**
 * One plain-language sentence for a comparison row, e.g. "The government identified 71
 * trafficking victims in 2017, up 1 (+1.4 %) from 70 in 2016.", followed by the row's notes. It
 * is the widget's screen-reader text, so it always names both values and both years. `units` are
 * the comparison's (they say how money is written).
 */
export function describeChange(row: ComparisonRow, units: readonly Unit[], locale = 'en'): string {
  const unit = units.find((u) => u.id === row.unit);
  const now = fillStatement(row.statement, row.to, unit, {
    usd: row.toUsd,
    approximate: row.toApproximate,
    basis: row.toBasis,
    locale,
  });
  const before = formatValue(row.from, unit, {
    usd: row.fromUsd,
    approximate: row.fromApproximate,
    locale,
  });
  let sentence: string;
  if (row.direction === 'same') {
    sentence = `${now} in ${row.toYear}, unchanged from ${before} in ${row.fromYear}.`;
  } else {
    const amount = formatValue(Math.abs(row.change), unit, { locale });
    const percent =
      row.percentChange === null ? '' : ` (${formatPercent(row.percentChange, locale)})`;
    sentence = `${now} in ${row.toYear}, ${row.direction} ${amount}${percent} from ${before} in ${row.fromYear}.`;
  }
  return [sentence, ...rowNotes(row)].join(' ');
}
