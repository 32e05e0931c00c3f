import { fillStatement, formatPercent, formatValue } from './format.js';
import { type MessageParams, message, resolveLocale } from './i18n.js';
import type { ComparisonRow, OneYearOnly } from './schema/comparison.js';
import type { Unit } from './schema/unit.js';

/**
 * What a reader must know beside the numbers of a row: which edition states each side (when they
 * differ), that a figure is cited from a page rather than quoted from a text we ship, and that a
 * money figure was spent on one side and allocated on the other. In the locale's language.
 */
function rowNotes(row: ComparisonRow, locale = 'en'): string[] {
  const language = resolveLocale(locale);
  const say = (key: string, params: MessageParams) => message(language, key, params);
  const notes: string[] = [];
  if (row.fromReportId !== row.toReportId) {
    notes.push(
      say('note.otherEdition', {
        fromYear: row.fromYear,
        fromEdition: row.fromEdition,
        toYear: row.toYear,
        toEdition: row.toEdition,
      }),
    );
  }
  const fromCited = row.fromProvenance === 'cited';
  const toCited = row.toProvenance === 'cited';
  if (fromCited && toCited) {
    notes.push(
      row.fromEdition === row.toEdition
        ? say('note.citedBoth', { edition: row.toEdition })
        : say('note.citedBothEditions', {
            fromEdition: row.fromEdition,
            toEdition: row.toEdition,
          }),
    );
  } else if (fromCited || toCited) {
    notes.push(
      say('note.citedOne', {
        year: fromCited ? row.fromYear : row.toYear,
        edition: fromCited ? row.fromEdition : row.toEdition,
      }),
    );
  }
  // A year whose other editions were not read that far: they may state the figure differently.
  for (const [year, unseen] of [
    [row.fromYear, row.fromUnseenIn],
    [row.toYear, row.toUnseenIn],
  ] as const) {
    if (unseen === undefined || unseen.length === 0) continue;
    // A report id ends in its edition (ReportId: alpha-3 code and edition).
    const editions = unseen.map((id) => Number(id.slice(-4)));
    notes.push(
      editions.length === 1
        ? say('note.unseenEdition', { year, edition: editions[0] as number })
        : say('note.unseenEditions', { year, editions }),
    );
  }
  if (row.fromBasis !== row.toBasis && row.fromBasis && row.toBasis) {
    notes.push(
      say('note.basis', {
        fromYear: row.fromYear,
        fromBasis: message(language, `basis.${row.fromBasis}.adjective`),
        toYear: row.toYear,
        toBasis: message(language, `basis.${row.toBasis}.adjective`),
      }),
    );
  }
  return notes;
}

/**
 * One plain-language sentence for a comparison row, e.g. "The government identified 71
 * trafficking victims in 2017, up 1 (+1.4 %) from 70 in 2016.", followed by the row's notes. It
 * is the widget's screen-reader text, so it always names both values and both years. `units` are
 * the comparison's (they say how money is written); `locale` gives the numbers and, for a
 * language we have a catalog for, the words (the row's statement comes from `compare` in the
 * same locale).
 */
export function describeChange(row: ComparisonRow, units: readonly Unit[], locale = 'en'): string {
  const language = resolveLocale(locale);
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
  const years = { toYear: row.toYear, fromYear: row.fromYear, now, before };
  const sentence =
    row.direction === 'same'
      ? message(language, 'sentence.unchanged', years)
      : message(language, 'sentence.changed', {
          ...years,
          direction: message(language, `direction.${row.direction}`),
          amount: formatValue(Math.abs(row.change), unit, { locale }),
          percent:
            row.percentChange === null ? '' : ` (${formatPercent(row.percentChange, locale)})`,
        });
  return [sentence, ...rowNotes(row, locale)].join(' ');
}

/** Why a metric of a comparison has a figure in one year only, in the locale's language. */
export function describeOneYear(item: OneYearOnly, locale = 'en'): string {
  return message(
    resolveLocale(locale),
    item.missing === 'not-reported'
      ? 'oneYear.notReported'
      : item.missing === 'unseen'
        ? 'oneYear.unseen'
        : 'oneYear.silent',
    { year: item.year, missingYear: item.missingYear },
  );
}
