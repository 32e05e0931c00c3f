import type {
  Difference,
  GlossedOrganisation,
  MetricDefinition,
  Provenance,
  SeriesStatement,
  Translation,
  Unit,
} from '@tip-report/core/data';
import { type BundledSource, type CitedReport, isSeries } from './bundled-data.js';

/**
 * One stated figure with who states it: a report's observation (its own report) or a series
 * point (the newest edition stating it, with every edition's statement).
 */
export interface StatedFigure {
  year: number;
  value: number;
  usd?: number | undefined;
  approximate?: true | undefined;
  basis?: string | undefined;
  derived?: true | undefined;
  formula?: string | undefined;
  note?: string | undefined;
  /** The note in other languages (it is ours, not a quote). */
  translations?: Readonly<Record<string, { note?: Translation | undefined }>> | undefined;
  source: Provenance;
  provenanceUrl: string;
  reportId: string;
  edition: number;
  statements?: readonly SeriesStatement[] | undefined;
  differs?: readonly Difference[] | undefined;
}

/** A year the text says was not reported, and which edition says so. */
export interface NotReportedMark {
  year: number;
  source: Provenance;
  provenanceUrl: string;
  reportId: string;
  edition: number;
}

export interface ShownMetric extends Omit<MetricDefinition, 'description'> {
  figures: StatedFigure[];
  notReported: NotReportedMark[];
  /** The metrics a derived figure's formula names, so the formula reads as their labels. */
  formulaTerms: Pick<MetricDefinition, 'id' | 'label' | 'translations'>[];
  /** Our names for the organisations its translated words name (the metric's `glosses`). */
  glossed: GlossedOrganisation[];
}

/** The glosses a metric's words use, from those its source carries. */
const glossedBy = (source: BundledSource, ids: readonly string[] | undefined) =>
  (source.glosses ?? []).filter((g) => ids?.includes(g.organisation));

/** The metrics of `source` that the figures' formulas name. */
function formulaTerms(
  metrics: readonly Pick<MetricDefinition, 'id' | 'label' | 'translations'>[],
  figures: readonly { formula?: string | undefined }[],
): ShownMetric['formulaTerms'] {
  const ids = new Set(figures.flatMap((f) => f.formula?.split(/ [+-] /) ?? []));
  return metrics
    .filter((m) => ids.has(m.id))
    .map(({ id, label, translations }) => ({ id, label, translations }));
}

/** A metric of a report or series with its figures by year, in one shape. */
export function shownMetric(source: BundledSource, id: string): ShownMetric | undefined {
  if (isSeries(source)) {
    const metric = source.metrics.find((m) => m.id === id);
    if (!metric) return undefined;
    const { points, notReported, description: _, ...definition } = metric;
    // One mark a year: several editions may say the same year was not reported.
    const marks = notReported.filter(
      (n, i) => notReported.findIndex((x) => x.year === n.year) === i,
    );
    return {
      ...definition,
      figures: [...points],
      notReported: marks,
      formulaTerms: formulaTerms(source.metrics, points),
      glossed: glossedBy(source, metric.glosses),
    };
  }
  const metric = source.metrics.find((m) => m.id === id);
  if (!metric) return undefined;
  const { observations, notReported, ...definition } = metric;
  const who = { reportId: source.id, edition: source.edition };
  return {
    ...definition,
    figures: observations.map((o) => ({ ...o, ...who })),
    notReported: (notReported ?? []).map((n) => ({ ...n, ...who })),
    formulaTerms: formulaTerms(source.metrics, observations),
    glossed: glossedBy(source, metric.glosses),
  };
}

export const unitOf = (source: BundledSource, id: string): Unit | undefined =>
  source.units.find((u) => u.id === id);

/** Each edition's metadata, for its citation. */
export const reportsOf = (source: BundledSource): readonly CitedReport[] =>
  isSeries(source) ? source.reports : [source];

/**
 * The editions whose figures of `metric` in `years` are shown (and, in a series, every edition
 * that states them too), oldest first: what the footer cites.
 */
export function citedReports(
  source: BundledSource,
  metric: ShownMetric | undefined,
  years: readonly number[],
): CitedReport[] {
  const ids = new Set<string>();
  for (const figure of metric?.figures ?? []) {
    if (!years.includes(figure.year)) continue;
    ids.add(figure.reportId);
    for (const s of figure.statements ?? []) ids.add(s.reportId);
  }
  for (const mark of metric?.notReported ?? [])
    if (years.includes(mark.year)) ids.add(mark.reportId);
  return reportsOf(source).filter((r) => ids.has(r.id));
}
