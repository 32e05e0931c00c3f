import { For } from 'solid-js';
import type { LinkedMetric } from './bundled-report.js';
import { provenanceOf } from './shown-report.js';

/**
 * A row's sources: for each shown year, the exact quote from the report and a link that opens
 * the State Department page with that quote highlighted (a text fragment).
 */
export function ProvenanceDetails(props: { metric: LinkedMetric; years: readonly number[] }) {
  const observations = () =>
    props.years.flatMap((year) => props.metric.observations.filter((o) => o.year === year));
  return (
    <details class="source">
      <summary>
        Source<span class="sr-only">: {props.metric.label}</span>
      </summary>
      <For each={observations()}>
        {(observation) => {
          const link = provenanceOf(observation);
          return (
            <figure>
              <blockquote cite={link}>“{observation.source.quote}”</blockquote>
              <figcaption>
                {observation.year}
                {observation.derived
                  ? `: not stated in the text but derived (${observation.formula}); the quote is what it rests on. `
                  : ': as the report states it. '}
                {link ? (
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    Read it in the report
                    <span class="sr-only"> (State Department website, opens in a new tab)</span>
                  </a>
                ) : null}
              </figcaption>
            </figure>
          );
        }}
      </For>
    </details>
  );
}
