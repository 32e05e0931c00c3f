import { chartCss } from './chart/chart-css.js';
import { layout, textSize } from './layout.js';
import { paletteDeclarations, palettes } from './theme.js';

/**
 * The live widget's styles, adopted into its shadow root as a constructable stylesheet: nothing
 * inline (a page with CSP `default-src 'self'` allows it) and nothing leaks in or out.
 *
 * The box has one fixed height per width (layout.ts): the header, controls and footer take what
 * they need and the stage (chart or table) takes the rest; "Source", the editions list and the
 * long sentence's overflow stay inside the box (panels over the stage, scrolling).
 *
 * Three sizes of text (layout.ts's textSize) in the family the busy frame uses: every other size
 * or family is one more font a browser looks up before the first layout, which on Linux is a
 * round trip to its browser process each.
 */
export const css = `
:host{display:block;container:tip/inline-size}
:host([hidden]){display:none}
.tip{${paletteDeclarations(palettes.light)}
box-sizing:border-box;height:${layout.narrow}px;display:flex;flex-direction:column;gap:.5rem;overflow:hidden;
font:var(--tip-font-size,1rem)/1.4 var(--tip-font,system-ui,sans-serif);
color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);
border-radius:var(--tip-radius,.5rem);padding:var(--tip-padding,1rem)}
@container tip (min-width:${layout.breakpoint}px){.tip{height:${layout.wide}px}}
.tip[data-theme=dark]{${paletteDeclarations(palettes.dark)}}
@media (prefers-color-scheme:dark){.tip[data-theme=auto]{${paletteDeclarations(palettes.dark)}}}
*,*::before,*::after{box-sizing:inherit}
h2{font-size:${textSize.title}em;line-height:1.25;margin:0}
h3{font-size:1.05em;margin:0 0 .5rem}
p{margin:0}
a,.link{color:var(--_accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--_accent);outline-offset:2px;border-radius:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
header{flex:none;display:grid;gap:.2rem}
.sub,.legend,.footer,.quote-label,figcaption{color:var(--_muted);font-size:${textSize.small}em}
.sentence{font-size:${textSize.body}em;max-height:7em;overflow:auto}
@container tip (min-width:${layout.breakpoint}px){.sentence{max-height:4.2em}}
.controls{flex:none;display:flex;flex-wrap:wrap;gap:.5rem .75rem;align-items:end}
.controls legend{font-size:${textSize.small}em}
label.picker,label.year-picker{display:grid;gap:.1rem;font-size:${textSize.small}em;color:var(--_muted);min-width:0}
label.picker{flex:1 1 14rem;max-width:100%}
label.picker select{width:100%}
select,button,textarea{font:inherit;font-size:${textSize.body}rem;color:var(--_fg);background:var(--_bg)}
select{border:1px solid var(--_border);border-radius:.3rem;padding:.25rem .3rem;min-height:2rem;max-width:100%}
.years{display:flex;gap:.5rem;border:0;margin:0;padding:0;min-width:0}
.tabs{display:inline-flex;padding:0;margin:0;min-width:0;border:1px solid var(--_accent);border-radius:.375rem;overflow:hidden;flex:none}
.tabs button{font-size:${textSize.small}em;padding:.3rem .75rem;min-height:2rem;border:0;margin:0;background:transparent;color:var(--_accent);cursor:pointer}
.tabs button[aria-pressed=true]{background:var(--_accent);color:var(--_on-accent)}
.tabs button:focus-visible{outline-offset:-5px;outline-color:currentColor}
.stage{flex:1 1 auto;min-height:0;position:relative}
.stage>.chart{position:absolute;left:0;top:0;display:block;overflow:visible}
.legend{position:absolute;left:0;bottom:0;display:flex;gap:1rem}
.table-wrap{position:absolute;inset:0;overflow:auto;border:1px solid var(--_border);border-radius:.3rem}
table{border-collapse:collapse;font-size:${textSize.small}em;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .5rem;text-align:right;border-bottom:1px solid var(--_border);vertical-align:top}
th[scope=row],thead th:first-child{text-align:left;font-weight:500;min-width:9rem}
thead th{position:sticky;top:0;background:var(--_bg)}
tr.focus th,tr.focus td{font-weight:700}
.pop{position:relative}
.pop>summary{cursor:pointer;color:var(--_accent);width:max-content;max-width:100%}
.pop>.panel{position:absolute;z-index:1;left:0;bottom:calc(100% + .25rem);width:100%;max-height:20rem;overflow:auto;
background:var(--_bg);border:1px solid var(--_border);border-radius:.3rem;padding:.5rem .75rem;box-shadow:0 2px 10px #0003}
.source{flex:none;font-size:${textSize.small}em}
.source>.panel{width:min(36rem,100%)}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid var(--_border)}
blockquote.cited{border-left-style:dashed}
figure{margin:0 0 .6rem}
.footer{flex:none;display:grid;gap:.25rem}
.footer ul{margin:0;padding-left:1rem;color:var(--_fg)}
.footer li{overflow-wrap:anywhere;margin-bottom:.3rem}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:.2rem .5rem}
.downloads>.panel{width:max-content;list-style:none;margin:0;padding:.4rem .75rem}
.downloads li{margin:.15rem 0}
button.link{border:0;background:none;padding:.2rem 0;cursor:pointer;text-decoration:underline;font-size:1em}
.problems{flex:none;border-left:4px solid var(--_warn);padding:.3rem .6rem;font-size:${textSize.small}em;max-height:8em;overflow:auto}
.problems ul{margin:.2rem 0 0;padding-left:1.1rem}
dialog.embed{color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);border-radius:.5rem;width:min(40rem,calc(100% - 2rem));padding:1rem}
dialog.embed::backdrop{background:#0008}
.snippet{display:grid;gap:.25rem;margin:.75rem 0}
.snippet label{font-size:${textSize.small}em;font-weight:600}
textarea{width:100%;font-family:ui-monospace,monospace;font-size:.8rem;border:1px solid var(--_border);border-radius:.3rem;padding:.4rem}
.snippet button,.close{justify-self:start;border:1px solid var(--_accent);color:var(--_accent);border-radius:.3rem;padding:.25rem .8rem;cursor:pointer}
.copy-status{min-height:1.4em;font-size:${textSize.small}em}
.busy{display:grid;place-items:center;color:var(--_muted)}
${chartCss}
`;

let sheet: CSSStyleSheet | undefined;
/** Adopts the one shared sheet (made on first use) into a shadow root. */
export function adoptStyles(root: ShadowRoot): void {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(css);
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
