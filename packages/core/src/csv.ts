import { describeChange, describeOneYear } from './describe-change.js';
import { provenanceUrl } from './provenance.js';
import type { Comparison } from './schema/comparison.js';
import type { CountryComparison } from './schema/country-comparison.js';
import type { CsvDatatype, CsvKind, CsvTableSchema } from './schema/csv-table.js';
import type { Metric, MetricDefinition } from './schema/metric.js';
import type { Observation } from './schema/observation.js';
import type { Provenance } from './schema/provenance.js';
import type { Report } from './schema/report.js';
import type { Restatement, Series, SeriesMetric, SeriesNotReported } from './schema/series.js';

/** One column of a CSV kind: its header, its type and what it says. */
export interface CsvColumn {
  readonly name: string;
  readonly type: CsvDatatype;
  readonly meaning: string;
}

const column = <N extends string>(name: N, type: CsvDatatype, meaning: string) =>
  ({ name, type, meaning }) as const;

// The columns every kind that lists metrics shares.
const metricColumns = [
  column('metric_id', 'string', 'The metric, by its stable id.'),
  column('label', 'string', "The metric's name, in the language of the file."),
  column('unit', 'string', 'The id of the unit the values count in (a currency by its code).'),
  column('topic', 'string', 'The id of the topic the metric belongs to.'),
  column('parent', 'string', 'The metric this one is a part of; empty for a total.'),
] as const;

const provenanceColumns = [
  column(
    'provenance',
    'string',
    'quoted: we ship the text and quote it at offsets; cited: a locator on the edition’s page.',
  ),
  column('quote', 'string', 'The exact words of the shipped text (quoted only).'),
  column(
    'quote_start',
    'integer',
    'Where the quote starts in the shipped text, in UTF-16 code units (quoted only).',
  ),
  column(
    'quote_end',
    'integer',
    'Where the quote ends, one past its last character (quoted only).',
  ),
  column('locator', 'string', 'The words that state it on the edition’s page (cited only).'),
  column('provenance_url', 'anyURI', 'The edition’s page, with a fragment that highlights them.'),
] as const;

const notReported = 'empty when not reported';

/**
 * Every CSV kind's columns, in order, with their types and meaning: the one definition that the
 * header row, the CSVW table schema the API serves and the API README's column tables follow.
 */
