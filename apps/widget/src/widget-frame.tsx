import type { Comparison } from '@tip-report/core/data';
import { createSignal, For, Show } from 'solid-js';
import type { CitedReport } from './bundled-report.js';
import { ComparisonChart } from './comparison-chart.js';
import { isSeries, reportsNamed, type ShownSource, shownMetric } from './shown-figures.js';
import { WidgetFooter } from './widget-footer.js';
import { isReady, resolveLocale, say } from './widget-locale.js';
import type { Problem, View } from './widget-options.js';

/** The parts of the widget's frame that a report's view and a series' view share. */

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The country in the catalog's words (`ui.country.<alpha2>`), else as the data names it. */
export function countryName(country: { alpha2: string; name: string }, locale: string): string {
  const key = `ui.country.${country.alpha2}`;
  const words = say(locale, key);
  return words === key ? country.name : words;
}

/** The report's section ("Protection") in the catalog's words, else as the data names it. */
export function sectionName(section: string, locale: string): string {
  const key = `ui.section.${section}`;
  const words = say(locale, key);
  return words === key ? capitalised(section) : words;
}

/** Core's query errors are clauses ("unknown metric x in y"): the list shows them as sentences. */
const sentence = (text: string) => (/[.!?:…]$/.test(text) ? text : `${text}.`);

// The English words of a problem (ui.problem.*, core's error.*, the lists of valid choices) come
// with the chunk of English words only the chunks say: a widget whose attributes are all good
// never downloads them. A widget speaking another language has them in that language's catalog,
// already loaded, and asks for nothing.
const [problemWords, setProblemWords] = createSignal<'in' | 'failed'>();
let askedForWords = false;
function wordsOfProblems(tag: string): 'in' | 'failed' | undefined {
  const locale = resolveLocale(tag);
  if (locale !== 'en' && isReady(locale)) return 'in';
  if (!askedForWords) {
    askedForWords = true;
    import('./english-rest.js').then(
      (words) => {
        words.registerEnglishRest();
        setProblemWords('in');
      },
      () => {
        askedForWords = false; // the next problem tries again
        setProblemWords('failed');
      },
    );
  }
  return problemWords();
}

/**
 * What cannot be used, named inside the widget (never thrown into the page): each attribute, its
 * value and, once the words are in, what is wrong with it and the valid choices. Drawn when the
 * words are in, so a screen reader hears the alert once, whole; if they cannot be loaded, it
 * still names each attribute and value under a heading the entry has.
 */
