import { deepFreeze } from './deep-freeze.js';
import { glossesOf } from './glosses.js';
import { linkFacts } from './metric-query.js';
import { provenanceUrl } from './provenance.js';
import { getReport, reports } from './reports/index.js';
import type { Report } from './schema/report.js';
import type {
  Difference,
  Restatement,
  Series,
  SeriesEdition,
  SeriesMetric,
  SeriesNotReported,
  SeriesPartialPeriod,
  SeriesPoint,
  SeriesStatement,
  SeriesUnseen,
} from './schema/series.js';
import type { Topic, Unit } from './schema/unit.js';
import { TIERS } from './tiers.js';

/**
 * Currency units per dollar an edition used: from its least rounded money figure (an amount
 * written "19 million" may be off by half a million; "19,068,600" is exact), the largest of those.
 */
export function usdRate(report: Pick<Report, 'metrics'>): number | undefined {
  let best: { value: number; usd: number; rounding: number } | undefined;
  for (const metric of report.metrics) {
    for (const o of metric.observations) {
      if (o.usd === undefined || o.usd === 0 || o.value === 0) continue;
      const rounding = (o.roundedTo ?? 0) / o.value;
      if (
        best === undefined ||
        rounding < best.rounding ||
        (rounding === best.rounding && o.value > best.value)
      ) {
        best = { value: o.value, usd: o.usd, rounding };
      }
    }
  }
  return best && best.value / best.usd;
}

/**
 * The data years an edition reports on: the years it gives figures for, or, for an edition none
 * of whose section could be read, its reporting year and the year before (what every edition
 * compares with).
 */
export function yearsReportedOn(report: Pick<Report, 'years' | 'reportingYear'>): number[] {
  return report.years.length > 0
    ? [...report.years]
    : [report.reportingYear - 1, report.reportingYear];
}

/**
 * Whether the part of this edition we read reaches where a metric would stand. A metric the
 * edition states in some year was read; so was one its coverage lists as silent; and all of a
 * section that was read in full. Anything else is unseen: not in the part of the text we read.
 */
export function reaches(report: Pick<Report, 'coverage' | 'metrics'>, metricId: string): boolean {
  const coverage = report.coverage;
  if (coverage === undefined || coverage.part === 'full') return true;
  if (coverage.part === 'none') return false;
  return (
    report.metrics.some((m) => m.id === metricId) || (coverage.silent ?? []).includes(metricId)
  );
}

/**
 * The editions that report on `year` but were not read as far as `metricId`: where no edition
 * states a figure, these make the year unseen rather than silent.
 */
export function editionsNotReaching(
  editions: readonly Report[],
  metricId: string,
  year: number,
): string[] {
  return editions
    .filter((r) => yearsReportedOn(r).includes(year) && !reaches(r, metricId))
    .map((r) => r.id);
}

/** `{alpha3}-{section}`, lower case: the series a report belongs to. */
const seriesIdOf = (report: Pick<Report, 'country' | 'section'>) =>
  `${report.country.alpha3.toLowerCase()}-${report.section}`;

/** Items by id, the first report's first: newest edition's definitions win. */
function union<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists)
    for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

/**
 * Whether two statements of an amount agree: the same value, or values no further apart than half
 * the place value either is rounded to ("19 million" and "19,068,600" drams).
 */
function sameUpToRounding(
  a: Pick<SeriesStatement, 'value' | 'roundedTo'>,
  b: Pick<SeriesStatement, 'value' | 'roundedTo'>,
): boolean {
  const rounding = Math.max(a.roundedTo ?? 0, b.roundedTo ?? 0);
  return Math.abs(a.value - b.value) <= rounding / 2;
}

function differences(statements: readonly SeriesStatement[]): Difference[] {
  const distinct = (pick: (s: SeriesStatement) => unknown, all = statements) =>
    new Set(all.map(pick)).size > 1;
  const withUsd = statements.filter((s) => s.usd !== undefined);
  const withBasis = statements.filter((s) => s.basis !== undefined);
  const rounded = statements.every((a) => statements.every((b) => sameUpToRounding(a, b)));
  return [
    ...(distinct((s) => s.value) ? ([rounded ? 'rounding' : 'value'] as const) : []),
    ...(distinct((s) => s.usd, withUsd) ? (['usd'] as const) : []),
    ...(distinct((s) => s.basis, withBasis) ? (['basis'] as const) : []),
    ...(distinct((s) => s.approximate === true) ? (['approximate'] as const) : []),
  ];
}

