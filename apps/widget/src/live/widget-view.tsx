import {
  compare,
  comparedYears,
  comparisonToCsv,
  type Figures,
  ReportQueryError,
  seriesToCsv,
  translated,
} from '@tip-report/core/data';
import {
  catchError,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  Show,
  untrack,
} from 'solid-js';
import { MetricPicker } from '../frame/metric-picker.js';
import { ProblemList } from '../frame/problem-list.js';
import { SourceDetails } from '../frame/source-details.js';
import { ViewTabs } from '../frame/view-tabs.js';
import { type CsvFile, WidgetFooter } from '../frame/widget-footer.js';
import { YearPickers } from '../frame/year-pickers.js';
import {
  given,
  type Problem,
  readApi,
  readLocale,
  readMetricIds,
  readTheme,
  readView,
  readYear,
  type View,
  type WidgetAttributes,
} from '../shared/attributes.js';
import { type BundledSource, isSeries } from '../shared/bundled-data.js';
import { iframeSnippet, type ShownState, scriptSnippet } from '../shared/embed-snippets.js';
import { citedReports, shownMetric, unitOf } from '../shared/figures.js';
import { figureYears, headlineSentence, oneFigureSentence } from '../shared/headline.js';
import { layout } from '../shared/layout.js';
import { onDemand } from '../shared/on-demand.js';
import { type PictureLinks, pictureLinks } from '../shared/picture-links.js';
import { hasPictureFor } from '../shared/picture-years.js';
import {
  bundledReportIds,
  bundledSeriesIds,
  defaultReport,
  loadSource,
  sourceAtHand,
} from '../shared/sources.js';
import { isReady, loadLanguage, resolveLocale, say, translatedSource } from '../shared/words.js';
import { CompareView } from '../views/compare/compare-view.js';
import { TrendView } from '../views/trend/trend-view.js';
import { pickerGroups } from './picker-groups.js';

export interface WidgetViewProps extends WidgetAttributes {
  /** The locale when `lang` is absent: the page's language. */
  pageLocale: string;
  /** What a relative `api` resolves against: the page's address. */
  pageUrl?: string | undefined;
  /** Where widget.js came from: the embed snippets and "Data API" point there. */
  home?: URL | undefined;
  /**
   * The stage's size before it is measured. Only the first view drawn at build time gives one
   * (src/first-view/), as a server renderer measures nothing; the live widget measures its own.
   */
  stage?: { width: number; height: number } | undefined;
}

type Loaded = { key: string; source?: BundledSource; failed?: true };
type TableModule = typeof import('../views/table/table-view.js');
type CountriesModule = typeof import('./countries-widget.js');
type LiveResult = import('../live-data/live-data.js').LiveResult;

/** "The table": a chunk of its own, loaded the first time a widget shows its Table tab. */
const loadTable = onDemand(() => import('../views/table/table-view.js'));

/**
 * "The countries widget": a chunk of its own, loaded the first time a widget's `series` lists several ids,
 * so a widget of one report or series never downloads the neighbours' data.
 */
const loadCountries = onDemand(() => import('./countries-widget.js'));

/**
 * The live widget: one metric in focus of a report or a series, as a chart (two years' bars), a
 * trend (a series' line) or a table of every metric, in a box of fixed height. Every attribute is
 * read here; what cannot be used is named inside the widget, never thrown into the page.
 */
