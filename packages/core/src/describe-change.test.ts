import { describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { metricsToCsv } from './csv.js';
import { describeChange } from './describe-change.js';
import { fillStatement, formatValue } from './format.js';
import { getReport } from './reports/index.js';
import type { Report } from './schema/report.js';

const report = getReport('aze-2018') as Report;
const { rows, units } = compare(report, 2016, 2017);
const unit = (id: string) => report.units.find((u) => u.id === id);
const sentence = (id: string, locale?: string) => {
  const row = rows.find((r) => r.metricId === id);
  if (!row) throw new Error(`no row ${id}`);
  return describeChange(row, units, locale);
};

describe('describeChange', () => {
  it('up, with the change and its percentage', () => {
    expect(sentence('victims.identified')).toBe(
      'The government identified 71 trafficking victims in 2017, up 1 (+1.4 %) from 70 in 2016.',
    );
  });

  it('down', () => {
    expect(sentence('referrals.civil_society_to_atd')).toBe(
      'Civil society referred 6 potential victims to the Anti-Trafficking Department in 2017, down 460 (−98.7 %) from 466 in 2016.',
    );
  });

  it('unchanged at zero: no percentage of nothing, and still both values', () => {
    expect(sentence('victims.identified.children')).toBe(
      'The government identified 0 child victims in 2017, unchanged from 0 in 2016.',
    );
  });

  it('up from zero: the change without a percentage', () => {
    const row = {
      ...(rows[0] as (typeof rows)[0]),
      from: 0,
      to: 3,
      change: 3,
      percentChange: null,
      direction: 'up' as const,
    };
    expect(describeChange(row, units)).toBe(
      'The government identified 3 trafficking victims in 2017, up 3 from 0 in 2016.',
    );
  });

  it('money: manat with the report’s dollar figure in brackets', () => {
    expect(sentence('funding.victim_protection')).toBe(
      'The government allocated 150,530 manat ($88,030) for victim protection in 2017, down 3,470 manat (−2.3 %) from 154,000 manat ($90,060) in 2016.',
    );
  });

  it('one: the singular form', () => {
    const row = rows.find((r) => r.metricId === 'victims.identified.male_forced_labor');
    expect(
      describeChange({ ...(row as (typeof rows)[0]), to: 1, change: 0, direction: 'same' }, units),
    ).toBe(
      'The government identified 1 male victim of forced labor in 2017, unchanged from 1 in 2016.',
    );
  });

  it('formats numbers for the locale asked for', () => {
    expect(sentence('funding.victim_protection', 'de')).toMatch(/150\.530 manat \(88\.030\s\$\)/);
    expect(sentence('victims.identified', 'de')).toContain('(+1,4 %)');
  });
});

describe('fillStatement and formatValue', () => {
  it('capitalises a statement that starts with its value', () => {
    expect(
      fillStatement('{value} identified {victim was|victims were} foreign', 3, unit('persons')),
    ).toBe('3 identified victims were foreign');
    expect(
      fillStatement('{value} identified {victim was|victims were} foreign', 1, unit('persons')),
    ).toBe('1 identified victim was foreign');
  });

  it('writes manat without a dollar figure when the report gives none', () => {
    expect(formatValue(1000, unit('AZN'))).toBe('1,000 manat');
    expect(formatValue(1000, unit('persons'))).toBe('1,000');
  });

  it('writes a unit the way its data says, with the English plural', () => {
    expect(formatValue(1, unit('hours'))).toBe('1 hour');
    expect(formatValue(24, unit('hours'))).toBe('24 hours');
    expect(formatValue(900, unit('AZN'), { usd: 489, approximate: true })).toBe(
      'about 900 manat ($489)',
    );
  });

  it('fills {basis} with the verb of the money figure', () => {
    expect(
      fillStatement('The government {basis} {value} for victim protection', 5, unit('AZN'), {
        basis: 'spent',
      }),
    ).toBe('The government spent 5 manat for victim protection');
  });
});

describe('a rate says what it is per, wherever its value is written', () => {
  // The 2017 edition: "a one-time allowance of 400 manat ($217)" for each officially recognized
  // victim, and "approximately 900 manat ($489) a month" per person at the shelter.
  const aze2017 = getReport('aze-2017') as Report;
  const metricOf = (id: string) => aze2017.metrics.find((m) => m.id === id);
  const unitOf = (id: string) =>
    aze2017.units.find((u) => u.id === metricOf(id)?.unit) as Report['units'][0];

  it('in the sentence, in English, Azerbaijani and Russian', () => {
    const allowance = metricOf('allowance.one_time') as Report['metrics'][0];
    expect(fillStatement(allowance.statement, 400, unitOf(allowance.id), { usd: 217 })).toBe(
      'The one-time allowance for officially recognized victims was 400 manat ($217) per victim',
    );
    const shelter = metricOf('shelter.cost_per_resident_month') as Report['metrics'][0];
    expect(
      fillStatement(shelter.statement, 900, unitOf(shelter.id), {
        usd: 489,
        approximate: true,
        basis: 'spent',
      }),
    ).toBe('ATD spent about 900 manat ($489) per person per month at the government shelter');
    expect(formatValue(400, unitOf(allowance.id), { locale: 'ru' })).toBe('400 манатов на жертву');
    expect(formatValue(400, unitOf(allowance.id), { locale: 'az' })).toBe('400 manat hər qurbana');
  });

  it('in the label a table or a CSV column shows, and in the unit id the CSV and API carry', () => {
    expect(unitOf('allowance.one_time')).toMatchObject({
      id: 'azn_per_victim',
      label: 'Azerbaijani manat per victim',
      currency: 'AZN',
      per: 'per victim',
    });
    expect(unitOf('shelter.cost_per_resident_month')).toMatchObject({
      id: 'azn_per_person_month',
      label: 'Azerbaijani manat per person per month',
      per: 'per person per month',
    });
    // The CSV's unit column carries the unit id (whatever the columns are called).
    const line = metricsToCsv(aze2017)
      .split(/\r?\n/)
      .find((l) => l.includes('allowance.one_time'));
    expect(line).toContain('azn_per_victim');
  });
});
