import { createEffect, For } from 'solid-js';
import { say } from './widget-locale.js';

/**
 * Two native selects for the years of a series' comparison: keyboard-accessible as the browser
 * makes them (Tab to one, arrows or typing a year to change it), each with a visible label.
 */
export function YearPickers(props: {
  years: readonly number[];
  from: number;
  to: number;
  onPick: (years: { from: number; to: number }) => void;
  locale: string;
}) {
  const picker = (side: 'from' | 'to', label: string) => (
    <label class="picker">
      <span>{label}</span>
      <select
        name={side}
        // The shown year follows the comparison's, once the options are in.
        ref={(select) => createEffect(() => (select.value = String(props[side])))}
        on:change={(event) => {
          const year = Number(event.currentTarget.value);
          props.onPick(
            side === 'from' ? { from: year, to: props.to } : { from: props.from, to: year },
          );
        }}
      >
        <For each={props.years}>{(year) => <option value={year}>{year}</option>}</For>
      </select>
    </label>
  );
  return (
    <fieldset class="pickers">
      <legend class="sr-only">{say(props.locale, 'ui.yearsToCompare')}</legend>
      {picker('from', say(props.locale, 'ui.from'))}
      {picker('to', say(props.locale, 'ui.to'))}
    </fieldset>
  );
}
