import { compare, comparisonToCsv, describeChange, getReport, type Report } from '@tip-report/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp();
const report = getReport('aze-2018') as Report;
const base = '/v1/reports/aze-2018/compare';

const expected = (from: number, to: number, ids?: string[]) => {
  const comparison = compare(report, from, to, ids);
  return {
    ...comparison,
    rows: comparison.rows.map((row) => ({
      ...row,
      sentence: describeChange(row, comparison.units),
    })),
  };
};

describe('GET /v1/reports/{reportId}/compare', () => {
  it("is core's compare, each row with core's sentence; one-year metrics listed, not zeroed", async () => {
    const res = await app.request(`${base}?from=2016&to=2017`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data).toEqual(expected(2016, 2017));
    expect(body.data.rows[0].sentence).toBe(
      'The government identified 71 trafficking victims in 2017, up 1 (+1.4 %) from 70 in 2016.',
    );
    expect(body.data.onlyOneYear.map((o: { metricId: string }) => o.metricId)).toContain(
      'vac.referrals.atd',
    );
    expect(body.meta.self).toBe(`${base}?from=2016&to=2017`);
  });

  it('compares backwards too, and with ids', async () => {
    const back = await (await app.request(`${base}?from=2017&to=2016`)).json();
    expect(back.data).toEqual(expected(2017, 2016));
    const some = await (
      await app.request(`${base}?from=2016&to=2017&ids=funding.victim_protection,vac.referrals.atd`)
    ).json();
    expect(some.data).toEqual(
      expected(2016, 2017, ['funding.victim_protection', 'vac.referrals.atd']),
    );
  });

  it('answers CSV (core comparisonToCsv) to ?format=csv and to Accept: text/csv', async () => {
    for (const [path, init] of [
      [`${base}?from=2016&to=2017&format=csv`, {}],
      [`${base}?from=2016&to=2017`, { headers: { Accept: 'text/csv' } }],
    ] as const) {
      const res = await app.request(path, init);
      expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('Content-Disposition')).toBe(
        'attachment; filename="aze-2018-compare-2016-2017-en.csv"',
      );
      expect(res.headers.get('Vary')).toBe('Accept, Accept-Language');
      expect(await res.text()).toBe(comparisonToCsv(compare(report, 2016, 2017)));
      expect(res.headers.get('Link')).toContain(
        '</v1/csvw/report-compare>; rel="describedby"; type="application/csvm+json"',
      );
    }
  });

  it('gives the CSV form in a Link on the JSON, and names the language and ids in the file', async () => {
    const json = await app.request(`${base}?from=2016&to=2017&ids=vac.referrals.atd&lang=az`);
    expect(json.headers.get('Link')).toContain(
      `<${base}?from=2016&to=2017&ids=vac.referrals.atd&lang=az&format=csv>; rel="alternate"; type="text/csv"`,
    );
    const csv = await app.request(
      `${base}?from=2016&to=2017&ids=vac.referrals.atd&lang=az&format=csv`,
    );
    expect(csv.headers.get('Content-Disposition')).toBe(
      'attachment; filename="aze-2018-compare-2016-2017-vac.referrals.atd-az.csv"',
    );
  });

  it.each([
    ['from=2016&to=2016', 'to', '2016', ['2017']],
    ['from=2015&to=2017', 'from', '2015', ['2016', '2017']],
    ['from=2016&to=2018', 'to', '2018', ['2016', '2017']],
    ['from=2016', 'to', undefined, ['2016', '2017']],
    ['from=last&to=2017', 'from', 'last', ['2016', '2017']],
    [
      'from=2016&to=2017&ids=victims.found',
      'ids',
      'victims.found',
      report.metrics.map((m) => m.id),
    ],
    ['from=2016&to=2017&format=pdf', 'format', 'pdf', ['json', 'csv']],
  ])('?%s is a 400 about %s, saying what is allowed', async (query, parameter, value, allowed) => {
    const res = await app.request(`${base}?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 400, parameter, allowed });
    expect(problem.value).toBe(value);
  });
});
