import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultReport, linkMetric, reports, series } from '@tip-report/core';
import { bundledReportsOf } from '../build/bundled-reports-plugin.js';

/** An RFC 9457 problem as the API answers one (apps/api/src/problem.ts): its fields, its type. */
interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  parameter?: string;
  value?: string;
  allowed?: string[];
}
const PROBLEM_TYPE = 'application/problem+json';

/** The collections whose unknown id is named, as the API names it: the parameter, the allowed ids. */
const collections = {
  reports: { noun: 'report', parameter: 'reportId', ids: reports.map((r) => r.id) },
  series: { noun: 'series', parameter: 'seriesId', ids: series.map((s) => s.id) },
};

function notFound(path: string): Problem {
  const [, kind, id = ''] = /^\/v1\/(reports|series)\/([^/]+)/.exec(path) ?? [];
  const common = { type: '/problems/not-found', title: 'Not found', status: 404, instance: path };
  const collection = kind === 'reports' || kind === 'series' ? collections[kind] : undefined;
  if (collection && !collection.ids.includes(id)) {
    return {
      ...common,
      detail: `There is no ${collection.noun} "${id}".`,
      parameter: collection.parameter,
      value: id,
      allowed: collection.ids,
    };
  }
  return { ...common, detail: `Nothing is at ${path}. The API reference is at /docs.` };
}

const internalError = (path: string, status: number): Problem => ({
  type: '/problems/internal-error',
  title: 'Internal error',
  status,
  detail: 'The server failed.',
  instance: path,
});

/**
 * A real HTTP server on a free port that answers the contract routes the widget reads
 * (GET /v1/reports/{id}, /v1/series/{id} and their /metrics) from core's data, or with whatever a
 * test asks for. Errors are problem+json, as the API sends them: a test's error answer with an
 * empty body becomes the API's internal-error problem.
 */
export async function startTestApi(
  answer?: (path: string) => { status: number; body: unknown } | undefined,
): Promise<{ url: string; close: () => Promise<void> }> {
  const report = bundledReportsOf().find((r) => r.id === defaultReport.id);
  if (!report) throw new Error('core has a report');
  // What the API's report detail sends: the metadata with the units and topics of its data; its
  // /metrics sends core's linked metrics, descriptions included.
  const { metrics: _bundled, headline: _, ...metadata } = report;
  const metrics = defaultReport.metrics.map((m) => linkMetric(defaultReport, m));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (request.method === 'OPTIONS') {
      // happy-dom preflights even simple requests; a browser would not.
      response.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
      });
      response.end();
      return;
    }
    const custom = answer?.(path);
    const shownSeries = series.find((s) => path.startsWith(`/v1/series/${s.id}`));
    const { metrics: seriesMetrics, ...seriesDetail } = shownSeries ?? { metrics: [] };
    const standard =
      shownSeries && path === `/v1/series/${shownSeries.id}`
        ? {
            status: 200,
            body: { data: { ...seriesDetail, metricIds: seriesMetrics.map((m) => m.id) } },
          }
        : shownSeries && path === `/v1/series/${shownSeries.id}/metrics`
          ? { status: 200, body: { data: seriesMetrics } }
          : path === `/v1/reports/${report.id}`
            ? { status: 200, body: { data: { ...metadata, metricIds: metrics.map((m) => m.id) } } }
            : path === `/v1/reports/${report.id}/metrics`
              ? { status: 200, body: { data: metrics } }
              : { status: 404, body: notFound(path) };
    const { status, body } = custom ?? standard;
    const problem =
      status >= 400 && body && typeof body === 'object' && Object.keys(body).length === 0
        ? internalError(path, status)
        : body;
    response.writeHead(status, {
      'content-type': status >= 400 ? PROBLEM_TYPE : 'application/json',
      'access-control-allow-origin': '*',
    });
    response.end(JSON.stringify(problem));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
