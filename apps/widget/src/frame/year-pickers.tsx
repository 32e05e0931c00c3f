import { For } from 'solid-js';
import { say } from '../shared/words.js';

/** The two years a series compares: native selects, so they work from the keyboard as they are. */
export function YearPickers(props: {
  years: readonly number[];
  from: number;
  to: number;
  onYears: (from: number, to: number) => void;
  locale: string;
}) {
  const select = (which: 'from' | 'to') => (
    <label class="year-picker">
      <span>{say(props.locale, `ui.${which}`)}</span>
      <select
        on:change={(event) => {
          const year = Number(event.currentTarget.value);
          if (which === 'from') props.onYears(year, props.to);
          else props.onYears(props.from, year);
        }}
      >
        <For each={props.years}>
          {(year) => (
            <option
              value={year}
              selected={year === props[which]}
              disabled={year === props[which === 'from' ? 'to' : 'from']}
            >
              {year}
            </option>
          )}
        </For>
      </select>
    </label>
  );
  return (
    <fieldset class="years">
      <legend class="sr-only">{say(props.locale, 'ui.yearsToCompare')}</legend>
      {select('from')}
      {select('to')}
    </fieldset>
  );
}
