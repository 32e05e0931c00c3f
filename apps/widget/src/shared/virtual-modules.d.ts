/// <reference types="vite/client" />

// Made at build time by build/bundled-reports-plugin.ts from @tip-report/core.
declare module 'virtual:tip-report/bundled-reports' {
  import type { BundledReport } from './bundled-data.js';
  /** core's defaultReport, shown when no `report` or `series` attribute is given. */
  export const defaultReport: BundledReport;
  /** Every report the widget can show (the others are in the series chunk). */
  export const bundledReportIds: readonly string[];
  /** The ids of the series in the series chunk, to name a bad `series` without loading it. */
  export const bundledSeriesIds: readonly string[];
}

// Loaded with import() only when a series or another report is asked for.
declare module 'virtual:tip-report/bundled-series' {
  import type { BundledReport, BundledSeries } from './bundled-data.js';
  export const bundledSeries: readonly BundledSeries[];
  export const otherReports: readonly BundledReport[];
}

// A loader per locale but English: that locale's translations of the data's metrics, units, topics.
declare module 'virtual:tip-report/translation-loaders' {
  export const translationLoaders: Readonly<
    Record<string, () => Promise<{ translations: Record<string, Record<string, unknown>> }>>
  >;
}