export function WidgetView(props: WidgetViewProps) {
  const viewAttr = createMemo(() => readView(props.view));
  const theme = createMemo(() => readTheme(props.theme));
  const locale = createMemo(() => readLocale(props.lang, props.pageLocale));
  const language = createMemo(() => resolveLocale(locale().value));
  const api = createMemo(() =>
    readApi(props.api, props.pageUrl ?? globalThis.document?.baseURI ?? 'http://localhost/'),
  );

  // Nothing is drawn in a language until its chunks are in, so no reader sees English flash
  // first; if they cannot be loaded, the widget speaks English.
  const [spoken, setSpoken] = createSignal<string | undefined>(
    isReady(untrack(language)) ? untrack(language) : undefined,
  );
  createEffect(() => {
    const wanted = language();
    if (isReady(wanted)) return setSpoken(wanted);
    setSpoken(undefined);
    let current = true;
    onCleanup(() => {
      current = false;
    });
    loadLanguage(wanted).then(
      () => current && setSpoken(wanted),
      () => current && setSpoken('en'),
    );
  });
  /** The tag that formats the numbers: the `lang`'s, or English if its words failed. */
  const tag = () => (spoken() === language() ? locale().value : 'en');

  // `series="a,b,c"`: one metric across those series (the countries view) instead of one source.
  const countryIds = createMemo(() => {
    const ids = (given(props.series) ?? '').split(',').map((id) => id.trim());
    return ids.length > 1 ? ids.filter(Boolean) : undefined;
  });
  const [countriesModule, setCountriesModule] = createSignal<CountriesModule | 'failed'>();
  createEffect(() => {
    if (!countryIds() || countriesModule()) return;
    loadCountries().then(setCountriesModule, () => setCountriesModule('failed'));
  });

  const wanted = createMemo(() => {
    const series = given(props.series);
    return series ? `series:${series}` : `report:${given(props.report) ?? defaultReport.id}`;
  });
  const [fetched, setLoaded] = createSignal<Loaded>();
  // The source at hand (the default report) is there in the first pass; others come by import().
  const atHand = createMemo((): Loaded | undefined => {
    const key = wanted();
    const [kind, id] = key.split(/:(.*)/) as ['report' | 'series', string];
    const source = sourceAtHand(kind, id);
    return source && { key, source };
  });
  const loaded = () => atHand() ?? fetched();
  createEffect(() => {
    const key = wanted();
    const [kind, id] = key.split(/:(.*)/) as ['report' | 'series', string];
    const known = kind === 'series' ? bundledSeriesIds : bundledReportIds;
    if (!known.includes(id) || atHand()) return;
    let current = true;
    onCleanup(() => {
      current = false;
    });
    loadSource(kind, id).then(
      (source) => current && setLoaded(source ? { key, source } : { key, failed: true }),
      () => current && setLoaded({ key, failed: true }),
    );
  });

  // Live figures when `api` is given ("live data", a chunk of its own): asked again when the API,
  // report or series changes; a stale answer is dropped and its request aborted.
  const [live, setLive] = createSignal<{ key: string; result: LiveResult }>();
  createEffect(() => {
    const url = api().value;
    const key = wanted();
    const load = loaded();
    if (!url || load?.key !== key || !load.source) return;
    const [kind, id] = key.split(/:(.*)/) as ['report' | 'series', string];
    const editions = isSeries(load.source) ? load.source.reports : [];
    const request = new AbortController();
    onCleanup(() => request.abort());
    const liveKey = `${url.href} ${key}`;
    import('../live-data/live-data.js')
      .then(
        (module) => module.fetchLive(url, kind, id, request.signal, editions),
        (): LiveResult => ({ failure: 'the widget’s live-data module could not be loaded' }),
      )
      .then((result) => {
        if (!request.signal.aborted) setLive({ key: liveKey, result });
      });
  });

  // What the reader chose inside the widget; an attribute change puts the attribute's back.
  const [picked, setPicked] = createSignal<string>();
  createEffect(
    on(
      () => props.metric,
      () => setPicked(undefined),
      { defer: true },
    ),
  );
  const [pickedView, setPickedView] = createSignal<View>();
  createEffect(
    on(
      () => props.view,
      () => setPickedView(undefined),
      { defer: true },
    ),
  );
  const [pickedYears, setPickedYears] = createSignal<{ from: number; to: number }>();
  createEffect(
    on([() => props.from, () => props.to], () => setPickedYears(undefined), { defer: true }),
  );
  const [announcement, setAnnouncement] = createSignal('');
  /** The chart view the table's years follow (a trend's table shows every year). */
  const [lastChart, setLastChart] = createSignal<View>('chart');

  /** Everything the attributes and the reader's choices come to, or why it cannot be shown. */
  const shown = createMemo(() => {
    const notices: Problem[] = [
      viewAttr().problem,
      theme().problem,
      locale().problem,
      api().problem,
    ].filter((p): p is Problem => p !== undefined);
    const key = wanted();
    const [kind, id] = key.split(/:(.*)/) as ['report' | 'series', string];
    const known = kind === 'series' ? bundledSeriesIds : bundledReportIds;
    if (!known.includes(id)) {
      const problem: Problem = {
        attribute: kind,
        value: id,
        key: `ui.problem.${kind}`,
        params: { value: id },
        allowed: known,
      };
      return { notices, problems: [problem] };
    }
    const load = loaded();
    if (load?.key !== key) return { notices, loading: true as const };
    if (!load.source) {
      const problem: Problem = {
        attribute: kind,
        value: id,
        key: 'ui.problem.unloaded',
        params: { attribute: kind, value: id },
        allowed: [],
      };
      return { notices, problems: [problem] };
    }
    let origin = load.source;
    const url = api().value;
    if (url) {
      const answer = live();
      if (answer?.key !== `${url.href} ${key}`) return { notices, loading: true as const };
      if ('source' in answer.result) origin = answer.result.source;
      else {
        notices.push({
          attribute: 'api',
          value: url.href,
          key: 'ui.problem.live',
          params: { api: url.href, why: answer.result.failure },
          allowed: [],
        });
      }
    }
    const isLive = origin !== load.source;
    const source = translatedSource(origin, spoken() ?? 'en');
    const allIds = source.metrics.map((m) => m.id);

    // The table's (and the picker's) metrics: the `metrics` list, else every metric.
    const listed = readMetricIds(props.metrics);
    const unknown = (listed ?? []).filter((m) => !allIds.includes(m));
    for (const value of unknown) {
      notices.push({
        attribute: 'metrics',
        value,
        key: 'error.metric',
        params: { value, id: source.id },
        allowed: allIds,
      });
    }
    const good = (listed ?? []).filter((m) => allIds.includes(m));
    const metricIds = good.length ? good : allIds;

    // The metric in focus: the reader's pick, the attribute, else core's headline metric.
    const fallback = source.headline.find((m) => metricIds.includes(m)) ?? metricIds[0] ?? '';
    const asked = given(props.metric);
    if (asked && !allIds.includes(asked)) {
      notices.push({
        attribute: 'metric',
        value: asked,
        key: 'problem.metric',
        params: { value: asked, id: source.id, fallback },
        allowed: allIds,
      });
    }
    const focus = picked() ?? (asked && allIds.includes(asked) ? asked : fallback);

    let view = pickedView() ?? viewAttr().value;
    if (view === 'trend' && !isSeries(source)) {
      notices.push({
        attribute: 'view',
        value: 'trend',
        key: 'ui.problem.trend',
        params: { series: bundledSeriesIds[0] ?? '' },
        allowed: ['chart', 'table'],
      });
      view = 'chart';
    }

    const fromYear = readYear('from', props.from, source.years);
    const toYear = readYear('to', props.to, source.years);
    let years = pickedYears() ?? comparedYears(source.years, fromYear.value, toYear.value);
    for (const problem of [fromYear.problem, toYear.problem]) if (problem) notices.push(problem);
    try {
      compare(source as Figures, years.from, years.to, []);
    } catch (error) {
      if (!(error instanceof ReportQueryError)) throw error;
      const attribute =
        error.parameter === 'from' || error.parameter === 'to' ? error.parameter : 'from';
      notices.push({
        attribute,
        value: error.value,
        key: `error.${error.code}`,
        params: error.params,
        allowed: error.allowed,
      });
      years = comparedYears(source.years, undefined, undefined);
    }
    return { notices, source, metricIds, focus, view, years, isLive };
  });

  const ready = () => {
    const s = shown();
    return 'source' in s && s.source ? s : undefined;
  };

  // The stage's size: the charts are drawn for it, so they fill the fixed box at any width.
  const [size, setSize] = createSignal(untrack(() => props.stage) ?? { width: 0, height: 0 });
  const measure = (stage: HTMLElement) => {
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box) setSize({ width: Math.floor(box.width), height: Math.floor(box.height) });
    });
    observer.observe(stage);
    onCleanup(() => observer.disconnect());
  };

  const [tableModule, setTableModule] = createSignal<TableModule | 'failed'>();
  createEffect(() => {
    if (ready()?.view !== 'table' || tableModule()) return;
    loadTable().then(setTableModule, () => setTableModule('failed'));
  });

  const [drawError, setDrawError] = createSignal<{ error: unknown }>();

  return (
    <div
      class="tip"
      data-theme={theme().value}
      data-view={ready()?.view ?? viewAttr().value}
      lang={spoken() === language() ? language() : 'en'}
      aria-busy={!spoken() || 'loading' in shown() ? 'true' : undefined}
    >
      <Show when={spoken()} fallback={<p class="busy">{say('en', 'ui.loading')}</p>}>
        <Show
          when={countryIds()}
          fallback={
            <>
              <Show when={shown().notices.length}>
                <ProblemList problems={shown().notices} blocking={false} locale={tag()} />
              </Show>
              <Show when={'problems' in shown() && shown().problems}>
                {(problems) => <ProblemList problems={problems()} blocking={true} locale={tag()} />}
              </Show>
              <Show when={'loading' in shown()}>
                <p class="busy" role="status">
                  {say(tag(), 'ui.loading')}
                </p>
              </Show>
              <Show when={ready()} keyed={false}>
                {(state) => {
                  const t = tag;
                  const source = () => state().source;
                  const metric = () => shownMetric(source(), state().focus);
                  const label = () => {
                    const m = metric();
                    return m ? translated(m, 'label', m.label, resolveLocale(t())) : state().focus;
                  };
                  const country = () => {
                    const words = say(t(), `ui.country.${source().country.alpha2}`);
                    return words.startsWith('ui.') ? source().country.name : words;
                  };
                  const section = () => {
                    const words = say(t(), `ui.section.${source().section}`);
                    return words.startsWith('ui.') ? source().section : words;
                  };
                  const chartView = () => (state().view === 'table' ? lastChart() : state().view);
                  const span = () => {
                    const m = metric();
                    if (chartView() === 'trend')
                      return (
                        (m && figureYears(m)) ?? [
                          source().years[0] ?? 0,
                          source().years.at(-1) ?? 0,
                        ]
                      );
                    return [state().years.from, state().years.to] as const;
                  };
                  const sentence = () => {
                    const m = metric();
                    if (!m) return '';
                    if (chartView() === 'trend' && !figureYears(m))
                      return `${label()}: ${say(t(), 'ui.noFigureAnyYear')}`;
                    const [from, to] = span();
                    // A trend with one figure says that figure; there is no change to tell.
                    if (chartView() === 'trend' && from === to)
                      return oneFigureSentence(source(), m, label(), from, t());
                    return headlineSentence(source(), m, label(), from, to, t());
                  };
                  const shownYears = () =>
                    chartView() === 'trend'
                      ? [...source().years]
                      : [state().years.from, state().years.to];
                  const subtitle = () =>
                    `${section()} · ${
                      chartView() === 'trend'
                        ? say(t(), 'ui.yearRange', {
                            from: source().years[0] ?? '',
                            to: source().years.at(-1) ?? '',
                          })
                        : say(t(), 'ui.comparedWith', {
                            from: state().years.from,
                            to: state().years.to,
                          })
                    }`;
                  const groups = () =>
                    pickerGroups(
                      source(),
                      state().metricIds,
                      t(),
                      chartView() === 'trend' ? undefined : state().years,
                    );
                  const onPick = (id: string) => {
                    setPicked(id);
                    // Said once the new sentence is drawn: the live region below is on the page from the start.
                    setAnnouncement(
                      `${say(t(), 'picker.announce', { metric: label() })} ${sentence()}`,
                    );
                  };
                  const onView = (view: View) => {
                    if (view !== 'table') setLastChart(view);
                    setPickedView(view);
                  };
                  const onYears = (from: number, to: number) => {
                    setPickedYears({ from, to });
                    setAnnouncement(`${say(t(), 'ui.nowComparing', { from, to })} ${sentence()}`);
                  };
                  const shownState = (): ShownState => ({
                    kind: isSeries(source()) ? 'series' : 'report',
                    id: source().id,
                    metric: state().focus,
                    view: state().view,
                    from: state().years.from,
                    to: state().years.to,
                    metrics: given(props.metrics),
                    lang: locale().value,
                    theme: theme().value,
                  });
                  let header: HTMLElement | undefined;
                  const snippets = () => {
                    const home = props.home ?? new URL(document.baseURI);
                    const title = say(t(), 'embed.frameTitle', {
                      metric: label(),
                      country: country(),
                    });
                    // The box's fixed height at the width it is shown at: the iframe needs no resizing there.
                    const height =
                      (header?.closest('.tip') as HTMLElement | null)?.offsetHeight || layout.wide;
                    return {
                      iframe: iframeSnippet(home, shownState(), title, height),
                      script: scriptSnippet(home, shownState()),
                    };
                  };
                  const apiLink = () => {
                    const home = api().value ?? props.home;
                    if (!home) return undefined;
                    const s = source();
                    const path = isSeries(s)
                      ? `v1/series/${encodeURIComponent(s.id)}/metrics?ids=${encodeURIComponent(state().focus)}`
                      : `v1/reports/${encodeURIComponent(s.id)}/metrics/${encodeURIComponent(state().focus)}`;
                    return new URL(path, home);
                  };
                  // The picture of what is shown, where the build drew one: a series' trend, or a
                  // report's compare of an earlier year with a later; of this metric, language and
                  // theme (auto: the reader's scheme, as the widget's colours follow it).
                  const pictures = (): PictureLinks | undefined => {
                    const home = api().value ?? props.home;
                    const s = source();
                    const years = state().years;
                    if (!home || !metric()?.figures.length) return undefined;
                    const drawn = isSeries(s)
                      ? state().view === 'trend'
                      : state().view === 'chart' && hasPictureFor(s.years, years.from, years.to);
                    if (!drawn) return undefined;
                    const path = `v1/${isSeries(s) ? 'series' : 'reports'}/${encodeURIComponent(s.id)}/metrics/${encodeURIComponent(state().focus)}/chart`;
                    return pictureLinks(
                      home,
                      path,
                      t(),
                      theme().value,
                      isSeries(s) ? undefined : years,
                    );
                  };
                  const csv = (): CsvFile => {
                    const s = source();
                    const ids = state().view === 'table' ? state().metricIds : [state().focus];
                    if (isSeries(s) && chartView() === 'trend') {
                      return {
                        // The language in the name, as the API's file names have it: a reader's en and
                        // ru downloads do not overwrite each other.
                        fileName: `${s.id}-${state().focus}-${t()}.csv`,
                        text: () =>
                          seriesToCsv(
                            s,
                            s.metrics.filter((m) => ids.includes(m.id)),
                          ),
                      };
                    }
                    const { from, to } = state().years;
                    return {
                      fileName: `${s.id}-${from}-${to}-${t()}.csv`,
                      text: () => comparisonToCsv(compare(s as Figures, from, to, ids, t()), t()),
                    };
                  };
                  const cited = () => {
                    const ids = state().view === 'table' ? state().metricIds : [state().focus];
                    const reports = new Map(
                      ids
                        .flatMap((id) =>
                          citedReports(source(), shownMetric(source(), id), shownYears()),
                        )
                        .map((r) => [r.id, r]),
                    );
                    return [...reports.values()].sort((a, b) => a.edition - b.edition);
                  };
                  return (
                    <Show
                      when={!drawError()}
                      fallback={
                        <p class="problems" role="alert">
                          {say(t(), 'ui.drawFailed', {
                            error: String(
                              (drawError()?.error as Error | undefined)?.message ??
                                drawError()?.error,
                            ),
                          })}
                        </p>
                      }
                    >
                      {catchError(
                        () => (
                          <>
                            <header ref={header}>
                              <h2>{say(t(), 'title', { metric: label(), country: country() })}</h2>
                              <p class="sub">{subtitle()}</p>
                              {/* A long sentence (core's notes follow it) scrolls inside the fixed box; it takes focus so a keyboard can scroll it. */}
                              <p class="sentence" tabindex="0">
                                {sentence()}
                              </p>
                            </header>
                            <div class="controls">
                              <MetricPicker
                                groups={groups()}
                                value={state().focus}
                                onPick={onPick}
                                locale={t()}
                              />
                              <Show when={isSeries(source()) && chartView() === 'chart'}>
                                <YearPickers
                                  years={source().years}
                                  from={state().years.from}
                                  to={state().years.to}
                                  onYears={onYears}
                                  locale={t()}
                                />
                              </Show>
                              <ViewTabs
                                options={
                                  isSeries(source())
                                    ? ['chart', 'trend', 'table']
                                    : ['chart', 'table']
                                }
                                view={state().view}
                                onView={onView}
                                locale={t()}
                              />
                            </div>
                            <div class="stage" ref={measure}>
                              <Show when={metric() && size().width > 0 && state().view !== 'table'}>
                                <Show
                                  when={state().view === 'trend' && isSeries(source()) && source()}
                                  fallback={
                                    <CompareView
                                      source={source()}
                                      metric={metric() as NonNullable<ReturnType<typeof metric>>}
                                      unit={unitOf(source(), metric()?.unit ?? '')}
                                      locale={t()}
                                      width={size().width}
                                      height={size().height}
                                      from={state().years.from}
                                      to={state().years.to}
                                      sentence={sentence()}
                                    />
                                  }
                                >
                                  {(series) => (
                                    <TrendView
                                      source={source()}
                                      series={
                                        series() as Extract<BundledSource, { editions: unknown }>
                                      }
                                      metric={metric() as NonNullable<ReturnType<typeof metric>>}
                                      unit={unitOf(source(), metric()?.unit ?? '')}
                                      locale={t()}
                                      width={size().width}
                                      height={size().height}
                                      sentence={sentence()}
                                    />
                                  )}
                                </Show>
                              </Show>
                              <Show when={state().view === 'table'}>
                                <Show
                                  when={tableModule()}
                                  fallback={<p class="busy">{say(t(), 'ui.loading')}</p>}
                                >
                                  {(module) => {
                                    const m = module();
                                    if (m === 'failed')
                                      return (
                                        <p class="problems" role="alert">
                                          {say(t(), 'ui.drawFailed', {
                                            error: 'the table could not be loaded',
                                          })}
                                        </p>
                                      );
                                    return (
                                      <m.TableView
                                        source={source()}
                                        metricIds={state().metricIds}
                                        years={shownYears()}
                                        focus={state().focus}
                                        locale={t()}
                                        caption={say(t(), 'table.caption', {
                                          years:
                                            shownYears().length > 2
                                              ? say(t(), 'ui.yearRange', {
                                                  from: shownYears()[0] ?? '',
                                                  to: shownYears().at(-1) ?? '',
                                                })
                                              : say(t(), 'ui.comparedWith', {
                                                  from: state().years.from,
                                                  to: state().years.to,
                                                }),
                                        })}
                                      />
                                    );
                                  }}
                                </Show>
                              </Show>
                            </div>
                            <Show when={metric() && state().view !== 'table'}>
                              <SourceDetails
                                metric={metric() as NonNullable<ReturnType<typeof metric>>}
                                unit={unitOf(source(), metric()?.unit ?? '')}
                                years={shownYears()}
                                label={label()}
                                locale={t()}
                              />
                            </Show>
                            <WidgetFooter
                              cited={cited()}
                              origin={say(t(), state().isLive ? 'ui.live' : 'ui.bundled')}
                              csv={csv}
                              apiLink={apiLink()}
                              pictures={pictures()}
                              snippets={snippets}
                              locale={t()}
                            />
                          </>
                        ),
                        (error) => setDrawError({ error }),
                      )}
                    </Show>
                  );
                }}
              </Show>
            </>
          }
        >
          {(ids) => (
            <Show
              when={countriesModule()}
              fallback={
                <p class="busy" role="status">
                  {say(tag(), 'ui.loading')}
                </p>
              }
            >
              {(module) => {
                const m = module();
                if (m === 'failed')
                  return (
                    <p class="problems" role="alert">
                      {say(tag(), 'ui.drawFailed', {
                        error: 'the countries view could not be loaded',
                      })}
                    </p>
                  );
                return (
                  <m.CountriesWidget
                    seriesIds={ids()}
                    metric={props.metric}
                    view={viewAttr().value}
                    from={props.from}
                    to={props.to}
                    locale={tag()}
                    lang={locale().value}
                    theme={theme().value}
                    home={props.home}
                    notices={[viewAttr().problem, theme().problem, locale().problem].filter(
                      (p): p is Problem => p !== undefined,
                    )}
                  />
                );
              }}
            </Show>
          )}
        </Show>
        <p class="sr-only" role="status" aria-live="polite">
          {announcement()}
        </p>
      </Show>
    </div>
  );
}
