import { catchError, createEffect, createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { LiveResult } from './live-report.js';
import { comparisonFor, unknownReport, unknownSeries } from './shown-comparison.js';
import { isSeries, type ShownSource } from './shown-figures.js';
import {
  bundledReportIds,
  bundledSeriesIds,
  defaultReportCovers,
  defaultReportId,
  defaultShownReport,
  loadChunk,
  loadReport,
  loadSeries,
  type SeriesParts,
  type ShownReport,
  type ShownSeries,
} from './shown-report.js';
import { ComparisonBody, ProblemList, tableView } from './widget-frame.js';
import {
  isReady,
  loadWidgetLocale,
  resolveLocale,
  say,
  translatedSource,
} from './widget-locale.js';
import {
  given,
  type Problem,
  readApi,
  readLocale,
  readMetricIds,
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

/** A source from the chunk: loaded (with the chunk's parts), or why not. */
type Loaded = { key: string; source?: ShownSource; failure?: string; parts?: SeriesParts };

/** Why live figures are not shown, and what is shown instead. */
function liveFailure(api: URL, result: LiveResult, bundled: boolean): Problem {
  const why = 'failure' in result ? result.failure : 'unexpected response';
  return {
    attribute: 'api',
    value: api.href,
    key: bundled ? 'ui.problem.live' : 'ui.problem.liveNone',
    params: { api: api.href, why },
    allowed: [],
  };
}

/** What the widget shows: a report's comparison, a series (drawn by the chunk), or why not. */
type Shown = {
  notices: Problem[];
  loading?: string;
  problems?: Problem[];
  report?: { source: ShownReport; outcome: ReturnType<typeof comparisonFor> };
  series?: { source: ShownSeries; parts: SeriesParts };
};

/**
 * The widget's content, shared by the custom element and the Solid component. Every attribute is
 * read here; what cannot be used becomes a message inside the widget, never an exception. A
 * series, and any report but the default, come from the widget's chunk, loaded on first use.
 */
export function ComparisonView(props: ComparisonViewProps) {
  const view = createMemo(() => readView(props.view));
  const theme = createMemo(() => readTheme(props.theme));
  const locale = createMemo(() => readLocale(props.lang, props.pageLocale));
  const api = createMemo(() => readApi(props.api, props.pageUrl));
  // The locale of the words (az, ru, en); nothing is drawn in it until its chunks are in, so no
  // reader sees English flash first. If they cannot be loaded, the widget speaks English.
  const language = createMemo(() => resolveLocale(locale().value));
  // English (or a locale already loaded) is spoken from the first render: no second pass.
  const [spoken, setSpoken] = createSignal<string | undefined>(
    isReady(language()) ? language() : undefined,
  );
  createEffect(() => {
    const wanted = language();
    if (isReady(wanted)) return setSpoken(wanted);
    setSpoken(undefined);
    let current = true;
    onCleanup(() => {
      current = false;
    });
    loadWidgetLocale(wanted).then(
      () => current && setSpoken(wanted),
      () => current && setSpoken('en'),
    );
  });
  /** The tag the widget formats and speaks with: the full `lang`, or English if its words failed. */
  const tag = () => (spoken() === language() ? locale().value : 'en');
  const seriesId = createMemo(() => given(props.series));
  const reportId = createMemo(() => given(props.report) ?? defaultReportId);

  // The toggle starts at the `view` attribute and follows it when the attribute changes.
  const [shownView, setShownView] = createSignal<View>('chart');
  createEffect(() => setShownView(view().value));
  // Without a series there is no trend: the view falls back to the chart.
  const effectiveView = (): View =>
    shownView() === 'trend' && !seriesId() ? 'chart' : shownView();

  // `report:<id>`, `series:<id>`, or `report:<id>:complete` when a `metrics` attribute asks the
  // default report for more than the entry holds (its headline metrics).
  const wanted = createMemo(() => {
    const series = seriesId();
    if (series) return `series:${series}`;
    const id = reportId();
    const complete = id === defaultReportId && !defaultReportCovers(readMetricIds(props.metrics));
    return `report:${id}${complete ? ':complete' : ''}`;
  });
  const [loaded, setLoaded] = createSignal<Loaded | undefined>();
  createEffect(() => {
    const key = wanted();
    const series = key.startsWith('series:');
    const complete = key.endsWith(':complete');
    const id = key.slice(key.indexOf(':') + 1).replace(/:complete$/, '');
    const known = series ? bundledSeriesIds : bundledReportIds;
    if (!known.includes(id) || key === `report:${defaultReportId}`) return;
    let current = true;
    onCleanup(() => {
      current = false;
    });
    const load: Promise<ShownSource | undefined> = series
      ? loadSeries(id)
      : loadReport(id, complete);
    void Promise.all([load, loadChunk()]).then(
      ([source, parts]) => {
        parts.registerEnglishRest();
        if (current) setLoaded({ key, parts, ...(source ? { source } : {}) });
      },
      () => current && setLoaded({ key, failure: 'its data could not be loaded' }),
    );
  });
  /** The bundled source asked for: at once (the default report), from the chunk, or not yet. */
  const bundled = (): Loaded | undefined => {
    const key = wanted();
    if (key === `report:${defaultReportId}`) return { key, source: defaultShownReport() };
    const now = loaded();
    return now?.key === key ? now : undefined;
  };

  // Live data when `api` is given: a new request whenever the API, report or series changes; a
  // stale answer is dropped and its request aborted. (Not createResource: it would pull Suspense
  // into the bundle, and the widget has a byte budget.)
  const [live, setLive] = createSignal<LiveResult | undefined>();
  createEffect(() => {
    const url = api().value;
    const series = seriesId();
    const id = reportId();
    setLive(undefined);
    if (!url || (series && !bundledSeriesIds.includes(series))) return;
    const request = new AbortController();
    onCleanup(() => request.abort());
    // The live-data check is its own chunk: only pages with `api` load it.
    void import('./live-report.js')
      .then(
        (module) => module.fetchLive(url, series ? { series } : { report: id }, request.signal),
        (): LiveResult => ({ failure: 'the widget’s live-data module could not be loaded' }),
      )
      .then((result) => {
        if (!request.signal.aborted) setLive(result);
      });
  });

  const shown = createMemo((): Shown => {
    const notices = [view().problem, theme().problem, locale().problem, api().problem].filter(
      (p): p is Problem => p !== undefined,
    );
    const series = seriesId();
    const load = bundled();
    const failed = (attribute: 'report' | 'series', id: string): Shown => ({
      problems: [
        {
          attribute,
          value: id,
          key: 'ui.problem.unloaded',
          params: { attribute, value: id },
          allowed: [],
        },
      ],
      notices,
    });
    if (series) {
      if (!bundledSeriesIds.includes(series)) return { problems: [unknownSeries(series)], notices };
      if (!load) return { loading: series, notices };
      if (!load.source || !load.parts || !isSeries(load.source)) return failed('series', series);
      let source = load.source;
      const apiUrl = api().value;
      if (apiUrl) {
        const result = live();
        if (!result) return { loading: apiUrl.href, notices };
        if (result.series) source = result.series;
        else notices.push(liveFailure(apiUrl, result, true));
      }
      return {
        series: { source: translatedSource(source, spoken() ?? 'en'), parts: load.parts },
        notices,
      };
    }
    if (view().value === 'trend') {
      notices.push({
        attribute: 'view',
        value: 'trend',
        key: 'ui.problem.trend',
        params: { series: bundledSeriesIds[0] ?? '' },
        allowed: ['chart', 'table'],
      });
    }
    const id = reportId();
    const known = bundledReportIds.includes(id);
    if (known && !load) return { loading: id, notices };
    let report = load?.source as ShownReport | undefined;
    const apiUrl = api().value;
    if (apiUrl) {
      const result = live();
      if (!result) return { loading: apiUrl.href, notices };
      if (result.report) report = result.report;
      else notices.push(liveFailure(apiUrl, result, report !== undefined));
    }
    if (!report && load?.failure) return failed('report', id);
    if (!report) return { problems: [unknownReport(id)], notices };
    report = translatedSource(report, spoken() ?? 'en');
    return { report: { source: report, outcome: comparisonFor(report, props, tag()) }, notices };
  });

  const apiLink = () => {
    const base = api().value ?? props.apiHome;
    const series = seriesId();
    const path = series
      ? `v1/series/${encodeURIComponent(series)}`
      : `v1/reports/${encodeURIComponent(reportId())}`;
    return base && new URL(path, base);
  };
  // While its words, data, live figures or the table's chunk load, the frame keeps about the height of what it will
  // show (styles.ts: rows of the chart), so the page around it does not shift when they come.
  const busy = () =>
    !spoken() || !!shown().loading || (effectiveView() === 'table' && !tableView());
  const rows = () =>
    String(readMetricIds(props.metrics)?.length ?? defaultShownReport().headline.length);
  const body = () => ({
    view: effectiveView(),
    onView: setShownView,
    locale: tag(),
    apiLink: apiLink(),
  });

  // An error while drawing is named inside the widget, never thrown into the page: Solid's
  // catchError, not ErrorBoundary, whose reset and hydration machinery the widget does not use.
  const [drawError, setDrawError] = createSignal<{ error: unknown }>();
  return (
    <div
      class="tip"
      data-theme={theme().value}
      data-view={effectiveView()}
      lang={spoken() === language() ? language() : 'en'}
      aria-busy={busy() ? 'true' : undefined}
      style={{ '--tip-rows': rows() }}
    >
      <Show when={spoken()}>
        <Show
          when={drawError()}
          fallback={catchError(
            () => (
              <>
                <Show when={shown().notices.length}>
                  <ProblemList problems={shown().notices} blocking={false} locale={tag()} />
                </Show>
                <Show when={shown().loading}>
                  <p role="status">{say(tag(), 'ui.loading')}</p>
                </Show>
                <Show when={shown().problems}>
                  {(problems) => (
                    <ProblemList problems={problems()} blocking={true} locale={tag()} />
                  )}
                </Show>
                <Show when={shown().report}>
                  {(report) => (
                    <>
                      <Show when={report().outcome.problems}>
                        {(problems) => (
                          <ProblemList problems={problems()} blocking={true} locale={tag()} />
                        )}
                      </Show>
                      <Show when={report().outcome.comparison}>
                        {(comparison) => (
                          <ComparisonBody
                            {...body()}
                            comparison={comparison()}
                            source={report().source}
                          />
                        )}
                      </Show>
                    </>
                  )}
                </Show>
                <Show when={shown().series}>
                  {(series) => {
                    const { SeriesView } = series().parts;
                    return <SeriesView {...body()} series={series().source} attributes={props} />;
                  }}
                </Show>
              </>
            ),
            (error) => setDrawError({ error }),
          )}
        >
          {(failed) => (
            <div class="problems" role="alert">
              {say(tag(), 'ui.drawFailed', {
                error: String((failed().error as Error | undefined)?.message ?? failed().error),
              })}
            </div>
          )}
        </Show>
      </Show>
    </div>
  );
}
