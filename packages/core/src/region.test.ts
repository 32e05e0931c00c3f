// Georgia and Armenia, editions 2017–2022, against REGION.md: every table below is typed from the
// brief, independently of the report.json files, and the data must hold exactly these figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { describeChange, describeOneYear } from './describe-change.js';
import { formatValue } from './format.js';
import { registerCatalog } from './i18n.js';
import { allCatalogs } from './locales/all.generated.js';
import { filterMetrics } from './metric-query.js';
import { getReport, reports } from './reports/index.js';
import type { Report } from './schema/report.js';
import type { Unit } from './schema/unit.js';
import { getSeries, restatements, usdRate } from './series.js';

for (const catalog of allCatalogs) registerCatalog(catalog);

const V = 'victims.identified';
const ST = `${V}.sex_trafficking`;
const FL = `${V}.forced_labor`;
const FB = `${V}.forced_labor.forced_begging`;
const BOTH = `${V}.sex_trafficking_and_forced_labor`;
const FUND = 'funding.victim_protection';
const ONE = 'allowance.one_time';
const SCR = 'screening.mobile_groups.individuals';
const HR = 'screening.labor_high_risk';
const DEP = 'screening.deportees';

// report id, metric, year, value (and usd). Derived values are marked in DERIVED below.
const STATEMENTS: [string, string, number, number, number?][] = [
  ['geo-2018', V, 2017, 12],
  ['geo-2018', V, 2016, 3],
  ['geo-2018', ST, 2017, 10],
  ['geo-2018', FL, 2017, 2],
  ['geo-2018', ST, 2016, 3],
  ['geo-2018', `${V}.female`, 2016, 3],
  ['geo-2018', `${V}.female`, 2017, 12],
  ['geo-2018', `${V}.children`, 2017, 1],
  ['geo-2018', SCR, 2017, 682],
  ['geo-2018', HR, 2017, 55],
  ['geo-2018', DEP, 2017, 3085],

  ['geo-2019', V, 2018, 5],
  ['geo-2019', V, 2017, 12],
  ['geo-2019', ST, 2018, 3],
  ['geo-2019', FB, 2018, 2],
  ['geo-2019', ST, 2017, 10],
  ['geo-2019', FL, 2017, 2],
  ['geo-2019', `${V}.female`, 2018, 5],
  ['geo-2019', `${V}.female`, 2017, 12],
  ['geo-2019', `${V}.children`, 2018, 2],
  ['geo-2019', `${V}.children`, 2017, 1],
  ['geo-2019', SCR, 2018, 395],
  ['geo-2019', SCR, 2017, 682],
  ['geo-2019', 'screening.mobile_groups.locations', 2018, 98],
  ['geo-2019', 'screening.mobile_groups.locations', 2017, 149],
  ['geo-2019', HR, 2018, 17],
  ['geo-2019', HR, 2017, 55],
  ['geo-2019', DEP, 2018, 3009],
  ['geo-2019', DEP, 2017, 3085],
  ['geo-2019', 'victims.recognized.law_enforcement', 2018, 5],
  ['geo-2019', 'victims.recognized.law_enforcement', 2017, 8],
  ['geo-2019', 'victims.recognized.permanent_group', 2017, 4],
  ['geo-2019', 'crisis_centers.cities', 2018, 4],

  ['geo-2021', V, 2020, 7],
  ['geo-2021', V, 2019, 30],
  ['geo-2021', V, 2018, 5],
  ['geo-2021', ST, 2020, 2],
  ['geo-2021', FL, 2020, 5],
  ['geo-2021', FB, 2020, 3],
  ['geo-2021', `${V}.adult_female`, 2020, 2],
  ['geo-2021', `${V}.adult_male`, 2020, 3],
  ['geo-2021', `${V}.children`, 2020, 3],
  ['geo-2021', ST, 2019, 24],
  ['geo-2021', FB, 2019, 6],
  ['geo-2021', `${V}.female`, 2019, 28],
  ['geo-2021', `${V}.male`, 2019, 2],
  ['geo-2021', `${V}.children`, 2019, 30],
  ['geo-2021', SCR, 2020, 467],
  ['geo-2021', SCR, 2019, 651],
  ['geo-2021', HR, 2020, 2],
  ['geo-2021', HR, 2019, 2],
  ['geo-2021', DEP, 2020, 1177],
  ['geo-2021', DEP, 2019, 2521],

  ['geo-2022', V, 2021, 4],
  ['geo-2022', V, 2020, 7],
  ['geo-2022', FL, 2021, 4],
  ['geo-2022', `${V}.adult_male`, 2021, 2],
  ['geo-2022', `${V}.children.boys`, 2021, 1],
  ['geo-2022', `${V}.children.girls`, 2021, 1],
  ['geo-2022', `${V}.children`, 2021, 2],
  ['geo-2022', SCR, 2021, 444],
  ['geo-2022', SCR, 2020, 467],
  ['geo-2022', HR, 2021, 2],
  ['geo-2022', HR, 2020, 2],
  ['geo-2022', DEP, 2021, 624],
  ['geo-2022', DEP, 2020, 1177],
  ['geo-2022', 'asc_mobile_groups.count', 2021, 7],
  ['geo-2022', 'asc_mobile_groups.children_assisted', 2021, 245],

  ['arm-2018', V, 2017, 13],
  ['arm-2018', V, 2016, 22],
  ['arm-2018', ST, 2017, 8],
  ['arm-2018', FL, 2017, 5],
  ['arm-2018', ST, 2016, 3],
  ['arm-2018', FL, 2016, 19],
  ['arm-2018', `${V}.children`, 2016, 2],
  ['arm-2018', `${V}.children`, 2017, 2],
  ['arm-2018', `${V}.female`, 2017, 10],
  ['arm-2018', `${V}.male`, 2017, 3],
  ['arm-2018', `${V}.female`, 2016, 5],
  ['arm-2018', `${V}.male`, 2016, 17],
  ['arm-2018', FUND, 2017, 19068600, 39320],
  ['arm-2018', FUND, 2016, 18846000, 38860],
  ['arm-2018', ONE, 2017, 250000, 515],
  ['arm-2018', 'assistance.health_care', 2017, 2],
  ['arm-2018', 'assistance.health_care', 2016, 1],
  ['arm-2018', 'assistance.legal', 2017, 9],
  ['arm-2018', 'ngo_shelters.victims_supported.newly_identified', 2017, 19],
  ['arm-2018', 'ngo_shelters.victims_supported.newly_identified', 2016, 19],
  ['arm-2018', 'ngo_shelters.victims_supported', 2017, 36],
  ['arm-2018', 'ngo_shelters.government_funded', 2017, 1],

  ['arm-2019', V, 2018, 9],
  ['arm-2019', V, 2017, 13],
  ['arm-2019', FL, 2018, 8],
  ['arm-2019', BOTH, 2018, 1],
  ['arm-2019', ST, 2017, 8],
  ['arm-2019', FL, 2017, 5],
  ['arm-2019', `${V}.children`, 2017, 2],
  ['arm-2019', `${V}.children`, 2018, 2],
  ['arm-2019', `${V}.foreign`, 2018, 4],
  ['arm-2019', `${V}.foreign`, 2017, 0],
  ['arm-2019', `${V}.male`, 2018, 8],
  ['arm-2019', `${V}.female`, 2018, 1],
  ['arm-2019', `${V}.female`, 2017, 10],
  ['arm-2019', `${V}.male`, 2017, 3],
  ['arm-2019', `${V}.proactive_police`, 2018, 4],
  ['arm-2019', 'screening.asylum_seekers', 2018, 203],
  ['arm-2019', FUND, 2017, 19070000, 39320],
  ['arm-2019', FUND, 2018, 19070000, 39320],
  ['arm-2019', ONE, 2018, 250000, 515],

  ['arm-2020', V, 2019, 8],
  ['arm-2020', V, 2018, 9],
  ['arm-2020', FL, 2019, 5],
  ['arm-2020', ST, 2019, 3],
  ['arm-2020', FL, 2018, 8],
  ['arm-2020', BOTH, 2018, 1],
  ['arm-2020', `${V}.children`, 2019, 2],
  ['arm-2020', `${V}.children`, 2018, 2],
  ['arm-2020', `${V}.male`, 2019, 4],
  ['arm-2020', `${V}.female`, 2019, 4],
  ['arm-2020', `${V}.male`, 2018, 8],
  ['arm-2020', `${V}.female`, 2018, 1],
  ['arm-2020', `${V}.foreign`, 2019, 3],
  ['arm-2020', `${V}.foreign`, 2018, 4],
  ['arm-2020', FUND, 2019, 19000000, 40000],
  ['arm-2020', FUND, 2018, 19000000, 40000],
  ['arm-2020', ONE, 2019, 250000, 530],

  ['arm-2021', V, 2020, 9],
  ['arm-2021', V, 2019, 8],
  ['arm-2021', FL, 2020, 9],
  ['arm-2021', FB, 2020, 5],
  ['arm-2021', `${V}.children`, 2020, 5],
  ['arm-2021', `${V}.female`, 2020, 3],
  ['arm-2021', `${V}.male`, 2020, 6],
  ['arm-2021', `${V}.foreign`, 2020, 1],
  ['arm-2021', 'victims.recognized.vic', 2020, 5],
  ['arm-2021', 'victims.recognized.vic', 2019, 8],
  ['arm-2021', FUND, 2020, 40200000, 78060],
  ['arm-2021', FUND, 2019, 19000000, 36890],

  ['arm-2022', V, 2021, 32],
  ['arm-2022', V, 2020, 9],
  ['arm-2022', ST, 2021, 24],
  ['arm-2022', FL, 2021, 8],
  ['arm-2022', `${V}.adult_female`, 2021, 23],
  ['arm-2022', `${V}.children.boys`, 2021, 7],
  ['arm-2022', `${V}.children.girls`, 2021, 2],
  ['arm-2022', `${V}.children`, 2021, 9],
  ['arm-2022', `${V}.female`, 2021, 25],
  ['arm-2022', `${V}.male`, 2021, 7],
  ['arm-2022', `${V}.nationals`, 2021, 32],
  ['arm-2022', `${V}.foreign`, 2021, 0],
  ['arm-2022', 'police_inspections.commercial_sex.victims_identified', 2021, 0],
  ['arm-2022', 'vic.meetings', 2021, 6],
];
// The values the brief marks "derived", with the arithmetic it gives.
const DERIVED: [string, string, number][] = [
  ['geo-2022', `${V}.children`, 2021],
  ['arm-2020', `${V}.foreign`, 2019],
  ['arm-2022', `${V}.children`, 2021],
  ['arm-2022', `${V}.female`, 2021],
  ['arm-2022', `${V}.male`, 2021],
];
// REGION.md's coverage table: observations per edition, counting derived values, the
// not-reported mark and the January–March figure, not edition facts.
const OBSERVATIONS: Record<string, number> = {
  'geo-2017': 0,
  'geo-2018': 11,
  'geo-2019': 22,
  'geo-2020': 0,
  'geo-2021': 20,
  'geo-2022': 15,
  'arm-2017': 0,
  'arm-2018': 22,
  'arm-2019': 19,
  'arm-2020': 17,
  'arm-2021': 13,
  'arm-2022': 15,
};
// The tiers, each with the exact words of the second copy it was read from.
const TIERS: [string, string, string][] = [
  ['geo-2017', 'Tier 1', 'therefore, Georgia remained on Tier 1'],
  ['geo-2018', 'Tier 1', 'therefore Georgia remained on Tier 1'],
  ['geo-2019', 'Tier 1', 'therefore Georgia remained on Tier 1'],
  ['geo-2020', 'Tier 1', 'therefore Georgia remained on Tier 1'],
  ['geo-2021', 'Tier 1', 'therefore Georgia remained on Tier 1'],
  ['geo-2022', 'Tier 1', 'therefore Georgia remained on Tier 1'],
  ['arm-2017', 'Tier 1', 'therefore, Armenia remained on Tier 1'],
  ['arm-2018', 'Tier 2', 'Therefore Armenia was downgraded to Tier 2'],
  ['arm-2019', 'Tier 2', 'therefore Armenia remained on Tier 2'],
  ['arm-2020', 'Tier 2 Watch List', 'Therefore Armenia was downgraded to Tier 2 Watch List'],
  ['arm-2021', 'Tier 2', 'therefore Armenia was upgraded to Tier 2'],
  ['arm-2022', 'Tier 2', 'therefore Armenia remained on Tier 2'],
];
const EDITIONS = Object.keys(OBSERVATIONS);

