// Types of the module scripts/build-static.mjs writes beside this file (git-ignored) from the
// widget's dist/pictures.json, so the package typechecks before its first build.

/** What the widget's build drew: the pictures of its charts, and how. */
export declare const pictures: {
  /** Where a series' picture is under /: `pictures/series/{id}/{metric}/{lang}-{theme}.{format}`. */
  readonly path: string;
  /** Where a report's is: `pictures/reports/{id}/{metric}/{from}-{to}/{lang}-{theme}.{format}`. */
  readonly reportPath: string;
  /** CSS pixels; a PNG is `scale` times as many device pixels. */
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly formats: readonly string[];
  readonly languages: readonly string[];
  readonly themes: readonly string[];
  readonly fontFamily: string;
  /** The live widget's fixed heights by its own width (its README's "Reserve its space"). */
  readonly widgetLayout: {
    readonly breakpoint: number;
    readonly wide: number;
    readonly narrow: number;
  };
  /** `series/<id>` or `reports/<id>` → the metric ids that have a picture. */
  readonly pictures: Readonly<Record<string, readonly string[]>>;
  /** A report id → the pairs of its years its compare pictures are drawn for, earlier first. */
  readonly yearPairs: Readonly<Record<string, readonly (readonly [number, number])[]>>;
  /** A metric id → the series its country comparison's picture compares (every one with it). */
  readonly countries: Readonly<Record<string, readonly string[]>>;
  /** `series/<id>/<metric>`, `reports/<id>/<metric>/<from>-<to>` (or `metrics/<metric>`) → `<lang>-<theme>.<format>` → its strong ETag (SHA-256 of the bytes). */
  readonly etags: Readonly<Record<string, Readonly<Record<string, string>>>>;
};
