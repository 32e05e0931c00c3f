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
  /**
   * The stages the first view (src/first-view/) is drawn for at build time, as Chromium measures
   * the default report's stage in English: a 360 px phone's widget (328 px wide) and a partner's
   * 600 px column. At any other size its chart scales to fit until the live widget, a moment
   * later, draws for the stage it measures.
   */
  firstViewStages: {
    narrow: { width: 294, height: 316 },
    wide: { width: 566, height: 262 },
  },
} as const;

/**
 * The widget's text sizes, in em of its base (`--tip-font-size`, 1rem: 16 px unless the page says
 * otherwise): the title, the sentence and the controls, and the rest. The bar chart writes its
 * years and values in the same sizes at the default base, so the first view asks the browser for
 * no font size of its own (on Linux each is a round trip to the browser process before the first
 * layout).
 */
export const textSize = { base: 16, title: 1.15, body: 0.95, small: 0.85 } as const;
