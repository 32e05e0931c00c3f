import { For } from 'solid-js';
import type { Problem } from '../shared/attributes.js';
import { say } from '../shared/words.js';

/** Core's query errors are clauses ("unknown metric x in y"): shown as sentences. */
const sentence = (text: string) => (/[.!?:…]$/.test(text) ? text : `${text}.`);

/**
 * What cannot be used, named inside the widget (never thrown into the page): each attribute, its
 * value, what is wrong and the valid choices. `blocking` when nothing can be shown instead.
 */
export function ProblemList(props: {
  problems: readonly Problem[];
  blocking: boolean;
  locale: string;
}) {
  return (
    <div class="problems" role={props.blocking ? 'alert' : 'status'}>
      <p>{say(props.locale, props.blocking ? 'ui.cannotShow' : 'ui.settingsNote')}</p>
      <ul>
        <For each={props.problems}>
          {(problem) => (
            <li data-attribute={problem.attribute}>
              {sentence(say(props.locale, problem.key, problem.params))}
              {problem.allowed.length
                ? ` ${say(props.locale, problem.attribute.startsWith('metric') ? 'ui.validIds' : 'ui.validChoices', { allowed: problem.allowed.join(', ') })}`
                : ''}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
