import type { Unit } from '@tip-report/core/data';
import { createSignal, Match, Switch } from 'solid-js';
import type { ShownMetric } from '../shared/figures.js';
import { onDemand } from '../shared/on-demand.js';
import { say } from '../shared/words.js';

type PanelModule = typeof import('./source-panel.js');

/** "The Source panel": fetched the first time a reader opens Source, on any widget of the page. */
const loadPanel = onDemand(() => import('./source-panel.js'));

/**
 * "Source": opens on the words that state each figure shown (quote or locator), with a link to
 * those words on the State Department's page (a text fragment). Its panel opens over the chart,
 * so the widget's height does not change.
 */
export function SourceDetails(props: {
  metric: ShownMetric;
  unit: Unit | undefined;
  years: readonly number[];
  label: string;
  locale: string;
}) {
  // The panel is drawn the first time a reader opens it, and kept: a closed panel is not shown,
  // and its code and drawing were a fifth of the widget's first pass.
  const [panel, setPanel] = createSignal<PanelModule | 'loading' | 'failed'>();
  const open = () => {
    if (panel() !== undefined && panel() !== 'failed') return;
    setPanel('loading');
    loadPanel().then(
      (module) => setPanel(() => module),
      () => setPanel('failed'),
    );
  };
  return (
    <details
      class="source pop"
      on:toggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) open();
      }}
    >
      <summary>
        {say(props.locale, 'ui.source')}
        <span class="sr-only">: {props.label}</span>
      </summary>
      <div class="panel">
        <Switch>
          <Match when={panel() === 'loading'}>
            <p class="busy">{say(props.locale, 'ui.loading')}</p>
          </Match>
          <Match when={panel() === 'failed'}>
            <p role="alert">{say(props.locale, 'action.failed')}</p>
          </Match>
          <Match when={typeof panel() === 'object' && (panel() as PanelModule)}>
            {(module) => {
              const m = module();
              return (
                <m.SourcePanel
                  metric={props.metric}
                  unit={props.unit}
                  years={props.years}
                  locale={props.locale}
                />
              );
            }}
          </Match>
        </Switch>
      </div>
    </details>
  );
}
