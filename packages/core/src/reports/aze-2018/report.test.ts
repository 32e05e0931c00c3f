import { describe, expect, it } from 'vitest';
import { findFiguresInText, quoteStates } from '../../figures-in-text.js';
import { evaluateFormula } from '../../formula.js';
import { Report } from '../../schema/report.js';
import { getReport } from '../index.js';

const report = getReport('aze-2018') as Report;
const text = report.sourceText;
const observations = report.metrics.flatMap((m) =>
  m.observations.map((o) => ({ metric: m, ...o })),
);
const value = (metricId: string, year: number) =>
  report.metrics.find((m) => m.id === metricId)?.observations.find((o) => o.year === year)?.value;

// Read by hand from source.txt, independently of report.ts: metric, year, value (and usd).
const FIGURES_READ_FROM_THE_TEXT: [string, number, number, number?][] = [
  ['victims.identified', 2017, 71],
  ['victims.identified', 2016, 70],
  ['victims.identified.female_sex_trafficking', 2017, 66],
  ['victims.identified.female_sex_trafficking', 2016, 69],
  ['victims.identified.male_forced_labor', 2017, 5],
  ['victims.identified.male_forced_labor', 2016, 1],
  ['victims.identified.children', 2017, 0],
  ['victims.identified.children', 2016, 0],
  ['victims.identified.azerbaijani', 2017, 68],
  ['victims.identified.azerbaijani', 2016, 69],
  ['victims.identified.foreign', 2017, 3],
  ['victims.identified.foreign', 2016, 1],
  ['referrals.civil_society_to_atd', 2017, 6],
  ['referrals.civil_society_to_atd', 2016, 466],
  ['referrals.civil_society_to_atd.recognized', 2017, 0],
  ['referrals.civil_society_to_atd.recognized', 2016, 0],
  ['funding.victim_protection', 2017, 150530, 88030],
  ['funding.victim_protection', 2016, 154000, 90060],
  ['shelter.mia.recognized', 2017, 65],
  ['shelter.mia.recognized', 2016, 63],
  ['shelter.mia.potential', 2017, 6],
  ['shelter.mia.potential', 2016, 7],
  ['vac.referrals.atd', 2017, 68],
  ['vac.referrals.civil_society', 2017, 28],
  ['vac.assistance.medical', 2017, 44],
  ['vac.assistance.psychological', 2017, 52],
  ['vac.assistance.legal', 2017, 53],
  ['reintegration.employment', 2017, 21],
  ['reintegration.vocational_training', 2017, 10],
  ['ngo_shelters.victims_supported', 2017, 41],
  ['ngo_shelters.victims_supported', 2016, 40],
  ['permits.temporary_residence', 2017, 3],
  ['permits.temporary_residence.russia', 2017, 2],
  ['permits.temporary_residence.ukraine', 2017, 1],
];

describe('aze-2018: the data against its own schema', () => {
  it('parses with the Report schema', () => {
    const result = Report.safeParse(report);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has the metadata of the 2018 Azerbaijan narrative', () => {
    expect(report).toMatchObject({
      id: 'aze-2018',
      edition: 2018,
      country: { alpha3: 'AZE', alpha2: 'AZ', name: 'Azerbaijan' },
      section: 'protection',
      tier: 'Tier 2',
      years: [2016, 2017],
      reportingYear: 2017,
      reportingPeriod: { start: '2017-04-01', end: '2018-03-31' },
      url: 'https://www.state.gov/reports/2018-trafficking-in-persons-report/azerbaijan/',
    });
  });
});

