// Types of the module scripts/embed-assets.mjs writes beside this file (git-ignored), so the
// package typechecks before its first build.

/** apps/widget/dist/widget.js: the <tip-comparison> custom element, one ES module. */
export declare const widgetJs: string;
/** apps/widget/dist/embed.html: the iframe page partners embed. */
export declare const embedHtml: string;
/** apps/widget/dist/embed.js, when the widget build produces one. */
export declare const embedJs: string | null;
/** apps/widget/dist/widget-*.js by file name: the chunks widget.js imports on demand. */
export declare const widgetChunks: Readonly<Record<string, string>>;
/** swagger-ui-dist's browser bundle and stylesheet, served by /docs from this origin. */
export declare const swaggerUiJs: string;
export declare const swaggerUiCss: string;
