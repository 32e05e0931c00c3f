import type { CountryComparison } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import { say } from '../../shared/words.js';

/**
 * The countries side by side: a row a year, a column a country, each cell the figure or core's
 * words for why there is none ("not in the part of the text we read" where it was not read).
 */
export function CountriesTable(props: {
  comparison: CountryComparison;
  locale: string;
  reason: string | undefined;
}) {
  const caption = () =>
    say(props.locale, 'countries.caption', {
      metric: props.comparison.label,
      years: say(props.locale, 'ui.yearRange', {
        from: props.comparison.from,
        to: props.comparison.to,
      }),
    });
  return (
    <section class="table-wrap" aria-label={caption()} tabindex="0">
      <Show when={props.reason}>
        <p class="problems" role="note">
          {props.reason}
        </p>
      </Show>
      <table class="countries">
        <caption class="sr-only">{caption()}</caption>
        <thead>
          <tr>
            <th scope="col">{say(props.locale, 'countries.year')}</th>
            <For each={props.comparison.rows}>
              {(row) => (
                <th scope="col" data-series={row.seriesId}>
                  {row.country.name}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.comparison.years}>
            {(year, i) => (
              <tr data-year={year}>
                <th scope="row">{year}</th>
                <For each={props.comparison.rows}>
                  {(row) => (
                    <td data-state={row.cells[i()]?.state}>{row.cells[i()]?.text ?? ''}</td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
