import { type Metric, provenanceUrl, Report, reports } from '@tip-report/core';
import type { Plugin } from 'vite';
import type { BundledReport } from '../src/bundled-report.js';

/**
 * The report data the widget bundles, made at build time from core: each report is validated
 * with core's zod schema here (so zod never reaches the reader's browser), cut to what the widget
 * shows, and each observation gets core's provenanceUrl, the shape the API's /metrics sends. The
 * source text, findings and organisations stay out of the bundle.
 */
export function bundledReportsOf(all: readonly unknown[] = reports): BundledReport[] {
  return all.map((candidate) => {
    const report = Report.parse(candidate);
    const metrics = report.metrics.map((metric): Metric & BundledReport['metrics'][number] => ({
      ...metric,
      observations: metric.observations.map((o) => ({
        ...o,
        provenanceUrl: provenanceUrl(report, o.source),
      })),
    }));
    return {
      id: report.id,
      title: report.title,
      publisher: report.publisher,
      edition: report.edition,
      published: report.published,
      country: report.country,
      section: report.section,
      tier: report.tier,
      reportingPeriod: report.reportingPeriod,
      years: report.years,
      reportingYear: report.reportingYear,
      url: report.url,
      metrics,
    };
  });
}

const moduleId = 'virtual:tip-report/bundled-reports';

/** Serves `virtual:tip-report/bundled-reports` to the widget's bundles and tests. */
export function bundledReportsPlugin(): Plugin {
  return {
    name: 'tip-report-bundled-reports',
    resolveId: (id) => (id === moduleId ? `\0${moduleId}` : undefined),
    load: (id) =>
      id === `\0${moduleId}`
        ? `export const bundledReports = ${JSON.stringify(bundledReportsOf())};`
        : undefined,
  };
}
