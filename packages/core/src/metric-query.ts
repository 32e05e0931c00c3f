import { checkYear, selectMetrics } from './compare.js';
import { ReportQueryError } from './errors.js';
import { resolveLocale, translated } from './i18n.js';
import { provenanceUrl } from './provenance.js';
import type { LinkedMetric, Metric, MetricDefinition } from './schema/metric.js';
import type { LinkedEditionFact, Report } from './schema/report.js';

/** A report's metric with a provenance link on each figure and not-reported mark. */
export function linkMetric(
  report: Pick<Report, 'url' | 'sourceText'>,
  metric: Metric,
): LinkedMetric {
  const { notReported, partialPeriods, ...rest } = metric;
  return {
    ...rest,
    observations: metric.observations.map((o) => ({
      ...o,
      provenanceUrl: provenanceUrl(report, o.source),
    })),
    ...(notReported === undefined
      ? {}
      : {
          notReported: notReported.map((n) => ({
            ...n,
            provenanceUrl: provenanceUrl(report, n.source),
          })),
        }),
    ...(partialPeriods === undefined
      ? {}
      : {
          partialPeriods: partialPeriods.map((p) => ({
            ...p,
            provenanceUrl: provenanceUrl(report, p.source),
          })),
        }),
  };
}

/** A report's edition facts (tier, waiver, rules in force), each with its provenance link. */
export function linkFacts(
  report: Pick<Report, 'url' | 'sourceText' | 'facts'>,
): LinkedEditionFact[] {
  return report.facts.map((fact) => ({
    ...fact,
    provenanceUrl: provenanceUrl(report, fact.source),
  }));
}

/** The filters of a metric list: all optional, and combined (a metric must pass each). */
export interface MetricFilter {
  topic?: string | undefined;
  year?: number | undefined;
  ids?: readonly string[] | undefined;
}

type Dated = { year: number };
type Filterable = {
  id: string;
  topic: string;
  observations?: readonly Dated[];
  points?: readonly Dated[];
  notReported?: readonly Dated[] | undefined;
  partialPeriods?: readonly { period: { start: string } }[] | undefined;
};

/**
 * The metrics of a report or series that pass the filters, in the data's order. `year` keeps only
 * that year's figures (and not-reported marks), and drops a metric with neither. An unknown
 * topic, year or id throws ReportQueryError naming the parameter and what is allowed.
 */
export function filterMetrics<M extends Filterable>(
  source: {
    readonly id: string;
    readonly years: readonly number[];
    readonly topics: readonly { id: string }[];
    readonly metrics: readonly M[];
  },
  filter: MetricFilter,
): M[] {
  if (filter.topic !== undefined && !source.topics.some((t) => t.id === filter.topic)) {
    throw new ReportQueryError(
      'topic',
      { value: filter.topic, id: source.id },
      'topic',
      filter.topic,
      source.topics.map((t) => t.id),
    );
  }
  const year = filter.year === undefined ? undefined : checkYear(source, filter.year, 'year');
  const inYear = <T extends Dated>(list: readonly T[] | undefined) =>
    list?.filter((x) => x.year === year);
  return selectMetrics(source, filter.ids)
    .filter((m) => filter.topic === undefined || m.topic === filter.topic)
    .flatMap((m) => {
      if (year === undefined) return [m];
      const kept = {
        ...m,
        ...(m.observations ? { observations: inYear(m.observations) } : {}),
        ...(m.points ? { points: inYear(m.points) } : {}),
        ...(m.notReported ? { notReported: inYear(m.notReported) } : {}),
        // A part of a year belongs to that year's filter, never to another's.
        ...(m.partialPeriods
          ? {
              partialPeriods: m.partialPeriods.filter((p) => p.period.start.startsWith(`${year}-`)),
            }
          : {}),
      };
      const count =
        (kept.observations?.length ?? 0) +
        (kept.points?.length ?? 0) +
        (kept.notReported?.length ?? 0);
      return count > 0 ? [kept] : [];
    });
}

/**
 * A query string with its parameters in the given order and empty ones left out, lists joined by
 * unescaped commas: `?topic=funding&ids=a,b`. One spelling per resource, for `self` links, cache
 * keys and file names.
 */
export function canonicalQuery(
  parameters: readonly (readonly [string, string | number | readonly string[] | undefined])[],
): string {
  const pairs: string[] = [];
  for (const [name, value] of parameters) {
    if (value === undefined) continue;
    const text = typeof value === 'object' ? value.join(',') : String(value);
    pairs.push(`${name}=${encodeURIComponent(text).replaceAll('%2C', ',')}`);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** An `ids` list as a caller writes it: duplicates collapse, blanks stay (they are unknown ids). */
export function splitIds(ids: string | undefined): string[] | undefined {
  return ids === undefined ? undefined : [...new Set(ids.split(',').map((id) => id.trim()))];
}

/** The metric ids of a report's headline topics: the set a widget shows by default. */
export function headlineMetricIds(report: {
  readonly topics: readonly { id: string; headline: boolean }[];
  readonly metrics: readonly { id: string; topic: string }[];
}): string[] {
  const headline = new Set(report.topics.filter((t) => t.headline).map((t) => t.id));
  return report.metrics.filter((m) => headline.has(m.topic)).map((m) => m.id);
}

/**
 * A metric definition in a locale: its label and statement from its translations, where the data
 * has them (English otherwise). Everything else, figures and provenance included, is unchanged.
 */
export function localizeMetric<
  M extends Pick<MetricDefinition, 'label' | 'statement' | 'translations'>,
>(metric: M, locale: string): M {
  if (resolveLocale(locale) === 'en') return metric;
  return {
    ...metric,
    label: translated(metric, 'label', metric.label, locale),
    statement: translated(metric, 'statement', metric.statement, locale),
  };
}

/**
 * A derived figure's formula for a reader: each metric id as its label in the locale, joined by
 * a true minus or a plus ("Victims identified − Foreign victims"). An id with no metric among
 * `metrics` stays an id, so nothing is silently dropped.
 */
export function formulaInWords(
  formula: string,
  metrics: readonly Pick<MetricDefinition, 'id' | 'label' | 'translations'>[],
  locale: string,
): string {
  return formula
    .split(/ ([+-]) /)
    .map((term, i) => {
      if (i % 2 === 1) return term === '-' ? '\u2212' : '+';
      const metric = metrics.find((m) => m.id === term);
      return metric ? translated(metric, 'label', metric.label, locale) : term;
    })
    .join(' ');
}
