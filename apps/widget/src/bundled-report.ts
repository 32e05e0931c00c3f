import type { Metric, Observation, ReportMetadata } from '@tip-report/core';

/**
 * A report as the widget bundles it and as the API sends it: metadata and metrics, each
 * observation with its provenance link (core's provenanceUrl, computed at build time or by the
 * API), so the widget needs neither the source text nor zod.
 */
export type LinkedObservation = Observation & { provenanceUrl: string };
export type LinkedMetric = Omit<Metric, 'observations'> & { observations: LinkedObservation[] };
export interface BundledReport extends ReportMetadata {
  metrics: LinkedMetric[];
}
