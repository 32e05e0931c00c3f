/**
 * The pairs of years a report's compare picture is drawn for (scripts/build-pictures.mjs): every
 * pair of its data years, the earlier first, as the widget's year pickers offer them. One place,
 * so the build draws exactly the pictures the widget links to.
 */
export function pictureYearPairs(years: readonly number[]): [number, number][] {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.flatMap((from, i) => sorted.slice(i + 1).map((to): [number, number] => [from, to]));
}

/** Whether a report's compare of `from` with `to` has a picture. */
export const hasPictureFor = (years: readonly number[], from: number, to: number): boolean =>
  pictureYearPairs(years).some(([a, b]) => a === from && b === to);
