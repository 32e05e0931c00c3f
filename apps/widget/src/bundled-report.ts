import type {
  GlossedOrganisation,
  LinkedMetric,
  LinkedNotReported,
  LinkedObservation,
  Provenance,
  Report,
  ReportMetadata,
  Series,
} from '@tip-report/core/data';

/**
 * A report as the widget bundles it and as the API sends it: metadata, units, topics and metrics,
 * each figure with its provenance link (core's linkMetric, computed at build time or by the
 * API), so the widget needs neither the source text nor zod.
 */
export type { LinkedMetric, LinkedObservation } from '@tip-report/core/data';
/** Where a figure is stated: its quote or locator, and the link to those words. */
export interface StatedSource {
  source: Provenance;
  provenanceUrl: string;
}

/**
 * A figure whose words and link may be left out of the entry (the default report's are: they are
 * only read when a reader opens "Source", so they come with that expander's chunk, in
 * `virtual:tip-report/bundled-sources`). The API sends them whole.
 */
export type Stated<T extends StatedSource> = Omit<T, keyof StatedSource> & {
  source: Pick<Provenance, 'kind'> | Provenance;
  provenanceUrl?: string | undefined;
};

/** A report's metadata with its citation in words (core's citation(report, 'text')), made when it was bundled. */
export interface CitedReport extends ReportMetadata {
  citationText?: string | undefined;
}

/** A metric as bundled: its description (for API readers, never shown) is left out. */
export interface BundledMetric
  extends Omit<LinkedMetric, 'description' | 'observations' | 'notReported'> {
  observations: Stated<LinkedObservation>[];
  notReported?: Stated<LinkedNotReported>[] | undefined;
}
export interface BundledReport extends CitedReport, Pick<Report, 'units' | 'topics'> {
  metrics: BundledMetric[];
  /**
   * core's headlineMetricIds, computed at build time: importing it into the browser bundle would
   * bring core's frozen report data along (its module builds `reports` when it loads).
   */
  headline: readonly string[];
  /**
   * Every metric id of the report, where `metrics` holds only some of them (the entry's copy of
   * the default report): a bad `metrics` id is named with all of them, and a good one beyond the
   * headline set loads the complete copy.
   */
  allMetricIds?: readonly string[] | undefined;
  /**
   * Our names for organisations that translated sentences use (core's glossesOf, made at build
   * time): the organisations themselves stay out of the bundle.
   */
  glosses?: GlossedOrganisation[] | undefined;
}

/** A series as the widget loads it (a chunk of its own), with each edition's metadata to cite. */
export interface BundledSeries extends Series {
  reports: CitedReport[];
  headline: readonly string[];
}

/**
 * The default view as build/default-view-plugin.ts renders it at build time, for the entry to
 * show before, and without, Solid (`virtual:tip-report/default-view`, src/default-view.ts).
 */
export interface DefaultView {
  /** The shadow root's markup, without the root's inline `--tip-rows` (the entry sets it). */
  html: string;
  /** The attributes it stands for: the report, its two years and its headline metric ids. */
  report: string;
  from: number;
  to: number;
  headline: readonly string[];
  /** What the entry replaces with the origin that served widget.js (the "Data API" link). */
  apiHomeMark: string;
  /**
   * What a widget says, in each locale, when the live widget's code cannot be loaded: the entry
   * has no catalog, so core's words for it (`ui.loadFailed`) come along, a sentence each.
   */
  loadFailed: Readonly<Record<string, string>>;
}
