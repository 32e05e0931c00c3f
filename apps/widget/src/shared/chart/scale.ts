/**
 * A y-axis from 0: 3 to 5 ticks at a round step (1, 2, 2.5 or 5 times a power of ten) whose top
 * reaches `max`. Counts of people never get a fractional tick (`whole`).
 */
export function axisTicks(max: number, whole = true): number[] {
  const top = Math.max(max, 0);
  const raw = top > 0 ? top / 4 : 0.25;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step =
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => Math.ceil(top / s - 1e-9) <= 4) ??
    10 * power;
  if (whole) step = Math.max(1, Math.round(step));
  // At least two steps above 0, so the axis has 3 ticks even for a top of 0 or 1.
  const steps = Math.max(2, Math.ceil(top / step - 1e-9));
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}

const compact = new Map<string, Intl.NumberFormat>();
/**
 * 150.5K: a point's figure where the whole number does not fit its column (the trend's and the
 * countries' lines). Intl's compact notation, made only when a figure needs it.
 */
export function compactNumber(value: number, locale: string): string {
  let format = compact.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compact.set(locale, format);
  }
  return format.format(value);
}

/** About how wide a text is at `size` px in a system sans-serif: for layout without a DOM. */
export const textWidth = (text: string, size: number) => text.length * size * 0.58;

/** Splits `text` into lines at spaces so each fits `width` at `size` px; undefined if a word cannot. */
export function wrap(text: string, width: number, size: number): string[] | undefined {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    if (textWidth(word, size) > width) return undefined;
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/**
 * An SVG path through the values in order, at x(i) and y(value): a value that is undefined (no
 * figure that year) breaks the line, so a gap is a gap and never drawn as 0.
 */
export function linePath(
  values: readonly (number | undefined)[],
  x: (i: number) => number,
  y: (value: number) => number,
): string {
  let d = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === undefined) {
      drawing = false;
      return;
    }
    d += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value).toFixed(1)}`;
    drawing = true;
  });
  return d;
}