export const csvColumns = {
  'report-metrics': [
    column('report_id', 'string', 'The report (edition) the figures come from.'),
    ...metricColumns,
    column('year', 'integer', 'The data year of the figure.'),
    column(
      'value',
      'number',
      `The figure in the unit (money in its own currency); ${notReported}, never 0.`,
    ),
    column('usd', 'number', 'The U.S. dollar figure the report gives beside money, if any.'),
    column('derived', 'boolean', `true where the value follows by arithmetic; ${notReported}.`),
    column('formula', 'string', 'For a derived value: the metric ids it is computed from.'),
    ...provenanceColumns,
    column('approximate', 'boolean', `true where the text says "approximately"; ${notReported}.`),
    column('basis', 'string', 'For money: the verb the text uses (spent, allocated).'),
    column('status', 'string', 'stated, or not-reported: the edition says it was not reported.'),
  ],
  'series-metrics': [
    column('series_id', 'string', 'The series: one section of one country across editions.'),
    ...metricColumns,
    column('year', 'integer', 'The data year of the figure: one line per metric and year.'),
    column('value', 'number', `The newest edition's figure in the unit; ${notReported}, never 0.`),
    column('usd', 'number', 'The U.S. dollar figure that edition gives beside money, if any.'),
    column('approximate', 'boolean', `true where the text says "approximately"; ${notReported}.`),
    column('basis', 'string', 'For money: the verb the text uses (spent, allocated).'),
    column('derived', 'boolean', `true where the value follows by arithmetic; ${notReported}.`),
    column(
      'report_id',
      'string',
      'The newest edition that states the figure (or, not reported, that says so).',
    ),
    column('edition', 'integer', 'The year of that edition.'),
    ...provenanceColumns,
    column('statements', 'integer', `How many editions state the figure; ${notReported}.`),
    column(
      'differs',
      'string',
      'What their statements disagree on (value usd basis approximate), space-separated.',
    ),
    column(
      'status',
      'string',
      'stated; not-reported (an edition says so); or unseen (not in the part of the text we read).',
    ),
    column(
      'not_reported_by',
      'string',
      'The editions (report ids, newest first) that say it was not reported.',
    ),
    column(
      'unseen_in',
      'string',
      'Editions covering the year that were not read as far as the metric (report ids, newest first): on an unseen line, why there is no value; on a figure, which editions could not confirm it.',
    ),
  ],
  'report-compare': compareColumns('report_id', 'The report both years come from.'),
  'series-compare': compareColumns('series_id', 'The series the two years come from.'),
  restatements: [
    column('series_id', 'string', 'The series.'),
    column('metric_id', 'string', 'The metric, by its stable id.'),
    column('unit', 'string', 'The id of the unit the values count in (a currency by its code).'),
    column('year', 'integer', 'The data year that more than one edition states.'),
    column('agrees', 'boolean', 'Whether every edition gives the same value for it.'),
    column('differs', 'string', 'What the statements disagree on, space-separated.'),
    column('report_id', 'string', 'The edition of this statement: one line per statement.'),
    column('edition', 'integer', 'The year of that edition.'),
    column('value', 'number', 'What that edition states, in the unit.'),
    column('usd', 'number', 'The U.S. dollar figure it gives beside money, if any.'),
    column('usd_rate', 'number', 'Units of the currency per dollar that edition used.'),
    column('basis', 'string', 'For money: the verb the text uses (spent, allocated).'),
    column('approximate', 'boolean', 'true where the text says "approximately".'),
    column('agrees_with_newest', 'boolean', "Whether its value is the newest edition's."),
    ...provenanceColumns,
  ],
  'country-compare': [
    column('metric_id', 'string', 'The metric, by its stable id: the same in every country.'),
    column('series_id', 'string', "The country's series: one line per series and year."),
    column('country', 'string', 'The country, in the language of the file.'),
    column('alpha3', 'string', 'The country by its ISO 3166-1 alpha-3 code.'),
    column('unit', 'string', "The id of the unit this country's values count in."),
    column(
      'comparable',
      'boolean',
      'Whether the countries count in the same unit (manat against dram is no comparison).',
    ),
    column('year', 'integer', 'The data year.'),
    column(
      'state',
      'string',
      'figure; silent; not-reported (the edition says so); or unseen (not in the part of the text we read).',
    ),
    column('value', 'number', `The figure in the unit; empty without a figure, never 0.`),
    column('usd', 'number', 'The U.S. dollar figure the edition gives beside money, if any.'),
    column(
      'approximate',
      'boolean',
      'true where the text says "approximately"; empty without a figure.',
    ),
    column('basis', 'string', 'For money: the verb the text uses (spent, allocated).'),
    column('derived', 'boolean', 'true where the value follows by arithmetic.'),
    column(
      'report_id',
      'string',
      'The edition that states the figure (or says it was not reported).',
    ),
    column('edition', 'integer', 'The year of that edition.'),
    column('provenance', 'string', "quoted or cited: how we hold that edition's words."),
    column('provenance_url', 'anyURI', 'The page, opened on the words that state the figure.'),
    column(
      'unseen_in',
      'string',
      'Editions covering the year that were not read as far as the metric (report ids).',
    ),
  ],
} as const satisfies Record<CsvKind, readonly CsvColumn[]>;

/** The columns of a comparison, of a report or of a series. */
function compareColumns<I extends 'report_id' | 'series_id'>(id: I, meaning: string) {
  // Each pair side by side (from_x, to_x), as the columns have always stood.
  const sides = <N extends string>(name: N, type: CsvDatatype, says: (s: string) => string) =>
    [column(`from_${name}`, type, says('from')), column(`to_${name}`, type, says('to'))] as const;
  return [
    column(id, 'string', meaning),
    column('metric_id', 'string', 'The metric, by its stable id.'),
    column('label', 'string', "The metric's name, in the language of the file."),
    column('unit', 'string', 'The id of the unit the values count in (a currency by its code).'),
    column('from_year', 'integer', 'One year compared (the `from` of the query).'),
    column('to_year', 'integer', 'The other year compared (the `to` of the query).'),
    column('from_value', 'number', 'The figure of from_year; empty when it has none, never 0.'),
    column('to_value', 'number', 'The figure of to_year; empty when it has none, never 0.'),
    column('from_usd', 'number', 'The U.S. dollar figure beside from_value, if any.'),
    column('to_usd', 'number', 'The U.S. dollar figure beside to_value, if any.'),
    column('change', 'number', 'to_value − from_value; empty when a year has no figure.'),
    column(
      'percent_change',
      'number',
      '100 × change / from_value, to two decimals (always written with them, so a file whose changes happen to be whole reads as the same type); empty from 0 or one year.',
    ),
    column('direction', 'string', 'up, down or same; empty when a year has no figure.'),
    column('derived', 'boolean', 'true when either value follows by arithmetic.'),
    column('sentence', 'string', 'The line in one plain sentence, in the language of the file.'),
    ...sides('report_id', 'string', (s) => `The edition that states the ${s}_year figure.`),
    ...sides('provenance', 'string', () => "quoted or cited: how we hold that edition's words."),
    ...sides('basis', 'string', () => 'For money: the verb the text uses (spent, allocated).'),
    ...sides(
      'approximate',
      'boolean',
      (s) => `true where the text says "approximately"; empty when ${s}_year has no figure.`,
    ),
    column(
      'missing',
      'string',
      'Where a year has no figure: silent (no edition gives one) or not-reported.',
    ),
  ] as const;
}

