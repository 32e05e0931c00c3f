import type { Plugin } from 'vite';
import type { BundledReport } from '../src/bundled-report.js';
/**
 * The report data the widget bundles, made at build time from core: each report is validated
 * with core's zod schema here (so zod never reaches the reader's browser), cut to what the widget
 * shows, and each observation gets core's provenanceUrl, the shape the API's /metrics sends. The
 * source text, findings and organisations stay out of the bundle.
 */
export declare function bundledReportsOf(all?: readonly unknown[]): BundledReport[];
/** Serves `virtual:tip-report/bundled-reports` to the widget's bundles and tests. */
export declare function bundledReportsPlugin(): Plugin;