export function ProblemList(props: {
  problems: readonly Problem[];
  blocking: boolean;
  locale: string;
}) {
  return (
    <Show when={wordsOfProblems(props.locale)}>
      {(words) => (
        <div class="problems" role={props.blocking ? 'alert' : 'status'}>
          <p>{say(props.locale, props.blocking ? 'ui.cannotShow' : 'ui.settingsNote')}</p>
          <ul>
            <For each={props.problems}>
              {(problem) => (
                <li data-attribute={problem.attribute}>
                  {words() === 'failed'
                    ? `${problem.attribute} "${problem.value}"`
                    : sentence(say(props.locale, problem.key, problem.params))}
                  <Show when={words() === 'in' && problem.allowed.length}>
                    {' '}
                    {say(
                      props.locale,
                      problem.attribute === 'metrics' ? 'ui.validIds' : 'ui.validChoices',
                      { allowed: problem.allowed.join(', ') },
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </div>
      )}
    </Show>
  );
}

/** Chart, Table (and Trend for a series): toggle buttons with aria-pressed. */
export function ViewToggle(props: {
  options: readonly View[];
  view: View;
  onView: (view: View) => void;
  locale: string;
}) {
  return (
    <fieldset class="toggle">
      <legend class="sr-only">{say(props.locale, 'ui.showAs')}</legend>
      <For each={props.options}>
        {(option) => (
          <button
            type="button"
            aria-pressed={props.view === option}
            on:click={() => props.onView(option)}
          >
            {say(props.locale, `ui.${option}`)}
          </button>
        )}
      </For>
    </fieldset>
  );
}

/**
 * The reports a comparison shows figures of: each side of each row names its edition, and in a
 * series every other edition stating the same figure is shown under "Source" too.
 */
export function reportsUsed(source: ShownSource, comparison: Comparison): CitedReport[] {
  const shown = [
    ...comparison.rows.flatMap((r) => [
      [r.metricId, r.fromYear],
      [r.metricId, r.toYear],
    ]),
    ...comparison.onlyOneYear.map((o) => [o.metricId, o.year]),
  ] as [string, number][];
  return reportsNamed(
    source,
    shown.flatMap(([metricId, year]) => {
      const figure = shownMetric(source, metricId)?.figures.find((f) => f.year === year);
      return figure ? [figure.reportId, ...(figure.statements ?? []).map((s) => s.reportId)] : [];
    }),
  );
}

// The table (the figures as a real table, with a caption and scoped headers) is not the default
// view: it is a chunk, loaded the first time a widget shows a table. While it loads, the frame is
// busy and keeps about the table's height (styles.ts); if it cannot be loaded, the chart shows the
// same figures.
type TableModule = typeof import('./comparison-table.js');
const [tableModule, setTableModule] = createSignal<TableModule | 'failed'>();
let askedForTable = false;
export function tableView(): TableModule | 'failed' | undefined {
  if (!askedForTable) {
    askedForTable = true;
    import('./comparison-table.js').then(setTableModule, () => {
      askedForTable = false;
      setTableModule('failed');
    });
  }
  return tableModule();
}

export interface BodyProps {
  view: View;
  onView: (view: View) => void;
  locale: string;
  apiLink: URL | undefined;
}

/** A comparison of two years: heading, the chart or table, and the footer citing its editions. */
export function ComparisonBody(props: BodyProps & { comparison: Comparison; source: ShownSource }) {
  const source = () => props.source;
  const say$ = (key: string, params?: Parameters<typeof say>[2]) => say(props.locale, key, params);
  const section = () => sectionName(source().section, props.locale);
  const country = () => countryName(source().country, props.locale);
  const years = () =>
    say$('ui.comparedWith', { from: props.comparison.from, to: props.comparison.to });
  const cited = () => reportsUsed(source(), props.comparison);
  const subtitle = () => {
    const s = source();
    const publisher = say$('report.publisher');
    if (!isSeries(s)) {
      return say$('ui.reportSubtitle', {
        title: say$('report.title', { edition: s.edition }),
        publisher,
        tier: say$(`tier.${s.tier}`),
      });
    }
    const leading = new Set(
      [
        ...props.comparison.rows.flatMap((r) => [r.fromEdition, r.toEdition]),
        ...props.comparison.onlyOneYear.map((o) => o.edition),
      ].sort(),
    );
    // A list, so each language joins it in its own words ("2017, 2018 и 2019 годов").
    return say$('ui.seriesSubtitle', { publisher, editions: [...leading] });
  };
  const caption = () =>
    say$('ui.caption', { country: country(), section: section(), years: years() });
  const id = () => props.comparison.reportId ?? props.comparison.seriesId;
  const chart = () => (
    <ComparisonChart comparison={props.comparison} source={source()} locale={props.locale} />
  );
  return (
    <>
      <div class="top">
        <div>
          <h2>
            {country()} · {section()} · {years()}
          </h2>
          <p class="sub">{subtitle()}</p>
        </div>
        <ViewToggle
          options={isSeries(source()) ? ['chart', 'table', 'trend'] : ['chart', 'table']}
          view={props.view}
          onView={props.onView}
          locale={props.locale}
        />
      </div>
      <Show when={props.view === 'table'} fallback={chart()}>
        <Show when={tableView()} keyed>
          {(table) =>
            table === 'failed' ? (
              chart()
            ) : (
              <table.ComparisonTable
                comparison={props.comparison}
                source={source()}
                locale={props.locale}
                caption={caption()}
              />
            )
          }
        </Show>
      </Show>
      <WidgetFooter
        csv={() => {
          const { comparison, locale } = props;
          return {
            // Core's CSV code is a chunk, loaded when a reader reaches for the link.
            text: () =>
              import('./provenance-details.js').then((csv) =>
                csv.comparisonToCsv(comparison, locale),
              ),
            // The language in the name, as the API's file names have it: a reader's en and ru
            // downloads of one comparison do not overwrite each other.
            fileName: `${id()}-${comparison.from}-${comparison.to}-${locale}.csv`,
          };
        }}
        cited={cited()}
        origin={source().origin}
        series={isSeries(source())}
        apiLink={props.apiLink}
        locale={props.locale}
      />
    </>
  );
}
