import { describe, expect, it } from 'vitest';
import { defaultYears, readMetricIds } from './attributes.js';

describe('defaults and parsing', () => {
  it('years default to the report’s earliest and latest; one given picks the other end', () => {
    expect(defaultYears([2016, 2017], undefined, undefined)).toEqual({ from: 2016, to: 2017 });
    expect(defaultYears([2016, 2017], 2017, undefined)).toEqual({ from: 2017, to: 2016 });
    expect(defaultYears([2016, 2017], undefined, 2016)).toEqual({ from: 2017, to: 2016 });
    expect(defaultYears([2016, 2017], 2016, 2016)).toEqual({ from: 2016, to: 2016 });
  });

  it('metrics: a comma list, blanks and repeats dropped; empty means the default', () => {
    expect(readMetricIds(' a , b,,a ')).toEqual(['a', 'b']);
    expect(readMetricIds(' , ')).toBeUndefined();
    expect(readMetricIds(undefined)).toBeUndefined();
  });
});
