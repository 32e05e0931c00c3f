import type { BundledReport } from './bundled-report.js';
import type { ShownReport } from './shown-report.js';

/**
 * Fetching a report from the API (`api` attribute). The widget validates the response itself but
 * without zod, which stays out of the reader's browser: it checks just the fields it reads, and
 * a response that lacks one is treated as a failure (the widget then shows its bundled figures).
 * The tests hold this check to core's zod schema.
 */

export type LiveResult = { report: ShownReport } | { failure: string; reportNotFound?: boolean };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isYear = (value: unknown): value is number => Number.isInteger(value);
const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function metadataProblem(data: Json): string | undefined {
  for (const key of ['id', 'title', 'publisher', 'published', 'section', 'tier', 'url']) {
    if (!isText(data[key])) return `report field ${key} is missing`;
  }
  if (!isYear(data.edition)) return 'report field edition is not a year';
  if (!/^\d{4}-\d{2}$/.test(data.published as string)) return 'report published is not YYYY-MM';
  if (!isObject(data.country) || !isText(data.country.name)) return 'report country is missing';
  const years = data.years;
  if (!Array.isArray(years) || years.length < 2 || !years.every(isYear)) {
    return 'report years are not a list of years';
  }
  return undefined;
}

function observationProblem(o: unknown, years: readonly number[]): string | undefined {
  if (!isObject(o)) return 'an observation is not an object';
  if (!isYear(o.year) || !years.includes(o.year)) return `observation year ${o.year} is unknown`;
  if (!isAmount(o.value)) return 'an observation value is not a number';
  if (o.usd !== undefined && !isAmount(o.usd)) return 'an observation usd is not a number';
  if (o.derived !== undefined && o.derived !== true) return 'an observation derived is not true';
  if (o.formula !== undefined && !isText(o.formula)) return 'an observation formula is not text';
  const source = o.source;
  const stated =
    isObject(source) &&
    (source.kind === 'quoted'
      ? isText(source.quote)
      : source.kind === 'cited' && isText(source.locator));
  if (!stated) return 'an observation has no quote or locator';
  if (typeof o.provenanceUrl !== 'string') return 'an observation has no provenanceUrl';
  return undefined;
}

function metricProblem(
  m: unknown,
  years: readonly number[],
  units: readonly string[],
): string | undefined {
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
    units: units as ShownReport['units'],
    topics: topics as ShownReport['topics'],
    metrics: metrics as ShownReport['metrics'],
    // The bundled edition's headline set; a report the widget does not bundle shows all metrics.
    headline: bundled?.headline ?? metrics.map((m) => (m as { id: string }).id),
    origin: 'live',
  };
}

async function getJson(url: URL, signal: AbortSignal | undefined): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new HttpStatus(response.status);
  return response.json();
}

class HttpStatus extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** Never rejects: a failure is a value the widget shows, not an error in the host's console. */
export async function fetchLiveReport(
  api: URL,
  reportId: string,
  signal?: AbortSignal,
  bundled?: BundledReport,
): Promise<LiveResult> {
  const base = new URL(`v1/reports/${encodeURIComponent(reportId)}`, api);
  try {
    const [reportBody, metricsBody] = await Promise.all([
      getJson(base, signal),
      getJson(new URL(`${base.pathname}/metrics`, base), signal),
    ]);
    const report = liveReportFrom(reportBody, metricsBody, bundled);
    return typeof report === 'string' ? { failure: `unexpected response: ${report}` } : { report };
  } catch (error) {
    if (error instanceof HttpStatus) {
      return { failure: error.message, reportNotFound: error.status === 404 };
    }
    return { failure: 'the API could not be reached' };
  }
}
