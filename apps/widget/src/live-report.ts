import { citation } from '@tip-report/core/data';
import type { BundledReport, BundledSeries } from './bundled-report.js';
import { registerEnglishRest } from './english-rest.js';
import {
  bundledReportIds,
  loadReport,
  loadSeries,
  type ShownReport,
  type ShownSeries,
} from './shown-report.js';

// Live figures may come from other editions or be cited: their notes' English words come here.
registerEnglishRest();

/**
 * Fetching a report from the API (`api` attribute). The widget validates the response itself but
 * without zod, which stays out of the reader's browser: it checks just the fields it reads, and
 * a response that lacks one is treated as a failure (the widget then shows its bundled figures).
 * The tests hold this check to core's zod schema.
 */

export type LiveResult =
  | { report: ShownReport; series?: undefined }
  | { series: ShownSeries; report?: undefined }
  | { failure: string; reportNotFound?: boolean; report?: undefined; series?: undefined };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isYear = (value: unknown): value is number => Number.isInteger(value);
const isYearList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length >= 2 && value.every(isYear);
const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function metadataProblem(data: Json): string | undefined {
  for (const key of ['id', 'title', 'publisher', 'published', 'section', 'tier', 'url']) {
    if (!isText(data[key])) return `report field ${key} is missing`;
  }
  if (!isYear(data.edition)) return 'report field edition is not a year';
  if (!/^\d{4}-\d{2}$/.test(data.published as string)) return 'report published is not YYYY-MM';
  if (!isObject(data.country) || !isText(data.country.name)) return 'report country is missing';
  if (!isYearList(data.years)) return 'report years are not a list of years';
  return undefined;
}

const isStated = (source: unknown) =>
  isObject(source) &&
  (source.kind === 'quoted'
    ? isText(source.quote)
    : source.kind === 'cited' && isText(source.locator));

function observationProblem(o: unknown, years: readonly number[]): string | undefined {
  if (!isObject(o)) return 'an observation is not an object';
  if (!isYear(o.year) || !years.includes(o.year)) return `observation year ${o.year} is unknown`;
  if (!isAmount(o.value)) return 'an observation value is not a number';
  if (o.usd !== undefined && !isAmount(o.usd)) return 'an observation usd is not a number';
  if (o.derived !== undefined && o.derived !== true) return 'an observation derived is not true';
  if (o.formula !== undefined && !isText(o.formula)) return 'an observation formula is not text';
  if (!isStated(o.source)) return 'an observation has no quote or locator';
  if (typeof o.provenanceUrl !== 'string') return 'an observation has no provenanceUrl';
  return undefined;
}

function definitionProblem(m: unknown, units: readonly string[]): string | undefined {
  if (!isObject(m)) return 'a metric is not an object';
  for (const key of ['id', 'label', 'topic']) {
    if (!isText(m[key])) return `metric field ${key} is missing`;
  }
  if (!isText(m.statement) || !m.statement.includes('{value}')) {
    return `metric ${m.id} has no statement`;
  }
  if (typeof m.unit !== 'string' || !units.includes(m.unit)) {
    return `metric ${m.id} has unknown unit ${m.unit}`;
  }
  return undefined;
}

function metricProblem(
  m: unknown,
  years: readonly number[],
  units: readonly string[],
): string | undefined {
  const definition = definitionProblem(m, units);
  if (definition || !isObject(m)) return definition;
  if (!Array.isArray(m.observations) || m.observations.length === 0) {
    return `metric ${m.id} has no observations`;
  }
  for (const o of m.observations) {
    const problem = observationProblem(o, years);
    if (problem) return `metric ${m.id}: ${problem}`;
  }
  return undefined;
}

