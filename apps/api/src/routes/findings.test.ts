import { getReport, provenanceUrl, type Report, Stance } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp();
const report = getReport('aze-2018') as Report;
const base = '/v1/reports/aze-2018/findings';
const topics = report.topics.map((t) => t.id);
const served = report.findings.map((f) => ({
  ...f,
  provenanceUrl: provenanceUrl(report, f.source),
}));

describe('GET /v1/reports/{reportId}/findings', () => {
  it('gives every finding with its quote and provenance link, the assessment marked', async () => {
    const body = await (await app.request(base)).json();
    expect(body.data).toEqual(served);
    expect(body.data.filter((f: { assessment?: true }) => f.assessment)).toHaveLength(1);
  });

  it('filters by topic and by stance, and by both', async () => {
    for (const topic of topics) {
      const body = await (await app.request(`${base}?topic=${topic}`)).json();
      expect(body.data).toEqual(served.filter((f) => f.topic === topic));
    }
    for (const stance of Stance.options) {
      const body = await (await app.request(`${base}?stance=${stance}`)).json();
      expect(body.data).toEqual(served.filter((f) => f.stance === stance));
    }
    const both = await (await app.request(`${base}?topic=funding&stance=positive`)).json();
    expect(both.data).toEqual(
      served.filter((f) => f.topic === 'funding' && f.stance === 'positive'),
    );
    expect(both.meta.self).toBe(`${base}?topic=funding&stance=positive`);
  });

  it("a cited report's findings are an empty list, filtered or not; its unknown topics a 400", async () => {
    const cited = getReport('aze-2022') as Report;
    expect(cited.provenance).toBe('cited');
    for (const query of ['', '?stance=negative', `?topic=${cited.topics[0]?.id}`]) {
      const res = await app.request(`/v1/reports/aze-2022/findings${query}`);
      expect(res.status, query).toBe(200);
      expect((await res.json()).data).toEqual([]);
    }
    // A topic of another report is not one of this report's.
    const foreign = report.topics
      .map((t) => t.id)
      .find((t) => !cited.topics.some((c) => c.id === t));
    expect(foreign).toBeDefined();
    const res = await app.request(`/v1/reports/aze-2022/findings?topic=${foreign}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      parameter: 'topic',
      value: foreign,
      allowed: cited.topics.map((t) => t.id),
    });
  });

  it('an unknown stance or topic is a 400 listing the allowed values', async () => {
    const stance = await app.request(`${base}?stance=glowing`);
    expect(stance.status).toBe(400);
    expect(await stance.json()).toMatchObject({
      parameter: 'stance',
      value: 'glowing',
      allowed: [...Stance.options],
    });
    const topic = await app.request(`${base}?topic=Funding`);
    expect(await topic.json()).toMatchObject({ parameter: 'topic', allowed: topics });
  });
});
