import { describe, expect, it } from 'vitest';
import { message } from './i18n.js';
import './index.js';
import { azerbaijaniOrdinalSuffix, ordinalYear } from './year-ordinal.js';

// Typed from GLOSSARY.md's rule: -ci after 1, 2, 5, 7, 8, 20, 50, 70, 80, 1000, 2000; -cü after
// 3, 4, 100; -cı after 6, 40, 60, 90; -cu after 9, 10, 30 (the last non-zero part as spoken).
const YEARS: [number, string][] = [
  [2015, '2015-ci'],
  [2016, '2016-cı'],
  [2017, '2017-ci'],
  [2018, '2018-ci'],
  [2019, '2019-cu'],
  [2020, '2020-ci'],
  [2021, '2021-ci'],
  [2022, '2022-ci'],
  [2000, '2000-ci'],
  [1990, '1990-cı'],
  [2013, '2013-cü'],
  [2014, '2014-cü'],
  [2010, '2010-cu'],
  [2030, '2030-cu'],
  [2040, '2040-cı'],
  [2050, '2050-ci'],
  [2060, '2060-cı'],
  [2070, '2070-ci'],
  [2080, '2080-ci'],
  [1900, '1900-cü'],
  [2100, '2100-cü'],
  [1000, '1000-ci'],
  [2001, '2001-ci'],
  [2002, '2002-ci'],
];

describe('the Azerbaijani ordinal year', () => {
  it.each(YEARS)('%i is written %s', (year, written) => {
    expect(ordinalYear(year, 'az')).toBe(written);
    expect(ordinalYear(String(year), 'az')).toBe(written);
  });

  it('follows the last non-zero part: 1, 4, 6, 9, 10, 40, 100', () => {
    expect([1, 4, 6, 9, 10, 40, 100].map(azerbaijaniOrdinalSuffix)).toEqual([
      'ci',
      'cü',
      'cı',
      'cu',
      'cu',
      'cı',
      'cü',
    ]);
  });

  it('leaves English and Russian years bare, and anything that is not a year as it is', () => {
    expect(ordinalYear(2016, 'en')).toBe('2016');
    expect(ordinalYear(2016, 'ru')).toBe('2016');
    expect(ordinalYear('20x', 'az')).toBe('20x');
    expect(() => azerbaijaniOrdinalSuffix(0)).toThrow(RangeError);
  });

  it('a catalog asks for it with {name:ordinal}', () => {
    expect(message('az', 'ui.onlyYearNote', { year: 2016 })).toContain('2016-cı il');
    expect(message('en', 'ui.onlyYearNote', { year: 2016 })).toBe(
      'Reported for 2016 only: no comparison.',
    );
  });
});
