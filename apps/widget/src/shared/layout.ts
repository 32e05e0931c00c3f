/**
 * The widget's fixed heights, in CSS pixels, by its own width: one number a partner reserves per
 * width, whatever the metric, years, view, language or theme (README "Reserve its space").
 * The entry's busy frame and the live widget both read them, so the two cannot drift.
 */
export const layout = {
  /** At and above this width (the widget's own, a container query), the wide height applies. */
  breakpoint: 480,
  wide: 540,
  narrow: 680,
} as const;
