import type {
  Difference,
  GlossedOrganisation,
  MetricDefinition,
  Provenance,
  SeriesStatement,
  Translation,
  Unit,
} from '@tip-report/core/data';
import type { CitedReport } from './bundled-report.js';
import type { ShownReport, ShownSeries } from './shown-report.js';

/** What the widget shows figures from: one report, or a series of its editions. */
export type ShownSource = ShownReport | ShownSeries;

export const isSeries = (source: ShownSource): source is ShownSeries => 'editions' in source;

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
  source: Pick<Provenance, 'kind'> | Provenance;
  provenanceUrl?: string | undefined;
  reportId: string;
  edition: number;
  statements?: readonly SeriesStatement[] | undefined;
  differs?: readonly Difference[] | undefined;
}

/** A year the text says was not reported, and which edition says so. */
export interface NotReportedMark {
  year: number;
  source: Pick<Provenance, 'kind'> | Provenance;
  provenanceUrl?: string | undefined;
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
const glossedBy = (source: ShownSource, ids: readonly string[] | undefined) =>
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

/** A metric of a report or series with its figures, by year, in one shape. */
export function shownMetric(source: ShownSource, id: string): ShownMetric | undefined {
  if (isSeries(source)) {
    const metric = source.metrics.find((m) => m.id === id);
    if (!metric) return undefined;
    const { points, notReported, ...definition } = metric;
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

export const unitOf = (source: ShownSource, id: string): Unit | undefined =>
  source.units.find((u) => u.id === id);

/** Each edition's metadata, for its citation and its name ("2021 report"). */
export function reportsOf(source: ShownSource): readonly CitedReport[] {
  return isSeries(source) ? source.reports : [source];
}

/** The reports these ids name, in the source's order (oldest edition first in a series). */
export function reportsNamed(source: ShownSource, ids: Iterable<string>): CitedReport[] {
  const wanted = new Set(ids);
  return reportsOf(source).filter((r) => wanted.has(r.id));
}
