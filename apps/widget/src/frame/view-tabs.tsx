import { For } from 'solid-js';
import type { View } from '../shared/attributes.js';
import { say } from '../shared/words.js';

/** Chart (and Trend for a series) and Table: toggle buttons, the pressed one the view shown. */
export function ViewTabs(props: {
  options: readonly View[];
  view: View;
  onView: (view: View) => void;
  locale: string;
}) {
  return (
    <fieldset class="tabs">
      <legend class="sr-only">{say(props.locale, 'views.label')}</legend>
      <For each={props.options}>
        {(option) => (
          <button
            type="button"
            aria-pressed={props.view === option}
            on:click={() => props.onView(option)}
          >
            {say(props.locale, `ui.${option}`)}
          </button>
        )}
      </For>
    </fieldset>
  );
}