/** Each edition's dollar rate, by report id: computed once per series, not once per figure. */
type Rates = ReadonlyMap<string, number | undefined>;

function seriesMetric(
  id: string,
  editions: readonly Report[],
  years: readonly number[],
  rates: Rates,
): SeriesMetric {
  // Newest first: the newest edition's definition and figures lead.
  const defining = editions.flatMap((r) => {
    const metric = r.metrics.find((m) => m.id === id);
    return metric ? [{ report: r, metric }] : [];
  });
  const newest = defining[0];
  if (newest === undefined) throw new Error(`no edition defines ${id}`);
  const { observations: _o, notReported: _n, partialPeriods: _p, ...definition } = newest.metric;
  // Editions that name the metric differently (spent, allocated) are all named: no label blurs them.
  const labels = [...new Set(defining.map((d) => d.metric.label))];

  const points: SeriesPoint[] = [];
  const notReported: SeriesNotReported[] = [];
  const unseen: SeriesUnseen[] = [];
  const partialPeriods: SeriesPartialPeriod[] = defining.flatMap(({ report, metric }) =>
    (metric.partialPeriods ?? []).map((p) => ({
      ...p,
      reportId: report.id,
      edition: report.edition,
      provenance: p.source.kind,
      provenanceUrl: provenanceUrl(report, p.source),
    })),
  );
  for (const year of years) {
    const statements: SeriesStatement[] = [];
    let lead: SeriesPoint | undefined;
    for (const { report, metric } of defining) {
      const o = metric.observations.find((x) => x.year === year);
      if (o === undefined) continue;
      const link = provenanceUrl(report, o.source);
      const rate = o.usd === undefined ? undefined : rates.get(report.id);
      lead ??= {
        ...o,
        provenance: o.source.kind,
        provenanceUrl: link,
        reportId: report.id,
        edition: report.edition,
        statements,
        differs: [],
      };
      statements.push({
        reportId: report.id,
        edition: report.edition,
        value: o.value,
        ...(o.usd === undefined ? {} : { usd: o.usd }),
        ...(o.basis === undefined ? {} : { basis: o.basis }),
        ...(o.approximate ? { approximate: true as const } : {}),
        ...(o.roundedTo === undefined ? {} : { roundedTo: o.roundedTo }),
        source: o.source,
        provenance: o.source.kind,
        provenanceUrl: link,
        agrees: sameUpToRounding(o, { value: lead.value, roundedTo: lead.roundedTo }),
        ...(rate === undefined ? {} : { usdRate: rate }),
      });
    }
    if (lead !== undefined) {
      lead.differs = differences(statements);
      const unread = editionsNotReaching(editions, id, year);
      if (unread.length > 0) lead.unseenIn = unread.reverse();
      points.push(lead);
      continue;
    }
    for (const { report, metric } of defining) {
      const mark = metric.notReported?.find((x) => x.year === year);
      if (mark === undefined) continue;
      notReported.push({
        year,
        reportId: report.id,
        edition: report.edition,
        source: mark.source,
        provenance: mark.source.kind,
        provenanceUrl: provenanceUrl(report, mark.source),
      });
    }
    if (notReported.some((n) => n.year === year)) continue;
    const unread = editionsNotReaching(editions, id, year);
    if (unread.length > 0) unseen.push({ year, reportIds: unread.reverse() });
  }
  return {
    ...definition,
    label: labels.join(' / '),
    points,
    notReported,
    unseen,
    partialPeriods,
  };
}

function timeline(editions: readonly Report[], rates: Rates): SeriesEdition[] {
  return editions.map((report, i) => {
    const previous = editions[i - 1];
    const rank = (r: Report) => TIERS.indexOf(r.tier);
    const change =
      previous === undefined
        ? undefined
        : rank(report) < rank(previous)
          ? 'upgraded'
          : rank(report) > rank(previous)
            ? 'downgraded'
            : 'same';
    const rate = rates.get(report.id);
    return {
      reportId: report.id,
      edition: report.edition,
      published: report.published,
      reportingYear: report.reportingYear,
      years: report.years,
      url: report.url,
      provenance: report.provenance,
      tier: report.tier,
      ...(report.coverage === undefined ? {} : { coverage: report.coverage }),
      ...(change === undefined ? {} : { tierChange: change }),
      waiver: report.facts.some((f) => f.id === 'tier_waiver' && f.value === true),
      ...(rate === undefined ? {} : { usdRate: rate }),
      facts: linkFacts(report),
    };
  });
}

