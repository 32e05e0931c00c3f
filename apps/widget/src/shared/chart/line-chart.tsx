import { For, Show } from 'solid-js';
import { axisTicks, linePath, textWidth } from './scale.js';
import { ValueAxis } from './value-axis.js';

/** One year of a trend: its figure (written at the point), or a gap, or a "not reported" cross. */
export interface TrendPoint {
  year: number;
  value?: number | undefined;
  /** The figure as written at the point. */
  text?: string | undefined;
  /** The editions state this year's figure differently: a diamond, not a dot. */
  differs?: boolean | undefined;
  /** The text says the figure was not reported: a cross on the baseline. */
  notReported?: boolean | undefined;
}

/** The tier of the edition covering a year, in words, one line each (already fitted to the room). */
export interface TierMark {
  year: number;
  lines: readonly string[];
}

const SIZE = 12;
const LINE = 14;

/**
 * A line chart of one metric across the years: a y-axis from 0 with 3 to 5 labelled ticks, the
 * value written at every point, a gap where there is no figure, × where the text says it was not
 * reported, ◇ where editions differ, and the tier timeline under the years. Pure SVG from its
 * props (see BarChart): the widget draws it, and the server renderer makes pictures of it.
 */
export function LineChart(props: {
  width: number;
  height: number;
  points: readonly TrendPoint[];
  tiers: readonly TierMark[];
  /** The axis's unit in words ("persons", "Azerbaijani manat"), above the ticks. */
  unit: string;
  /** A tick's number as the locale writes it. */
  tick: (value: number) => string;
  whole: boolean;
}) {
  const ticks = () => axisTicks(Math.max(0, ...props.points.map((p) => p.value ?? 0)), props.whole);
  const top = () => ticks().at(-1) ?? 1;
  const tierLines = () => Math.max(0, ...props.tiers.map((t) => t.lines.length));
  const left = () => Math.max(...ticks().map((t) => textWidth(props.tick(t), SIZE))) + 10;
  const plotTop = 22 + SIZE + 8;
  const plotBottom = () => props.height - 6 - LINE * tierLines() - 20;
  const column = () => (props.width - left() - 4) / Math.max(1, props.points.length);
  const x = (i: number) => left() + column() * (i + 0.5);
  const y = (value: number) => plotTop + (plotBottom() - plotTop) * (1 - value / top());
  const path = () =>
    linePath(
      props.points.map((p) => p.value),
      x,
      y,
    );
  const tierOf = (year: number) => props.tiers.find((t) => t.year === year);
  return (
    <g class="trend">
      <ValueAxis
        unit={props.unit}
        ticks={ticks()}
        tick={props.tick}
        y={y}
        left={left()}
        right={props.width}
        size={SIZE}
      />
      <path class="line" d={path()} />
      <For each={props.points}>
        {(point, i) => (
          <g data-year={point.year}>
            <Show when={point.value !== undefined}>
              <Show
                when={point.differs}
                fallback={<circle class="dot" cx={x(i())} cy={y(point.value ?? 0)} r={4} />}
              >
                <path class="differs" d={`M${x(i())} ${y(point.value ?? 0) - 6}l6 6l-6 6l-6 -6z`} />
              </Show>
              <text
                class="value"
                x={x(i())}
                y={y(point.value ?? 0) - 10}
                text-anchor="middle"
                font-size={String(SIZE)}
              >
                {point.text}
              </text>
            </Show>
            <Show when={point.notReported && point.value === undefined}>
              <text
                class="not-reported"
                x={x(i())}
                y={y(0) - 6}
                text-anchor="middle"
                font-size={String(16)}
              >
                ×
              </text>
            </Show>
            <text
              class="year"
              x={x(i())}
              y={plotBottom() + 16}
              text-anchor="middle"
              font-size={String(SIZE)}
            >
              {point.year}
            </text>
            <For each={tierOf(point.year)?.lines ?? []}>
              {(line, k) => (
                <text
                  class="tier"
                  x={x(i())}
                  y={plotBottom() + 16 + LINE * (k() + 1)}
                  text-anchor="middle"
                  font-size={String(SIZE - 1)}
                >
                  {line}
                </text>
              )}
            </For>
          </g>
        )}
      </For>
    </g>
  );
}
