import {
  citation,
  series as coreSeries,
  defaultReport,
  glossesOf,
  headlineMetricIds,
  linkMetric,
  localeIds,
  Report,
  reports,
  Series,
} from '@tip-report/core';
import type { Plugin } from 'vite';
import type { BundledReport } from '../src/shared/bundled-data.js';

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
      citationText: citation(report, 'text'),
      units: report.units,
      topics: report.topics,
      // Each metric as the API's /metrics sends it (core's linkMetric), less its description,
      // which the widget never shows: the entry's bytes are budgeted.
      metrics: report.metrics.map((metric) => {
        const { description: _, ...linked } = linkMetric(report, metric);
        return linked;
      }),
      headline: headlineMetricIds(report),
      glosses: glossesOf(report.organisations),
    };
  });
}

/**
 * The series the widget can show, validated by core's schema at build time. They already carry
 * every figure's provenance link; each edition's citation metadata comes with them.
 */
export function bundledSeriesOf(
  all: readonly unknown[] = coreSeries,
  bundled: readonly BundledReport[] = bundledReportsOf(),
) {
  return all.map((candidate) => {
    const parsed = Series.parse(candidate);
    const editions = parsed.editions.map((e) => {
      const report = bundled.find((r) => r.id === e.reportId);
      if (!report) throw new Error(`series ${parsed.id}: no report ${e.reportId} is bundled`);
      return report;
    });
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
 * One export of the bundle's data, without the data's `translations` (they come in a chunk per
 * locale, `translationsOf`, so a page in English downloads none of them) unless told to keep them.
 * The data ships as JSON text given to JSON.parse, not as an object literal: a browser scans a
 * string far faster than it compiles a literal of the same size (V8's advice from about 10 KB),
 * and the default report is in the chunk every widget compiles before its first figure.
 */
function dataExport(name: string, data: unknown, translations: 'drop' | 'keep' = 'drop'): string {
  const text = JSON.stringify(data, (key, value) =>
    key === 'translations' && translations === 'drop' ? undefined : value,
  );
  return `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(text)});`;
}

type Translated = { id: string; translations?: Record<string, unknown> | undefined };
type Dated = { year: number; translations?: Record<string, unknown> | undefined };
type TranslatedMetric = Translated & { observations?: Dated[]; points?: Dated[] };
type TranslationOwner = {
  id: string;
  metrics: TranslatedMetric[];
  units: Translated[];
  topics?: Translated[];
  glosses?: (Omit<Translated, 'id'> & { organisation: string })[];
};
/** What carries translations: every report and series, validated by core's schema. */
const translationOwners = (): TranslationOwner[] => [
  ...reports.map((r) => {
    const report = Report.parse(r);
    return { ...report, glosses: glossesOf(report.organisations) };
  }),
  ...coreSeries.map((s) => Series.parse(s)),
];
/**
 * One locale's translations of the bundled data, by report or series id, then `metric:<id>`,
 * `unit:<id>`, `topic:<id>`, an organisation's gloss, `gloss:<id>`, or a figure's note,
 * `note:<metric id>@<year>`: what the widget merges
 * back into the data it shows in that locale.
 */
export function translationsOf(
  locale: string,
  owners: readonly TranslationOwner[] = translationOwners(),
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const owner of owners) {
    const own: Record<string, unknown> = {};
    for (const [kind, items] of [
      ['metric', owner.metrics],
      ['unit', owner.units],
      ['topic', owner.topics ?? []],
    ] as const) {
      for (const item of items) {
        const t = item.translations?.[locale];
        if (t) own[`${kind}:${item.id}`] = t;
      }
    }
    for (const gloss of owner.glosses ?? []) {
      const t = gloss.translations?.[locale];
      if (t) own[`gloss:${gloss.organisation}`] = t;
    }
    for (const metric of owner.metrics) {
      for (const figure of [...(metric.observations ?? []), ...(metric.points ?? [])]) {
        const t = figure.translations?.[locale];
        if (t) own[`note:${metric.id}@${figure.year}`] = t;
      }
    }
    out[owner.id] = own;
  }
  return out;
}

const translationsModule = 'virtual:tip-report/translations/';
const loadersModule = 'virtual:tip-report/translation-loaders';
const reportsModule = 'virtual:tip-report/bundled-reports';
const seriesModule = 'virtual:tip-report/bundled-series';

/**
 * Serves the widget's data to its bundles and tests, made from core when first asked for:
 * `virtual:tip-report/bundled-reports` (the live widget's chunk) holds core's default report whole
 * and the ids of everything else; `virtual:tip-report/bundled-series`, imported dynamically and so
 * a chunk of its own ("the series"), holds the series and the other reports; a loader per locale
 * but English brings that locale's translations of the data ("a language").
 */
export function bundledReportsPlugin(): Plugin {
  let made: { all: BundledReport[]; owners: TranslationOwner[] } | undefined;
  const data = () => {
    made ??= { all: bundledReportsOf(), owners: translationOwners() };
    return made;
  };
  return {
    name: 'tip-report-bundled-reports',
    resolveId: (id) =>
      [reportsModule, seriesModule, loadersModule].includes(id) || id.startsWith(translationsModule)
        ? `\0${id}`
        : undefined,
    load: (id) => {
      if (id === `\0${loadersModule}`) {
        const others = localeIds.filter((l) => l !== 'en');
        return `export const translationLoaders = {${others
          .map(
            (l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(translationsModule + l)})`,
          )
          .join(',')}};`;
      }
      if (id.startsWith(`\0${translationsModule}`)) {
        const locale = id.slice(`\0${translationsModule}`.length);
        return dataExport('translations', translationsOf(locale, data().owners), 'keep');
      }
      if (id === `\0${reportsModule}`) {
        const { all } = data();
        return [
          dataExport(
            'defaultReport',
            all.find((r) => r.id === defaultReport.id),
          ),
          dataExport(
            'bundledReportIds',
            all.map((r) => r.id),
          ),
          dataExport(
            'bundledSeriesIds',
            coreSeries.map((s) => s.id),
          ),
        ].join('\n');
      }
      if (id === `\0${seriesModule}`) {
        const { all } = data();
        return [
          dataExport('bundledSeries', bundledSeriesOf(coreSeries, all)),
          dataExport(
            'otherReports',
            all.filter((r) => r.id !== defaultReport.id),
          ),
        ].join('\n');
      }
      return undefined;
    },
  };
}
