// Made at build time by build/bundled-reports-plugin.ts from @tip-report/core.
declare module 'virtual:tip-report/bundled-reports' {
  import type { BundledReport } from './bundled-report.js';
  /**
   * core's defaultReport, the report shown when no `report` attribute is given, with its headline
   * metrics only (what the default view shows); the chunk has it complete.
   */
  export const defaultReport: BundledReport;
  /** Whether `defaultReport` has every metric (it has only the headline ones otherwise). */
  export const defaultReportComplete: boolean;
  /** Every report the widget can show (the others are in the chunk). */
  export const bundledReportIds: readonly string[];
  /** The ids of the series in the chunk, to name a bad `series` without loading it. */
  export const bundledSeriesIds: readonly string[];
}

// Loaded with import() only when a series or another report is asked for: a chunk of its own
// beside widget.js, so the default view does not download it.
declare module 'virtual:tip-report/bundled-series' {
  import type { BundledReport, BundledSeries } from './bundled-report.js';
  export const bundledSeries: readonly BundledSeries[];
  export const otherReports: readonly BundledReport[];
  /** core's defaultReport with every metric, for a `metrics` attribute beyond the headline set. */
  export const completeDefaultReport: BundledReport;
}

// The words and links of the default report's figures: with the "Source" expander's chunk.
declare module 'virtual:tip-report/bundled-sources' {
  import type { StatedSource } from './bundled-report.js';
  /** By report id, then `metricId@year`. */
  export const bundledSources: Readonly<Record<string, Readonly<Record<string, StatedSource>>>>;
}

// A loader per locale but English, each a chunk of its own: that locale's translations of the
// bundled data's metrics, units and topics (build/bundled-reports-plugin.ts).
declare module 'virtual:tip-report/translation-loaders' {
  export const translationLoaders: Readonly<
    Record<string, () => Promise<{ translations: Record<string, Record<string, unknown>> }>>
  >;
}

// The English words only the chunks say, left out of the entry's catalog: each chunk that says
// them registers them (build/bundled-reports-plugin.ts).
declare module 'virtual:tip-report/english-rest' {
  export const englishRest: { id: string; name: string; messages: Record<string, string> };
}

// The default view, drawn at build time by Solid's server renderer from the widget's own
// components (build/default-view-plugin.ts): the entry shows it before, and without, Solid.
declare module 'virtual:tip-report/default-view' {
  import type { DefaultView } from './bundled-report.js';
  export const defaultView: DefaultView;
}
