import { type ComparisonRow, formatPercent, formatValue, type Unit } from '@tip-report/core/data';
import { say } from './widget-locale.js';

/** The direction as an arrow and a word, so it never rests on colour or a glyph alone. */
export const directionArrow = { up: '↑', down: '↓', same: '→' } as const;

/**
 * The change beside its direction word: the amount without a sign (the word says which way) and
 * the percent with a true minus: `3` and `−4.3 %`; none when unchanged.
 */
export function changeParts(
  row: ComparisonRow,
  unit: Unit | undefined,
  locale: string,
): { amount: string; percent: string } | undefined {
  if (row.direction === 'same') return undefined;
  return {
    amount: formatValue(Math.abs(row.change), unit, { locale }),
    percent:
      row.percentChange === null
        ? say(locale, 'ui.noPercent')
        : formatPercent(row.percentChange, locale),
  };
}

/**
 * "↑ up 1 (+1.4 %)", "↓ down 3 (−4.3 %)": each piece kept whole (no line break inside a number), the arrow hidden
 * from screen readers, which read the word.
 */
export function ChangeText(props: { row: ComparisonRow; unit: Unit | undefined; locale: string }) {
  const parts = () => changeParts(props.row, props.unit, props.locale);
  return (
    <>
      <span class="nw">
        <span class="arrow" aria-hidden="true">
          {directionArrow[props.row.direction]}
        </span>
        {say(props.locale, `direction.${props.row.direction}`)}
      </span>
      {parts() ? (
        <>
          {' '}
          <span class="nw">{parts()?.amount}</span> <span class="nw">({parts()?.percent})</span>
        </>
      ) : null}
    </>
  );
}
