import { For } from 'solid-js';
import { say } from '../shared/words.js';

export interface PickerGroup {
  label: string;
  options: readonly { id: string; label: string }[];
}

/**
 * The metric in focus: a labelled native select, grouped by topic, so it works from the keyboard
 * (arrows, a typed letter) and with every screen reader without any code of ours.
 */
export function MetricPicker(props: {
  groups: readonly PickerGroup[];
  value: string;
  onPick: (id: string) => void;
  locale: string;
}) {
  return (
    <label class="picker">
      <span>{say(props.locale, 'picker.label')}</span>
      <select on:change={(event) => props.onPick(event.currentTarget.value)}>
        <For each={props.groups}>
          {(group) => (
            <optgroup label={group.label}>
              <For each={group.options}>
                {(option) => (
                  <option value={option.id} selected={option.id === props.value}>
                    {option.label}
                  </option>
                )}
              </For>
            </optgroup>
          )}
        </For>
      </select>
    </label>
  );
}
