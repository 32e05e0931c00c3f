import {
  type CountryComparison,
  compareCountries,
  series as coreSeries,
  countryComparisonToCsv,
  formatNumber,
  headlineMetricIds,
  ReportQueryError,
  translated,
} from '@tip-report/core/data';
import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { MetricPicker, type PickerGroup } from '../frame/metric-picker.js';
import { ProblemList } from '../frame/problem-list.js';
import { ViewTabs } from '../frame/view-tabs.js';
import { WidgetFooter } from '../frame/widget-footer.js';
import { given, type Problem, type Theme, type View } from '../shared/attributes.js';
import type { CitedReport } from '../shared/bundled-data.js';
import { iframeSnippet, type ShownState, scriptSnippet } from '../shared/embed-snippets.js';
import { layout } from '../shared/layout.js';
import { countryPictureSeriesOf, pictureLinks } from '../shared/picture-links.js';
import { loadSeriesChunk } from '../shared/sources.js';
import { resolveLocale, say } from '../shared/words.js';
import { CountriesTable } from '../views/countries/countries-table.js';
import {
  CountryLines,
  countriesCss,
  lineClass,
  pointFigure,
} from '../views/countries/country-lines.js';
import { tiersByYear, tierWords } from '../views/trend/trend-points.js';

/** Room under the chart for its legend (two lines where the width wraps it). */
const LEGEND = 38;