const report = (id: string) => {
  const found = getReport(id);
  if (found === undefined) throw new Error(`no report ${id}`);
  return found;
};
const observation = (id: string, metricId: string, year: number) =>
  report(id)
    .metrics.find((m) => m.id === metricId)
    ?.observations.find((o) => o.year === year);
const locatorOf = (id: string, metricId: string, year: number) => {
  const source = observation(id, metricId, year)?.source;
  return source?.kind === 'cited' ? source.locator : undefined;
};

describe('the neighbours’ editions hold every statement of REGION.md, and no others', () => {
  it('twelve editions, all cited', () => {
    expect(EDITIONS).toHaveLength(12);
    for (const id of EDITIONS) expect(report(id).provenance).toBe('cited');
    expect(reports).toHaveLength(18);
  });

  it.each(EDITIONS)('%s', (id) => {
    const held = report(id).metrics.flatMap((m) =>
      m.observations.map((o) => JSON.stringify([m.id, o.year, o.value, o.usd])),
    );
    const expected = STATEMENTS.filter(([e]) => e === id).map(([, metric, year, value, usd]) =>
      JSON.stringify([metric, year, value, usd]),
    );
    expect(new Set(held)).toEqual(new Set(expected));
    expect(held).toHaveLength(expected.length);
  });

  it('marks derived exactly the values the brief derives', () => {
    const derived = EDITIONS.flatMap((id) =>
      report(id).metrics.flatMap((m) =>
        m.observations.filter((o) => o.derived).map((o) => JSON.stringify([id, m.id, o.year])),
      ),
    );
    expect(new Set(derived)).toEqual(new Set(DERIVED.map((d) => JSON.stringify(d))));
  });

  it('154 observations, edition by edition as the coverage table counts them', () => {
    const counted = Object.fromEntries(
      EDITIONS.map((id) => [
        id,
        report(id).metrics.reduce(
          (n, m) =>
            n +
            m.observations.length +
            (m.notReported ?? []).length +
            (m.partialPeriods ?? []).length,
          0,
        ),
      ]),
    );
    expect(counted).toEqual(OBSERVATIONS);
    expect(Object.values(counted).reduce((a, b) => a + b, 0)).toBe(154);
  });

  it('each tier is cited from the copy it was read from, not from the state.gov excerpt', () => {
    for (const [id, tier, locator] of TIERS) {
      const r = report(id);
      expect(r.tier).toBe(tier);
      const fact = r.facts.find((f) => f.id === 'tier');
      expect(fact?.value).toBe(tier);
      expect(fact?.source).toMatchObject({ kind: 'cited', locator, url: r.url });
      const copy = fact?.source.kind === 'cited' ? fact.source.copy : undefined;
      expect(r.copies?.map((c) => c.id)).toContain(copy);
    }
    expect(report('geo-2017').copies?.find((c) => c.id === 'refworld')?.name).toBe('refworld');
    expect(report('arm-2017').copies?.find((c) => c.id === 'ecoi')?.name).toBe('ecoi.net');
    expect(report('geo-2020').copies?.find((c) => c.id === 'archive')?.url).toBe(
      'https://2017-2021.state.gov/reports/2020-trafficking-in-persons-report/georgia/index.html',
    );
  });

  it('edition facts: 48 hours and five members in geo-2018 and geo-2019 only; 10 days in arm-2018 to arm-2022', () => {
    const fact = (id: string, factId: string) => report(id).facts.find((f) => f.id === factId);
    for (const id of EDITIONS.filter((e) => e.startsWith('geo'))) {
      const seen = id === 'geo-2018' || id === 'geo-2019';
      expect(fact(id, 'permanent_group.assessment_deadline_hours')?.value).toBe(
        seen ? 48 : undefined,
      );
      expect(fact(id, 'permanent_group.members')?.value).toBe(seen ? 5 : undefined);
    }
    for (const id of EDITIONS.filter((e) => e.startsWith('arm'))) {
      expect(fact(id, 'pre_identification.max_days')?.value).toBe(
        id === 'arm-2017' ? undefined : 10,
      );
    }
    expect(fact('arm-2018', 'pre_identification.max_days')?.source).toMatchObject({
      locator: 'collected information on the potential victim within a maximum of 10 days',
    });
    expect(fact('arm-2022', 'pre_identification.max_days')?.source).toMatchObject({
      locator: 'collected information on a potential victim within a maximum of 10 days',
    });
  });

  it('each edition links its own state.gov page (2019 ends in -report-2/)', () => {
    expect(report('geo-2019').url).toBe(
      'https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/',
    );
    expect(report('arm-2022').url).toBe(
      'https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/',
    );
  });

  it('names the countries in Azerbaijani and Russian in the data', () => {
    const name = (id: string, locale: string) =>
      report(id).country.translations?.[locale]?.name?.text;
    expect([name('geo-2017', 'az'), name('geo-2017', 'ru')]).toEqual(['Gürcüstan', 'Грузия']);
    expect([name('arm-2022', 'az'), name('arm-2022', 'ru')]).toEqual(['Ermənistan', 'Армения']);
  });
});

