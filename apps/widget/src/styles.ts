import { paletteDeclarations, palettes } from './theme.js';

/**
 * The default view's styles (the table's and the Source expander's come with their chunks:
 * `chunkStyles`), adopted into its shadow root as a constructable stylesheet: nothing is
 * inlined (a page with CSP `default-src 'self'` allows it) and nothing leaks in or out.
 *
 * While the frame is busy (words, data, live figures or the table's chunk loading), it keeps
 * about the height of what it will show; for the table, the height the README asks pages to
 * reserve for it (1180 px at 560 px and wider, 1360 px below: 12 rows at 16 px), so nothing moves
 * between the page's reservation and the busy frame.
 */
export const css = `
:host{display:block;container:tip/inline-size}
:host([hidden]){display:none}
.tip[aria-busy=true]{min-height:calc(var(--tip-rows,12)*7.4em + 13em)}
.tip[aria-busy=true][data-view=trend]{min-height:calc(var(--tip-rows,12)*12em + 22em)}
.tip[aria-busy=true][data-view=table]{min-height:calc(var(--tip-rows,12)*5.6em + 6.5em)}
.tip{${paletteDeclarations(palettes.light)}
box-sizing:border-box;max-width:100%;overflow-wrap:break-word;
font:var(--tip-font-size,1rem)/1.45 var(--tip-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);
border-radius:var(--tip-radius,.5rem);padding:var(--tip-padding,1rem)}
.tip[data-theme=dark]{${paletteDeclarations(palettes.dark)}}
@media (prefers-color-scheme:dark){.tip[data-theme=auto]{${paletteDeclarations(palettes.dark)}}}
*,*::before,*::after{box-sizing:inherit}
h2{font-size:1.2em;line-height:1.25;margin:0}
p{margin:0}
a{color:var(--_accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--_accent);outline-offset:2px;border-radius:2px}
.sub,.note,.year,figcaption,caption,.footer{color:var(--_muted)}
.sub{font-size:.875em;margin-top:.25rem}
.top{display:flex;flex-wrap:wrap;gap:.75rem;justify-content:space-between;align-items:flex-start;margin-bottom:.75rem}
.toggle{display:inline-flex;padding:0;margin:0;min-width:0;border:1px solid var(--_accent);border-radius:.375rem;overflow:hidden;flex:none}
.toggle button{font:inherit;font-size:.875em;padding:.3rem .8rem;min-height:2rem;border:0;margin:0;
background:transparent;color:var(--_accent);cursor:pointer}
.toggle button[aria-pressed=true]{background:var(--_accent);color:var(--_on-accent)}
.toggle button:focus-visible{outline-offset:-5px;outline-color:currentColor}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.rows{list-style:none;margin:0;padding:0}
.row{display:grid;gap:.35rem .75rem;padding:.7rem 0;border-top:1px solid var(--_border);
grid-template-columns:minmax(0,1fr);grid-template-areas:"label" "pair" "change" "source"}
.row:first-child{border-top:0}
.label{grid-area:label;font-weight:600}
.pair{grid-area:pair;display:grid;grid-template-columns:auto minmax(0,1fr);gap:.1rem .6rem;align-items:center}
.year{font-size:.875em;font-variant-numeric:tabular-nums}
.year::before{content:"";display:inline-block;width:.7em;height:.7em;margin-right:.35em;border-radius:2px;background:var(--_from);vertical-align:-.05em}
.year.to::before{background:var(--_accent)}
.value{font-variant-numeric:tabular-nums}
.nw{white-space:nowrap}
.label,caption,blockquote,figcaption a,.footer a{overflow-wrap:anywhere}
.bars{grid-column:1/-1;width:100%;height:1.25rem;display:block;overflow:visible}
.bars rect{transform-box:fill-box;transform-origin:left center;animation:grow .45s ease-out}
.bars .from{fill:var(--_from)}.bars .to{fill:var(--_accent)}.bars .track{fill:var(--_border);opacity:.45}
@keyframes grow{from{transform:scaleX(0)}}
.change{grid-area:change;font-variant-numeric:tabular-nums}
.arrow{display:inline-block;min-width:1.1em;margin-right:.25em;font-weight:700}
.note{font-size:.875em}
details{grid-area:source;font-size:.875em}
summary{cursor:pointer;color:var(--_accent);width:max-content;max-width:100%}
.problems{border-left:4px solid var(--_warn);padding:.4rem .75rem;margin:0 0 .75rem}
.problems ul{margin:.3rem 0 0;padding-left:1.1rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
.footer{font-size:.8125em;margin-top:1rem;padding-top:.6rem;border-top:1px solid var(--_border);display:grid;gap:.4rem}
.links{display:flex;flex-wrap:wrap;gap:.4rem 1rem}
@container tip (min-width:560px){
.row{grid-template-columns:minmax(9rem,14rem) minmax(0,1fr) minmax(8rem,12rem);
grid-template-areas:"label pair change" ". source source"}
.change{text-align:right}
}
@container tip (max-width:559px){.tip[aria-busy=true]{min-height:calc(var(--tip-rows,12)*10.5em + 24em)}
.tip[aria-busy=true][data-view=table]{min-height:calc(var(--tip-rows,12)*6.4em + 8em)}}
@container tip (max-width:400px){.tip{padding:.6rem}.rows{font-size:.9375em}}
@media (prefers-reduced-motion:reduce){.bars rect{animation:none}}
@media (forced-colors:active){.bars .from,.bars .to{fill:CanvasText}.toggle button[aria-pressed=true]{border:2px solid Highlight}}
`;

let sheet: CSSStyleSheet | undefined;

/** One shared sheet for every widget on the page, adopted by each shadow root. */
export function adoptStyles(root: ShadowRoot): void {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(css);
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * A chunk's own rules (the table, the Source expander), adopted where `node` is drawn (the
 * widget's shadow root, or the page) once the chunk draws: the entry neither downloads nor parses
 * them.
 */
export function chunkStyles(rules: string): (node: Node) => void {
  let own: CSSStyleSheet | undefined;
  return (node) => {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot || root instanceof Document)) return;
    own ??= new CSSStyleSheet();
    if (own.cssRules.length === 0) own.replaceSync(rules);
    if (!root.adoptedStyleSheets.includes(own)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, own];
    }
  };
}
