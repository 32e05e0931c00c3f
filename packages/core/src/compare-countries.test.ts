import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareCountries } from './compare-countries.js';
import { countryComparisonToCsv, seriesToCsv } from './csv.js';
import { registerCatalog } from './i18n.js';
import { allCatalogs } from './locales/all.generated.js';
import { CountryComparison } from './schema/country-comparison.js';
import { series } from './series.js';

for (const catalog of allCatalogs) registerCatalog(catalog);

const V = 'victims.identified';
const valuesOf = (c: CountryComparison, seriesId: string) =>
  c.rows
    .find((r) => r.seriesId === seriesId)
    ?.cells.map((cell) => [cell.year, cell.state, cell.value]);

describe('one metric across countries', () => {
  it('victims identified, a row a country, each year from its own newest edition', () => {
    const c = compareCountries(series, V);
    expect(CountryComparison.safeParse(c).error?.issues ?? []).toEqual([]);
    expect(c.rows.map((r) => r.seriesId)).toEqual([
      'arm-protection',
      'aze-protection',
      'geo-protection',
    ]);
    expect(c.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(c.comparable).toBe(true);
    // Typed from SERIES.md and REGION.md.
    expect(valuesOf(c, 'aze-protection')).toEqual([
      [2015, 'figure', 63],
      [2016, 'figure', 70],
      [2017, 'figure', 71],
      [2018, 'figure', 98],
      [2019, 'figure', 91],
      [2020, 'figure', 94],
      [2021, 'figure', 95],
    ]);
    expect(valuesOf(c, 'arm-protection')).toEqual([
      [2015, 'unseen', undefined],
      [2016, 'figure', 22],
      [2017, 'figure', 13],
      [2018, 'figure', 9],
      [2019, 'figure', 8],
      [2020, 'figure', 9],
      [2021, 'figure', 32],
    ]);
    expect(valuesOf(c, 'geo-protection')).toEqual([
      [2015, 'unseen', undefined],
      [2016, 'figure', 3],
      [2017, 'figure', 12],
      [2018, 'figure', 5],
      [2019, 'figure', 30],
      [2020, 'figure', 7],
      [2021, 'figure', 4],
    ]);
    const geo2019 = c.rows[2]?.cells.find((cell) => cell.year === 2019);
    expect(geo2019).toMatchObject({ reportId: 'geo-2021', provenance: 'cited' });
    expect(geo2019?.provenanceUrl).toMatch(
      /^https:\/\/www\.state\.gov\/reports\/2021-.*georgia\/#:~:text=/,
    );
    expect(c.rows[0]?.cells[0]?.unseenIn).toEqual(['arm-2017']);
    expect(c.notes).toEqual(['Each government counts by its own definitions.']);
  });

  it('each row has its own edition notes: what was read, the unseen years, the flagged breakdown', () => {
    const c = compareCountries(series, `${V}.children`, {
      series: ['geo-protection', 'aze-protection'],
    });
    const geo = c.rows[0];
    expect(geo?.notes).toEqual(
      expect.arrayContaining([
        'The Protection section of the 2017 and 2020 reports could not be read.',
        'Only the opening of the Protection section was read in the 2018, 2019, 2021, and 2022 reports.',
        'In 2020 the parts the 2021 report prints add up to 8, not to its total of 7; each is kept as printed.',
      ]),
    );
    expect(geo?.notes.some((n) => /not in the part of the text we read/.test(n))).toBe(true);
    // Azerbaijan's sections were read in full: a year with no figure there is silence, not unseen.
    const aze = c.rows[1];
    expect(aze?.cells.find((cell) => cell.year === 2021)?.state).toBe('silent');
    expect(aze?.notes.some((n) => /could not be read|opening/.test(n))).toBe(false);
  });

  it('manat against dram is no comparison: the rows keep their figures and the answer says why', () => {
    const c = compareCountries(series, 'funding.victim_protection');
    expect(c.rows.map((r) => r.seriesId)).toEqual(['arm-protection', 'aze-protection']);
    expect(c.comparable).toBe(false);
    expect(c.reason).toBe('currency');
    expect(c.notes[0]).toBe(
      'Not compared: the figures are in different currencies (Armenian dram and Azerbaijani manat).',
    );
    const arm2019 = c.rows[0]?.cells.find((cell) => cell.year === 2019);
    expect(arm2019).toMatchObject({
      value: 19000000,
      usd: 36890,
      reportId: 'arm-2021',
      differs: ['usd'],
    });
    expect(arm2019?.text).toBe('19,000,000 drams ($36,890)');
    expect(c.rows[0]?.cells.find((cell) => cell.year === 2021)).toMatchObject({
      state: 'unseen',
      unseenIn: ['arm-2022'],
    });
  });

  it('a series without the metric, asked for by name, is unseen where its editions were not read', () => {
    const c = compareCountries(series, 'funding.victim_protection', {
      series: ['geo-protection'],
      from: 2016,
      to: 2017,
    });
    expect(c.rows[0]).toMatchObject({ hasMetric: false });
    expect(c.rows[0]?.cells.map((cell) => [cell.year, cell.state, cell.unseenIn])).toEqual([
      [2016, 'unseen', ['geo-2017', 'geo-2018']],
      [2017, 'unseen', ['geo-2018', 'geo-2019']],
    ]);
    expect(c.comparable).toBe(true);
  });

  it('a count against a count compares; a partial period is a note, never a year', () => {
    const c = compareCountries(series, 'victims.recognized.vic');
    expect(c.rows.map((r) => r.seriesId)).toEqual(['arm-protection']);
    expect(c.rows[0]?.notes).toContain(
      'The 2021 report also gives 5 for January 2021 to March 2021: part of a year, not a data year.',
    );
    expect(c.years).not.toContain(2022);
  });

  it('in Russian and Azerbaijani: country names from the data, unseen in words', () => {
    const ru = compareCountries(series, V, { locale: 'ru' });
    expect(ru.rows.map((r) => r.country.name)).toEqual(['Армения', 'Азербайджан', 'Грузия']);
    expect(ru.rows[0]?.cells[0]?.text).toBe('нет в прочитанной нами части текста');
    const az = compareCountries(series, V, { locale: 'az' });
    expect(az.rows.map((r) => r.country.name)).toEqual(['Ermənistan', 'Azərbaycan', 'Gürcüstan']);
  });

  it('names the wrong parameter and what is allowed', () => {
    expect(() => compareCountries(series, 'victims.found')).toThrow(
      expect.objectContaining({ parameter: 'metric', allowed: expect.arrayContaining([V]) }),
    );
    expect(() => compareCountries(series, V, { series: ['xyz-protection'] })).toThrow(
      expect.objectContaining({
        parameter: 'series',
        allowed: ['arm-protection', 'aze-protection', 'geo-protection'],
      }),
    );
    expect(() => compareCountries(series, V, { from: 2014 })).toThrow(
      expect.objectContaining({ parameter: 'from' }),
    );
    expect(() => compareCountries(series, V, { from: 2020, to: 2016 })).toThrow(
      expect.objectContaining({ parameter: 'to', allowed: ['2020', '2021'] }),
    );
  });

  it('as CSV: a line a country and year, no value (never 0) where there is no figure', () => {
    const c = compareCountries(series, V, { from: 2015, to: 2016 });
    const { data } = Papa.parse<Record<string, string>>(countryComparisonToCsv(c), {
      header: true,
      skipEmptyLines: true,
    });
    expect(data.map((l) => [l.series_id, l.year, l.state, l.value, l.report_id])).toEqual([
      ['arm-protection', '2015', 'unseen', '', ''],
      ['arm-protection', '2016', 'figure', '22', 'arm-2018'],
      ['aze-protection', '2015', 'figure', '63', 'aze-2017'],
      ['aze-protection', '2016', 'figure', '70', 'aze-2018'],
      ['geo-protection', '2015', 'unseen', '', ''],
      ['geo-protection', '2016', 'figure', '3', 'geo-2018'],
    ]);
    expect(data[0]?.unseen_in).toBe('arm-2017');
  });

  it('a series CSV has a line for each unseen year, with no value and the editions not read', () => {
    const arm = series.find((s) => s.id === 'arm-protection');
    if (arm === undefined) throw new Error('arm-protection');
    const funding = arm.metrics.filter((m) => m.id === 'funding.victim_protection');
    const { data } = Papa.parse<Record<string, string>>(seriesToCsv(arm, funding), {
      header: true,
      skipEmptyLines: true,
    });
    expect(
      data
        .filter((l) => l.status === 'unseen')
        .map((l) => [l.year, l.value, l.report_id, l.unseen_in]),
    ).toEqual([['2021', '', '', 'arm-2022']]);
  });
});
