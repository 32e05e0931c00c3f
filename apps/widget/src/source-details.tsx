import type { Unit } from '@tip-report/core/data';
import { createSignal, Show } from 'solid-js';
import type { ShownMetric } from './shown-figures.js';
import { say } from './widget-locale.js';

export interface SourceProps {
  metric: ShownMetric;
  years: readonly number[];
  unit: Unit | undefined;
  locale: string;
  /** A catalog key for the expander's name: `ui.source`, or `ui.sources` in the trend. */
  summary?: string;
  /** The metric's label in the reader's language. */
  label?: string;
}

type Figures = typeof import('./provenance-details.js');
let loading: Promise<Figures> | undefined;

/**
 * A row's "Source" expander. What it shows (the quotes and locators, the links, the other
 * editions' statements: provenance-details.tsx) is a chunk of its own, loaded when a reader first
 * opens one, so the default view's bytes stay within budget.
 */
export function SourceDetails(props: SourceProps) {
  const [figures, setFigures] = createSignal<Figures>();
  const [failed, setFailed] = createSignal(false);
  const open = () => {
    loading ??= import('./provenance-details.js');
    loading.then(setFigures, () => {
      loading = undefined;
      setFailed(true);
    });
  };
  let details!: HTMLDetailsElement;
  return (
    <details
      ref={details}
      class="source"
      on:toggle={(event) => {
        if (event.currentTarget.open && !figures()) open();
      }}
    >
      <summary>
        {say(props.locale, props.summary ?? 'ui.source')}
        <span class="sr-only">: {props.label ?? props.metric.label}</span>
      </summary>
      <Show
        when={figures()}
        fallback={
          <p class="note" data-loading>
            {say(props.locale, failed() ? 'ui.sourcesFailed' : 'ui.sourcesLoading')}
          </p>
        }
      >
        {(module) => {
          const { ProvenanceFigures, adoptProvenanceStyles } = module();
          adoptProvenanceStyles(details);
          return <ProvenanceFigures {...props} />;
        }}
      </Show>
    </details>
  );
}
