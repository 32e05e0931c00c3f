/**
 * Azerbaijani writes a year that stands as "the year 2015" with an ordinal suffix: «2015-ci il»,
 * «2019-cu il hesabatı». The suffix follows vowel harmony with the number's last non-zero part as
 * it is spoken (GLOSSARY.md): 2016 is "iki min on altı", so "altı" gives -cı; 2020 ends in
 * "iyirmi", -ci; 2000 in "min", -ci; 1900 in "yüz", -cü.
 */
const UNITS = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu'] as const;
// on (10), iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan
const TENS = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı'] as const;
const HUNDRED = 'cü'; // yüz
const THOUSAND = 'ci'; // min

/** The Azerbaijani ordinal suffix of a positive whole number: "ci", "cı", "cu" or "cü". */
export function azerbaijaniOrdinalSuffix(n: number): string {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`not a positive whole number: ${n}`);
  if (n % 10 !== 0) return UNITS[n % 10] as string;
  if (n % 100 !== 0) return TENS[Math.floor(n / 10) % 10] as string;
  if (n % 1000 !== 0) return HUNDRED;
  // Past a thousand the number is spoken "... min" (2000, 3000, 10000): its last word is "min".
  return THOUSAND;
}

/**
 * A year as a language writes it where it stands as "the year …": «2015-ci» in Azerbaijani, the
 * bare number in a language without an ordinal mark on years (English, Russian, whose «году»
 * is in the template). A value that is not a year (a list, a bad input echoed back) stays as it is.
 */
export function ordinalYear(year: string | number, language: string): string {
  const n = typeof year === 'number' ? year : /^\d+$/.test(year) ? Number(year) : Number.NaN;
  if (language !== 'az' || !Number.isInteger(n) || n <= 0) return String(year);
  return `${year}-${azerbaijaniOrdinalSuffix(n)}`;
}
