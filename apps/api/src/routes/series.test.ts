import {
  citation,
  compare,
  comparisonToCsv,
  describeChange,
  getReport,
  getSeries,
  type Report,
  restatements,
  restatementsToCsv,
  type Series,
  type SeriesMetric,
  SeriesSummary,
  seriesIds,
  seriesToCsv,
} from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { ResponseCache } from '../response-cache.js';

const cache = new ResponseCache();
const app = createApp({ cache });
const series = getSeries('aze-protection') as Series;
const base = '/v1/series/aze-protection';

// What the series is made of, read from the reports themselves (not from the series code).
const EDITIONS = ['aze-2017', 'aze-2018', 'aze-2019', 'aze-2020', 'aze-2021', 'aze-2022'];
const editions = EDITIONS.map((id) => getReport(id) as Report);
const newestFirst = [...editions].reverse();
const sources = editions.map((r) => ({
  reportId: r.id,
  url: r.url,
  citation: citation(r, 'csl-json'),
}));

/** Every report's observation of a metric in a year, newest edition first. */
function statedBy(metricId: string, year: number) {
  return newestFirst.flatMap((report) => {
    const o = report.metrics
      .find((m) => m.id === metricId)
      ?.observations.find((x) => x.year === year);
    return o ? [{ report, o }] : [];
  });
}

async function data<T>(path: string) {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as { data: T; meta: { self: string; sources: unknown[] } };
}

async function problem(path: string, status: number) {
  const res = await app.request(path);
  expect(res.status, path).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  return res.json();
}

describe('GET /v1/series', () => {
  it('lists the series as summaries, citing every edition they are made of', async () => {
    const body = await data<SeriesSummary[]>('/v1/series');
    expect(body.data.map((s) => s.id)).toEqual([
      'arm-protection',
      'aze-protection',
      'geo-protection',
    ]);
    expect(body.data[0]).not.toHaveProperty('metrics');
    expect(body.data[1]).toEqual(SeriesSummary.parse(series));
    expect(body.meta.self).toBe('/v1/series');
    expect(body.meta.sources).toEqual(expect.arrayContaining(sources));
    expect(body.meta.sources).toHaveLength(18);
  });
});

