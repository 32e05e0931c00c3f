// The one-metric-across-countries route. The ids here are test inputs, as in the other route
// tests: the route itself names none.
import { compareCountries, series } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { ResponseCache } from '../response-cache.js';

const cache = new ResponseCache();
const app = createApp({ cache });
const V = 'victims.identified';

const json = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as Record<string, unknown> & { data: never } };
};

describe('GET /v1/metrics/{metricId}', () => {
  it('defaults to every series with the metric: core’s comparison in the envelope', async () => {
    const { res, body } = await json(`/v1/metrics/${V}`);
    expect(res.status).toBe(200);
    expect(body.data).toEqual(JSON.parse(JSON.stringify(compareCountries(series, V))));
    expect((body.meta as { self: string }).self).toBe(`/v1/metrics/${V}`);
    const sources = (body.meta as { sources: { reportId: string }[] }).sources.map(
      (s) => s.reportId,
    );
    expect(sources).toHaveLength(18);
    expect(res.headers.get('ETag')).toMatch(/^"/);
    expect(res.headers.get('Cache-Control')).toMatch(/public/);
  });

  it('answers 304 to its ETag, and the repeat comes from the response cache', async () => {
    const first = await app.request(`/v1/metrics/${V}?series=geo-protection,arm-protection`);
    const etag = first.headers.get('ETag') as string;
    const again = await app.request(`/v1/metrics/${V}?series=geo-protection,arm-protection`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    const before = cache.replayed;
    await app.request(`/v1/metrics/${V}?series=geo-protection,arm-protection`);
    expect(cache.replayed).toBe(before + 1);
  });

  it('series, from and to choose the rows and years; lang the words', async () => {
    const { body } = await json(
      `/v1/metrics/${V}?series=geo-protection,arm-protection&from=2019&to=2021&lang=ru`,
    );
    const data = body.data as {
      rows: { seriesId: string; country: { name: string } }[];
      years: number[];
    };
    expect(data.rows.map((r) => [r.seriesId, r.country.name])).toEqual([
      ['geo-protection', 'Грузия'],
      ['arm-protection', 'Армения'],
    ]);
    expect(data.years).toEqual([2019, 2020, 2021]);
  });

  it('says when the units do not match: manat against dram', async () => {
    const { body } = await json('/v1/metrics/funding.victim_protection');
    expect(body.data).toMatchObject({ comparable: false, reason: 'currency' });
  });

  it('as CSV, by format or Accept', async () => {
    const res = await app.request(`/v1/metrics/${V}?from=2015&to=2016&format=csv`);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toMatch(/^metric_id,series_id,country/);
    expect(text).toContain('arm-protection,Armenia,ARM,persons,true,2015,unseen,,');
    const accepted = await app.request(`/v1/metrics/${V}`, { headers: { Accept: 'text/csv' } });
    expect(accepted.headers.get('Content-Type')).toMatch(/^text\/csv/);
  });

  it('problems: an unknown metric is a 404, an unknown series or year a 400, each saying what is allowed', async () => {
    const metric = await json('/v1/metrics/victims.found');
    expect(metric.res.status).toBe(404);
    expect(metric.res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(metric.body).toMatchObject({ parameter: 'metricId', value: 'victims.found' });
    expect(metric.body.allowed).toContain(V);

    const unknownSeries = await json(`/v1/metrics/${V}?series=aze-protection,xyz-protection`);
    expect(unknownSeries.res.status).toBe(400);
    expect(unknownSeries.body).toMatchObject({
      parameter: 'series',
      value: 'xyz-protection',
      allowed: ['arm-protection', 'aze-protection', 'geo-protection'],
    });

    const year = await json(`/v1/metrics/${V}?series=geo-protection&from=2015`);
    expect(year.res.status).toBe(400);
    expect(year.body).toMatchObject({
      parameter: 'from',
      allowed: ['2016', '2017', '2018', '2019', '2020', '2021'],
    });

    const order = await json(`/v1/metrics/${V}?from=2020&to=2016`);
    expect(order.res.status).toBe(400);
    expect(order.body).toMatchObject({ parameter: 'to', allowed: ['2020', '2021'] });

    const notAYear = await json(`/v1/metrics/${V}?to=soon`);
    expect(notAYear.res.status).toBe(400);
    expect(notAYear.body).toMatchObject({ parameter: 'to' });

    const malformed = await json('/v1/metrics/NOT_AN_ID');
    expect(malformed.res.status).toBe(404);
    expect(malformed.body).toMatchObject({ parameter: 'metricId' });
    expect(malformed.body.allowed).toContain(V);

    const ru = await json('/v1/metrics/victims.found?lang=ru');
    expect(ru.body.detail).toMatch(/Ни в одном ряду/);
  });

  it('is in the OpenAPI document', async () => {
    const { body } = await json('/openapi.json');
    const paths = body.paths as Record<string, { get?: { operationId?: string } }>;
    expect(paths['/v1/metrics/{metricId}']?.get?.operationId).toBe('getMetricAcrossCountries');
  });
});
