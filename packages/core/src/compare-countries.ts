import { ReportQueryError } from './errors.js';
import { formatValue } from './format.js';
import { message, resolveLocale, translated } from './i18n.js';
import { getReport } from './reports/index.js';
import type { CountryCell, CountryComparison, CountryRow } from './schema/country-comparison.js';
import type { Report } from './schema/report.js';
import type { Series, SeriesMetric } from './schema/series.js';
import type { Unit } from './schema/unit.js';
import { editionsNotReaching, yearsReportedOn } from './series.js';

export interface CountryQuery {
  /** Series ids, in the order of the rows; every series that has the metric when absent. */
  series?: readonly string[] | undefined;
  /** The first and last year (inclusive); the rows' first and last data years when absent. */
  from?: number | undefined;
  to?: number | undefined;
  /** A BCP 47 tag: the words and the numbers of the notes and cells. */
  locale?: string | undefined;
}

const hasMetric = (s: Pick<Series, 'metrics'>, metricId: string) =>
  s.metrics.some((m) => m.id === metricId);

/** A country's name in a locale: the data's translation, else the catalog's, else English. */
export function countryName(country: Series['country'], locale = 'en'): string {
  const fromData = translated(country, 'name', '', locale);
  if (fromData !== '') return fromData;
  const key = `ui.country.${country.alpha2}`;
  const fromCatalog = message(locale, key);
  return fromCatalog === key ? country.name : fromCatalog;
}

/** Which series a query means: the ones named (each must exist), or every one with the metric. */
function chooseSeries(
  all: readonly Series[],
  metricId: string,
  ids: readonly string[] | undefined,
) {
  const withMetric = all.filter((s) => hasMetric(s, metricId));
  if (withMetric.length === 0) {
    const known = [...new Set(all.flatMap((s) => s.metrics.map((m) => m.id)))];
    throw new ReportQueryError(
      'metric',
      { value: metricId, id: all.map((s) => s.id).join(', ') },
      'metric',
      metricId,
      known,
    );
  }
  if (ids === undefined) return withMetric;
  return ids.map((id) => {
    const found = all.find((s) => s.id === id);
    if (found === undefined) {
      throw new ReportQueryError(
        'series',
        { value: id, allowed: all.map((s) => s.id) },
        'series',
        id,
        all.map((s) => s.id),
      );
    }
    return found;
  });
}

/** The comparison's years: data years of the chosen series, between `from` and `to`. */
function chooseYears(chosen: readonly Series[], from?: number, to?: number) {
  const years = [...new Set(chosen.flatMap((s) => s.years))].sort((a, b) => a - b);
  const id = chosen.map((s) => s.id).join(', ');
  for (const [parameter, year] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (year !== undefined && !years.includes(year)) {
      throw new ReportQueryError(
        `year.${parameter}`,
        { year, id, years },
        parameter,
        String(year),
        years.map(String),
      );
    }
  }
  const first = from ?? (years[0] as number);
  const last = to ?? (years.at(-1) as number);
  if (first > last) {
    throw new ReportQueryError(
      'yearOrder',
      { from: first, to: last },
      'to',
      String(last),
      years.filter((y) => y >= first).map(String),
    );
  }
  return { from: first, to: last, years: years.filter((y) => y >= first && y <= last) };
}

/** A month of a partial period as the locale writes it ("March 2021"). */
const monthOf = (yearMonth: string, locale: string) => {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
};

function cellsOf(
  /** The series' reports, oldest edition first. */
  editions: readonly Report[],
  metric: SeriesMetric | undefined,
  metricId: string,
  years: readonly number[],
  unit: Unit | undefined,
  locale: string,
): CountryCell[] {
  const language = resolveLocale(locale);
  return years.map((year): CountryCell => {
    const point = metric?.points.find((p) => p.year === year);
    if (point !== undefined) {
      return {
        year,
        state: 'figure',
        text: formatValue(point.value, unit, {
          usd: point.usd,
          approximate: point.approximate,
          locale,
        }),
        value: point.value,
        ...(point.usd === undefined ? {} : { usd: point.usd }),
        ...(point.approximate ? { approximate: true as const } : {}),
        ...(point.basis === undefined ? {} : { basis: point.basis }),
        derived: point.derived === true,
        reportId: point.reportId,
        edition: point.edition,
        provenance: point.provenance,
        provenanceUrl: point.provenanceUrl,
        differs: point.differs,
      };
    }
    const mark = metric?.notReported.find((n) => n.year === year);
    if (mark !== undefined) {
      return {
        year,
        state: 'not-reported',
        text: message(language, 'cell.notReported'),
        reportId: mark.reportId,
        edition: mark.edition,
        provenance: mark.provenance,
        provenanceUrl: mark.provenanceUrl,
      };
    }
    // Asked of the editions, not of the series' own list: a year outside the series' data years
    // (Azerbaijan's 2015 beside Armenia) and a series without the metric are covered too.
    const unseenIn = editionsNotReaching(editions, metricId, year);
    if (unseenIn.length > 0) {
      return { year, state: 'unseen', text: message(language, 'cell.unseen'), unseenIn };
    }
    return { year, state: 'silent', text: message(language, 'cell.silent') };
  });
}

