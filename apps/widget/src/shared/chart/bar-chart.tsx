import { createMemo, For, Show } from 'solid-js';
import { textSize } from '../layout.js';
import { textWidth } from './scale.js';

/** One year's bar: its value and the words written on it, or, with no value, why not. */
export interface Bar {
  year: number;
  value?: number | undefined;
  /** The value as the report writes it ("150,530 manat ($88,030)"), or "2015: no figure". */
  text: string;
  tone: 'from' | 'to';
}

// The widget's own body and small sizes at the default base (layout.ts).
const VALUE_SIZE = textSize.base * textSize.body;
const YEAR_SIZE = textSize.base * textSize.small;

/**
 * Two years side by side as horizontal bars from a common 0, each with its value written on it
 * (inside the bar when it fits, after it when not, above it when neither). Pure SVG from its
 * props, with no DOM access: the live widget draws it, and Solid's server renderer turns it into
 * a standalone picture (build/chart-svg.tsx). Colours come from classes (chartCss).
 */
export function BarChart(props: { width: number; height: number; bars: readonly Bar[] }) {
  const left = () => textWidth('0000', YEAR_SIZE) + 12;
  const room = () => Math.max(40, props.width - left() - 8);
  const max = () => Math.max(0, ...props.bars.map((b) => b.value ?? 0));
  const band = () => (props.height - 16) / Math.max(1, props.bars.length);
  const thickness = () => Math.min(72, band() * 0.55);
  const place = (bar: Bar, i: number) => {
    const centre = 8 + band() * (i + 0.5);
    const length = bar.value === undefined || max() === 0 ? 0 : (bar.value / max()) * room();
    const width = bar.value === undefined ? 0 : Math.max(2, length);
    const text = textWidth(bar.text, VALUE_SIZE);
    const inside = text + 16 <= width;
    const after = left() + width + 8 + text <= props.width;
    return {
      centre,
      width,
      x: inside
        ? left() + width - 8
        : after || bar.value === undefined
          ? left() + width + 8
          : left(),
      y: inside || after || bar.value === undefined ? centre : centre - thickness() / 2 - 8,
      anchor: inside ? ('end' as const) : ('start' as const),
      class: inside ? 'value in' : bar.value === undefined ? 'value none' : 'value',
    };
  };
  return (
    <g class="bars">
      <line class="zero" x1={left()} x2={left()} y1={4} y2={props.height - 4} />
      <For each={props.bars}>
        {(bar, i) => {
          // One placement per change, not one per attribute that reads it (seven).
          const at = createMemo(() => place(bar, i()));
          return (
            <g data-year={bar.year}>
              <text class="year" x={0} y={at().centre} dy=".35em" font-size={String(YEAR_SIZE)}>
                {bar.year}
              </text>
              <Show when={bar.value !== undefined}>
                <rect
                  class={`bar ${bar.tone}`}
                  x={left()}
                  y={at().centre - thickness() / 2}
                  width={at().width}
                  height={thickness()}
                  rx={3}
                />
              </Show>
              <text
                class={at().class}
                x={at().x}
                y={at().y}
                dy=".35em"
                text-anchor={at().anchor}
                font-size={String(VALUE_SIZE)}
              >
                {bar.text}
              </text>
            </g>
          );
        }}
      </For>
    </g>
  );
}
