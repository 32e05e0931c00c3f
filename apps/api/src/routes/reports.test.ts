import {
  citation,
  getReport,
  provenanceUrl,
  type Report,
  ReportSummary,
  reports,
} from '@tip-report/core';
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

  it('lists the editions of Armenia, Azerbaijan and Georgia, each with its edition, tier, canonical URL and provenance', async () => {
    const body = await (await app.request('/v1/reports')).json();
    const editions = [2017, 2018, 2019, 2020, 2021, 2022];
    expect(body.data.map((r: { id: string }) => r.id)).toEqual(
      ['arm', 'aze', 'geo'].flatMap((country) => editions.map((e) => `${country}-${e}`)),
    );
    for (const summary of body.data) {
      const r = getReport(summary.id) as Report;
      expect(summary).toMatchObject({
        edition: Number(r.id.slice(-4)),
        tier: r.tier,
        url: r.url,
        provenance: r.sourceText === undefined ? 'cited' : 'quoted',
      });
    }
    // Only aze-2018 ships its text; the others are cited from their pages.
    expect(
      body.data
        .filter((r: { provenance: string }) => r.provenance === 'quoted')
        .map((r: { id: string }) => r.id),
    ).toEqual(['aze-2018']);
  });
});

describe('every report under /v1/reports/{reportId}', () => {
  it.each(reports.map((r) => r.id))(
    '%s: detail, metrics, compare, findings and citation answer',
    async (id) => {
      const r = getReport(id) as Report;
      const at = `/v1/reports/${id}`;
      const detail = await (await app.request(at)).json();
      expect(detail.data.metricIds).toEqual(r.metrics.map((m) => m.id));
      expect(detail.meta.sources).toEqual(sources(r));
      const metrics = await (await app.request(`${at}/metrics`)).json();
      expect(metrics.data.map((m: { id: string }) => m.id)).toEqual(r.metrics.map((m) => m.id));
      const [from, to] = [r.years[0], r.years.at(-1)];
      if (from === undefined || to === undefined) {
        // None of its section could be read: no years, so any comparison is a 400.
        expect(r.coverage?.part).toBe('none');
        const compared = await app.request(
          `${at}/compare?from=${r.reportingYear - 1}&to=${r.reportingYear}`,
        );
        expect(compared.status).toBe(400);
        expect((await compared.json()).allowed).toEqual([]);
      } else {
        const compared = await app.request(`${at}/compare?from=${from}&to=${to}`);
        expect(compared.status).toBe(200);
        expect((await compared.json()).data.reportId).toBe(id);
      }
      const findings = await (await app.request(`${at}/findings`)).json();
      expect(findings.data).toHaveLength(r.findings.length);
      expect((await app.request(`${at}/citation`)).status).toBe(200);
    },
  );
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
      units: report.units,
      topics: report.topics,
      facts: report.facts.map((f) => ({ ...f, provenanceUrl: provenanceUrl(report, f.source) })),
    });
    // The fields the report had before the units, topics and facts were added keep their order.
    expect(Object.keys(body.data).slice(-5)).toEqual([
      'metricIds',
      'citation',
      'units',
      'topics',
      'facts',
    ]);
    // Where an edition's text states its tier, the fact says the tier the report is placed on.
    let tierFacts = 0;
    for (const r of reports) {
      const facts = (await (await app.request(`/v1/reports/${r.id}`)).json()).data.facts;
      for (const fact of facts.filter((f: { id: string }) => f.id === 'tier')) {
        tierFacts++;
        expect(fact.value, r.id).toBe(r.tier);
        expect(fact.provenanceUrl.startsWith(`${r.url}#:~:text=`)).toBe(true);
      }
    }
    // Some edition states its tier, so the loop above checked something.
    expect(tierFacts).toBeGreaterThan(0);
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