/** What a reader of one country's row must know, in the locale's words. */
function rowNotes(
  editions: readonly Report[],
  metric: SeriesMetric | undefined,
  metricId: string,
  cells: readonly CountryCell[],
  unit: Unit | undefined,
  locale: string,
): string[] {
  const language = resolveLocale(locale);
  const years = cells.map((c) => c.year);
  const relevant = editions.filter((r) => yearsReportedOn(r).some((y) => years.includes(y)));
  const notes: string[] = [];
  const part = (p: string) =>
    relevant.filter((r) => (r.coverage?.part ?? 'full') === p).map((r) => r.edition);
  if (part('none').length > 0) {
    notes.push(message(language, 'note.coverage.none', { editions: part('none') }));
  }
  if (part('opening').length > 0) {
    notes.push(message(language, 'note.coverage.opening', { editions: part('opening') }));
  }
  const inState = (state: CountryCell['state']) =>
    cells.filter((c) => c.state === state).map((c) => c.year);
  for (const [state, key] of [
    ['unseen', 'note.unseenYears'],
    ['not-reported', 'note.notReportedYears'],
    ['silent', 'note.silentYears'],
  ] as const) {
    if (inState(state).length > 0) notes.push(message(language, key, { years: inState(state) }));
  }
  // A breakdown the data flags as not adding up, where this metric is its total or a part.
  for (const report of relevant) {
    for (const b of report.breakdowns) {
      if (b.total !== metricId && !b.parts.includes(metricId)) continue;
      for (const flag of b.inconsistent ?? []) {
        if (!years.includes(flag.year)) continue;
        notes.push(
          message(language, 'note.inconsistent', {
            year: flag.year,
            edition: report.edition,
            sum: flag.sum,
            total: flag.total,
          }),
        );
      }
    }
  }
  for (const p of metric?.partialPeriods ?? []) {
    notes.push(
      message(language, 'note.partialPeriod', {
        edition: p.edition,
        value: formatValue(p.value, unit, { locale }),
        start: monthOf(p.period.start, locale),
        end: monthOf(p.period.end, locale),
      }),
    );
  }
  return notes;
}

/**
 * One metric over the same years for several series: a row a country, each year with the figure
 * of the newest edition that states it (and its provenance), or why it has none: not reported,
 * unseen (not in the part of the text we read) or silent. Rows in different units are not
 * compared: `comparable` is false and `reason` says why (manat against dram), though each row
 * keeps its figures. An unknown metric, series or year throws ReportQueryError naming what is
 * allowed.
 */
export function compareCountries(
  all: readonly Series[],
  metricId: string,
  query: CountryQuery = {},
): CountryComparison {
  const locale = query.locale ?? 'en';
  const language = resolveLocale(locale);
  const chosen = chooseSeries(all, metricId, query.series);
  const { from, to, years } = chooseYears(chosen, query.from, query.to);
  const units: Unit[] = [];
  const rows = chosen.map((s): CountryRow => {
    const metric = s.metrics.find((m) => m.id === metricId);
    const unit = metric && s.units.find((u) => u.id === metric.unit);
    if (unit !== undefined && !units.some((u) => u.id === unit.id)) units.push(unit);
    const editions = s.editions.flatMap((e) => getReport(e.reportId) ?? []);
    const cells = cellsOf(editions, metric, metricId, years, unit, locale);
    return {
      seriesId: s.id,
      country: {
        alpha3: s.country.alpha3,
        alpha2: s.country.alpha2,
        name: countryName(s.country, locale),
      },
      hasMetric: metric !== undefined,
      ...(metric === undefined ? {} : { label: translated(metric, 'label', metric.label, locale) }),
      ...(metric === undefined ? {} : { unit: metric.unit }),
      cells,
      notes: rowNotes(editions, metric, metricId, cells, unit, locale),
    };
  });
  const reason =
    units.length <= 1 ? undefined : units.every((u) => u.kind === 'money') ? 'currency' : 'unit';
  const unitNames = units.map((u) => translated(u, 'label', u.label, locale));
  const defining = all.find((s) => hasMetric(s, metricId))?.metrics.find((m) => m.id === metricId);
  return {
    metricId,
    label: defining ? translated(defining, 'label', defining.label, locale) : metricId,
    from,
    to,
    years,
    units,
    comparable: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    notes: [
      ...(reason === undefined
        ? []
        : [
            message(language, reason === 'currency' ? 'countries.currencies' : 'countries.units', {
              units: unitNames,
            }),
          ]),
      message(language, 'countries.definitions'),
    ],
    rows,
  };
}
