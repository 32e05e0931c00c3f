import { chunkStyles } from './styles.js';

/**
 * The styles only a series needs (year pickers, the trend's small multiples, axis and tier
 * timeline): they come with the chunk and are adopted into the widget's shadow root beside the
 * shared sheet, as a constructable stylesheet (no inline style under a strict CSP).
 */
const seriesCss = `
.pickers{display:flex;flex-wrap:wrap;gap:.5rem 1rem;border:0;padding:0;margin:0 0 .75rem}
.picker{display:inline-flex;align-items:center;gap:.4rem;font-size:.875em}
.picker select{font:inherit;min-height:2rem;padding:.2rem .4rem;color:var(--_fg);background:var(--_bg);border:1px solid var(--_border);border-radius:.375rem}
.multiples{list-style:none;margin:0;padding:0}
.multiple{padding:.5rem 0;border-top:1px solid var(--_border);display:grid;gap:.2rem .75rem;
grid-template-columns:minmax(0,1fr);grid-template-areas:"what" "spark" "source"}
.multiple:first-child{border-top:0}
.multiple .what{grid-area:what;display:flex;flex-direction:column;gap:.1rem}
.multiple .spark{grid-area:spark}
.multiple details{grid-area:source}
.axis-label{font-size:.75em;color:var(--_muted)}
.range{font-size:.875em;font-variant-numeric:tabular-nums;color:var(--_muted)}
.spark{display:block;width:100%;height:3.25rem;overflow:visible}
.spark .base{stroke:var(--_border)}
.spark .grid{stroke:var(--_border);stroke-dasharray:2 3;opacity:.6}
.trend-line{stroke:var(--_accent);stroke-width:2}
.mark.figure{fill:var(--_accent)}
.mark.disagree{fill:var(--_bg);stroke:var(--_warn);stroke-width:2.5}
.mark.not-reported{fill:none;stroke:var(--_muted);stroke-width:2.5;stroke-linecap:round}
.axis{border-bottom:1px solid var(--_border);padding-bottom:.15rem;display:grid;gap:0 .75rem;grid-template-columns:minmax(0,1fr)}
.axis svg{display:block;width:100%;overflow:visible}
.axis .years{height:1.4rem;font-size:.75em;fill:var(--_muted)}
.axis .tiers{height:1.5rem;font-size:.6875em;font-weight:600;fill:var(--_fg)}
.tier rect{fill:var(--_from);opacity:.28}
.tier.tier-2-watch-list rect{fill:var(--_warn);opacity:.4}
.tier.tier-3 rect{fill:var(--_warn);opacity:.7}
.tier.tier-1 rect{fill:var(--_accent);opacity:.3}
.legend{font-size:.8125em;color:var(--_muted);display:flex;flex-wrap:wrap;gap:.2rem .9rem;margin-top:.4rem}
.key{width:.9em;height:.9em;vertical-align:-.1em;overflow:visible}
.timeline{font-size:.8125em;margin:.4rem 0 0;padding-left:1.2rem}
@container tip (min-width:560px){
.multiple,.axis{grid-template-columns:minmax(9rem,13rem) minmax(0,1fr)}
.multiple{grid-template-areas:"what spark" "source source"}
.axis-label{align-self:center;text-align:right}
}
@container tip (max-width:559px){.axis-label{display:none}}
@container tip (max-width:419px){.axis .tiers{font-size:.5625em}}
@media (forced-colors:active){.mark.figure{fill:CanvasText}.trend-line{stroke:CanvasText}}
`;

/** Adopts the series sheet where `node` is rendered: the widget's shadow root (or the page). */
export const adoptSeriesStyles = chunkStyles(seriesCss);
