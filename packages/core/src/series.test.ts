import { describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { describeChange } from './describe-change.js';
import { getReport, reports } from './reports/index.js';
import { Series } from './schema/series.js';
import { getSeries, restatements, series } from './series.js';

const aze = getSeries('aze-protection') as Series;
const V = 'victims.identified';

// Typed from SERIES.md's tables, independently of the report.json files: edition, metric, year,
// value (and usd). The cited editions must hold exactly these figures.
const STATEMENTS: [number, string, number, number, number?][] = [
  [2017, V, 2016, 70],
  [2017, V, 2015, 63],
  [2017, `${V}.female`, 2016, 69],
  [2017, `${V}.male`, 2016, 1],
  [2017, `${V}.female`, 2015, 56],
  [2017, `${V}.male`, 2015, 6],
  [2017, `${V}.children`, 2015, 1],
  [2017, `${V}.children`, 2016, 0],
  [2017, 'funding.victim_protection', 2016, 154000, 83696],
  [2017, 'funding.victim_protection', 2015, 109000, 59239],
  [2017, 'allowance.one_time', 2016, 400, 217],
  [2017, 'shelter.cost_per_resident_month', 2016, 900, 489],
  [2017, 'funding.mia_to_civil_society', 2016, 15000, 8152],
  [2017, 'funding.vac', 2016, 48000, 26086],
  [2017, 'funding.vac', 2015, 44000, 23913],
  [2017, 'referrals.civil_society_to_atd', 2016, 466],
  [2017, 'referrals.civil_society_to_atd.recognized', 2016, 0],
  [2019, V, 2018, 98],
  [2019, V, 2017, 71],
  [2019, `${V}.female_sex_trafficking`, 2018, 82],
  [2019, `${V}.male_forced_labor`, 2018, 16],
  [2019, `${V}.female_sex_trafficking`, 2017, 66],
  [2019, `${V}.male_forced_labor`, 2017, 5],
  [2019, `${V}.foreign`, 2018, 0],
  [2019, `${V}.foreign`, 2017, 3],
  [2019, `${V}.children`, 2016, 0],
  [2019, `${V}.children`, 2017, 0],
  [2019, `${V}.children`, 2018, 0],
  [2019, `${V}.internal`, 2018, 1],
  [2019, `${V}.internal`, 2017, 0],
  [2019, 'begging.children_identified', 2018, 450],
  [2019, 'begging.parents_identified', 2018, 207],
  [2020, V, 2019, 91],
  [2020, V, 2018, 98],
  [2020, `${V}.female_sex_trafficking`, 2019, 85],
  [2020, `${V}.male_forced_labor`, 2019, 6],
  [2020, `${V}.female_sex_trafficking`, 2018, 82],
  [2020, `${V}.male_forced_labor`, 2018, 16],
  [2020, `${V}.foreign`, 2019, 2],
  [2020, `${V}.foreign`, 2018, 0],
  [2020, `${V}.children`, 2019, 1],
  [2020, `${V}.children`, 2018, 0],
  [2020, `${V}.internal`, 2018, 1],
  [2020, `${V}.internal`, 2019, 1],
  [2020, 'begging.children_identified', 2018, 450],
  [2020, 'begging.parents_identified', 2018, 207],
  [2021, V, 2020, 94],
  [2021, V, 2019, 91],
  [2021, `${V}.female_sex_trafficking`, 2020, 85],
  [2021, `${V}.female_forced_labor`, 2020, 5],
  [2021, `${V}.male_forced_labor`, 2020, 4],
  [2021, `${V}.female_sex_trafficking`, 2019, 85],
  [2021, `${V}.male_forced_labor`, 2019, 6],
  [2021, `${V}.foreign`, 2020, 1],
  [2021, `${V}.foreign`, 2019, 2],
  [2021, `${V}.children`, 2020, 2],
  [2021, `${V}.children`, 2019, 1],
  [2021, `${V}.internal`, 2020, 8],
  [2021, `${V}.internal`, 2019, 1],
  [2021, 'begging.children_identified', 2018, 450],
  [2021, 'begging.parents_identified', 2018, 207],
  [2022, V, 2021, 95],
  [2022, V, 2020, 94],
  [2022, `${V}.female_sex_trafficking`, 2021, 94],
  [2022, `${V}.male_forced_labor`, 2021, 1],
  [2022, `${V}.foreign`, 2021, 0],
  [2022, `${V}.internal`, 2021, 1],
  [2022, `${V}.internal`, 2020, 8],
];
const NOT_REPORTED: [number, number][] = [
  [2020, 2019],
  [2021, 2019],
  [2021, 2020],
  [2022, 2020],
  [2022, 2021],
];

describe('the cited editions hold every statement of SERIES.md, and no others', () => {
  it.each([2017, 2019, 2020, 2021, 2022])('aze-%i', (edition) => {
    const report = getReport(`aze-${edition}`);
    expect(report?.provenance).toBe('cited');
    const held = (report?.metrics ?? []).flatMap((m) =>
      m.observations.map((o) => JSON.stringify([m.id, o.year, o.value, o.usd])),
    );
    const expected = STATEMENTS.filter(([e]) => e === edition).map(([, id, year, value, usd]) =>
      JSON.stringify([id, year, value, usd]),
    );
    expect(new Set(held)).toEqual(new Set(expected));
    expect(held).toHaveLength(expected.length);
  });

  it('begging is marked not reported (never 0) where the editions say so', () => {
    for (const [edition, year] of NOT_REPORTED) {
      const report = getReport(`aze-${edition}`);
      for (const id of ['begging.children_identified', 'begging.parents_identified']) {
        const metric = report?.metrics.find((m) => m.id === id);
        expect(
          metric?.notReported?.map((n) => n.year),
          `${edition} ${id}`,
        ).toContain(year);
        expect(metric?.observations.some((o) => o.year === year)).toBe(false);
      }
    }
  });

  it('marks "approximately" as a flag and keeps spent apart from allocated', () => {
    const funding = getReport('aze-2017')?.metrics.find(
      (m) => m.id === 'funding.victim_protection',
    );
    expect(funding?.observations.map((o) => [o.year, o.approximate, o.basis])).toEqual([
      [2016, true, 'spent'],
      [2015, true, 'spent'],
    ]);
    const allocated = getReport('aze-2018')?.metrics.find(
      (m) => m.id === 'funding.victim_protection',
    );
    expect(allocated?.observations.every((o) => o.basis === 'allocated' && !o.approximate)).toBe(
      true,
    );
  });

  it('does not turn the 2017 by-sex figures into exploitation figures', () => {
    const aze2017 = getReport('aze-2017');
    expect(aze2017?.metrics.map((m) => m.id)).not.toContain(`${V}.female_sex_trafficking`);
    expect(aze2017?.breakdowns.map((b) => b.id)).toEqual(['victims.by_sex']);
  });

  it('each edition links its own page (2019 ends in -report-2/)', () => {
    expect(getReport('aze-2019')?.url).toBe(
      'https://www.state.gov/reports/2019-trafficking-in-persons-report-2/azerbaijan/',
    );
    for (const report of reports.filter((r) => r.provenance === 'cited')) {
      for (const m of report.metrics) {
        for (const o of m.observations) expect(o.source).toMatchObject({ url: report.url });
      }
    }
  });
});

describe('the aze-protection series', () => {
  it('parses with the Series schema', () => {
    expect(Series.safeParse(aze).error?.issues ?? []).toEqual([]);
    // One series per country with two editions or more: Armenia, Azerbaijan, Georgia.
    expect(series.map((s) => s.id)).toEqual(['arm-protection', 'aze-protection', 'geo-protection']);
  });

  it('covers editions 2017–2022 and data years 2015–2021', () => {
    expect(aze.editions.map((e) => e.edition)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    expect(aze.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
  });

  it('identified victims 2015–2021, each year from the newest edition that states it', () => {
    const points = aze.metrics.find((m) => m.id === V)?.points ?? [];
    expect(points.map((p) => [p.year, p.value, p.edition])).toEqual([
      [2015, 63, 2017],
      [2016, 70, 2018],
      [2017, 71, 2019],
      [2018, 98, 2020],
      [2019, 91, 2021],
      [2020, 94, 2022],
      [2021, 95, 2022],
    ]);
  });

  it('the tier timeline: Tier 2, down to the Watch List in 2019, a waiver in 2021, up in 2022', () => {
    expect(aze.editions.map((e) => [e.edition, e.tier, e.tierChange, e.waiver])).toEqual([
      [2017, 'Tier 2', undefined, false],
      [2018, 'Tier 2', 'same', false],
      [2019, 'Tier 2 Watch List', 'downgraded', false],
      [2020, 'Tier 2 Watch List', 'same', false],
      [2021, 'Tier 2 Watch List', 'same', true],
      [2022, 'Tier 2', 'upgraded', false],
    ]);
  });

  it('the referral deadline: 48 hours in the 2017 edition, 24 in every later one', () => {
    const deadline = aze.editions.map(
      (e) => e.facts.find((f) => f.id === 'referral_deadline')?.value,
    );
    expect(deadline).toEqual([48, 24, 24, 24, 24, 24]);
  });

  it('keeps not-reported years as such, and silent years as gaps', () => {
    const begging = aze.metrics.find((m) => m.id === 'begging.children_identified');
    expect(begging?.points.map((p) => [p.year, p.value])).toEqual([[2018, 450]]);
    expect([...new Set(begging?.notReported.map((n) => n.year))]).toEqual([2019, 2020, 2021]);
    const internal = aze.metrics.find((m) => m.id === `${V}.internal`);
    expect(internal?.points.map((p) => p.year)).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(internal?.notReported).toEqual([]);
  });

  it('names each figure quoted or cited by whether its edition is a text we ship', () => {
    const kindOf = (reportId: string) =>
      getReport(reportId)?.sourceText === undefined ? 'cited' : 'quoted';
    const kinds = new Set<string>();
    for (const metric of aze.metrics) {
      for (const point of metric.points) {
        expect(point.provenance).toBe(kindOf(point.reportId));
        kinds.add(point.provenance);
        for (const s of point.statements) expect(s.provenance).toBe(kindOf(s.reportId));
      }
      for (const n of metric.notReported) expect(n.provenance).toBe(kindOf(n.reportId));
    }
    // The 2018 text is the newest edition for some figures (2017's VAC referrals) and not for others.
    expect([...kinds].sort()).toEqual(['cited', 'quoted']);
  });

  it('every restatement agrees on the count or the manat amount', () => {
    const all = restatements(aze);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((r) => !r.agrees)).toEqual([]);
  });

  it('2016 funding: same manat, different dollars (each edition its own rate), spent vs allocated', () => {
    const funding = restatements(aze).find(
      (r) => r.metricId === 'funding.victim_protection' && r.year === 2016,
    );
    expect(funding?.differs).toEqual(['usd', 'basis', 'approximate']);
    expect(
      funding?.statements.map((s) => [s.reportId, s.value, s.usd, s.basis, s.usdRate?.toFixed(2)]),
    ).toEqual([
      ['aze-2018', 154000, 90060, 'allocated', '1.71'],
      ['aze-2017', 154000, 83696, 'spent', '1.84'],
    ]);
  });

  it('a label names every basis the editions use', () => {
    const label = aze.metrics.find((m) => m.id === 'funding.victim_protection')?.label;
    expect(label).toMatch(/Allocated/);
    expect(label).toMatch(/Spent/);
  });
});

describe('compare on the series', () => {
  it('any two data years: 2015 against 2021 from the 2017 and 2022 editions', () => {
    const comparison = compare(aze, 2015, 2021, [V]);
    expect(comparison.seriesId).toBe('aze-protection');
    const [row] = comparison.rows;
    expect(row).toMatchObject({
      from: 63,
      to: 95,
      change: 32,
      direction: 'up',
      fromReportId: 'aze-2017',
      toReportId: 'aze-2022',
      fromProvenance: 'cited',
      toProvenance: 'cited',
    });
    const sentence = describeChange(row as NonNullable<typeof row>, comparison.units);
    expect(sentence).toMatch(/^The government identified 95 trafficking victims in 2021, up 32/);
    expect(sentence).toMatch(/from the 2017 report, the 2021 figure from the 2022 report/);
    expect(sentence).toMatch(/cited/);
  });

  it('says when money mixes spent and allocated', () => {
    const comparison = compare(aze, 2015, 2017, ['funding.victim_protection']);
    const [row] = comparison.rows;
    expect(row).toMatchObject({ fromBasis: 'spent', toBasis: 'allocated', fromApproximate: true });
    const sentence = describeChange(row as NonNullable<typeof row>, comparison.units);
    expect(sentence).toContain('about 109,000 manat ($59,239) in 2015');
    expect(sentence).toMatch(/what was spent, the 2017 figure what was allocated/);
  });

  it('a figure against a not-reported year is listed as such, never compared with 0', () => {
    const comparison = compare(aze, 2018, 2020, ['begging.children_identified']);
    expect(comparison.rows).toEqual([]);
    expect(comparison.onlyOneYear).toEqual([
      expect.objectContaining({
        year: 2018,
        missingYear: 2020,
        missing: 'not-reported',
        value: 450,
      }),
    ]);
  });

  it('zero bases have no percentage; one-year metrics are listed, not zero-filled', () => {
    const comparison = compare(aze, 2018, 2019, [`${V}.foreign`, `${V}.female_forced_labor`]);
    expect(comparison.rows[0]).toMatchObject({ from: 0, to: 2, percentChange: null });
    expect(compare(aze, 2019, 2020, [`${V}.female_forced_labor`]).onlyOneYear[0]).toMatchObject({
      year: 2020,
      missing: 'silent',
    });
  });

  it('names the wrong parameter and lists the allowed years', () => {
    expect(() => compare(aze, 2014, 2021)).toThrow(
      // SERIES.md's data years, not the series' own list read back.
      expect.objectContaining({
        parameter: 'from',
        allowed: ['2015', '2016', '2017', '2018', '2019', '2020', '2021'],
      }),
    );
    expect(() => compare(aze, 2015, 2023)).toThrow(expect.objectContaining({ parameter: 'to' }));
    expect(() => compare(aze, 2016, 2016)).toThrow(expect.objectContaining({ parameter: 'to' }));
  });
});