describe('GET /v1/series/{seriesId}', () => {
  it('gives the data years, the editions as a timeline and the metric ids', async () => {
    const res = await app.request(base);
    const body = (await res.json()) as { data: Record<string, unknown> & Series; meta: unknown };
    expect(body.data.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(body.data.editions.map((e) => e.reportId)).toEqual(EDITIONS);
    expect(body.data.metricIds).toEqual(series.metrics.map((m) => m.id));
    expect(body.data).not.toHaveProperty('metrics');
    // The tier each edition gives, and the changes the issue names: Tier 2 to the Watch List in
    // 2019, kept there by a waiver in 2021, back to Tier 2 in 2022.
    expect(body.data.editions.map((e) => e.tier)).toEqual(editions.map((r) => r.tier));
    const byEdition = new Map(body.data.editions.map((e) => [e.edition, e]));
    expect(byEdition.get(2019)).toMatchObject({
      tier: 'Tier 2 Watch List',
      tierChange: 'downgraded',
    });
    expect(byEdition.get(2021)).toMatchObject({ tier: 'Tier 2 Watch List', waiver: true });
    expect(byEdition.get(2022)).toMatchObject({ tier: 'Tier 2', tierChange: 'upgraded' });
    expect(body.data.editions.flatMap((e) => e.facts).length).toBeGreaterThan(0);
    for (const e of body.data.editions) {
      for (const fact of e.facts)
        expect(fact.provenanceUrl.startsWith(`${e.url}#:~:text=`)).toBe(true);
    }
    expect(body.meta).toEqual({ sources, self: base });
    expect(res.headers.get('Link')).toBe(
      editions.map((r) => `<${r.url}>; rel="cite-as"`).join(', '),
    );
  });

  it('an unknown series is a 404 listing the series there are, whatever the query', async () => {
    for (const path of ['/v1/series/aze-prosecution', '/v1/series/NOPE/metrics?year=abc']) {
      expect(await problem(path, 404)).toMatchObject({
        type: '/problems/not-found',
        parameter: 'seriesId',
        allowed: [...seriesIds],
      });
    }
  });
});

describe('GET /v1/series/{seriesId}/metrics', () => {
  it('gives each metric its points by year, from the newest edition that states each', async () => {
    const body = await data<SeriesMetric[]>(`${base}/metrics`);
    expect(body.data).toEqual(series.metrics);
    expect(body.meta).toEqual({ sources, self: `${base}/metrics` });
    for (const metric of body.data) {
      const years = metric.points.map((p) => p.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const point of metric.points) {
        const stated = statedBy(metric.id, point.year);
        const newest = stated[0];
        expect(newest, `${metric.id} ${point.year}`).toBeDefined();
        expect(point.reportId).toBe(newest?.report.id);
        expect(point.value).toBe(newest?.o.value);
        expect(point.statements.map((s) => [s.reportId, s.value])).toEqual(
          stated.map(({ report, o }) => [report.id, o.value]),
        );
      }
    }
  });

  it('victims identified: 63 in 2015 (2017 report) to 95 in 2021 (2022 report), every year between', async () => {
    const body = await data<SeriesMetric[]>(`${base}/metrics?ids=victims.identified`);
    const [metric] = body.data;
    expect(metric?.points.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(metric?.points[0]).toMatchObject({ value: 63, reportId: 'aze-2017', edition: 2017 });
    expect(metric?.points.at(-1)).toMatchObject({ value: 95, reportId: 'aze-2022', edition: 2022 });
    expect(body.meta.self).toBe(`${base}/metrics?ids=victims.identified`);
  });

  it('says of every point and statement whether it is quoted or cited, with a link to its words', async () => {
    const body = await data<SeriesMetric[]>(`${base}/metrics`);
    const quotedReports = new Set(editions.filter((r) => r.sourceText).map((r) => r.id));
    let quoted = 0;
    let cited = 0;
    for (const metric of body.data) {
      for (const point of metric.points) {
        for (const figure of [point, ...point.statements]) {
          const report = getReport(figure.reportId) as Report;
          expect(figure.provenanceUrl.startsWith(`${report.url}#:~:text=`)).toBe(true);
          expect(figure.source.kind).toBe(quotedReports.has(report.id) ? 'quoted' : 'cited');
          // The kind by itself too, named as a comparison's rows name it (fromProvenance, …).
          expect(figure.provenance).toBe(figure.source.kind);
          if (figure.source.kind === 'quoted') quoted++;
          else {
            cited++;
            expect(figure.provenanceUrl).toContain(
              encodeURIComponent(figure.source.locator).replace(/-/g, '%2D'),
            );
          }
        }
      }
    }
    expect(quoted).toBeGreaterThan(0);
    expect(cited).toBeGreaterThan(0);
  });

  it('the 2016 victim-protection money: two statements, allocated (2018) and spent (2017), dollars apart', async () => {
    const body = await data<SeriesMetric[]>(
      `${base}/metrics?ids=funding.victim_protection&year=2016`,
    );
    const point = body.data[0]?.points[0];
    expect(body.data[0]?.points).toHaveLength(1);
    expect(point).toMatchObject({ year: 2016, reportId: 'aze-2018', basis: 'allocated' });
    expect(point?.statements.map((s) => [s.reportId, s.usd, s.basis])).toEqual([
      ['aze-2018', 90060, 'allocated'],
      ['aze-2017', 83696, 'spent'],
    ]);
    expect(point?.differs).toEqual(expect.arrayContaining(['usd', 'basis']));
    expect(point?.statements.map((s) => s.source.kind)).toEqual(['quoted', 'cited']);
  });

  it('begging in 2019 is not reported: listed under notReported, never a point, never 0', async () => {
    const body = await data<SeriesMetric[]>(`${base}/metrics?topic=begging&year=2019`);
    expect(body.data.map((m) => m.id)).toEqual(
      series.metrics.filter((m) => m.topic === 'begging').map((m) => m.id),
    );
    // The series has begging metrics marked not reported in 2019: the loop checks something.
    expect(body.data.length).toBeGreaterThan(0);
    for (const metric of body.data) {
      expect(metric.points).toEqual([]);
      expect(metric.notReported.length).toBeGreaterThan(0);
      for (const mark of metric.notReported) {
        expect(mark.year).toBe(2019);
        const report = getReport(mark.reportId) as Report;
        expect(mark.provenanceUrl.startsWith(`${report.url}#:~:text=`)).toBe(true);
        // The edition it names really marks that year as not reported.
        expect(
          report.metrics.find((m) => m.id === metric.id)?.notReported?.map((n) => n.year),
        ).toContain(2019);
      }
    }
    const csv = await (
      await app.request(`${base}/metrics?topic=begging&year=2019&format=csv`)
    ).text();
    const [header, ...lines] = csv.trim().split('\r\n');
    const columns = (header as string).split(',');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const cells = line.split(',');
      expect(cells[columns.indexOf('status')]).toBe('not-reported');
      expect(cells[columns.indexOf('value')]).toBe('');
    }
  });

  it('filters by topic and year as core does, and answers CSV (core seriesToCsv)', async () => {
    const body = await data<SeriesMetric[]>(`${base}/metrics?year=2021&topic=identification`);
    for (const m of body.data) {
      expect(m.topic).toBe('identification');
      expect(m.points.every((p) => p.year === 2021)).toBe(true);
    }
    expect(body.data.map((m) => m.id)).toContain('victims.identified');
    expect(body.meta.self).toBe(`${base}/metrics?topic=identification&year=2021`);

    const res = await app.request(`${base}/metrics?format=csv`);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('Content-Disposition')).toBe(
      'attachment; filename="aze-protection-metrics-en.csv"',
    );
    expect(res.headers.get('Vary')).toBe('Accept, Accept-Language');
    expect(await res.text()).toBe(seriesToCsv(series, series.metrics));
    const accepted = await app.request(`${base}/metrics`, { headers: { Accept: 'text/csv' } });
    expect(await accepted.text()).toBe(seriesToCsv(series, series.metrics));
  });

  it.each([
    ['year=2014', 'year', '2014', ['2015', '2016', '2017', '2018', '2019', '2020', '2021']],
    ['year=2022', 'year', '2022', ['2015', '2016', '2017', '2018', '2019', '2020', '2021']],
    ['topic=weather', 'topic', 'weather', series.topics.map((t) => t.id)],
    ['ids=victims.found', 'ids', 'victims.found', series.metrics.map((m) => m.id)],
    ['format=xml', 'format', 'xml', ['json', 'csv']],
  ])('?%s is a 400 about %s, listing what is allowed', async (query, parameter, value, allowed) => {
    expect(await problem(`${base}/metrics?${query}`, 400)).toMatchObject({
      type: '/problems/invalid-parameter',
      parameter,
      value,
      allowed,
    });
  });
});