/** Which columns name one line of each kind. */
const primaryKeys: { [K in CsvKind]: readonly ColumnName<K>[] } = {
  'report-metrics': ['report_id', 'metric_id', 'year'],
  'series-metrics': ['series_id', 'metric_id', 'year'],
  'report-compare': ['report_id', 'metric_id'],
  'series-compare': ['series_id', 'metric_id'],
  restatements: ['series_id', 'metric_id', 'year', 'report_id'],
  'country-compare': ['metric_id', 'series_id', 'year'],
};

type ColumnName<K extends CsvKind> = (typeof csvColumns)[K][number]['name'];
type Cell = string | number | boolean | null | undefined;
/** One CSV line by column name: a column the line does not name stays empty (never 0). */
type Line<K extends CsvKind> = { [C in ColumnName<K>]?: Cell };

const LINE_END = '\r\n';

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. Written here
// rather than imported because the widget bundles this and may depend on Solid alone; the tests
// round-trip it through papaparse.
function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table<K extends CsvKind>(kind: K, lines: readonly Line<K>[]): string {
  const names: readonly string[] = csvColumns[kind].map((c) => c.name);
  // A line's field that is no column of its kind would be dropped without a word (spreads escape
  // the type checker's excess-property check): a misspelt name fails here, in every test.
  const known = new Set(names);
  for (const line of lines) {
    const stray = Object.keys(line).find((name) => !known.has(name));
    if (stray !== undefined) throw new Error(`${kind} CSV has no column ${stray}`);
  }
  const rows = [
    names,
    ...lines.map((line) => names.map((name) => (line as Record<string, Cell>)[name])),
  ];
  return `${rows.map((row) => row.map(field).join(',')).join(LINE_END)}${LINE_END}`;
}

/**
 * The W3C CSVW table schema of a CSV kind (served by the API, linked from each CSV answer with
 * `rel="describedby"`): a tool that reads it gets every column's type, so an empty column is
 * null, never text.
 */
export function csvTableSchema(kind: CsvKind): CsvTableSchema {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    'dc:title': `tip-report ${kind} CSV`,
    dialect: { encoding: 'utf-8', header: true, lineTerminators: [LINE_END] },
    tableSchema: {
      columns: csvColumns[kind].map((c) => ({
        name: c.name,
        titles: c.name,
        datatype: c.type,
        'dc:description': c.meaning,
      })),
      primaryKey: [...primaryKeys[kind]],
      null: '',
    },
  };
}

const metricFields = (m: MetricDefinition) => ({
  metric_id: m.id,
  label: m.label,
  unit: m.unit,
  topic: m.topic,
  parent: m.parent,
});

/** quoted: the quote and its offsets; cited: the locator. */
const provenanceFields = (source: Provenance, url: string) =>
  source.kind === 'quoted'
    ? {
        provenance: source.kind,
        quote: source.quote,
        quote_start: source.start,
        quote_end: source.end,
        provenance_url: url,
      }
    : { provenance: source.kind, locator: source.locator, provenance_url: url };

/** A stated figure, a report's observation or a series' point. */
const statedFields = (o: Observation, url: string) => ({
  year: o.year,
  value: o.value,
  usd: o.usd,
  approximate: o.approximate === true,
  basis: o.basis,
  derived: o.derived === true,
  ...provenanceFields(o.source, url),
  status: 'stated',
});

/**
 * One line per observation, with its quote and offsets or its locator, and its provenance link;
 * then one line per year the text marks as not reported, with no value (never 0) and nothing
 * said of whether it is approximate or derived: there is no figure to be either.
 */
export function metricsToCsv(report: Report, metrics: readonly Metric[] = report.metrics): string {
  return table(
    'report-metrics',
    metrics.flatMap((m): Line<'report-metrics'>[] => {
      const lead = { report_id: report.id, ...metricFields(m) };
      return [
        ...m.observations.map((o) => ({
          ...lead,
          ...statedFields(o, provenanceUrl(report, o.source)),
          formula: o.formula,
        })),
        ...(m.notReported ?? []).map((n) => ({
          ...lead,
          year: n.year,
          ...provenanceFields(n.source, provenanceUrl(report, n.source)),
          status: 'not-reported',
        })),
      ];
    }),
  );
}

