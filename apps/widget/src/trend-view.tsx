import { formatValue, localizeMetric, type SeriesEdition, type Unit } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import { type ShownMetric, shownMetric, unitOf } from './shown-figures.js';
import type { ShownSeries } from './shown-report.js';
import { SourceDetails } from './source-details.js';
import { say } from './widget-locale.js';

/**
 * The trend: one small multiple per metric over every data year of the series, all on one shared
 * year axis (the same x for a year in every chart), drawn in plain SVG with percentage
 * coordinates so marks stay round at any width. A year with no figure is a gap (the line breaks,
 * nothing is drawn: never a 0); a year the text marks as not reported gets a cross on the
 * baseline and a note; a figure whose editions disagree is a diamond. The axis heads the charts,
 * and along it the tier of each edition stands at the year it covers.
 */

type Mark = 'figure' | 'disagree' | 'not-reported' | 'gap';

const TOP = 14;
const BASE = 84;
/** The x of a year, in percent of the chart's width: the same in every chart and the axis. */
const xOf = (years: readonly number[], year: number) =>
  (100 * (years.indexOf(year) + 0.5)) / years.length;

const crossPath = 'M-4,-4L4,4M4,-4L-4,4';
const diamondPath = 'M0,-6L6,0L0,6L-6,0Z';

/** A mark drawn at a point given in percent: a nested SVG puts its origin there. */
function MarkAt(props: { x: number; y: number; mark: Mark }) {
  return (
    <svg
      x={`${props.x}%`}
      y={`${props.y}%`}
      overflow="visible"
      class={`mark ${props.mark}`}
      aria-hidden="true"
    >
      {props.mark === 'figure' ? (
        <circle r="3.5" />
      ) : (
        <path d={props.mark === 'disagree' ? diamondPath : crossPath} />
      )}
    </svg>
  );
}

interface YearMark {
  year: number;
  mark: Mark;
  value?: number;
  y: number;
}

function marksOf(metric: ShownMetric, years: readonly number[]): YearMark[] {
  const max = Math.max(0, ...metric.figures.map((f) => f.value));
  const yOf = (value: number) => (max === 0 ? BASE : BASE - ((BASE - TOP) * value) / max);
  return years.map((year) => {
    const figure = metric.figures.find((f) => f.year === year);
    if (figure) {
      const mark = figure.differs?.length ? 'disagree' : 'figure';
      return { year, mark, value: figure.value, y: yOf(figure.value) };
    }
    const notReported = metric.notReported.some((n) => n.year === year);
    return { year, mark: notReported ? 'not-reported' : 'gap', y: BASE };
  });
}

function Multiple(props: { metric: ShownMetric; series: ShownSeries; locale: string }) {
  const years = () => props.series.years;
  const unit = (): Unit | undefined => unitOf(props.series, props.metric.unit);
  const marks = () => marksOf(props.metric, years());
  const format = (value: number) => formatValue(value, unit(), { locale: props.locale });
  const say$ = (key: string, params?: Parameters<typeof say>[2]) => say(props.locale, key, params);
  const label = () => localizeMetric(props.metric, props.locale).label;
  const figures = () => props.metric.figures;
  const range = () => {
    const first = figures()[0];
    const last = figures().at(-1);
    if (!first || !last) return say$('ui.noFigureAnyYear');
    const start = `${format(first.value)} (${first.year})`;
    return first === last ? start : `${start} → ${format(last.value)} (${last.year})`;
  };
  const segments = () =>
    marks().flatMap((m, i) => {
      const next = marks()[i + 1];
      const drawn = (x: YearMark | undefined) => x?.value !== undefined;
      return drawn(m) && next && drawn(next) ? [[m, next] as const] : [];
    });
  const notReported = () => props.metric.notReported;
  const disagreeing = () => figures().filter((f) => f.differs?.length);
  const editionsSaying = () => [...new Set(notReported().map((n) => `${n.edition}`))];
  const described = () =>
    marks()
      .map((m) =>
        m.value !== undefined
          ? `${m.year}, ${format(m.value)}${m.mark === 'disagree' ? ` (${say$('ui.editionsDiffer')})` : ''}`
          : `${m.year}, ${say$(m.mark === 'gap' ? 'ui.noFigure' : 'ui.notReported')}`,
      )
      .join('; ');
  return (
    <li class="multiple" data-metric={props.metric.id}>
      <div class="what">
        <p class="label" aria-hidden="true">
          {label()}
        </p>
        <p class="range" aria-hidden="true">
          {range()}
        </p>
        <Show when={notReported().length}>
          <p class="note nr-note">
            {say$('ui.trendNotReported', {
              years: notReported()
                .map((n) => n.year)
                .join(', '),
              editions: editionsSaying().join(', '),
            })}
          </p>
        </Show>
        <Show when={disagreeing().length}>
          <p class="note differs-note">
            {say$('ui.trendDiffers', {
              years: disagreeing()
                .map((f) => f.year)
                .join(', '),
              fields: [...new Set(disagreeing().flatMap((f) => f.differs ?? []))]
                .map((d) => say$(`ui.difference.${d}`))
                .join(', '),
            })}
          </p>
        </Show>
      </div>
      <svg class="spark" aria-hidden="true">
        <line class="base" x1="0" x2="100%" y1={`${BASE}%`} y2={`${BASE}%`} />
        <For each={years()}>
          {(year) => {
            const x = `${xOf(years(), year)}%`;
            return <line class="grid" x1={x} x2={x} y1={`${TOP - 8}%`} y2={`${BASE}%`} />;
          }}
        </For>
        <For each={segments()}>
          {([a, b]) => (
            <line
              class="trend-line"
              x1={`${xOf(years(), a.year)}%`}
              y1={`${a.y}%`}
              x2={`${xOf(years(), b.year)}%`}
              y2={`${b.y}%`}
            />
          )}
        </For>
        <For each={marks()}>
          {(m) => (
            <g data-year={m.year} data-mark={m.mark} data-value={m.value}>
              <Show when={m.mark !== 'gap'}>
                <MarkAt x={xOf(years(), m.year)} y={m.y} mark={m.mark} />
              </Show>
            </g>
          )}
        </For>
      </svg>
      <p class="sr-only">
        {label()}: {described()}.
      </p>
      <SourceDetails
        metric={props.metric}
        label={label()}
        years={years()}
        unit={unit()}
        locale={props.locale}
        summary="ui.sources"
      />
    </li>
  );
}

