import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  citation,
  series as coreSeries,
  defaultReport,
  glossesOf,
  headlineMetricIds,
  type LinkedNotReported,
  type LinkedObservation,
  linkMetric,
  localeIds,
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
 * JSON for the bundle, without the data's `translations`: they come in a chunk per locale
 * (`translationsOf`), so a page in English downloads none of them.
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

/** Catalog keys only the API says: left out of the widget's copy of each catalog. */
const apiOnly = /^(api|problem)\./;
/**
 * English words only the chunks say (the Source expander, a series, the trend, and the notes of
 * figures from another edition or cited from a page, which only a series or live data has), and
 * the messages about a bad attribute (`ui.problem.*`, core's `error.*` and the lists of valid
 * choices), which a widget says only when something is wrong: left out of the entry's English
 * catalog and registered by those chunks (`virtual:tip-report/english-rest`), so the default
 * view's bytes stay within budget.
 */
export const chunkOnly =
  /^(provenance\.|error\.|basis\.\w+\.short$|ui\.gloss$|ui\.problem\.|note\.(otherEdition|cited\w+)$|tierChange\.|tier\.waiver$|ui\.(valid(Choices|Ids)|sources|nowComparing|moreOneYear|noFigureAnyYear|editionsDiffer|trend\w+|difference\.\w+|axis|legend\w+|tier\w+Short|editionTier|asStated|asTextStates|derivedFrom|basisSays|readOnPage|readIt|newTab|also\w+|differentValue|perDollar|notReportedBy|yearRange|seriesSubtitle|seriesSourceNote|yearsToCompare|from|to|tierByEdition|figuresByYear)$)/;
/** One catalog entry of a generated catalog module: `"key": "text",` or `"key": { … },`. */
const catalogEntry =
  /^\s*"([^".]+\.[^"]*)": (?:"(?:[^"\\]|\\.)*"|\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}),?\n/gm;

/** core's English catalog as built (dist/locales/en.generated.js). */
async function englishCatalog(): Promise<{ messages: Record<string, string> }> {
  const core = dirname(createRequire(import.meta.url).resolve('@tip-report/core/package.json'));
  const module = await import(pathToFileURL(join(core, 'dist/locales/en.generated.js')).href);
  return module.catalog;
}

const englishRestModule = 'virtual:tip-report/english-rest';
const translationsModule = 'virtual:tip-report/translations/';
const loadersModule = 'virtual:tip-report/translation-loaders';
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
  // core's data, validated and cut once per plugin (a build, a test run), when the first of the
  // plugin's modules is loaded: not again for each of them, nor for every other module loaded.
  let made:
    | {
        all: BundledReport[];
        entry: ReturnType<typeof withoutSources>;
        owners: TranslationOwner[];
      }
    | undefined;
  const data = () => {
    if (made) return made;
    const all = bundledReportsOf();
    const entry = withoutSources(all.find((r) => r.id === defaultReport.id) as BundledReport);
    made = { all, entry, owners: translationOwners() };
    return made;
  };
  return {
    name: 'tip-report-bundled-reports',
    resolveId: (id) =>
      [reportsModule, seriesModule, sourcesModule, loadersModule, englishRestModule].includes(id) ||
      id.startsWith(translationsModule)
        ? `\0${id}`
        : undefined,
    // The widget never says the API's problems; their words stay out of its catalogs.
    transform: (code, id) => {
      const catalog = /locales\/([\w-]+)\.generated\.js$/.exec(id)?.[1];
      if (!catalog || catalog === 'index' || catalog === 'all') return undefined;
      return code.replace(catalogEntry, (entry, key: string) =>
        apiOnly.test(key) || (catalog === 'en' && chunkOnly.test(key)) ? '' : entry,
      );
    },
    load: async (id) => {
      if (id === `\0${englishRestModule}`) {
        const { messages } = await englishCatalog();
        const rest = Object.fromEntries(
          Object.entries(messages).filter(([k]) => chunkOnly.test(k)),
        );
        return `export const englishRest = ${JSON.stringify({ id: 'en', name: 'English', messages: rest })};`;
      }
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
        return `export const translations = ${JSON.stringify(translationsOf(locale, data().owners))};`;
      }
      if (id === `\0${sourcesModule}`) {
        const { entry } = data();
        return `export const bundledSources = ${json({ [defaultReport.id]: entry.sources })};`;
      }
      if (id === `\0${reportsModule}`) {
        const { all, entry } = data();
        // The default view shows the headline metrics: the others (for a `metrics` attribute that
        // names them) come with the chunk's complete copy of the report.
        const headline = new Set(entry.report.headline);
        const shown = entry.report.metrics.filter((m) => headline.has(m.id));
        return [
          `export const defaultReport = ${json({
            ...entry.report,
            metrics: shown,
            allMetricIds: entry.report.metrics.map((m) => m.id),
          })};`,
          `export const defaultReportComplete = ${entry.report.metrics.length === shown.length};`,
          `export const bundledReportIds = ${json(all.map((r) => r.id))};`,
          `export const bundledSeriesIds = ${json(coreSeries.map((s) => s.id))};`,
        ].join('\n');
      }
      if (id === `\0${seriesModule}`) {
        const { all } = data();
        return [
          `export const bundledSeries = ${json(bundledSeriesOf(coreSeries, all))};`,
          `export const otherReports = ${json(all.filter((r) => r.id !== defaultReport.id))};`,
          `export const completeDefaultReport = ${json(all.find((r) => r.id === defaultReport.id))};`,
        ].join('\n');
      }
      return undefined;
    },
  };
}