describe('GET /v1/series/{seriesId}/compare', () => {
  const withSentences = (from: number, to: number, ids?: string[]) => {
    const comparison = compare(series, from, to, ids);
    return {
      ...comparison,
      rows: comparison.rows.map((r) => ({ ...r, sentence: describeChange(r, comparison.units) })),
    };
  };

  it('2015 against 2021: victims identified 63 → 95, each side naming the edition that states it', async () => {
    const body = await data<ReturnType<typeof withSentences>>(
      `${base}/compare?from=2015&to=2021&ids=victims.identified`,
    );
    const [row] = body.data.rows;
    expect(row).toMatchObject({
      metricId: 'victims.identified',
      from: 63,
      to: 95,
      change: 32,
      direction: 'up',
      fromReportId: 'aze-2017',
      toReportId: 'aze-2022',
      fromProvenance: 'cited',
      toProvenance: 'cited',
    });
    expect(row?.sentence).toContain('95');
    expect(row?.sentence).toContain('63');
    expect(row?.sentence).toContain('2017 report');
    expect(row?.sentence).toContain('2022 report');
    expect(body.data.seriesId).toBe('aze-protection');
    expect(body.data).not.toHaveProperty('reportId');
    expect(body.meta).toEqual({
      sources,
      self: `${base}/compare?from=2015&to=2021&ids=victims.identified`,
    });
  });

  it("is core's compare on the series for any two years, each row with core's sentence", async () => {
    for (const [from, to] of [
      [2015, 2021],
      [2021, 2015],
      [2016, 2017],
      [2018, 2019],
    ] as const) {
      const body = await data(`${base}/compare?from=${from}&to=${to}`);
      expect(body.data).toEqual(withSentences(from, to));
    }
  });

  it('money spent against money allocated is said so in the sentence', async () => {
    const body = await data<ReturnType<typeof withSentences>>(
      `${base}/compare?from=2015&to=2016&ids=funding.victim_protection`,
    );
    expect(body.data.rows[0]).toMatchObject({ fromBasis: 'spent', toBasis: 'allocated' });
    expect(body.data.rows[0]?.sentence).toMatch(/spent.*allocated/);
  });

  it('a metric not reported in one year is listed as such, not compared with 0', async () => {
    const body = await data<ReturnType<typeof withSentences>>(
      `${base}/compare?from=2018&to=2019&ids=begging.children_identified`,
    );
    expect(body.data.rows).toEqual([]);
    expect(body.data.onlyOneYear).toEqual([
      expect.objectContaining({
        metricId: 'begging.children_identified',
        year: 2018,
        missingYear: 2019,
        missing: 'not-reported',
        value: 450,
      }),
    ]);
  });

  it('answers CSV (core comparisonToCsv) to ?format=csv and to Accept: text/csv', async () => {
    for (const [path, init] of [
      [`${base}/compare?from=2015&to=2021&format=csv`, {}],
      [`${base}/compare?from=2015&to=2021`, { headers: { Accept: 'text/csv' } }],
    ] as const) {
      const res = await app.request(path, init);
      expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('Content-Disposition')).toBe(
        'attachment; filename="aze-protection-compare-2015-2021-en.csv"',
      );
      expect(res.headers.get('Link')).toContain(
        '</v1/csvw/series-compare>; rel="describedby"; type="application/csvm+json"',
      );
      expect(await res.text()).toBe(comparisonToCsv(compare(series, 2015, 2021)));
    }
  });

  const years = ['2015', '2016', '2017', '2018', '2019', '2020', '2021'];
  it.each([
    ['from=2016&to=2016', 'to', '2016', years.filter((y) => y !== '2016')],
    ['from=2014&to=2021', 'from', '2014', years],
    ['from=2015&to=2022', 'to', '2022', years],
    ['from=2015', 'to', undefined, years],
    ['from=soon&to=2021', 'from', 'soon', years],
    [
      'from=2015&to=2021&ids=victims.found',
      'ids',
      'victims.found',
      series.metrics.map((m) => m.id),
    ],
  ])('?%s is a 400 about %s, listing what is allowed', async (query, parameter, value, allowed) => {
    const body = await problem(`${base}/compare?${query}`, 400);
    expect(body).toMatchObject({ parameter, allowed });
    expect(body.value).toBe(value);
  });
});