describe('coverage is data', () => {
  const PARTS: Record<string, string> = {
    'geo-2017': 'none',
    'geo-2020': 'none',
    'arm-2017': 'none',
  };
  it.each(EDITIONS)('%s says what part of its Protection section was read', (id) => {
    const coverage = report(id).coverage;
    expect(coverage?.part).toBe(PARTS[id] ?? 'opening');
    if (coverage?.part === 'opening') expect(coverage.bytes).toBe(2000);
  });

  it('arm-2022 was read from the preview.state.gov copy; arm-2021 ends at "legal, me"', () => {
    const r = report('arm-2022');
    expect(r.copies?.find((c) => c.id === r.coverage?.copy)?.url).toBe(
      'https://preview.state.gov/reports/2022-trafficking-in-persons-report/armenia/',
    );
    expect(report('arm-2021').coverage?.endsAt).toBe('legal, me');
  });

  it('an edition we could not read has no years and no metrics, never zeros', () => {
    for (const id of ['geo-2017', 'geo-2020', 'arm-2017']) {
      expect(report(id).years).toEqual([]);
      expect(report(id).metrics).toEqual([]);
    }
  });

  it('the series cover data years 2016–2021; Georgia’s 2019 from one edition only', () => {
    for (const id of ['geo-protection', 'arm-protection']) {
      expect(getSeries(id)?.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
      expect(getSeries(id)?.editions.map((e) => e.edition)).toEqual([
        2017, 2018, 2019, 2020, 2021, 2022,
      ]);
    }
    const geo = getSeries('geo-protection')?.metrics.find((m) => m.id === V);
    expect(geo?.points.map((p) => [p.year, p.value, p.reportId, p.statements.length])).toEqual([
      [2016, 3, 'geo-2018', 1],
      [2017, 12, 'geo-2019', 2],
      [2018, 5, 'geo-2021', 2],
      [2019, 30, 'geo-2021', 1],
      [2020, 7, 'geo-2022', 2],
      [2021, 4, 'geo-2022', 1],
    ]);
  });

  // REGION.md's "Unseen" list: past the excerpt's end, or an edition we could not read.
  it('unseen metrics: Armenia’s 2021 funding and the one-time payment of 2020 and 2021', () => {
    const arm = getSeries('arm-protection');
    const unseen = (id: string) =>
      arm?.metrics.find((m) => m.id === id)?.unseen.map((u) => [u.year, u.reportIds]);
    expect(unseen(FUND)).toEqual([[2021, ['arm-2022']]]);
    expect(unseen(ONE)).toEqual([
      [2016, ['arm-2017']],
      [2020, ['arm-2021', 'arm-2022']],
      [2021, ['arm-2022']],
    ]);
  });

  it('everything in an edition we could not read is unseen for its years', () => {
    const geo = getSeries('geo-protection');
    for (const metric of geo?.metrics ?? []) {
      // geo-2017 reports on 2016 (and 2015); geo-2020 on 2019 (and 2018).
      for (const u of metric.unseen) {
        expect(u.reportIds.length).toBeGreaterThan(0);
      }
      const years = new Set(metric.points.map((p) => p.year));
      if (!years.has(2016)) {
        expect(metric.unseen.find((u) => u.year === 2016)?.reportIds).toContain('geo-2017');
      }
    }
    expect(geo?.metrics.length).toBeGreaterThan(0);
  });

  it('a figure whose other editions were not read says so: Georgia’s 2019 comes from one edition only', () => {
    const geo = getSeries('geo-protection');
    if (geo === undefined) throw new Error('geo-protection');
    const point = geo.metrics.find((m) => m.id === V)?.points.find((p) => p.year === 2019);
    expect(point).toMatchObject({ reportId: 'geo-2021', unseenIn: ['geo-2020'] });
    const comparison = compare(geo, 2016, 2019, [V]);
    const [row] = comparison.rows;
    if (row === undefined) throw new Error('a row');
    expect(row).toMatchObject({
      from: 3,
      to: 30,
      fromUnseenIn: ['geo-2017'],
      toUnseenIn: ['geo-2020'],
    });
    const sentence = describeChange(row, comparison.units);
    expect(sentence).toContain(
      'The 2017 report also reports on 2016, but not in the part of the text we read.',
    );
    expect(sentence).toContain(
      'The 2020 report also reports on 2019, but not in the part of the text we read.',
    );
    expect(describeChange(row, comparison.units, 'ru')).toContain(
      'нет в прочитанной нами части текста',
    );
    // Azerbaijan's sections were read in full: no such note there.
    const aze = getSeries('aze-protection');
    if (aze === undefined) throw new Error('aze-protection');
    const azeRow = compare(aze, 2016, 2019, [V]).rows[0];
    expect(azeRow?.fromUnseenIn).toBeUndefined();
  });

  it('silent within the excerpt is not unseen: Armenian foreign victims of 2016 in arm-2018', () => {
    const foreign = getSeries('arm-protection')?.metrics.find((m) => m.id === `${V}.foreign`);
    // arm-2018's excerpt covers the passage and gives none; only arm-2017, unread, makes 2016 unseen.
    expect(foreign?.unseen.find((u) => u.year === 2016)?.reportIds).toEqual(['arm-2017']);
    expect(foreign?.points.find((p) => p.year === 2017)?.value).toBe(0);
  });

  it('a comparison says "not in the part of the text we read", in az and ru too', () => {
    const arm = getSeries('arm-protection');
    if (arm === undefined) throw new Error('arm-protection');
    const [item] = compare(arm, 2020, 2021, [FUND]).onlyOneYear;
    expect(item).toMatchObject({ year: 2020, missingYear: 2021, missing: 'unseen' });
    if (item === undefined) throw new Error('one-year item');
    expect(describeOneYear(item)).toContain('not in the part of the text we read');
    expect(describeOneYear(item, 'az')).not.toBe(describeOneYear(item));
    expect(describeOneYear(item, 'ru')).not.toBe(describeOneYear(item));
  });
});

describe('the traps of REGION.md', () => {
  it('"all" is a count: the year’s total, not 1, not 100 %, not "yes"', () => {
    const ALL: [string, string, number, number][] = [
      ['geo-2018', `${V}.female`, 2016, 3],
      ['geo-2018', `${V}.female`, 2017, 12],
      ['geo-2019', `${V}.female`, 2018, 5],
      ['geo-2019', `${V}.female`, 2017, 12],
      ['geo-2021', `${V}.children`, 2019, 30],
      ['arm-2022', `${V}.nationals`, 2021, 32],
      ['geo-2022', FL, 2021, 4],
    ];
    for (const [id, metricId, year, value] of ALL) {
      const o = observation(id, metricId, year);
      expect(o, `${id} ${metricId} ${year}`).toMatchObject({ value, all: true });
      expect(observation(id, V, year)?.value).toBe(value);
    }
    // "all victims were Armenians" is a stated 0 foreign, not silence.
    expect(observation('arm-2022', `${V}.foreign`, 2021)).toMatchObject({ value: 0, all: true });
  });

  it('a child whose year floats is not copied to 2016', () => {
    expect(observation('geo-2018', `${V}.children`, 2017)?.value).toBe(1);
    expect(observation('geo-2018', `${V}.children`, 2016)).toBeUndefined();
    expect(observation('geo-2019', `${V}.children`, 2017)?.value).toBe(1);
  });

  it('geo-2021’s 2020 split adds up to 8, not 7: parts as printed, the breakdown flagged', () => {
    const parts = [`${V}.adult_female`, `${V}.adult_male`, `${V}.children`];
    expect(parts.map((p) => observation('geo-2021', p, 2020)?.value)).toEqual([2, 3, 3]);
    expect(observation('geo-2021', V, 2020)?.value).toBe(7);
    const flagged = report('geo-2021').breakdowns.filter((b) => (b.inconsistent ?? []).length > 0);
    expect(
      flagged.map((b) => [b.scheme, b.parts, b.inconsistent?.map((f) => [f.year, f.sum, f.total])]),
    ).toEqual([['age_sex', parts, [[2020, 8, 7]]]]);
    // The series shows the flag.
    expect(getSeries('geo-protection')?.inconsistentBreakdowns).toEqual([
      expect.objectContaining({
        reportId: 'geo-2021',
        scheme: 'age_sex',
        year: 2020,
        sum: 8,
        totalValue: 7,
      }),
    ]);
    expect(getSeries('arm-protection')?.inconsistentBreakdowns).toEqual([]);
    // The only flag in the data: every other breakdown adds up.
    const all = reports.flatMap((r) => r.breakdowns.filter((b) => b.inconsistent));
    expect(all).toHaveLength(1);
  });

  // REGION.md: "These add up", scheme by scheme; each is tested on its own.
  it('each scheme’s sum, on its own', () => {
    const SUMS: [string, string, number, number[]][] = [
      ['geo-2019', 'exploitation', 2017, [10, 2]],
      ['geo-2019', 'exploitation', 2018, [3, 2]],
      ['geo-2021', 'exploitation', 2019, [24, 6]],
      ['geo-2021', 'sex', 2019, [28, 2]],
      ['geo-2021', 'exploitation', 2020, [2, 5]],
      ['geo-2022', 'age_sex', 2021, [2, 1, 1]],
      ['arm-2018', 'exploitation', 2016, [3, 19]],
      ['arm-2018', 'sex', 2016, [5, 17]],
      ['arm-2018', 'exploitation', 2017, [8, 5]],
      ['arm-2018', 'sex', 2017, [10, 3]],
      ['arm-2019', 'exploitation', 2018, [8, 1]],
      ['arm-2019', 'sex', 2018, [1, 8]],
      ['arm-2020', 'exploitation', 2019, [3, 5]],
      ['arm-2020', 'sex', 2019, [4, 4]],
      ['arm-2021', 'exploitation', 2020, [9]],
      ['arm-2021', 'sex', 2020, [3, 6]],
      ['arm-2022', 'exploitation', 2021, [24, 8]],
      ['arm-2022', 'age_sex', 2021, [23, 7, 2]],
    ];
    for (const [id, scheme, year, expected] of SUMS) {
      const r = report(id);
      const b = r.breakdowns.find(
        (x) => x.scheme === scheme && (x.years ?? r.years).includes(year),
      );
      expect(b, `${id} ${scheme} ${year}`).toBeDefined();
      const values = (b?.parts ?? []).map((p) => observation(id, p, year)?.value);
      expect(values, `${id} ${scheme} ${year}`).toEqual(expected);
      const sum = expected.reduce((a, v) => a + v, 0);
      expect(observation(id, V, year)?.value).toBe(sum);
    }
  });

  it('children are a part by age, a subset by sex', () => {
    const ageSex = report('geo-2021').breakdowns.find((b) => b.scheme === 'age_sex');
    const bySex = report('geo-2021').breakdowns.find((b) => b.scheme === 'sex');
    expect(ageSex?.parts).toContain(`${V}.children`);
    expect(bySex?.parts).not.toContain(`${V}.children`);
  });

  it('"both" is its own part: 8 + 1 = 9, and the one is in neither sex trafficking nor forced labor', () => {
    for (const id of ['arm-2019', 'arm-2020']) {
      expect(observation(id, FL, 2018)?.value).toBe(8);
      expect(observation(id, BOTH, 2018)?.value).toBe(1);
      expect(observation(id, ST, 2018)).toBeUndefined();
      const b = report(id).breakdowns.find((x) => x.parts.includes(BOTH));
      expect(b?.parts).toEqual([FL, BOTH]);
    }
  });

  it('forced begging sits inside forced labor, except where it is written beside it', () => {
    // Inside: "forced labor, including … forced begging".
    expect(locatorOf('arm-2021', FB, 2020)).toContain('forced labor, including five');
    expect(locatorOf('geo-2021', FB, 2020)).toContain('forced labor, including three');
    const parentOf = (id: string) => report(id).metrics.find((m) => m.id === FB)?.parent;
    expect(parentOf('arm-2021')).toBe(FL);
    // Beside: geo-2019's 2018 and geo-2021's 2019 give no forced labor total, and none is made up.
    expect(observation('geo-2019', FB, 2018)?.value).toBe(2);
    expect(observation('geo-2019', FL, 2018)).toBeUndefined();
    expect(observation('geo-2021', FL, 2019)).toBeUndefined();
  });

  it('January–March 2021 is not a data year', () => {
    const vic = report('arm-2021').metrics.find((m) => m.id === 'victims.recognized.vic');
    expect(vic?.observations.map((o) => o.year)).toEqual([2020, 2019]);
    expect(vic?.partialPeriods?.map((p) => [p.period.start, p.period.end, p.value])).toEqual([
      ['2021-01', '2021-03', 5],
    ]);
    const series = getSeries('arm-protection')?.metrics.find(
      (m) => m.id === 'victims.recognized.vic',
    );
    expect(series?.points.map((p) => p.year)).toEqual([2019, 2020]);
    expect(series?.partialPeriods).toHaveLength(1);
    expect(report('arm-2021').years).toEqual([2019, 2020]);
  });

  it('a year filter keeps no part of another year', () => {
    const [vic] = filterMetrics(report('arm-2021'), {
      year: 2020,
      ids: ['victims.recognized.vic'],
    });
    expect(vic?.observations.map((o) => o.year)).toEqual([2020]);
    expect(vic?.partialPeriods).toEqual([]);
  });

  it('identified is not recognized, and screened is not identified', () => {
    const geo = report('geo-2019');
    expect(
      geo.metrics.find((m) => m.id === 'victims.recognized.law_enforcement')?.parent,
    ).toBeUndefined();
    // 2017: 8 by law enforcement + 4 by the Permanent Group = 12 identified; a sum, not an identity.
    expect(
      (observation('geo-2019', 'victims.recognized.law_enforcement', 2017)?.value ?? 0) +
        (observation('geo-2019', 'victims.recognized.permanent_group', 2017)?.value ?? 0),
    ).toBe(observation('geo-2019', V, 2017)?.value);
    // 2018: all five by law enforcement; the Permanent Group's 0 is derivable, not stated.
    expect(observation('geo-2019', 'victims.recognized.permanent_group', 2018)).toBeUndefined();
    // Armenia 2020: five recognized, nine identified.
    expect(observation('arm-2021', 'victims.recognized.vic', 2020)?.value).toBe(5);
    expect(observation('arm-2021', V, 2020)?.value).toBe(9);
    for (const r of reports) {
      for (const m of r.metrics.filter(
        (m) => m.id.startsWith('screening.') || m.id.startsWith('victims.recognized'),
      )) {
        expect(m.parent, `${r.id} ${m.id}`).toBeUndefined();
        expect(m.id.startsWith(`${V}.`)).toBe(false);
      }
    }
  });

  it('the screening population changes with the wording: each figure says whose', () => {
    const screened = getSeries('geo-protection')?.metrics.find((m) => m.id === SCR);
    expect(screened?.points.map((p) => [p.year, p.value])).toEqual([
      [2017, 682],
      [2018, 395],
      [2019, 651],
      [2020, 467],
      [2021, 444],
    ]);
    for (const p of screened?.points ?? [])
      expect(p.note).toMatch(/Mobile (groups and task forces|units and the task force)/);
    expect(screened?.description).toMatch(/population changes/);
  });

  it('two kinds of "mobile groups" in Georgia are two metrics, never added', () => {
    const ids = report('geo-2022').metrics.map((m) => m.id);
    expect(ids).toContain('asc_mobile_groups.count');
    expect(ids).toContain(SCR);
    const asc = report('geo-2022').metrics.filter((m) => m.id.startsWith('asc_mobile_groups'));
    for (const m of asc) expect(m.parent).toBeUndefined();
    expect(
      report('geo-2022')
        .breakdowns.flatMap((b) => b.parts)
        .some((p) => p.startsWith('asc')),
    ).toBe(false);
  });

  it('the shelter’s newly identified are not the government’s identified', () => {
    expect(
      observation('arm-2018', 'ngo_shelters.victims_supported.newly_identified', 2017)?.value,
    ).toBe(19);
    expect(observation('arm-2018', V, 2017)?.value).toBe(13);
    expect(
      report('arm-2018').metrics.find(
        (m) => m.id === 'ngo_shelters.victims_supported.newly_identified',
      )?.parent,
    ).toBe('ngo_shelters.victims_supported');
  });

  it('restatements of money: drams agree up to the text’s rounding, dollars do not', () => {
    const arm = getSeries('arm-protection');
    if (arm === undefined) throw new Error('arm-protection');
    const funding = (year: number) =>
      restatements(arm)
        .find((r) => r.metricId === FUND && r.year === year)
        ?.statements.map((s) => [s.reportId, s.value, s.usd]);
    expect(funding(2017)).toEqual([
      ['arm-2019', 19070000, 39320],
      ['arm-2018', 19068600, 39320],
    ]);
    expect(funding(2018)).toEqual([
      ['arm-2020', 19000000, 40000],
      ['arm-2019', 19070000, 39320],
    ]);
    expect(funding(2019)).toEqual([
      ['arm-2021', 19000000, 36890],
      ['arm-2020', 19000000, 40000],
    ]);
    // Same drams, dollars 8.4 % apart: both shown, none picked.
    const r2019 = restatements(arm).find((r) => r.metricId === FUND && r.year === 2019);
    expect(r2019?.agrees).toBe(true);
    expect(r2019?.differs).toEqual(['usd']);
    expect((40000 / 36890 - 1) * 100).toBeCloseTo(8.4, 1);
    // The one-time payment: 250,000 drams in every edition seen, $515 and $530.
    const once = restatements(arm).filter((r) => r.metricId === ONE);
    expect(once).toEqual([]);
    const points = arm.metrics
      .find((m) => m.id === ONE)
      ?.points.map((p) => [p.year, p.value, p.usd]);
    expect(points).toEqual([
      [2017, 250000, 515],
      [2018, 250000, 515],
      [2019, 250000, 530],
    ]);
  });

  it('every restatement agrees: counts exactly, drams up to the rounding the text states', () => {
    for (const id of ['geo-protection', 'arm-protection']) {
      const s = getSeries(id);
      if (s === undefined) throw new Error(id);
      const all = restatements(s);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((r) => !r.agrees)).toEqual([]);
    }
    const arm = getSeries('arm-protection');
    if (arm === undefined) throw new Error('arm-protection');
    const differs = restatements(arm)
      .filter((r) => r.differs.length > 0)
      .map((r) => [r.metricId, r.year, r.differs]);
    // 19,068,600 against "19.07 million"; "19.07 million" against "19 million" and 1.7 % in
    // dollars; the same "19 million" and 8.4 % in dollars.
    expect(differs).toEqual([
      [FUND, 2017, ['rounding']],
      [FUND, 2018, ['rounding', 'usd']],
      [FUND, 2019, ['usd']],
    ]);
    expect((40000 / 39320 - 1) * 100).toBeCloseTo(1.7, 1);
  });

  it('per-edition dollar rates, from the least rounded figure', () => {
    const rate = (id: string) => usdRate(report(id))?.toFixed(2);
    expect(rate('arm-2018')).toBe('484.96');
    expect(rate('arm-2020')).toBe('471.70');
    expect(rate('arm-2021')).toBe('514.99');
  });

  it('the dram rate each pair implies, as REGION.md gives them', () => {
    const RATES: Record<string, string[]> = {
      'arm-2018': ['484.96', '484.97', '485.44'],
      'arm-2019': ['484.99', '485.44'],
      'arm-2020': ['471.70', '475.00'],
      'arm-2021': ['514.99', '515.04'],
    };
    for (const [id, expected] of Object.entries(RATES)) {
      const implied = report(id)
        .metrics.flatMap((m) => m.observations)
        .filter((o) => o.usd !== undefined)
        .map((o) => (o.value / (o.usd as number)).toFixed(2));
      expect([...new Set(implied)].sort(), id).toEqual(expected);
    }
  });

  it('the numerals of the excerpts that are not figures are listed, with why', () => {
    const NON_FIGURES: [string, string][] = [
      ['geo-2018', '48-hour identification period'],
      ['geo-2022', 'November 2021'],
      ['arm-2019', 'The 2014 Law on Identification'],
      ['arm-2020', 'The 2014 Law on Identification'],
      ['arm-2021', 'The 2014 Law on Identification'],
      ['arm-2022', 'The 2014 Law on Identification'],
      ['arm-2022', 'In 2021, the government developed'],
    ];
    const listed = EDITIONS.flatMap((id) => report(id).nonFigures.map((n) => [id, n.text]));
    expect(new Set(listed.map((l) => JSON.stringify(l)))).toEqual(
      new Set(NON_FIGURES.map((l) => JSON.stringify(l))),
    );
    for (const id of EDITIONS) for (const n of report(id).nonFigures) expect(n.reason).not.toBe('');
  });

  it('"N million" carries its rounding: arm-2020’s 0.70 % spread passes only because of it', () => {
    const pairs = report('arm-2020')
      .metrics.flatMap((m) => m.observations)
      .filter((o) => o.usd !== undefined);
    const rates = pairs.map((o) => o.value / (o.usd as number));
    expect((Math.max(...rates) / Math.min(...rates) - 1) * 100).toBeCloseTo(0.7, 1);
    expect(pairs.filter((o) => o.roundedTo === 1e6)).toHaveLength(2);
    expect(observation('arm-2019', FUND, 2017)?.roundedTo).toBe(1e4);
    expect(observation('arm-2021', FUND, 2020)?.roundedTo).toBe(1e5);
    expect(observation('arm-2018', FUND, 2017)?.roundedTo).toBeUndefined();
  });

  it('compensation that is not restitution: provided jointly, under allowance.one_time', () => {
    const metric = report('arm-2018').metrics.find((m) => m.id === ONE);
    expect(metric?.unit).toBe('AMD');
    expect(metric?.description).toMatch(/not court-ordered restitution/);
    expect(metric?.observations[0]).toMatchObject({
      basis: 'provided',
      note: expect.stringMatching(/jointly/),
    });
  });

  it('unlabelled current-year money takes the reporting year, and says it was inferred', () => {
    expect(observation('arm-2018', FUND, 2017)?.yearInferred).toBe(true);
    expect(observation('arm-2021', FUND, 2020)?.yearInferred).toBe(true);
    expect(observation('arm-2021', FUND, 2019)?.yearInferred).toBeUndefined();
    for (const id of ['arm-2018', 'arm-2019', 'arm-2020', 'arm-2021']) {
      for (const o of report(id).metrics.find((m) => m.id === FUND)?.observations ?? []) {
        expect(o.basis).toBe('allocated');
      }
    }
  });

  it('foreign totals can be implicit: 2 + 1 derived, "all were Armenians" a stated 0, Georgia none at all', () => {
    expect(observation('arm-2020', `${V}.foreign`, 2019)).toMatchObject({
      value: 3,
      derived: true,
      formula: '2 + 1',
    });
    expect(observation('arm-2022', `${V}.foreign`, 2021)?.derived).toBeUndefined();
    for (const r of reports.filter((r) => r.country.alpha3 === 'GEO')) {
      expect(r.metrics.some((m) => m.id === `${V}.foreign` || m.id === `${V}.nationals`)).toBe(
        false,
      );
    }
  });

  it('typos are part of the locator', () => {
    expect(locatorOf('arm-2022', `${V}.adult_female`, 2021)).toBe(
      'there were 23 were women, seven boys, and two girls',
    );
    expect(locatorOf('geo-2019', HR, 2018)).toBe(
      'Authorities interviewed another 17 individuals deemed as “high-risk” (55 in 2017)',
    );
  });

  it('the same sentence in two editions is two locators, each meaningful with its own URL', () => {
    const a = observation('arm-2019', `${V}.children`, 2017)?.source;
    const b = observation('arm-2018', `${V}.children`, 2017)?.source;
    expect(a).toMatchObject({ locator: 'two were children in both 2017 and 2018' });
    expect(b).toMatchObject({ locator: 'two were children in both 2016 and 2017' });
    expect(a?.kind === 'cited' && b?.kind === 'cited' && a.url !== b.url).toBe(true);
  });

  it('not reported is recorded with its locator, never 0; the stated 0 beside it is a real zero', () => {
    const inspections = report('arm-2022').metrics.find(
      (m) => m.id === 'police_inspections.commercial_sex',
    );
    expect(inspections?.observations).toEqual([]);
    expect(
      inspections?.notReported?.map((n) => [n.year, n.source.kind === 'cited' && n.source.locator]),
    ).toEqual([[2021, 'the government did not report the number of inspections']]);
    expect(
      observation('arm-2022', 'police_inspections.commercial_sex.victims_identified', 2021)?.value,
    ).toBe(0);
  });
});

