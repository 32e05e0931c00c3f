/**
 * The charts' colours, by class, from the widget's palette variables (`--_fg`, …: styles.ts sets
 * them from the theme and the host's `--tip-*`). A standalone picture carries the same rules with
 * the palette's values (build/chart-svg.tsx), so both are drawn alike.
 */
export const chartCss = `
.zero,.grid{stroke:var(--_border)}
.bar.from{fill:var(--_from)}.bar.to{fill:var(--_accent)}
.year,.tick,.unit,.tier{fill:var(--_muted)}
.value{fill:var(--_fg);font-weight:600}.value.in{fill:var(--_on-accent)}
.value.none{fill:var(--_muted);font-weight:400;font-style:italic}
.line{fill:none;stroke:var(--_accent);stroke-width:2.5;stroke-linejoin:round}
.dot{fill:var(--_accent)}.differs{fill:var(--_bg);stroke:var(--_accent);stroke-width:2}
.not-reported{fill:var(--_warn);font-weight:700}
`;
