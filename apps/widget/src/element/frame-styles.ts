import { layout } from '../shared/layout.js';

/**
 * The entry's own styles: the element's box at its fixed height while the live widget loads, so
 * the page does not move when it draws (the live widget's styles give the same heights); and,
 * where the first view shows instead (in the live widget's styles), which of its drawings fits
 * the widget's width (layout's first-view stages, narrow and wide), and its charts filling their
 * stage until the live widget draws them for it.
 */
export const frameCss = `:host{display:block;container:tip/inline-size}:host([hidden]){display:none}
.frame{box-sizing:border-box;height:${layout.narrow}px;border:1px solid var(--tip-border,#c9ced6);border-radius:var(--tip-radius,.5rem);padding:var(--tip-padding,1rem);
font:var(--tip-font-size,1rem)/1.4 var(--tip-font,system-ui,sans-serif);color:inherit}
@container tip (min-width:${layout.breakpoint}px){.frame{height:${layout.wide}px}.first-view[data-stage=narrow]{display:none}}
@container tip not (min-width:${layout.breakpoint}px){.first-view[data-stage=wide]{display:none}}
.first-view{display:contents}.first-view .stage>.chart{width:100%;height:100%}`;
