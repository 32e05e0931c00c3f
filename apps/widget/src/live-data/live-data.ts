import { config } from 'zod';
import type { BundledReport, BundledSeries } from '../shared/bundled-data.js';

/**
 * "Live data" (a chunk of its own, loaded only by a widget with an `api` attribute): a report or a
 * series from the tip-report API, validated with core's own zod schemas, the ones the API
 * answers with (ReportMetadata with its units and topics, LinkedMetric; Series and SeriesMetric),
 * so the check cannot drift from the data it checks. Never rejects: a failure is a value the
 * widget names, not an error in the host's console.
 */
export type LiveResult = { source: BundledReport | BundledSeries } | { failure: string };

type Core = typeof import('./core-schemas.js');
let core: Promise<Core> | undefined;
/** Core's schemas, built after zod is told to parse without eval (see core-schemas.ts). */
function schemas(): Promise<Core> {
  config({ jitless: true });
  core ??= import('./core-schemas.js');
  return core;
}

async function getData(url: URL, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url.pathname}`);
  const body = (await response.json()) as { data?: unknown } | null;
  return body?.data;
}

/** The first problem zod found, as "path: message". */
function why(error: unknown): string {
  const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
  if (issue) return `${issue.path.map(String).join('.') || 'the answer'}: ${issue.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * `{api}/v1/reports/{id}` and its `/metrics`, or `{api}/v1/series/{id}` and its `/metrics`. A
 * series' editions are cited with the bundled twin's metadata (`editions`), which the API's
 * series answer does not carry whole.
 */
export async function fetchLive(
  api: URL,
  kind: 'report' | 'series',
  id: string,
  signal: AbortSignal,
  editions: BundledSeries['reports'] = [],
): Promise<LiveResult> {
  const base = new URL(
    `v1/${kind === 'report' ? 'reports' : 'series'}/${encodeURIComponent(id)}`,
    api,
  );
  try {
    const {
      citation,
      headlineMetricIds,
      LinkedMetric,
      ReportMetadata,
      Series,
      SeriesMetric,
      Topic,
      Unit,
    } = await schemas();
    const LiveReport = ReportMetadata.extend({ units: Unit.array(), topics: Topic.array() });
    const LiveSeries = Series.omit({ metrics: true });
    const [about, metrics] = await Promise.all([
      getData(base, signal),
      getData(new URL(`${base.pathname}/metrics`, base), signal),
    ]);
    if (kind === 'report') {
      const report = LiveReport.parse(about);
      const linked = LinkedMetric.array().parse(metrics);
      return {
        source: {
          ...report,
          citationText: citation(report, 'text'),
          metrics: linked,
          headline: headlineMetricIds({ topics: report.topics, metrics: linked }),
        },
      };
    }
    const series = LiveSeries.parse(about);
    const seriesMetrics = SeriesMetric.array().parse(metrics);
    const reports = editions.filter((r) => series.editions.some((e) => e.reportId === r.id));
    if (reports.length < series.editions.length)
      return { failure: 'an edition the widget cannot cite' };
    const whole = { ...series, metrics: seriesMetrics };
    return { source: { ...whole, reports, headline: headlineMetricIds(whole) } };
  } catch (error) {
    return { failure: why(error) };
  }
}