/**
 * The series made from reports: one per country and section, with at least two editions. For
 * each metric and data year the newest edition that states the figure gives the point, and every
 * edition's statement of it is listed with whether it agrees.
 */
export function buildSeries(all: readonly Report[]): Series[] {
  const groups = new Map<string, Report[]>();
  for (const report of all) {
    const id = seriesIdOf(report);
    groups.set(id, [...(groups.get(id) ?? []), report]);
  }
  return [...groups.entries()]
    .filter(([, editions]) => editions.length > 1)
    .map(([id, group]) => {
      const oldestFirst = [...group].sort((a, b) => a.edition - b.edition);
      const newestFirst = [...oldestFirst].reverse();
      const years = [...new Set(group.flatMap((r) => r.years))].sort((a, b) => a - b);
      const topics: Topic[] = union(newestFirst.map((r) => r.topics));
      const topicOrder = topics.map((t) => t.id);
      // Metrics by topic, then as the newest edition that has them orders them.
      const metricIds = union(newestFirst.map((r) => r.metrics))
        .map((m, i) => ({ id: m.id, key: topicOrder.indexOf(m.topic), i }))
        .sort((a, b) => a.key - b.key || a.i - b.i)
        .map((m) => m.id);
      const rates: Rates = new Map(group.map((r) => [r.id, usdRate(r)]));
      const first = oldestFirst[0] as Report;
      const section = first.section.charAt(0).toUpperCase() + first.section.slice(1);
      return {
        id,
        title: `${first.country.name}, ${section}`,
        country: first.country,
        section: first.section,
        years,
        editions: timeline(oldestFirst, rates),
        units: union<Unit>(newestFirst.map((r) => r.units)),
        topics,
        // Each organisation's gloss from the newest edition that gives one.
        glosses: [
          ...new Map(
            [...newestFirst]
              .reverse()
              .flatMap((r) => glossesOf(r.organisations).map((g) => [g.organisation, g] as const)),
          ).values(),
        ],
        metrics: metricIds.map((metricId) => seriesMetric(metricId, newestFirst, years, rates)),
        inconsistentBreakdowns: oldestFirst.flatMap((r) =>
          r.breakdowns.flatMap((b) =>
            (b.inconsistent ?? []).map((flag) => ({
              reportId: r.id,
              edition: r.edition,
              breakdownId: b.id,
              ...(b.scheme === undefined ? {} : { scheme: b.scheme }),
              // The schema requires a total of a flagged breakdown.
              total: b.total as string,
              parts: b.parts,
              year: flag.year,
              sum: flag.sum,
              totalValue: flag.total,
              note: flag.note,
            })),
          ),
        ),
      };
    });
}

/** Every series the shipped reports make (deep-frozen). */
export const series: readonly Series[] = deepFreeze(buildSeries(reports));
export const seriesIds: readonly string[] = deepFreeze(series.map((s) => s.id));

/** The series with this id, or `undefined`. */
export function getSeries(id: string): Series | undefined {
  return series.find((s) => s.id === id);
}

/** The reports a series is made of, oldest edition first. */
export function seriesReports(s: Pick<Series, 'editions'>): Report[] {
  return s.editions.flatMap((e) => getReport(e.reportId) ?? []);
}

/**
 * Every figure of the series that more than one edition states, with each statement (and each
 * edition's dollar rate, which is why the dollars of an agreeing restatement may differ).
 */
export function restatements(s: Pick<Series, 'metrics'>): Restatement[] {
  return s.metrics.flatMap((metric) =>
    metric.points
      .filter((p) => p.statements.length > 1)
      .map((p) => ({
        metricId: metric.id,
        year: p.year,
        unit: metric.unit,
        agrees: !p.differs.includes('value'),
        differs: p.differs,
        statements: p.statements,
      })),
  );
}
