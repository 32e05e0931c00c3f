import type { Comparison } from '@tip-report/core';
import {
  createEffect,
  createMemo,
  createSignal,
  ErrorBoundary,
  For,
  onCleanup,
  Show,
} from 'solid-js';
import { ComparisonChart } from './comparison-chart.js';
import { ComparisonTable } from './comparison-table.js';
import { fetchLiveReport, type LiveResult } from './live-report.js';
import { type ComparisonOutcome, comparisonFor, unknownReport } from './shown-comparison.js';
import { bundledReport, type ShownReport } from './shown-report.js';
import { WidgetFooter } from './widget-footer.js';
import {
  defaultReportId,
  given,
  type Problem,
  readApi,
  readLocale,
  readTheme,
  readView,
  type View,
  type WidgetAttributes,
} from './widget-options.js';

export interface ComparisonViewProps extends WidgetAttributes {
  /** The locale when `lang` is absent: the page's language. */
  pageLocale: string;
  /** What a relative `api` resolves against. */
  pageUrl: string;
  /** Where "Data API" points when there is no `api`: the origin that served widget.js. */
  apiHome?: URL | undefined;
}

type Shown = ComparisonOutcome & { loading?: URL; notices: Problem[] };

function ProblemList(props: { problems: Problem[]; blocking: boolean }) {
  return (
    <div class="problems" role={props.blocking ? 'alert' : 'status'}>
      <p>
        {props.blocking ? 'This comparison cannot be shown:' : 'Note about this widget’s settings:'}
      </p>
      <ul>
        <For each={props.problems}>
          {(problem) => (
            <li data-attribute={problem.attribute}>
              {problem.message}
              <Show when={problem.allowed.length}>
                {' '}
                Valid {problem.attribute === 'metrics' ? 'ids' : 'choices'}:{' '}
                {problem.allowed.join(', ')}.
              </Show>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

/**
 * The widget's content, shared by the custom element and the Solid component. Every attribute is
 * read here; what cannot be used becomes a message inside the widget, never an exception.
 */
export function ComparisonView(props: ComparisonViewProps) {
  const view = createMemo(() => readView(props.view));
  const theme = createMemo(() => readTheme(props.theme));
  const locale = createMemo(() => readLocale(props.lang, props.pageLocale));
  const api = createMemo(() => readApi(props.api, props.pageUrl));
  const reportId = createMemo(() => given(props.report) ?? defaultReportId);

  // The toggle starts at the `view` attribute and follows it when the attribute changes.
  const [shownView, setShownView] = createSignal<View>('chart');
  createEffect(() => setShownView(view().value));

  // Live data when `api` is given: a new request whenever the API or report changes; a stale
  // answer is dropped and its request aborted. (Not createResource: it would pull Suspense into
  // the bundle, and the widget has a byte budget.)
  const [live, setLive] = createSignal<LiveResult | undefined>();
  createEffect(() => {
    const url = api().value;
    const id = reportId();
    setLive(undefined);
    if (!url) return;
    const request = new AbortController();
    onCleanup(() => request.abort());
    void fetchLiveReport(url, id, request.signal).then((result) => {
      if (!request.signal.aborted) setLive(result);
    });
  });

  const shown = createMemo((): Shown => {
    const notices = [view().problem, theme().problem, locale().problem, api().problem].filter(
      (p): p is Problem => p !== undefined,
    );
    const id = reportId();
    let report = bundledReport(id);
    const apiUrl = api().value;
    if (apiUrl) {
      const result = live();
      if (!result) return { loading: apiUrl, problems: [], notices };
      if ('report' in result) report = result.report;
      else {
        notices.push({
          attribute: 'api',
          value: apiUrl.href,
          message: `Live figures from ${apiUrl.href} could not be loaded (${result.failure}); ${
            report ? 'showing the figures bundled with the widget.' : 'and the widget has none.'
          }`,
          allowed: [],
        });
      }
    }
    if (!report) return { problems: [unknownReport(id)], notices };
    return { ...comparisonFor(report, props), notices };
  });

  const apiLink = () => {
    const base = api().value ?? props.apiHome;
    return base && new URL(`v1/reports/${encodeURIComponent(reportId())}`, base);
  };

  return (
    <div class="tip" data-theme={theme().value} lang="en">
      <ErrorBoundary
        fallback={(error) => (
          <div class="problems" role="alert">
            The comparison could not be drawn: {String(error?.message ?? error)}
          </div>
        )}
      >
        <Show when={shown().notices.length}>
          <ProblemList problems={shown().notices} blocking={false} />
        </Show>
        <Show when={shown().loading}>
          {(url) => <p role="status">Loading figures from {url().href}…</p>}
        </Show>
        <Show when={shown().problems?.length}>
          <ProblemList problems={shown().problems ?? []} blocking={true} />
        </Show>
        <Show when={shown().comparison && (shown() as Shown & { report: ShownReport })}>
          {(ok) => {
            const comparison = () => ok().comparison as Comparison;
            const report = () => ok().report;
            const section = () =>
              report().section.charAt(0).toUpperCase() + report().section.slice(1);
            const years = () => `${comparison().from} compared with ${comparison().to}`;
            return (
              <>
                <div class="top">
                  <div>
                    <h2>
                      {report().country.name} · {section()} · {years()}
                    </h2>
                    <p class="sub">
                      {report().title}, {report().publisher} ({report().tier})
                    </p>
                  </div>
                  <fieldset class="toggle">
                    <legend class="sr-only">Show the figures as</legend>
                    <button
                      type="button"
                      aria-pressed={shownView() === 'chart'}
                      on:click={() => setShownView('chart')}
                    >
                      Chart
                    </button>
                    <button
                      type="button"
                      aria-pressed={shownView() === 'table'}
                      on:click={() => setShownView('table')}
                    >
                      Table
                    </button>
                  </fieldset>
                </div>
                <Show
                  when={shownView() === 'table'}
                  fallback={
                    <ComparisonChart
                      comparison={comparison()}
                      report={report()}
                      locale={locale().value}
                    />
                  }
                >
                  <ComparisonTable
                    comparison={comparison()}
                    report={report()}
                    locale={locale().value}
                    caption={`${report().country.name}, ${section()} section of the ${report().title.replace(/:.*$/, '')}: ${years()}.`}
                  />
                </Show>
                <WidgetFooter
                  comparison={comparison()}
                  report={report()}
                  locale={locale().value}
                  apiLink={apiLink()}
                />
              </>
            );
          }}
        </Show>
      </ErrorBoundary>
    </div>
  );
}
