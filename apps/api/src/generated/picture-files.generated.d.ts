// Types of the module scripts/build-static.mjs writes beside this file (git-ignored), so the
// package typechecks before its first build.
import type { StaticFile } from './static-files.generated.js';

/**
 * Every picture of a chart in dist/static/pictures, by the path it is served at. Only Node's file
 * server imports it: on Cloudflare the asset server knows the files itself.
 */
export declare const pictureFiles: Readonly<Record<string, StaticFile>>;