/** A series metric's not-reported marks by year, newest edition first within a year. */
function marksByYear(marks: readonly SeriesNotReported[]): SeriesNotReported[][] {
  const byYear = new Map<number, SeriesNotReported[]>();
  for (const mark of marks) {
    const list = byYear.get(mark.year) ?? [];
    list.push(mark);
    byYear.set(mark.year, list);
  }
  return [...byYear.values()].map((list) => [...list].sort((a, b) => b.edition - a.edition));
}

/**
 * A series' metrics, one line per metric and year: the point (the newest edition's figure, with
 * how many editions state it and what they disagree on); for a year no edition states and some
 * say was not reported, one line naming every edition that says so (the newest one's words are
 * its provenance); and for a year unseen (the editions that report on it were not read as far as
 * the metric), one line with no value that names those editions in `unseen_in`.
 */
export function seriesToCsv(s: Pick<Series, 'id'>, metrics: readonly SeriesMetric[]): string {
  return table(
    'series-metrics',
    metrics.flatMap((m): Line<'series-metrics'>[] => {
      const lead = { series_id: s.id, ...metricFields(m) };
      const points = m.points.map((p) => ({
        ...lead,
        ...statedFields(p, p.provenanceUrl),
        report_id: p.reportId,
        edition: p.edition,
        statements: p.statements.length,
        differs: p.differs.join(' '),
        unseen_in: p.unseenIn?.join(' '),
      }));
      const marks = marksByYear(m.notReported).flatMap(([newest, ...older]) =>
        newest === undefined
          ? []
          : [
              {
                ...lead,
                year: newest.year,
                report_id: newest.reportId,
                edition: newest.edition,
                ...provenanceFields(newest.source, newest.provenanceUrl),
                status: 'not-reported',
                not_reported_by: [newest, ...older].map((n) => n.reportId).join(' '),
              },
            ],
      );
      // Not in the part of the text we read: no value, and the editions not read that far.
      const unseen = m.unseen.map((u) => ({
        ...lead,
        year: u.year,
        status: 'unseen',
        unseen_in: u.reportIds.join(' '),
      }));
      return [...points, ...marks, ...unseen].sort((a, b) => a.year - b.year);
    }),
  );
}

/**
 * One line per metric: compared rows with their change and sentence, then the metrics with a
 * figure in one year only, whose missing side stays empty (not 0). A report's comparison and a
 * series' differ only in their first column.
 */
export function comparisonToCsv(comparison: Comparison, locale = 'en'): string {
  const lines = (id: Record<'report_id', string> | Record<'series_id', string>) => [
    ...comparison.rows.map((r) => ({
      ...id,
      metric_id: r.metricId,
      label: r.label,
      unit: r.unit,
      from_year: r.fromYear,
      to_year: r.toYear,
      from_value: r.from,
      to_value: r.to,
      from_usd: r.fromUsd,
      to_usd: r.toUsd,
      change: r.change,
      percent_change: r.percentChange?.toFixed(2),
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
        ...id,
        metric_id: o.metricId,
        label: o.label,
        unit: o.unit,
        from_year: comparison.from,
        to_year: comparison.to,
        [`${side}_value`]: o.value,
        [`${side}_usd`]: o.usd,
        derived: o.derived,
        sentence: describeOneYear(o, locale),
        [`${side}_report_id`]: o.reportId,
        [`${side}_provenance`]: o.provenance,
        [`${side}_basis`]: o.basis,
        [`${side}_approximate`]: o.approximate === true,
        missing: o.missing,
      };
    }),
  ];
  return comparison.reportId === undefined
    ? table('series-compare', lines({ series_id: comparison.seriesId ?? '' }))
    : table('report-compare', lines({ report_id: comparison.reportId }));
}

/**
 * A series' restatements, one line per edition's statement of a figure that more than one
 * edition states: the figure (metric, year), whether the editions agree, and what this one says.
 */
export function restatementsToCsv(s: Pick<Series, 'id'>, restated: readonly Restatement[]): string {
  return table(
    'restatements',
    restated.flatMap((r) =>
      r.statements.map((statement) => ({
        series_id: s.id,
        metric_id: r.metricId,
        unit: r.unit,
        year: r.year,
        agrees: r.agrees,
        differs: r.differs.join(' '),
        report_id: statement.reportId,
        edition: statement.edition,
        value: statement.value,
        usd: statement.usd,
        usd_rate: statement.usdRate,
        basis: statement.basis,
        approximate: statement.approximate === true,
        agrees_with_newest: statement.agrees,
        ...provenanceFields(statement.source, statement.provenanceUrl),
      })),
    ),
  );
}

/**
 * One line per country and year of a comparison across countries: the figure with the edition
 * that states it and its link, or no value with the state that says why (not-reported, unseen:
 * not in the part of the text we read, silent). Never 0 for a missing figure.
 */
export function countryComparisonToCsv(comparison: CountryComparison): string {
  return table(
    'country-compare',
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
