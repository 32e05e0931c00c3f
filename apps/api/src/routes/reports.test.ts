import { citation, getReport, type Report, ReportSummary, reports } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp();
const report = getReport('aze-2018') as Report;
const sources = (r: Report) => [{ reportId: r.id, url: r.url, citation: citation(r, 'csl-json') }];

describe('GET /v1/reports', () => {
  it('lists every report core ships, as summaries without figures or text', async () => {
    const res = await app.request('/v1/reports');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    const body = await res.json();
    expect(body.data).toEqual(reports.map((r) => ReportSummary.parse(r)));
    expect(body.data[0]).not.toHaveProperty('metrics');
    expect(body.data[0]).not.toHaveProperty('sourceText');
    expect(body.meta).toEqual({ sources: reports.flatMap(sources), self: '/v1/reports' });
  });
});

describe('GET /v1/reports/{reportId}', () => {
  it('gives the metadata, the metric ids in order and the CSL-JSON citation (the widget contract)', async () => {
    const res = await app.request('/v1/reports/aze-2018');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data).toEqual({
      ...ReportSummary.parse(report),
      metricIds: report.metrics.map((m) => m.id),
      citation: citation(report, 'csl-json'),
    });
    expect(body.meta).toEqual({ sources: sources(report), self: '/v1/reports/aze-2018' });
    expect(res.headers.get('Link')).toBe(`<${report.url}>; rel="cite-as"`);
  });

  it('answers an unknown report with 404 problem+json listing the reports there are', async () => {
    const res = await app.request('/v1/reports/xyz-2019');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      parameter: 'reportId',
      value: 'xyz-2019',
      allowed: [...reports.map((r) => r.id)],
      instance: '/v1/reports/xyz-2019',
    });
  });

  it('says 404 (not 400) for a report id of the wrong shape too, even with a bad query', async () => {
    const res = await app.request('/v1/reports/NOPE/metrics?year=abc');
    expect(res.status).toBe(404);
    expect((await res.json()).allowed).toEqual(reports.map((r) => r.id));
  });
});
