import { type ComparisonRow, formatPercent, formatValue, type Unit } from '@tip-report/core/data';

/** The direction as an arrow and a word, so it never rests on colour or a glyph alone. */
export const directionArrow = { up: '↑', down: '↓', same: '→' } as const;
export const directionWord = { up: 'up', down: 'down', same: 'unchanged' } as const;

/** The change with its sign, and its percent: `+1` and `+1.4 %`; none when unchanged. */
export function changeParts(
  row: ComparisonRow,
  unit: Unit | undefined,
  locale: string,
): { amount: string; percent: string } | undefined {
  if (row.direction === 'same') return undefined;
  const sign = row.change > 0 ? '+' : '-';
  return {
    amount: `${sign}${formatValue(Math.abs(row.change), unit, { locale })}`,
    percent:
      row.percentChange === null
        ? 'no percentage: from 0'
        : formatPercent(row.percentChange, locale),
  };
}

/**
 * "↑ up +1 (+1.4 %)": each piece kept whole (no line break inside a number), the arrow hidden
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
        {directionWord[props.row.direction]}
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