describe('dram and lari as data', () => {
  const unit = (r: Report, id: string) => r.units.find((u) => u.id === id);
  it('AMD with how it is written, and the Russian plurals 1 драм, 2 драма, 5 драмов', () => {
    const amd = unit(report('arm-2018'), 'AMD');
    expect(amd).toMatchObject({ kind: 'money', currency: 'AMD' });
    expect(formatValue(19068600, amd, { usd: 39320 })).toBe('19,068,600 drams ($39,320)');
    expect(formatValue(1, amd)).toBe('1 dram');
    const ru = (n: number) => formatValue(n, amd, { locale: 'ru' });
    expect([ru(1), ru(2), ru(5)]).toEqual(['1 драм', '2 драма', '5 драмов']);
    expect(formatValue(250000, amd, { locale: 'az' })).toMatch(/dram$/);
  });

  it('GEL is Georgia’s currency in the data (the catalog), though no lari figure lies inside any excerpt', () => {
    const units = JSON.parse(
      readFileSync(new URL('./catalog/units.json', import.meta.url), 'utf8'),
    ) as Unit[];
    const gel = units.find((u) => u.id === 'GEL');
    expect(gel).toMatchObject({ kind: 'money', currency: 'GEL', written: '{amount} lari' });
    const georgian = reports.filter((r) => r.country.alpha3 === 'GEO');
    expect(georgian.length).toBeGreaterThan(0);
    for (const r of georgian) expect(r.metrics.some((m) => m.unit === 'GEL')).toBe(false);
    expect(formatValue(5, gel, { locale: 'ru' })).toBe('5 лари');
  });

  it('every new metric keeps one definition across the editions that use it', () => {
    const byId = new Map<string, string>();
    for (const r of reports.filter((r) => r.country.alpha3 !== 'AZE')) {
      for (const m of r.metrics) {
        const { observations: _o, notReported: _n, partialPeriods: _p, ...definition } = m;
        const text = JSON.stringify(definition);
        expect(byId.get(m.id) ?? text, `${r.id} ${m.id}`).toBe(text);
        byId.set(m.id, text);
      }
    }
    expect(byId.size).toBeGreaterThan(0);
  });
});
