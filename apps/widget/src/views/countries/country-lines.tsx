import type { CountryComparison } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import { axisTicks, compactNumber, linePath, textWidth } from '../../shared/chart/scale.js';
import { ValueAxis } from '../../shared/chart/value-axis.js';

const SIZE = 12;
const VALUE = 10;

/**
 * A point's figure as written at it: the whole number, or a compact one where it does not fit its
 * column. Here, not in the live widget, so the picture of the comparison writes the same figures;
 * `whole` comes formatted by the caller (core's formatNumber), as importing core's runtime here
 * would make the bundler split a shared chunk of it out of the live widget's.
 */
export function pointFigure(value: number, whole: string, column: number, locale: string): string {
  return textWidth(whole, VALUE) <= column - 4 ? whole : compactNumber(value, locale);
}

/** A country's line: a colour, a dash and a marker shape of its own, so no line needs colour alone. */
export const lineClass = (row: number) => `cl${row % 3}`;

/** Marker shapes by row (circle, square, triangle), centred on (x, y). */
function marker(row: number, x: number, y: number) {
  const shape = row % 3;
  if (shape === 0) return `M${x - 4} ${y}a4 4 0 1 0 8 0a4 4 0 1 0 -8 0z`;
  if (shape === 1) return `M${x - 3.5} ${y - 3.5}h7v7h-7z`;
  return `M${x} ${y - 4.5}l4.5 8h-9z`;
}

/**
 * One metric across countries as lines over the same years: a y-axis from 0 with 3 to 5 ticks,
 * each country's name written at the end of its line (no legend to match colours against), the
 * value at every point, a gap where no edition gives a figure, × where the text says it was not
 * reported, ◇ where editions differ, and a dashed ring on the baseline where the year is not in
 * the part of the text we read: unseen is not silence, so it must not look like a plain gap.
 */
export function CountryLines(props: {
  width: number;
  height: number;
  comparison: CountryComparison;
  unit: string;
  tick: (value: number) => string;
  /** A point's figure as written at it (the whole number, or a compact one where it does not fit). */
  figure: (value: number, column: number) => string;
}) {
  const rows = () => props.comparison.rows;
  const years = () => props.comparison.years;
  const values = () =>
    rows().flatMap((r) => r.cells.flatMap((c) => (c.value === undefined ? [] : [c.value])));
  const ticks = () =>
    axisTicks(
      Math.max(0, ...values()),
      values().every((v) => Number.isInteger(v)),
    );
  const top = () => ticks().at(-1) ?? 1;
  const left = () => Math.max(...ticks().map((t) => textWidth(props.tick(t), SIZE))) + 10;
  // Room at the right for the longest country name, written at its line's end.
  // The names are bold, which the width estimate is not: a tenth more, and a margin.
  const right = () =>
    Math.ceil(Math.max(...rows().map((r) => textWidth(r.country.name, SIZE))) * 1.1) + 12;
  const plotTop = 22 + SIZE + 8;
  const plotBottom = () => props.height - 24;
  const column = () => (props.width - left() - right()) / Math.max(1, years().length);
  const x = (i: number) => left() + column() * (i + 0.5);
  // "’16" where four digits do not fit a column (360 px, seven years beside three names).
  const yearText = (year: number) =>
    textWidth(String(year), SIZE) + 6 <= column() ? String(year) : `’${String(year).slice(2)}`;
  const y = (value: number) => plotTop + (plotBottom() - plotTop) * (1 - value / top());
  // Marks on the baseline (×, the unseen ring) sit side by side, one slot per country.
  const slot = (row: number) => (row - (rows().length - 1) / 2) * 9;

  const path = (row: number) =>
    linePath(
      (rows()[row]?.cells ?? []).map((cell) => cell.value),
      x,
      y,
    );

  /**
   * Where a point's value is written: above the highest of the year's points, below the lowest,
   * beside any between, so three countries' values at one year do not print over each other.
   */
  const placement = (
    row: number,
    i: number,
  ): { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' } => {
    const here = rows()
      .map((r, k) => ({ k, value: r.cells[i]?.value }))
      .filter((p): p is { k: number; value: number } => p.value !== undefined)
      .sort((a, b) => b.value - a.value || a.k - b.k);
    const rank = here.findIndex((p) => p.k === row);
    if (rank === 0) return { dx: 0, dy: -8, anchor: 'middle' };
    // Below the lowest, unless that would print on the years' labels under the baseline.
    const below = y(here[rank]?.value ?? 0) + 16 <= plotBottom() - 2;
    if (rank === here.length - 1 && below) return { dx: 0, dy: 16, anchor: 'middle' };
    // Beside its point, towards the inside: at the last year the names stand to the right.
    return i === years().length - 1
      ? { dx: -7, dy: 4, anchor: 'end' }
      : { dx: 7, dy: 4, anchor: 'start' };
  };

  /** Each country's name at its line's last figure, pushed apart to be read. */
  const ends = () => {
    const placed = rows().map((r, k) => {
      const value = r.cells.filter((c) => c.value !== undefined).at(-1)?.value ?? 0;
      return { k, name: r.country.name, y: y(value) + 4 };
    });
    placed.sort((a, b) => a.y - b.y);
    for (let i = 1; i < placed.length; i++) {
      const above = placed[i - 1] as (typeof placed)[number];
      const here = placed[i] as (typeof placed)[number];
      here.y = Math.max(here.y, above.y + SIZE + 2);
    }
    return placed;
  };

  return (
    <g class="trend countries">
      <ValueAxis
        unit={props.unit}
        ticks={ticks()}
        tick={props.tick}
        y={y}
        left={left()}
        right={props.width - right()}
        size={SIZE}
      />
      <For each={years()}>
        {(year, i) => (
          <text
            class="year"
            x={x(i())}
            y={plotBottom() + 18}
            text-anchor="middle"
            font-size={String(SIZE)}
          >
            {yearText(year)}
          </text>
        )}
      </For>
      <For each={rows()}>
        {(row, r) => (
          <g class={`country ${lineClass(r())}`} data-series={row.seriesId}>
            <path class="cline" d={path(r())} />
            <For each={row.cells}>
              {(cell, i) => (
                <g data-year={cell.year} data-state={cell.state}>
                  <Show when={cell.value !== undefined}>
                    <Show
                      when={(cell.differs?.length ?? 0) > 0}
                      fallback={<path class="cmark" d={marker(r(), x(i()), y(cell.value ?? 0))} />}
                    >
                      <path
                        class="cdiffers"
                        d={`M${x(i())} ${y(cell.value ?? 0) - 6}l6 6l-6 6l-6 -6z`}
                      />
                    </Show>
                    <text
                      class="cvalue"
                      x={x(i()) + placement(r(), i()).dx}
                      y={y(cell.value ?? 0) + placement(r(), i()).dy}
                      text-anchor={placement(r(), i()).anchor}
                      font-size={String(VALUE)}
                    >
                      {props.figure(cell.value ?? 0, column())}
                    </text>
                  </Show>
                  <Show when={cell.state === 'not-reported'}>
                    <text
                      class="not-reported"
                      x={x(i()) + slot(r())}
                      y={y(0) - 4}
                      text-anchor="middle"
                      font-size={String(14)}
                    >
                      ×
                    </text>
                  </Show>
                  <Show when={cell.state === 'unseen'}>
                    <circle class="unseen" cx={x(i()) + slot(r())} cy={y(0) - 8} r={3.5} />
                  </Show>
                </g>
              )}
            </For>
          </g>
        )}
      </For>
      <For each={ends()}>
        {(end) => (
          <text
            class={`cname ${lineClass(end.k)}`}
            x={props.width - right() + 6}
            y={end.y}
            font-size={String(SIZE)}
          >
            {end.name}
          </text>
        )}
      </For>
    </g>
  );
}

