import { For } from 'solid-js';

/**
 * The unit above a chart and its value axis: a grid line and a label at each tick, from `left`
 * (past the widest label) to `right`. Shared by the one-series trend and the countries' lines.
 */
export function ValueAxis(props: {
  unit: string;
  ticks: readonly number[];
  tick: (value: number) => string;
  y: (value: number) => number;
  left: number;
  right: number;
  size: number;
}) {
  return (
    <>
      <text class="unit" x={0} y={14} font-size={String(props.size)}>
        {props.unit}
      </text>
      <For each={props.ticks}>
        {(value) => (
          <>
            <line
              class="grid"
              x1={props.left}
              x2={props.right}
              y1={props.y(value)}
              y2={props.y(value)}
            />
            <text
              class="tick"
              x={props.left - 6}
              y={props.y(value)}
              dy=".35em"
              text-anchor="end"
              font-size={String(props.size)}
            >
              {props.tick(value)}
            </text>
          </>
        )}
      </For>
    </>
  );
}
