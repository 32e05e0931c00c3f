// @vitest-environment node
import {
  defaultReport,
  getSeries,
  headlineMetricIds,
  linkMetric,
  type Series,
} from '@tip-report/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeriesOf } from '../../build/bundled-reports-plugin.js';
import { startTestApi } from '../../test/api-server.js';
import { fetchLive } from './live-data.js';

// A real HTTP server answering the API's contract routes from core's data (or, where a test
// says, with a broken answer the real API never gives).
let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());
const serve = async (answer?: Parameters<typeof startTestApi>[0]) => {
  const api = await startTestApi(answer);
  close = api.close;
  return new URL(api.url);
};
const signal = new AbortController().signal;
const series = getSeries('aze-protection') as Series;

describe('live figures, checked with core’s zod schemas', () => {
  it('takes a report and its metrics, with core’s headline set and its citation', async () => {
    const result = await fetchLive(await serve(), 'report', defaultReport.id, signal);
    if (!('source' in result)) throw new Error(result.failure);
    expect(result.source.metrics.map((m) => m.id)).toEqual(defaultReport.metrics.map((m) => m.id));
    expect(result.source.headline).toEqual(headlineMetricIds(defaultReport));
    expect((result.source as { citationText?: string }).citationText).toContain(
      String(defaultReport.edition),
    );
  });

  it('takes a series, citing its editions with the bundled metadata', async () => {
    const editions = bundledSeriesOf().find((s) => s.id === series.id)?.reports ?? [];
    const result = await fetchLive(await serve(), 'series', series.id, signal, editions);
    if (!('source' in result)) throw new Error(result.failure);
    expect(result.source.metrics.map((m) => m.id)).toEqual(series.metrics.map((m) => m.id));
    expect('reports' in result.source && result.source.reports.map((r) => r.id)).toEqual(
      series.editions.map((e) => e.reportId),
    );
  });

  it('refuses an answer core’s schema refuses, and says where', async () => {
    const [first, ...rest] = defaultReport.metrics.map((m) => linkMetric(defaultReport, m));
    const broken = {
      ...first,
      observations: first?.observations.map((o, i) =>
        i === 0 ? { ...o, value: 'seventy-one' } : o,
      ),
    };
    const api = await serve((path) =>
      path.endsWith('/metrics') ? { status: 200, body: { data: [broken, ...rest] } } : undefined,
    );
    const result = await fetchLive(api, 'report', defaultReport.id, signal);
    expect('failure' in result && result.failure).toMatch(/^0\.observations\.0\.value: /);
  });

  it('says so when the API answers with an error', async () => {
    const result = await fetchLive(await serve(), 'report', 'xyz-1999', signal);
    expect('failure' in result && result.failure).toMatch(/HTTP 404/);
  });
});