describe('GET /v1/series/{seriesId}/restatements', () => {
  it('lists every figure more than one edition states, with the statements and agreement', async () => {
    const body = await data<ReturnType<typeof restatements>>(`${base}/restatements`);
    expect(body.data).toEqual(restatements(series));
    expect(body.meta).toEqual({ sources, self: `${base}/restatements` });
    // Independently: every metric-year stated by two or more reports is there, and only those.
    const expected = series.metrics.flatMap((m) =>
      series.years.filter((y) => statedBy(m.id, y).length > 1).map((y) => `${m.id} ${y}`),
    );
    expect(body.data.map((r) => `${r.metricId} ${r.year}`)).toEqual(expected);
    for (const r of body.data) {
      const values = new Set(statedBy(r.metricId, r.year).map(({ o }) => o.value));
      expect(r.agrees, `${r.metricId} ${r.year}`).toBe(values.size === 1);
      expect(r.statements.every((s) => s.agrees === (s.value === r.statements[0]?.value))).toBe(
        true,
      );
    }
    const money = body.data.find(
      (r) => r.metricId === 'funding.victim_protection' && r.year === 2016,
    );
    expect(money?.differs).toEqual(expect.arrayContaining(['usd', 'basis']));
    expect(money?.statements.every((s) => typeof s.usdRate === 'number')).toBe(true);
  });

  it('answers CSV (core restatementsToCsv), one line per statement, to format=csv and Accept', async () => {
    for (const [path, init] of [
      [`${base}/restatements?format=csv`, {}],
      [`${base}/restatements`, { headers: { Accept: 'text/csv' } }],
    ] as const) {
      const res = await app.request(path, init);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('Content-Disposition')).toBe(
        'attachment; filename="aze-protection-restatements.csv"',
      );
      expect(res.headers.get('Vary')).toBe('Accept');
      expect(res.headers.get('Link')).toContain(
        '</v1/csvw/restatements>; rel="describedby"; type="application/csvm+json"',
      );
      const csv = await res.text();
      expect(csv).toBe(restatementsToCsv(series, restatements(series)));
      const statements = restatements(series).flatMap((r) => r.statements);
      expect(csv.trim().split('\r\n')).toHaveLength(statements.length + 1);
    }
    const json = await app.request(`${base}/restatements`);
    expect(json.headers.get('Content-Type')).toBe('application/json');
    expect(json.headers.get('Link')).toContain(
      `<${base}/restatements?format=csv>; rel="alternate"; type="text/csv"`,
    );
    const bad = await app.request(`${base}/restatements?format=xml`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('the series answers are cacheable like the report ones, with no declaration', () => {
  it('each has a strong ETag that answers 304, and the response cache replays it', async () => {
    for (const address of [
      '/v1/series',
      base,
      `${base}/restatements`,
      `${base}/restatements?format=csv`,
      `${base}/metrics`,
      `${base}/metrics?topic=begging&year=2019`,
      `${base}/metrics?format=csv`,
      `${base}/compare?from=2015&to=2021`,
      `${base}/compare?from=2021&to=2015&format=csv`,
    ]) {
      const res = await app.request(address);
      expect(res.headers.get('Cache-Control')).toContain('public');
      const etag = res.headers.get('ETag') as string;
      expect(etag).toMatch(/^"[\w-]{43}"$/);
      const again = await app.request(address, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      const before = cache.replayed;
      await app.request(address);
      expect(cache.replayed, address).toBe(before + 1);
    }
  });
});
