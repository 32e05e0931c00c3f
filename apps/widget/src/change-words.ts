import { type ComparisonRow, formatPercent, formatValue } from '@tip-report/core';

/** The direction as an arrow and a word, so it never rests on colour or a glyph alone. */
export const directionArrow = { up: '↑', down: '↓', same: '→' } as const;
export const directionWord = { up: 'up', down: 'down', same: 'unchanged' } as const;

/** The change with its sign and percent, e.g. `+1 (+1.4 %)`, `-3,470 manat (-2.3 %)`. */
export function signedChange(row: ComparisonRow, locale: string): string {
  if (row.direction === 'same') return '';
  const sign = row.change > 0 ? '+' : '-';
  const amount = `${sign}${formatValue(Math.abs(row.change), row.unit, undefined, locale)}`;
  const percent =
    row.percentChange === null ? 'no percentage: from 0' : formatPercent(row.percentChange, locale);
  return `${amount} (${percent})`;
}