describe('aze-2018: every figure as the text gives it', () => {
  it('holds exactly the observations read from the text, and no others', () => {
    const actual = observations.map((o) => [
      o.metric.id,
      o.year,
      o.value,
      ...(o.usd === undefined ? [] : [o.usd]),
    ]);
    expect(new Set(actual.map((a) => JSON.stringify(a)))).toEqual(
      new Set(FIGURES_READ_FROM_THE_TEXT.map((f) => JSON.stringify(f))),
    );
    expect(report.metrics).toHaveLength(22);
  });

  it.each(observations.map((o) => [`${o.metric.id} ${o.year}`, o] as const))(
    '%s: its quote stands at its offsets and states the value',
    (_, o) => {
      expect(text.slice(o.source.start, o.source.end)).toBe(o.source.quote);
      if (o.derived) {
        expect(o.formula).toBeDefined();
        expect(evaluateFormula(report, o.formula as string, o.year)).toBe(o.value);
      } else {
        expect(quoteStates(o.source.quote, o.value)).toBe(true);
      }
      if (o.usd !== undefined) expect(quoteStates(o.source.quote, o.usd)).toBe(true);
    },
  );

  it('marks as derived exactly the two values the text does not state', () => {
    const derived = observations.filter((o) => o.derived).map((o) => `${o.metric.id} ${o.year}`);
    expect(derived).toEqual([
      'victims.identified.azerbaijani 2016',
      'permits.temporary_residence 2017',
    ]);
  });

  it.each(report.findings.map((f) => [f.id, f] as const))(
    'finding %s: its quote stands at its offsets',
    (_, f) => {
      expect(text.slice(f.source.start, f.source.end)).toBe(f.source.quote);
    },
  );

  it('has one headline assessment: "maintained victim protection efforts"', () => {
    const [assessment, ...others] = report.findings.filter((f) => f.assessment);
    expect(others).toEqual([]);
    expect(assessment?.source.quote).toContain('maintained victim protection efforts');
  });
});

describe('aze-2018: the checks of DATA.md', () => {
  it('every additive breakdown adds up to its total in every year it has all parts', () => {
    let checked = 0;
    for (const b of report.breakdowns.filter((b) => b.additive && b.total)) {
      for (const year of report.years) {
        const total = value(b.total as string, year);
        const parts = b.parts.map((p) => value(p, year));
        if (total === undefined || parts.includes(undefined)) continue;
        expect(
          parts.reduce((sum = 0, v = 0) => sum + v, 0),
          `${b.id} in ${year}`,
        ).toBe(total);
        checked++;
      }
    }
    // exploitation 2016+2017, nationality 2016+2017, permits 2017
    expect(checked).toBe(5);
  });

  it('the parts of a breakdown with a total name it as their parent', () => {
    for (const b of report.breakdowns.filter((b) => b.total)) {
      for (const part of b.parts) {
        expect(report.metrics.find((m) => m.id === part)?.parent).toBe(b.total);
      }
    }
  });

  it('the VAC assistance kinds are marked as overlapping, never to be summed', () => {
    expect(report.breakdowns.find((b) => b.id === 'vac.assistance')?.additive).toBe(false);
  });

  it('the AZN→USD rate implied by the funding figures agrees between the years within 0.1 %', () => {
    const funding = report.metrics.find((m) => m.id === 'funding.victim_protection');
    const rates = (funding?.observations ?? []).map((o) => o.value / (o.usd as number));
    expect(rates).toHaveLength(2);
    const [a, b] = rates as [number, number];
    expect(Math.abs(a - b) / b).toBeLessThan(0.001);
  });

  it('every numeral and number word of the source is a figure, part of a finding, or a listed non-figure', () => {
    const spans = [
      ...observations.map((o) => ({ ...o.source, values: [o.value, o.usd] })),
      ...report.findings.map((f) => ({ ...f.source, values: null })),
    ];
    const nonFigureSpans = report.nonFigures.flatMap((n) =>
      [...text.matchAll(new RegExp(n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map(
        (m) => ({
          start: m.index,
          end: m.index + n.text.length,
        }),
      ),
    );
    const figures = findFiguresInText(text);
    expect(figures.length).toBeGreaterThan(40);
    const unaccounted = figures.filter((f) => {
      const inside = (s: { start: number; end: number }) => s.start <= f.start && f.end <= s.end;
      if (nonFigureSpans.some(inside)) return false;
      return !spans.some(
        (s) => inside(s) && (s.values === null || s.values.includes(f.value ?? Number.NaN)),
      );
    });
    expect(unaccounted.map((f) => `${f.text}@${f.start}`)).toEqual([]);
  });

  it('every listed non-figure occurs in the text', () => {
    for (const n of report.nonFigures) expect(text).toContain(n.text);
  });
});

describe('exported data is deep-frozen', () => {
  it('a consumer cannot change a figure, a quote or the list of metrics', () => {
    const metric = report.metrics[0];
    expect(() => {
      (metric?.observations[0] as { value: number }).value = 0;
    }).toThrow(TypeError);
    expect(() => {
      (report.metrics as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (report as { sourceText: string }).sourceText = '';
    }).toThrow(TypeError);
    expect(getReport('aze-2018')?.metrics[0]?.observations[0]?.value).toBe(71);
  });
});
