import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultReport, series } from '@tip-report/core';
import { bundledReportsOf } from '../build/bundled-reports-plugin.js';

/**
 * A real HTTP server on a free port that answers the contract routes the widget reads
 * (GET /v1/reports/{id}, /v1/series/{id} and their /metrics) from core's data, or with whatever a
 * test asks for.
 */
export async function startTestApi(
  answer?: (path: string) => { status: number; body: unknown } | undefined,
): Promise<{ url: string; close: () => Promise<void> }> {
  const report = bundledReportsOf().find((r) => r.id === defaultReport.id);
  if (!report) throw new Error('core has a report');
  // What the API's report detail sends: the metadata with the units and topics of its data.
  const { metrics, headline: _, ...metadata } = report;
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
              : { status: 404, body: { title: 'Not Found', status: 404 } };
    const { status, body } = custom ?? standard;
    response.writeHead(status, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
