import {
  bundledReportIds,
  bundledSeriesIds,
  defaultReport,
  defaultReportComplete,
} from 'virtual:tip-report/bundled-reports';
import type { BundledReport, BundledSeries } from './bundled-report.js';

/** A report as the widget shows it, and whether it came with the widget or live from the API. */
export interface ShownReport extends BundledReport {
  origin: 'bundled' | 'live';
}

/** A series as the widget shows it. */
export interface ShownSeries extends BundledSeries {
  origin: 'bundled' | 'live';
}

export { bundledReportIds, bundledSeriesIds };

/** core's defaultReport, chosen at build time: the report shown without a `report` attribute. */
export const defaultReportId = defaultReport.id;

/** The default report, which the entry holds, with no waiting. */
export function defaultShownReport(): ShownReport {
  return { ...defaultReport, origin: 'bundled' };
}

export { loadChunk, type SeriesParts } from './series-chunk.js';

import { loadChunk } from './series-chunk.js';

/**
 * Whether the entry's copy of the default report has what `metricIds` (a `metrics` attribute)
 * asks for: its headline metrics do, and a bad id is named from its `allMetricIds`; another of
 * the report's metrics needs the chunk's complete copy.
 */
export function defaultReportCovers(metricIds: readonly string[] | undefined): boolean {
  return (
    defaultReportComplete ||
    !metricIds ||
    metricIds.every(
      (id) =>
        defaultReport.metrics.some((m: { id: string }) => m.id === id) ||
        // An id the report does not have is named as such, with no chunk to load.
        !defaultReport.allMetricIds?.includes(id),
    )
  );
}

/** A bundled report by id: the default at once (unless `complete`), another from the chunk. */
export async function loadReport(id: string, complete = false): Promise<ShownReport | undefined> {
  if (id === defaultReport.id && !complete) return defaultShownReport();
  const chunk = await loadChunk();
  const report =
    id === defaultReport.id
      ? chunk.completeDefaultReport
      : chunk.otherReports.find((r) => r.id === id);
  return report && { ...report, origin: 'bundled' };
}

export async function loadSeries(id: string): Promise<ShownSeries | undefined> {
  const series = (await loadChunk()).bundledSeries.find((s) => s.id === id);
  return series && { ...series, origin: 'bundled' };
}

/** A link from data is followed only if it is http(s): no `javascript:` through API data. */
export function safeLink(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