/** The report from the two API responses, or why they cannot be used. */
export function liveReportFrom(
  reportBody: unknown,
  metricsBody: unknown,
  bundled?: BundledReport,
): ShownReport | string {
  const data = isObject(reportBody) ? reportBody.data : undefined;
  if (!isObject(data)) return 'the report response has no data';
  const problem = metadataProblem(data);
  if (problem) return problem;
  const metrics = isObject(metricsBody) ? metricsBody.data : undefined;
  if (!Array.isArray(metrics)) return 'the metrics response has no data';
  const years = data.years as number[];
  // The units and topics are the report's data: sent with it, or the bundled edition's (the
  // `bundled` twin of the same id).
  const units = Array.isArray(data.units) ? data.units : bundled?.units;
  const topics = Array.isArray(data.topics) ? data.topics : bundled?.topics;
  if (!units?.every((u) => isObject(u) && isText(u.id) && isText(u.kind))) {
    return 'the report has no units';
  }
  if (!topics?.every((t) => isObject(t) && isText(t.id) && typeof t.headline === 'boolean')) {
    return 'the report has no topics';
  }
  const unitIds = units.map((u) => u.id as string);
  for (const m of metrics) {
    const metricIssue = metricProblem(m, years, unitIds);
    if (metricIssue) return metricIssue;
  }
  return {
    ...(data as unknown as Omit<ShownReport, 'metrics' | 'origin'>),
    citationText: citation(data as unknown as ShownReport, 'text'),
    units: units as ShownReport['units'],
    topics: topics as ShownReport['topics'],
    metrics: metrics as ShownReport['metrics'],
    // The bundled edition's headline set; a report the widget does not bundle shows all metrics.
    headline: bundled?.headline ?? metrics.map((m) => (m as { id: string }).id),
    // Our names for its organisations are the bundled twin's: the API's report leaves them out.
    ...(bundled?.glosses ? { glosses: bundled.glosses } : {}),
    origin: 'live',
  };
}

/** Who states a figure in a series, and its link. */
function statedProblem(x: unknown, years: readonly number[]): string | undefined {
  if (!isObject(x)) return 'a figure is not an object';
  if (!isYear(x.year) || !years.includes(x.year)) return `year ${x.year} is unknown`;
  if (!isText(x.reportId) || !isYear(x.edition)) return 'a figure names no edition';
  if (!isStated(x.source)) return 'a figure has no quote or locator';
  if (typeof x.provenanceUrl !== 'string') return 'a figure has no provenanceUrl';
  return undefined;
}

function pointProblem(p: unknown, years: readonly number[]): string | undefined {
  const problem = statedProblem(p, years);
  if (problem || !isObject(p)) return problem;
  if (!isAmount(p.value)) return 'a point value is not a number';
  if (p.usd !== undefined && !isAmount(p.usd)) return 'a point usd is not a number';
  if (!Array.isArray(p.differs)) return 'a point has no differs';
  const statements = p.statements;
  if (!Array.isArray(statements) || statements.length === 0) return 'a point has no statements';
  for (const st of statements) {
    if (!isObject(st) || !isText(st.reportId) || !isAmount(st.value)) {
      return 'a statement has no edition or value';
    }
    if (typeof st.agrees !== 'boolean' || typeof st.provenanceUrl !== 'string') {
      return 'a statement has no agreement or provenanceUrl';
    }
  }
  return undefined;
}

/**
 * The series from the two API responses (`/v1/series/{id}` and its `/metrics`), or why they
 * cannot be used. Each edition's metadata to cite, and the headline set, are the bundled twin's:
 * an edition the widget does not know makes the answer unusable (its figures could not be cited).
 */
