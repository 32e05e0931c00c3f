import { citation, getReport, type Report, reports } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp();
const report = getReport('aze-2018') as Report;

describe('GET /v1/reports/{reportId}/source', () => {
  it('is the source text byte for byte (UTF-8, no trailing newline, the ’ intact)', async () => {
    const res = await app.request('/v1/reports/aze-2018/source');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode(report.sourceText));
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('NGOs’');
    // Every quote stands where its offsets say, in the text as served.
    const sources = report.metrics.flatMap((m) => m.observations).map((o) => o.source);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      if (source.kind !== 'quoted') throw new Error(`${report.id} quotes every figure`);
      expect(text.slice(source.start, source.end)).toBe(source.quote);
    }
  });
});

describe('GET /v1/reports/{reportId}/source for a report whose text we do not ship', () => {
  const cited = reports.filter((r) => r.sourceText === undefined);

  it('there are such reports: every edition but aze-2018', () => {
    expect(cited.map((r) => r.id)).toEqual(
      ['arm', 'aze', 'geo'].flatMap((country) =>
        [2017, 2018, 2019, 2020, 2021, 2022]
          .map((e) => `${country}-${e}`)
          .filter((id) => id !== 'aze-2018'),
      ),
    );
  });

  it.each(cited.map((r) => r.id))(
    '%s is a 404 problem that says we do not ship its text',
    async (id) => {
      const res = await app.request(`/v1/reports/${id}/source`);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      const problem = await res.json();
      expect(problem).toMatchObject({
        type: '/problems/not-found',
        status: 404,
        parameter: 'reportId',
        value: id,
        allowed: ['aze-2018'],
      });
      expect(problem.detail).toContain('do not ship the text');
      expect(problem.detail).toContain((getReport(id) as Report).url);
    },
  );

  it('its citation still answers', async () => {
    const res = await app.request('/v1/reports/aze-2022/citation');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(citation(getReport('aze-2022') as Report, 'csl-json'));
  });
});

describe('GET /v1/reports/{reportId}/citation', () => {
  it('is CSL-JSON by default', async () => {
    const res = await app.request('/v1/reports/aze-2018/citation');
    expect(res.headers.get('Content-Type')).toBe('application/vnd.citationstyles.csl+json');
    expect(await res.json()).toEqual(citation(report, 'csl-json'));
  });

  it('is BibTeX with ?format=bibtex', async () => {
    const res = await app.request('/v1/reports/aze-2018/citation?format=bibtex');
    expect(res.headers.get('Content-Type')).toBe('application/x-bibtex; charset=utf-8');
    expect(await res.text()).toBe(citation(report, 'bibtex'));
  });

  it('is one line of plain text with ?format=text, for a cited edition too', async () => {
    for (const id of ['aze-2018', 'aze-2022']) {
      const res = await app.request(`/v1/reports/${id}/citation?format=text`);
      expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
      const line = await res.text();
      expect(line).toBe(citation(getReport(id) as Report, 'text'));
      expect(line).not.toContain('\n');
      expect(line).toContain((getReport(id) as Report).title);
    }
  });

  it('an unknown format is a 400 listing the formats', async () => {
    const res = await app.request('/v1/reports/aze-2018/citation?format=ris');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      parameter: 'format',
      allowed: ['csl-json', 'bibtex', 'text'],
    });
  });
});
