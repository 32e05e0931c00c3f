import {
  getReport,
  type LinkedMetric,
  linkMetric,
  type Metric,
  metricsToCsv,
  type Report,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp();
const report = getReport('aze-2018') as Report;
const base = '/v1/reports/aze-2018';

const topics = report.topics.map((t) => t.id);

/** What the contract says a served metric is: core's linked metric, each figure + provenanceUrl. */
const served = (m: Metric, year?: number) => {
  const linked = linkMetric(report, m);
  if (year === undefined) return linked;
  return { ...linked, observations: linked.observations.filter((o) => o.year === year) };
};

async function data(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  expect(res.status, path).toBe(200);
  return (await res.json()) as { data: unknown; meta: { self: string } };
}

describe('GET /v1/reports/{reportId}/metrics', () => {
  it('gives every metric of the report with its observations, quotes and provenance links', async () => {
    const body = await data(`${base}/metrics`);
    expect(body.data).toEqual(report.metrics.map((m) => served(m)));
    expect(body.meta.self).toBe(`${base}/metrics`);
  });

  it('keeps a derived value marked as derived, with its formula', async () => {
    const body = (await data(`${base}/metrics?ids=victims.identified.azerbaijani`)) as {
      data: Metric[];
    };
    const derived = report.metrics
      .find((m) => m.id === 'victims.identified.azerbaijani')
      ?.observations.find((o) => o.derived);
    expect(derived).toBeDefined();
    expect(body.data[0]?.observations).toContainEqual(expect.objectContaining({ ...derived }));
  });

  it.each(topics)('filters by topic=%s', async (topic) => {
    const body = await data(`${base}/metrics?topic=${topic}`);
    expect(body.data).toEqual(
      report.metrics.filter((m) => m.topic === topic).map((m) => served(m)),
    );
  });

  it.each(report.years)(
    'filters by year=%i: only metrics observed then, only that year',
    async (year) => {
      const body = await data(`${base}/metrics?year=${year}`);
      const expected = report.metrics
        .filter((m) => m.observations.some((o) => o.year === year))
        .map((m) => served(m, year));
      expect(body.data).toEqual(expected);
      // A metric the text gives for one year only is absent, not 0, in the other.
      const notThatYear = report.metrics.filter((m) =>
        m.observations.every((o) => o.year !== year),
      );
      const ids = (body.data as Metric[]).map((m) => m.id);
      for (const m of notThatYear) expect(ids).not.toContain(m.id);
      expect(ids).toHaveLength(report.metrics.length - notThatYear.length);
    },
  );

  it('year=2016 leaves out the metrics the text gives for 2017 only (not 0)', async () => {
    const only2017 = report.metrics.filter((m) => m.observations.every((o) => o.year === 2017));
    expect(only2017.map((m) => m.id)).toContain('vac.referrals.atd');
    const body = (await data(`${base}/metrics?year=2016`)) as { data: Metric[] };
    expect(body.data.map((m) => m.id)).not.toContain('vac.referrals.atd');
  });

  it('filters by ids (in the report order, whatever order they are asked in) and combines filters', async () => {
    const body = await data(`${base}/metrics?ids=funding.victim_protection,victims.identified`);
    expect((body.data as Metric[]).map((m) => m.id)).toEqual([
      'victims.identified',
      'funding.victim_protection',
    ]);
    expect(body.meta.self).toBe(`${base}/metrics?ids=victims.identified,funding.victim_protection`);
    const both = await data(
      `${base}/metrics?topic=funding&year=2016&ids=funding.victim_protection,victims.identified`,
    );
    const funding = report.metrics.find((m) => m.id === 'funding.victim_protection') as Metric;
    expect(both.data).toEqual([served(funding, 2016)]);
  });

  it('answers CSV with ?format=csv: core metricsToCsv, a file name, Vary: Accept', async () => {
    const res = await app.request(`${base}/metrics?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('Content-Disposition')).toBe(
      'attachment; filename="aze-2018-metrics-en.csv"',
    );
    expect(res.headers.get('Vary')).toBe('Accept, Accept-Language');
    expect(await res.text()).toBe(metricsToCsv(report));
  });

  it('links JSON and CSV to each other, and the CSV to its CSVW table schema', async () => {
    const json = await app.request(`${base}/metrics?topic=funding&lang=ru`);
    const jsonLinks = (json.headers.get('Link') ?? '').split(', ');
    expect(jsonLinks).toContain(
      `<${base}/metrics?topic=funding&lang=ru&format=csv>; rel="alternate"; type="text/csv"`,
    );
    expect(jsonLinks).toContain(`<${report.url}>; rel="cite-as"`);
    const csv = await app.request(`${base}/metrics?topic=funding&lang=ru&format=csv`);
    const csvLinks = (csv.headers.get('Link') ?? '').split(', ');
    expect(csvLinks).toContain(
      '</v1/csvw/report-metrics>; rel="describedby"; type="application/csvm+json"',
    );
    expect(csvLinks).toContain(
      `<${base}/metrics?topic=funding&lang=ru>; rel="alternate"; type="application/json"`,
    );
    expect(csvLinks).toContain(`<${report.url}>; rel="cite-as"`);
    // Following each link gets the other form of the same resource.
    expect((await app.request(`${base}/metrics?topic=funding&lang=ru&format=csv`)).status).toBe(
      200,
    );
    const schema = await app.request('/v1/csvw/report-metrics');
    expect(schema.headers.get('Content-Type')).toBe('application/csvm+json');
  });

  it('names each language, filter and id list in its own file, so downloads do not overwrite', async () => {
    const name = async (query: string) =>
      (await app.request(`${base}/metrics?${query}&format=csv`)).headers
        .get('Content-Disposition')
        ?.match(/filename="([^"]+)"/)?.[1];
    const names = await Promise.all(
      [
        'lang=en',
        'lang=az',
        'lang=ru',
        'ids=victims.identified',
        'ids=victims.identified,funding.victim_protection',
        'ids=victims.identified,vac.referrals.atd',
        'ids=funding.victim_protection,victims.identified',
        'topic=funding&year=2017',
      ].map(name),
    );
    expect(names.slice(0, 4)).toEqual([
      'aze-2018-metrics-en.csv',
      'aze-2018-metrics-az.csv',
      'aze-2018-metrics-ru.csv',
      'aze-2018-metrics-victims.identified-en.csv',
    ]);
    // Two lists of ids get two names; the same list in another order is the same file.
    expect(names[4]).toMatch(/^aze-2018-metrics-2-ids-[0-9a-f]{8}-en\.csv$/);
    expect(names[5]).toMatch(/^aze-2018-metrics-2-ids-[0-9a-f]{8}-en\.csv$/);
    expect(names[4]).not.toBe(names[5]);
    expect(names[6]).toBe(names[4]);
    expect(names[7]).toBe('aze-2018-metrics-funding-2017-en.csv');
  });

  it('answers CSV to Accept: text/csv, JSON to a browser Accept, and ?format wins over Accept', async () => {
    const csv = await app.request(`${base}/metrics?topic=funding`, {
      headers: { Accept: 'text/csv' },
    });
    expect(await csv.text()).toBe(
      metricsToCsv(
        report,
        report.metrics.filter((m) => m.topic === 'funding'),
      ),
    );
    expect(csv.headers.get('Content-Disposition')).toBe(
      'attachment; filename="aze-2018-metrics-funding-en.csv"',
    );
    const browser = await app.request(`${base}/metrics`, {
      headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(browser.headers.get('Content-Type')).toBe('application/json');
    expect(browser.headers.get('Vary')).toBe('Accept, Accept-Language');
    const forced = await app.request(`${base}/metrics?format=json`, {
      headers: { Accept: 'text/csv' },
    });
    expect(forced.headers.get('Content-Type')).toBe('application/json');
  });

  it.each([
    ['year=2015', 'year', '2015', ['2016', '2017']],
    ['year=20x7', 'year', '20x7', ['2016', '2017']],
    ['topic=weather', 'topic', 'weather', topics],
    ['format=xml', 'format', 'xml', ['json', 'csv']],
    [
      'ids=victims.identified,victims.found',
      'ids',
      'victims.found',
      report.metrics.map((m) => m.id),
    ],
    ['ids=', 'ids', '', report.metrics.map((m) => m.id)],
  ])('?%s is a 400 naming %s and what is allowed', async (query, parameter, value, allowed) => {
    const res = await app.request(`${base}/metrics?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem).toMatchObject({
      type: '/problems/invalid-parameter',
      status: 400,
      parameter,
      value,
      allowed,
    });
    expect(problem.detail).toEqual(expect.any(String));
  });

  it('a repeated parameter is a 400, not a guess', async () => {
    const res = await app.request(`${base}/metrics?topic=funding&topic=shelter`);
    expect(res.status).toBe(400);
    expect((await res.json()).parameter).toBe('topic');
  });
});

describe('GET /v1/reports/{reportId}/metrics of a cited report', () => {
  const cited = getReport('aze-2020') as Report;

  it("is core's linked metrics: locators, links, and the years marked not reported (never 0)", async () => {
    const body = (await data('/v1/reports/aze-2020/metrics')) as { data: LinkedMetric[] };
    expect(body.data).toEqual(cited.metrics.map((m) => linkMetric(cited, m)));
    for (const m of body.data) {
      for (const o of m.observations) {
        expect(o.source.kind).toBe('cited');
        expect(o.provenanceUrl.startsWith(`${cited.url}#:~:text=`)).toBe(true);
      }
    }
  });

  it('year=2019 keeps a not-reported mark with its link and no observation of that year', async () => {
    const marked = cited.metrics.filter((m) => m.notReported?.some((n) => n.year === 2019));
    expect(marked.length).toBeGreaterThan(0);
    const body = (await data('/v1/reports/aze-2020/metrics?year=2019')) as { data: LinkedMetric[] };
    for (const m of marked) {
      const served = body.data.find((x) => x.id === m.id);
      expect(served?.observations).toEqual([]);
      expect(served?.notReported?.map((n) => n.year)).toEqual([2019]);
      expect(served?.notReported?.[0]?.provenanceUrl.startsWith(`${cited.url}#:~:text=`)).toBe(
        true,
      );
    }
  });
});

describe('GET /v1/reports/{reportId}/metrics/{metricId}', () => {
  it.each(report.metrics.map((m) => m.id))('%s', async (id) => {
    const body = await data(`${base}/metrics/${id}`);
    expect(body.data).toEqual(served(report.metrics.find((m) => m.id === id) as Metric));
  });

  it('an unknown metric is a 404 listing the metric ids of the report', async () => {
    for (const id of ['victims.found', 'Victims', 'victims..identified']) {
      const res = await app.request(`${base}/metrics/${id}`);
      expect(res.status, id).toBe(404);
      expect(await res.json()).toMatchObject({
        status: 404,
        parameter: 'metricId',
        allowed: report.metrics.map((m) => m.id),
      });
    }
  });
});