let sheet: CSSStyleSheet | undefined;
/** The countries view's few rules, adopted beside the widget's sheet when this chunk is used. */
function adoptCountriesCss(node: Element) {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(countriesCss);
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export interface CountriesWidgetProps {
  /** The `series` attribute's ids, in its order. */
  seriesIds: readonly string[];
  metric?: string | undefined;
  view: View;
  from?: string | undefined;
  to?: string | undefined;
  /** The tag the numbers are formatted in, and the language the words are in. */
  locale: string;
  /** The `lang` as given (the snippets repeat it). */
  lang: string;
  theme: Theme;
  home?: URL | undefined;
  /** Problems with the attributes the frame has already found (theme, lang, view). */
  notices: readonly Problem[];
}

/**
 * "The countries widget" (a chunk of its own, loaded when `series` lists more than one id): one metric
 * across several series, a line a country in the compact trend or a column a country in the table,
 * each year with its figure or core's words for why there is none. Its figures are core's
 * compareCountries, so the states (not reported, unseen, silent) and the units check are core's.
 */
export function CountriesWidget(props: CountriesWidgetProps) {
  const language = () => resolveLocale(props.locale);
  const known = coreSeries.map((s) => s.id);
  const chosen = createMemo(() => props.seriesIds.filter((id) => known.includes(id)));
  const chosenSeries = () => chosen().flatMap((id) => coreSeries.find((s) => s.id === id) ?? []);

  // The metrics at least two of the series have (or the one series' own): comparing needs two.
  const offered = createMemo(() => {
    const all = chosenSeries();
    const need = Math.min(2, all.length);
    const ids: string[] = [];
    for (const s of all)
      for (const m of s.metrics)
        if (
          !ids.includes(m.id) &&
          all.filter((t) => t.metrics.some((n) => n.id === m.id)).length >= need
        )
          ids.push(m.id);
    return ids;
  });
  const [picked, setPicked] = createSignal<string>();
  const [pickedView, setPickedView] = createSignal<View>();
  const view = () => {
    const v = pickedView() ?? props.view;
    return v === 'table' ? 'table' : 'trend';
  };
  const fallback = () =>
    chosenSeries()
      .flatMap((s) => headlineMetricIds(s))
      .find((id) => offered().includes(id)) ??
    offered()[0] ??
    '';
  const focus = () => {
    const asked = given(props.metric);
    return picked() ?? (asked && offered().includes(asked) ? asked : fallback());
  };

  const result = createMemo(() => {
    const notices: Problem[] = [...props.notices];
    for (const id of props.seriesIds.filter((i) => !known.includes(i))) {
      notices.push({
        attribute: 'series',
        value: id,
        key: 'ui.problem.series',
        params: { value: id },
        allowed: known,
      });
    }
    const asked = given(props.metric);
    if (asked && !offered().includes(asked)) {
      notices.push({
        attribute: 'metric',
        value: asked,
        key: 'problem.metric',
        params: { value: asked, id: chosen().join(', '), fallback: fallback() },
        allowed: offered(),
      });
    }
    if (chosen().length === 0 || focus() === '') return { notices };
    const year = (value: string | undefined) => {
      const text = given(value);
      return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
    };
    const query = { series: chosen(), locale: props.locale };
    let comparison: CountryComparison;
    try {
      comparison = compareCountries(coreSeries, focus(), {
        ...query,
        from: year(props.from),
        to: year(props.to),
      });
    } catch (error) {
      if (!(error instanceof ReportQueryError)) throw error;
      notices.push({
        attribute: error.parameter === 'to' ? 'to' : 'from',
        value: error.value,
        key: `error.${error.code}`,
        params: error.params,
        allowed: error.allowed,
      });
      comparison = compareCountries(coreSeries, focus(), query);
    }
    return { notices, comparison };
  });
  const comparison = () => result().comparison;

  const names = () => comparison()?.rows.map((r) => r.country.name) ?? [];
  // Joined here, not by Intl.ListFormat: a browser without Azerbaijani data would join in English.
  const countries = () => names().join(', ');
  const title = () =>
    say(props.locale, 'title', { metric: comparison()?.label ?? focus(), country: countries() });
  const section = () => {
    const words = say(props.locale, `ui.section.${chosenSeries()[0]?.section ?? ''}`);
    return words.startsWith('ui.') ? (chosenSeries()[0]?.section ?? '') : words;
  };
  const yearSpan = () => {
    const c = comparison();
    return c ? say(props.locale, 'ui.yearRange', { from: c.from, to: c.to }) : '';
  };
  /** core's notes on the comparison: the units' reason (if any) first, the definitions last. */
  const caveat = () => comparison()?.notes.at(-1) ?? '';
  const reason = () => (comparison()?.comparable === false ? comparison()?.notes[0] : undefined);
  const unit = () => {
    const c = comparison();
    const u = c?.units[0];
    return u && c.comparable ? translated(u, 'label', u.label, language()) : '';
  };
  const groups = (): PickerGroup[] => {
    const topics = chosenSeries().flatMap((s) => s.topics);
    const metrics = chosenSeries().flatMap((s) => s.metrics);
    const option = (id: string) => {
      const m = metrics.find((n) => n.id === id);
      return { id, label: m ? translated(m, 'label', m.label, language()) : id };
    };
    const seen = new Set<string>();
    return topics.flatMap((topic) => {
      if (seen.has(topic.id)) return [];
      seen.add(topic.id);
      const ids = offered().filter((id) => metrics.find((m) => m.id === id)?.topic === topic.id);
      return ids.length
        ? [{ label: translated(topic, 'label', topic.label, language()), options: ids.map(option) }]
        : [];
    });
  };
  const tiers = () =>
    chosenSeries().map((s, k) => ({
      k,
      name: comparison()?.rows.find((r) => r.seriesId === s.id)?.country.name ?? s.country.name,
      words: tierWords(tiersByYear(s, props.locale), props.locale),
    }));

  // Each edition cited, from the series chunk (its citation metadata); the figures are core's.
  const [cited, setCited] = createSignal<CitedReport[]>([]);
  loadSeriesChunk().then(
    (chunk) => {
      const reports = new Map<string, CitedReport>();
      for (const s of chunk.bundledSeries.filter((b) => chosen().includes(b.id)))
        for (const r of s.reports) reports.set(r.id, r);
      setCited([...reports.values()].sort((a, b) => a.edition - b.edition));
    },
    () => setCited([]),
  );

  const [size, setSize] = createSignal({ width: 0, height: 0 });
  const measure = (stage: HTMLElement) => {
    // A ref runs before the node is in the shadow root; its root is known once mounted.
    onMount(() => adoptCountriesCss(stage));
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box) setSize({ width: Math.floor(box.width), height: Math.floor(box.height) });
    });
    observer.observe(stage);
    onCleanup(() => observer.disconnect());
  };

  let header: HTMLElement | undefined;
  const shownState = (): ShownState => ({
    kind: 'series',
    id: chosen().join(','),
    metric: focus(),
    view: view(),
    from: comparison()?.from ?? 0,
    to: comparison()?.to ?? 0,
    lang: props.lang,
    theme: props.theme,
  });
  const snippets = () => {
    const home = props.home ?? new URL(document.baseURI);
    const frameTitle = say(props.locale, 'embed.frameTitle', {
      metric: comparison()?.label ?? focus(),
      country: countries(),
    });
    const height = (header?.closest('.tip') as HTMLElement | null)?.offsetHeight || layout.wide;
    return {
      iframe: iframeSnippet(home, shownState(), frameTitle, height),
      script: scriptSnippet(home, shownState()),
    };
  };
  // The picture of the comparison, where the build draws it: every series that has the metric.
  const pictures = () => {
    const drawn = countryPictureSeriesOf(coreSeries, focus());
    const shown = chosen();
    if (!props.home || !drawn || drawn.length !== shown.length) return undefined;
    if (!drawn.every((id) => shown.includes(id))) return undefined;
    return pictureLinks(
      props.home,
      `v1/metrics/${encodeURIComponent(focus())}/chart`,
      language(),
      props.theme,
    );
  };
  const apiLink = () =>
    props.home
      ? new URL(
          `v1/metrics/${encodeURIComponent(focus())}?series=${encodeURIComponent(chosen().join(','))}`,
          props.home,
        )
      : undefined;
  const csv = () => ({
    fileName: `${chosen().join('+')}-${focus()}-${language()}.csv`,
    text: () => {
      const c = comparison();
      return c ? countryComparisonToCsv(c) : '';
    },
  });
  const figure = (value: number, column: number) =>
    pointFigure(value, formatNumber(value, props.locale), column, props.locale);
  const has = (state: string) =>
    comparison()?.rows.some((r) => r.cells.some((c) => c.state === state)) ?? false;
  const hasDiffers = () =>
    comparison()?.rows.some((r) => r.cells.some((c) => (c.differs?.length ?? 0) > 0)) ?? false;
  /** The chart's accessible name: the title, then each country's latest figure. */
  const chartLabel = () =>
    [
      title(),
      ...(comparison()?.rows.map((r) => {
        const last = r.cells.filter((c) => c.state === 'figure').at(-1);
        return `${r.country.name}: ${last ? `${last.text} (${last.year})` : say(props.locale, 'ui.noFigureAnyYear')}`;
      }) ?? []),
      caveat(),
    ].join('. ');

  return (
    <>
      <Show when={result().notices.length}>
        <ProblemList problems={result().notices} blocking={false} locale={props.locale} />
      </Show>
      <Show
        when={comparison()}
        fallback={<p class="busy">{say(props.locale, 'ui.noFigureAnyYear')}</p>}
      >
        {(c) => (
          <>
            <header ref={header}>
              <h2>{title()}</h2>
              <p class="sub">{`${section()} · ${yearSpan()}`}</p>
              <p class="caveat">{caveat()}</p>
            </header>
            <div class="controls">
              <MetricPicker
                groups={groups()}
                value={focus()}
                onPick={setPicked}
                locale={props.locale}
              />
              <ViewTabs
                options={['trend', 'table']}
                view={view()}
                onView={setPickedView}
                locale={props.locale}
              />
            </div>
            <div class="stage" ref={measure}>
              <Show when={view() === 'trend'}>
                <Show
                  when={!reason()}
                  fallback={
                    <p class="problems" role="note">
                      {reason()}
                    </p>
                  }
                >
                  <Show when={size().width > 0}>
                    <svg
                      class="chart"
                      role="img"
                      aria-label={chartLabel()}
                      width={size().width}
                      height={Math.max(140, size().height - LEGEND)}
                      viewBox={`0 0 ${size().width} ${Math.max(140, size().height - LEGEND)}`}
                    >
                      <CountryLines
                        width={size().width}
                        height={Math.max(140, size().height - LEGEND)}
                        comparison={c()}
                        unit={unit()}
                        tick={(value) => formatNumber(value, props.locale)}
                        figure={figure}
                      />
                    </svg>
                    <p class="legend">
                      <Show when={has('unseen')}>
                        <span>
                          <svg width="10" height="10" aria-hidden="true">
                            <circle class="unseen" cx="5" cy="5" r="3.5" />
                          </svg>
                          {say(props.locale, 'cell.unseen')}
                        </span>
                      </Show>
                      <Show when={has('not-reported')}>
                        <span>{say(props.locale, 'trend.notReported')}</span>
                      </Show>
                      <Show when={hasDiffers()}>
                        <span>{say(props.locale, 'trend.differs')}</span>
                      </Show>
                    </p>
                  </Show>
                </Show>
              </Show>
              <Show when={view() === 'table'}>
                <CountriesTable comparison={c()} locale={props.locale} reason={reason()} />
              </Show>
            </div>
            <details class="pop source tiers">
              <summary>{say(props.locale, 'countries.tiers')}</summary>
              <div class="panel">
                <For each={tiers()}>
                  {(t) => (
                    <>
                      <p class={`cname-row ${lineClass(t.k)}`}>
                        <strong>{t.name}</strong>
                      </p>
                      <ul>
                        <For each={t.words}>{(line) => <li>{line}</li>}</For>
                      </ul>
                    </>
                  )}
                </For>
              </div>
            </details>
            <WidgetFooter
              cited={cited()}
              origin={say(props.locale, 'ui.bundled')}
              csv={csv}
              apiLink={apiLink()}
              pictures={pictures()}
              snippets={snippets}
              locale={props.locale}
            />
          </>
        )}
      </Show>
    </>
  );
}