/**
 * The lines' colours: the accent, the text colour and the muted colour, each at least 3:1 on the
 * background in both themes (theme.test.ts), with a dash of their own; adopted by the countries
 * chunk, so the default view's stylesheet does not grow.
 */
export const countriesCss = `
.cline{fill:none;stroke-width:2.25;stroke-linejoin:round}
.cl0 .cline{stroke:var(--_accent)}.cl1 .cline{stroke:var(--_fg);stroke-dasharray:7 3}.cl2 .cline{stroke:var(--_muted);stroke-dasharray:2 3}
.cl0 .cmark,text.cl0,.cl0 .cvalue{fill:var(--_accent)}.cl1 .cmark,text.cl1,.cl1 .cvalue{fill:var(--_fg)}.cl2 .cmark,text.cl2,.cl2 .cvalue{fill:var(--_muted)}
.cdiffers{fill:var(--_bg);stroke-width:2}.cl0 .cdiffers{stroke:var(--_accent)}.cl1 .cdiffers{stroke:var(--_fg)}.cl2 .cdiffers{stroke:var(--_muted)}
.cvalue{font-weight:600}.cname{font-weight:600}
.unseen{fill:none;stroke:var(--_warn);stroke-width:1.5;stroke-dasharray:2 1.5}
.legend{flex-wrap:wrap;gap:0 1rem}
.legend svg{vertical-align:-1px;margin-right:.25em}
.caveat{font-size:.85em;color:var(--_muted)}
.tiers>.panel{width:min(36rem,100%)}
.tiers ul{margin:.1rem 0 .4rem;padding-left:1rem}
table.countries th[scope=row],table.countries thead th:first-child{min-width:0;width:3.5rem}
table.countries td{overflow-wrap:anywhere}
td[data-state]:not([data-state=figure]){color:var(--_muted);font-style:italic}
td[data-state=unseen]{text-decoration:underline dotted var(--_warn)}
`;