/** "2 WL": the tier's short form, in the locale's words (core's catalogs, one per tier). */
const tierShort = (tier: string, locale: string) => say(locale, `tierShort.${tier}`);
const tierClass = (tier: string) => tier.toLowerCase().replaceAll(' ', '-');

/** "2019 report (covers 2018): Tier 2 Watch List (downgraded)", in the locale's words. */
export function editionWords(edition: SeriesEdition, locale = 'en'): string {
  const tier = say(locale, `tier.${edition.tier}`);
  const change =
    edition.tierChange === 'downgraded' || edition.tierChange === 'upgraded'
      ? say(locale, `tierChange.${edition.tierChange}`, { tier })
      : tier;
  const waiver = edition.waiver ? `, ${say(locale, 'tier.waiver')}` : '';
  return `${say(locale, 'ui.editionTier', {
    edition: edition.edition,
    year: edition.reportingYear,
    tier: change,
  })}${waiver}`;
}

/** The shared year axis, with each edition's tier at the year it covers. */
function Axis(props: { series: ShownSeries; locale: string }) {
  const years = () => props.series.years;
  const step = () => 100 / years().length;
  const placed = () => props.series.editions.filter((e) => years().includes(e.reportingYear));
  return (
    <div class="axis" aria-hidden="true">
      <span class="axis-label">{say(props.locale, 'ui.axis')}</span>
      <div class="axis-lines">
        <svg class="years" aria-hidden="true">
          <For each={years()}>
            {(year) => (
              <text x={`${xOf(years(), year)}%`} y="70%" text-anchor="middle">
                {year}
              </text>
            )}
          </For>
        </svg>
        <svg class="tiers" aria-hidden="true">
          <For each={placed()}>
            {(edition) => {
              const x = () => xOf(years(), edition.reportingYear);
              return (
                <g
                  class={`tier ${tierClass(edition.tier)}`}
                  data-edition={edition.edition}
                  data-change={edition.tierChange ?? 'first'}
                  data-waiver={String(edition.waiver)}
                >
                  <rect
                    x={`${x() - step() / 2 + 0.4}%`}
                    y="8%"
                    width={`${step() - 0.8}%`}
                    height="84%"
                    rx="3"
                  />
                  <text x={`${x()}%`} y="62%" text-anchor="middle">
                    {edition.tierChange === 'downgraded'
                      ? '↓'
                      : edition.tierChange === 'upgraded'
                        ? '↑'
                        : ''}
                    {tierShort(edition.tier, props.locale)}
                    {edition.waiver ? ` ${say(props.locale, 'ui.tierWaiverShort')}` : ''}
                  </text>
                </g>
              );
            }}
          </For>
        </svg>
      </div>
    </div>
  );
}

export function TrendView(props: {
  series: ShownSeries;
  metricIds: readonly string[];
  locale: string;
}) {
  const metrics = () => props.metricIds.flatMap((id) => shownMetric(props.series, id) ?? []);
  const say$ = (key: string, params?: Parameters<typeof say>[2]) => say(props.locale, key, params);
  return (
    <div class="trend">
      <Axis series={props.series} locale={props.locale} />
      <ul class="multiples" aria-label={say$('ui.figuresByYear')}>
        <For each={metrics()}>
          {(metric) => <Multiple metric={metric} series={props.series} locale={props.locale} />}
        </For>
      </ul>
      <p class="legend" aria-hidden="true">
        <span class="nw">
          <svg class="key" viewBox="-7 -7 14 14" aria-hidden="true">
            <circle class="mark figure" r="3.5" />
          </svg>{' '}
          {say$('ui.legendFigure')}
        </span>{' '}
        <span class="nw">
          <svg class="key mark disagree" viewBox="-7 -7 14 14" aria-hidden="true">
            <path d={diamondPath} />
          </svg>{' '}
          {say$('ui.editionsDiffer')}
        </span>{' '}
        <span class="nw">
          <svg class="key mark not-reported" viewBox="-7 -7 14 14" aria-hidden="true">
            <path d={crossPath} />
          </svg>{' '}
          {say$('ui.notReported')}
        </span>{' '}
        <span>{say$('ui.legendGap')}</span>{' '}
        <span>
          {say$('ui.legendTier', {
            // The tiers this series has, each as its mark and its name: "2 WL (Tier 2 Watch List)".
            tiers: [...new Set(props.series.editions.map((e) => e.tier))]
              .map(
                (tier) => `${tierShort(tier, props.locale)} (${say(props.locale, `tier.${tier}`)})`,
              )
              .join(', '),
            waiver: say$('ui.tierWaiverShort'),
          })}
        </span>
      </p>
      <ol class="timeline" aria-label={say$('ui.tierByEdition')}>
        <For each={props.series.editions}>
          {(edition) => (
            <li data-edition={edition.edition} data-tier={edition.tier}>
              {editionWords(edition, props.locale)}
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}
