import {
  bundledReportIds,
  bundledSeriesIds,
  defaultReport,
} from 'virtual:tip-report/bundled-reports';
import type { BundledSource } from './bundled-data.js';

export { bundledReportIds, bundledSeriesIds, defaultReport };

type SeriesChunk = typeof import('virtual:tip-report/bundled-series');
let seriesChunk: Promise<SeriesChunk> | undefined;

/**
 * "The series": the series and every report but the default, a chunk loaded with import() the
 * first time a widget asks for one of them. Rejects when it cannot be loaded; the next call tries
 * again.
 */
export function loadSeriesChunk(): Promise<SeriesChunk> {
  seriesChunk ??= import('virtual:tip-report/bundled-series').catch((error: unknown) => {
    seriesChunk = undefined;
    throw error;
  });
  return seriesChunk;
}

/**
 * The source if it is already here (the default report, in the live widget's own chunk), so the
 * widget draws it in its first pass rather than a busy state and then the figures.
 */
export function sourceAtHand(kind: 'report' | 'series', id: string): BundledSource | undefined {
  return kind === 'report' && id === defaultReport.id ? defaultReport : undefined;
}

/** What a widget shows figures of: a bundled report, or a series from the series chunk. */
export async function loadSource(
  kind: 'report' | 'series',
  id: string,
): Promise<BundledSource | undefined> {
  const now = sourceAtHand(kind, id);
  if (now) return now;
  const chunk = await loadSeriesChunk();
  return kind === 'series'
    ? chunk.bundledSeries.find((s) => s.id === id)
    : chunk.otherReports.find((r) => r.id === id);
}

/** A link from data is followed only if it is http(s). */
export function safeLink(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
