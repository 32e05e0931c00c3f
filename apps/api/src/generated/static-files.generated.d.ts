// Types of the module scripts/build-static.mjs writes beside this file (git-ignored), so the
// package typechecks before its first build.

/** One encoding of a static file: its size and strong ETag (the SHA-256 of those bytes). */
export interface StaticVariant {
  readonly size: number;
  readonly etag: string;
}

/** A file in dist/static: served at its path, with .br and .gz beside it when it is ≥ 1 KB. */
export interface StaticFile {
  /** Its path under dist/static. */
  readonly file: string;
  readonly type: string;
  readonly variants: {
    readonly identity: StaticVariant;
    readonly br?: StaticVariant;
    readonly gzip?: StaticVariant;
  };
}

/** Every static file by the path it is served at (`/widget.js`, `/docs/swagger-ui.css`, …). */
export declare const staticFiles: Readonly<Record<string, StaticFile>>;
