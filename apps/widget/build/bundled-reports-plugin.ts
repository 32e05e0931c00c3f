import {
  series as coreSeries,
  defaultReport,
  headlineMetricIds,
  type LinkedNotReported,
  type LinkedObservation,
  linkMetric,
  Report,
  reports,
  Series,
} from '@tip-report/core';
import type { Plugin } from 'vite';
import type { BundledReport, StatedSource } from '../src/bundled-report.js';

/**
 * The report data the widget bundles, made at build time from core: each report is validated
 * with core's zod schema here (so zod never reaches the reader's browser), cut to what the widget
 * shows, and each figure gets core's provenanceUrl (core's linkMetric, the shape the API's
 * /metrics sends). The source text, findings and organisations stay out of the bundle.
 */
export function bundledReportsOf(all: readonly unknown[] = reports): BundledReport[] {
  return all.map((candidate) => {
    const report = Report.parse(candidate);
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
      provenance: report.provenance,
      units: report.units,
      topics: report.topics,
      // Each metric as the API's /metrics sends it (core's linkMetric), less its description,
      // which the widget never shows: the entry's bytes are budgeted.
      metrics: report.metrics.map((metric) => {
        const { description: _, ...linked } = linkMetric(report, metric);
        return linked;
      }),
      headline: headlineMetricIds(report),
    };
  });
}

/**
 * The series the widget can show, validated by core's schema at build time. They already carry
 * every figure's provenance link; each edition's citation metadata comes with them.
 */
export function bundledSeriesOf(all: readonly unknown[] = coreSeries) {
  return all.map((candidate) => {
    const parsed = Series.parse(candidate);
    const editions = bundledReportsOf(
      parsed.editions.map((e) => reports.find((r) => r.id === e.reportId)),
    );
    return {
      ...parsed,
      reports: editions.map(
        ({ metrics: _m, units: _u, topics: _t, headline: _h, ...metadata }) => metadata,
      ),
      headline: headlineMetricIds(parsed),
    };
  });
}

/**
 * JSON for the bundle, without the data's `translations`: the widget speaks English (its `lang`
 * formats numbers only), and every byte of the entry counts against its budget.
 */
const json = (data: unknown) =>
  JSON.stringify(data, (key, value) => (key === 'translations' ? undefined : value));

/**
 * The default report for the entry, with each figure's words and link moved out into `sources`
 * (keyed `metricId@year`), which come with the "Source" expander's chunk.
 */
export function withoutSources(report: BundledReport): {
  report: BundledReport;
  sources: Record<string, StatedSource>;
} {
  const sources: Record<string, StatedSource> = {};
  const slim = <T extends { year: number; source: StatedSource['source']; provenanceUrl: string }>(
    metricId: string,
    figure: T,
  ) => {
    const { source, provenanceUrl, ...rest } = figure;
    sources[`${metricId}@${figure.year}`] = { source, provenanceUrl };
    return { ...rest, source: { kind: source.kind } };
  };
  const metrics = report.metrics.map((metric): BundledReport['metrics'][number] => ({
    ...metric,
    observations: metric.observations.map((o) => slim(metric.id, o as LinkedObservation)),
    ...(metric.notReported
      ? { notReported: metric.notReported.map((n) => slim(metric.id, n as LinkedNotReported)) }
      : {}),
  }));
  return { report: { ...report, metrics }, sources };
}

const reportsModule = 'virtual:tip-report/bundled-reports';
const sourcesModule = 'virtual:tip-report/bundled-sources';
const seriesModule = 'virtual:tip-report/bundled-series';

/**
 * Serves the widget's data to its bundles and tests: `virtual:tip-report/bundled-reports`, in the
 * entry, holds what the default view needs (core's defaultReport) and the ids of everything else;
 * `virtual:tip-report/bundled-series`, imported dynamically and so a chunk of its own, holds the
 * series and the other reports.
 */
export function bundledReportsPlugin(): Plugin {
  return {
    name: 'tip-report-bundled-reports',
    resolveId: (id) =>
      [reportsModule, seriesModule, sourcesModule].includes(id) ? `\0${id}` : undefined,
    load: (id) => {
      const all = bundledReportsOf();
      const entry = withoutSources(all.find((r) => r.id === defaultReport.id) as BundledReport);
      if (id === `\0${sourcesModule}`) {
        return `export const bundledSources = ${json({ [defaultReport.id]: entry.sources })};`;
      }
      if (id === `\0${reportsModule}`) {
        return [
          `export const defaultReport = ${json(entry.report)};`,
          `export const bundledReportIds = ${json(all.map((r) => r.id))};`,
          `export const bundledSeriesIds = ${json(coreSeries.map((s) => s.id))};`,
        ].join('\n');
      }
      if (id === `\0${seriesModule}`) {
        return [
          `export const bundledSeries = ${json(bundledSeriesOf())};`,
          `export const otherReports = ${json(all.filter((r) => r.id !== defaultReport.id))};`,
        ].join('\n');
      }
      return undefined;
    },
  };
}
