import { layout } from '../shared/layout.js';

/**
 * The entry's only styles: the element's box at its fixed height while the live widget loads, so
 * the page does not move when it draws (the live widget's styles give the same heights).
 */
export const frameCss = `:host{display:block;container:tip/inline-size}:host([hidden]){display:none}
.frame{box-sizing:border-box;height:${layout.narrow}px;border:1px solid var(--tip-border,#c9ced6);border-radius:var(--tip-radius,.5rem);padding:var(--tip-padding,1rem);
font:var(--tip-font-size,1rem)/1.4 var(--tip-font,system-ui,sans-serif);color:inherit}
@container tip (min-width:${layout.breakpoint}px){.frame{height:${layout.wide}px}}`;
