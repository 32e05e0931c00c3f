import { citation, getReport, type Report } from '@tip-report/core';
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

  it('an unknown format is a 400 listing the formats', async () => {
    const res = await app.request('/v1/reports/aze-2018/citation?format=ris');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      parameter: 'format',
      allowed: ['csl-json', 'bibtex'],
    });
  });
});
