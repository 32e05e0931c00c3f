// The media types the API answers with, in one place (src/media-types.json, which the build
// script reads too).
import types from './media-types.json' with { type: 'json' };

export const JSON_TYPE = types.json;
export const CSV_TYPE = types.csv;
/** A W3C CSVW metadata document: the table schema a CSV answer links with rel="describedby". */
export const CSVW_TYPE = types.csvw;
export const HTML_TYPE = types.html;
export const CSS_TYPE = types.css;
export const TEXT_TYPE = types.text;
export const BIBTEX_TYPE = types.bibtex;
export const CSL_TYPE = types.cslJson;
export const PROBLEM_CONTENT_TYPE = types.problem;
/** The landing page's embed builder, a script file (the page's CSP allows no inline script). */
export const JS_TYPE = types.js;
/** A picture of a chart: the SVG as drawn at build time, and its PNG. */
export const SVG_TYPE = types.svg;
export const PNG_TYPE = types.png;
