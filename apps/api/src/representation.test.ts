import { describe, expect, it } from 'vitest';
import { RepresentationCache, represent } from './representation.js';

describe('RepresentationCache', () => {
  it('builds each key once', () => {
    const cache = new RepresentationCache(2);
    let builds = 0;
    const build = () => {
      builds++;
      return represent('x', 'text/plain');
    };
    expect(cache.get('a', build)).toBe(cache.get('a', build));
    expect(builds).toBe(1);
  });

  it('never grows past its limit for free-form keys, and never drops kept ones', () => {
    const cache = new RepresentationCache(3);
    const kept = cache.keep('fixed', () => represent('fixed', 'text/plain'));
    for (let i = 0; i < 100; i++) cache.get(`ids-${i}`, () => represent(String(i), 'text/plain'));
    expect(cache.size).toEqual({ kept: 1, recent: 3 });
    expect(cache.get('fixed', () => represent('rebuilt', 'text/plain'))).toBe(kept);
  });
});
