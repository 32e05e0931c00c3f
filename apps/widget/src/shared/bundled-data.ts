import type {
  GlossedOrganisation,
  LinkedMetric,
  Report,
  ReportMetadata,
  Series,
} from '@tip-report/core/data';

/**
 * A report as the widget bundles it (build/bundled-reports-plugin.ts): metadata, units, topics
 * and metrics, each figure with its provenance link (core's linkMetric, computed at build time),
 * so the widget needs neither the source text nor zod.
 */
export interface CitedReport extends ReportMetadata {
  /** core's citation(report, 'text'), made when it was bundled. */
  citationText?: string | undefined;
}

/** A metric as bundled: its description (for API readers, never shown) is left out. */
export type BundledMetric = Omit<LinkedMetric, 'description'>;

export interface BundledReport extends CitedReport, Pick<Report, 'units' | 'topics'> {
  metrics: BundledMetric[];
  /** core's headlineMetricIds, computed at build time; the first is the metric in focus by default. */
  headline: readonly string[];
  /**
   * Our names for organisations that translated sentences use (core's glossesOf, made at build
   * time): the organisations themselves stay out of the bundle.
   */
  glosses?: GlossedOrganisation[] | undefined;
}

/** A series as the widget loads it (the series chunk), with each edition's metadata to cite. */
export interface BundledSeries extends Series {
  reports: CitedReport[];
  headline: readonly string[];
}

export type BundledSource = BundledReport | BundledSeries;

export const isSeries = (source: BundledSource): source is BundledSeries => 'editions' in source;
