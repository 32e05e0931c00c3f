import { describe, expect, it } from 'vitest';
import { findFiguresInText, quoteStates } from './figures-in-text.js';

describe('findFiguresInText', () => {
  it('finds numerals with thousands separators, without a trailing comma', () => {
    expect(findFiguresInText('allocated 150,530 manat, compared to 154,000, in 2016.')).toEqual([
      { text: '150,530', start: 10, end: 17, value: 150530 },
      { text: '154,000', start: 37, end: 44, value: 154000 },
      { text: '2016', start: 49, end: 53, value: 2016 },
    ]);
  });

  it('finds number words, hyphenated tens, zero words and ordinals', () => {
    const found = findFiguresInText(
      'Sixty-eight were X; five were Y; none were Z; first responders; one-time',
    );
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['Sixty-eight', 68],
      ['five', 5],
      ['none', 0],
      ['first', null],
      ['one', 1],
    ]);
  });

  it('does not take words that merely contain a number word', () => {
    expect(findFiguresInText('someone often tends to be anyone')).toEqual([]);
  });
});

describe('quoteStates', () => {
  it('accepts digits, words, and "did not … any" for zero', () => {
    expect(quoteStates('five male victims', 5)).toBe(true);
    expect(quoteStates('150,530 manat ($88,030)', 88030)).toBe(true);
    expect(quoteStates('did not identify any child victims', 0)).toBe(true);
    expect(quoteStates('five male victims', 6)).toBe(false);
    expect(quoteStates('identified child victims', 0)).toBe(false);
  });
});
