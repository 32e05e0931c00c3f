const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// Words that state a count without digits; ordinals are found so that each is accounted for.
const ZERO_WORDS = ['none', 'no'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'tenth'];
const SCALES = ['hundred', 'thousand', 'million', 'dozen', 'once', 'twice', 'single', 'half'];

/** A numeral or number word in prose, with its offsets and value where it has one. */
export interface FigureInText {
  text: string;
  start: number;
  end: number;
  value: number | null;
}

function wordValue(word: string): number | null {
  const lower = word.toLowerCase();
  const [tens, unit] = lower.split('-') as [string, string | undefined];
  if (unit !== undefined) {
    const t = TENS.indexOf(tens);
    const u = UNITS.indexOf(unit);
    return t > 1 && u > 0 && u < 10 ? t * 10 + u : null;
  }
  if (UNITS.includes(lower)) return UNITS.indexOf(lower);
  if (TENS.includes(lower) && lower) return TENS.indexOf(lower) * 10;
  if (ZERO_WORDS.includes(lower)) return 0;
  return null;
}

const WORDS = [...UNITS, ...TENS.filter(Boolean), ...ZERO_WORDS, ...ORDINALS, ...SCALES];
const PATTERN = new RegExp(
  `\\d[\\d,]*(?:\\.\\d+)?|\\b(?:(?:${TENS.filter(Boolean).join('|')})-(?:${UNITS.slice(1, 10).join('|')})|${WORDS.join('|')})\\b`,
  'gi',
);

/**
 * Every numeral ("150,530") and number word ("Sixty-eight", "none", "first") in a text. A
 * trailing comma is punctuation, not a thousands separator.
 */
export function findFiguresInText(text: string): FigureInText[] {
  return [...text.matchAll(PATTERN)].map((match) => {
    const raw = match[0].replace(/,+$/, '');
    const start = match.index;
    const value = /^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : wordValue(raw);
    return { text: raw, start, end: start + raw.length, value };
  });
}

/**
 * Whether a quote states this value, as digits or as the word the text uses: "did not … any" (or
 * "nor did it … any") is 0, "19 million" is 19,000,000, and "a child victim" is 1.
 */
export function quoteStates(quote: string, value: number): boolean {
  if (findFiguresInText(quote).some((f) => f.value === value)) return true;
  // "19.07 million drams" states 19,070,000.
  for (const [, amount] of quote.matchAll(/\b(\d+(?:\.\d+)?) million\b/g)) {
    if (Math.round(Number(amount) * 1e6) === value) return true;
  }
  if (value === 0) return /\b(?:not|nor)\b[^.]*\bany\b/i.test(quote);
  return value === 1 && /\ban? (?:[a-z-]+ )?victim\b/i.test(quote);
}
