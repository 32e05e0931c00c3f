import { describe, expect, it } from 'vitest';
import { axisTicks, linePath, wrap } from './scale.js';

describe('the y-axis', () => {
  it('starts at 0, has 3 to 5 ticks at a round step, and reaches the largest value', () => {
    for (const max of [0, 1, 3, 7, 63, 95, 98, 150_530, 1_000_000, 2.4]) {
      const ticks = axisTicks(max, Number.isInteger(max));
      expect(ticks[0]).toBe(0);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      const step = ticks[1] as number;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toFixed(6)));
    }
  });

  it('gives counts whole ticks', () => {
    expect(axisTicks(1)).toEqual([0, 1, 2]);
    expect(axisTicks(120)).toEqual([0, 50, 100, 150]);
    expect(axisTicks(95)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('wrapping words', () => {
  it('breaks at spaces to fit, and gives up on a word wider than the room', () => {
    expect(wrap('Tier 2 Watch List', 60, 12)).toEqual(['Tier 2', 'Watch', 'List']);
    expect(wrap('Tier 2 Watch List', 200, 12)).toEqual(['Tier 2 Watch List']);
    expect(wrap('Beobachtungsliste', 40, 12)).toBeUndefined();
  });
});

describe('linePath', () => {
  it('breaks the line where a year has no figure, and never draws it at 0', () => {
    const x = (i: number) => i * 10;
    const y = (v: number) => 100 - v;
    expect(linePath([5, 6, undefined, 8], x, y)).toBe('M0.0 95.0L10.0 94.0M30.0 92.0');
    expect(linePath([undefined, undefined], x, y)).toBe('');
  });
});