export function liveSeriesFrom(
  seriesBody: unknown,
  metricsBody: unknown,
  bundled: BundledSeries,
): ShownSeries | string {
  const data = isObject(seriesBody) ? seriesBody.data : undefined;
  if (!isObject(data) || data.id !== bundled.id) return 'the series response has no data';
  const years = data.years;
  if (!isYearList(years)) return 'series years are not a list of years';
  const editions = data.editions;
  if (!Array.isArray(editions) || editions.length === 0) return 'the series has no editions';
  for (const e of editions) {
    if (!isObject(e) || !isText(e.reportId) || !isYear(e.edition) || !isText(e.tier)) {
      return 'an edition has no report, year or tier';
    }
    if (!isYear(e.reportingYear) || typeof e.waiver !== 'boolean') {
      return `edition ${e.edition} has no reporting year or waiver`;
    }
    if (!bundled.reports.some((r) => r.id === e.reportId)) {
      return `edition ${e.reportId} is not one the widget can cite`;
    }
  }
  const units = data.units;
  if (!Array.isArray(units) || !units.every((u) => isObject(u) && isText(u.id))) {
    return 'the series has no units';
  }
  if (!isObject(data.country) || !isText(data.country.name) || !isText(data.section)) {
    return 'the series names no country or section';
  }
  const metrics = isObject(metricsBody) ? metricsBody.data : undefined;
  if (!Array.isArray(metrics)) return 'the metrics response has no data';
  const unitIds = units.map((u) => u.id as string);
  for (const m of metrics) {
    const problem = definitionProblem(m, unitIds);
    if (problem || !isObject(m)) return problem ?? 'a metric is not an object';
    if (!Array.isArray(m.points) || !Array.isArray(m.notReported)) {
      return `metric ${m.id} has no points`;
    }
    for (const p of m.points) {
      const issue = pointProblem(p, years);
      if (issue) return `metric ${m.id}: ${issue}`;
    }
    for (const n of m.notReported) {
      const issue = statedProblem(n, years);
      if (issue) return `metric ${m.id}: ${issue}`;
    }
  }
  const ids = metrics.map((m) => (m as { id: string }).id);
  return {
    ...(data as unknown as Omit<ShownSeries, 'metrics' | 'origin' | 'reports' | 'headline'>),
    metrics: metrics as ShownSeries['metrics'],
    reports: bundled.reports.filter((r) => editions.some((e) => e.reportId === r.id)),
    headline: bundled.headline.filter((id) => ids.includes(id)),
    // The bundled twin's glosses where the API's answer carries none.
    glosses: Array.isArray(data.glosses)
      ? (data.glosses as ShownSeries['glosses'])
      : bundled.glosses,
    origin: 'live',
  };
}

async function getJson(url: URL, signal: AbortSignal | undefined): Promise<unknown> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    ...(signal === undefined ? {} : { signal }),
  });
  if (!response.ok) throw new HttpStatus(response.status);
  return response.json();
}

class HttpStatus extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * A report (`/v1/reports/{id}` and `/metrics`) or a series (`/v1/series/{id}` and `/metrics`) live
 * from the API. Its bundled twin lends it what the API does not send: a report's headline set
 * (and units, from an older API), a series' editions to cite. Never rejects: a failure is a value
 * the widget shows, not an error in the host's console.
 */
export async function fetchLive(
  api: URL,
  asked: { report: string; series?: undefined } | { series: string; report?: undefined },
  signal?: AbortSignal,
): Promise<LiveResult> {
  const id = asked.series ?? asked.report;
  const kind = asked.series ? 'series' : 'reports';
  const base = new URL(`v1/${kind}/${encodeURIComponent(id)}`, api);
  try {
    const bundled = asked.series
      ? { series: await loadSeries(asked.series).catch(() => undefined) }
      : {
          report: bundledReportIds.includes(id)
            ? await loadReport(id).catch(() => undefined)
            : undefined,
        };
    if (asked.series && !bundled.series) return { failure: `the widget has no series ${id}` };
    const [body, metricsBody] = await Promise.all([
      getJson(base, signal),
      getJson(new URL(`${base.pathname}/metrics`, base), signal),
    ]);
    if (bundled.series) {
      const series = liveSeriesFrom(body, metricsBody, bundled.series);
      return typeof series === 'string'
        ? { failure: `unexpected response: ${series}` }
        : { series };
    }
    const report = liveReportFrom(body, metricsBody, bundled.report);
    return typeof report === 'string' ? { failure: `unexpected response: ${report}` } : { report };
  } catch (error) {
    if (error instanceof HttpStatus) {
      return { failure: error.message, reportNotFound: error.status === 404 };
    }
    return { failure: 'the API could not be reached' };
  }
}
