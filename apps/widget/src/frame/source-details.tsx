import { For, Show } from 'solid-js';
import type { NotReportedMark, ShownMetric, StatedFigure } from '../shared/figures.js';
import { safeLink } from '../shared/sources.js';
import { say } from '../shared/words.js';

function ReadLink(props: { href: string; children: string; locale: string }) {
  return (
    <Show when={safeLink(props.href)}>
      {(href) => (
        <a href={href()} target="_blank" rel="noopener noreferrer">
          {props.children}
          <span class="sr-only"> {say(props.locale, 'ui.newTab')}</span>
        </a>
      )}
    </Show>
  );
}

/**
 * The words that state a figure: a quote from the text we ship, or the words that locate it on
 * the edition's page. They stay in English (`lang="en"`), under a label in the reader's language.
 */
function Words(props: { figure: StatedFigure | NotReportedMark; locale: string }) {
  const source = () => props.figure.source;
  return (
    <>
      <p class="quote-label">
        {say(
          props.locale,
          source().kind === 'quoted' ? 'provenance.quoteLabel' : 'provenance.locatorLabel',
        )}
      </p>
      <blockquote lang="en" class={source().kind}>
        “
        {'quote' in source()
          ? (source() as { quote: string }).quote
          : (source() as { locator: string }).locator}
        ”
      </blockquote>
    </>
  );
}

const how = (figure: { edition: number; source: { kind: string } }, locale: string) =>
  say(locale, `provenance.${figure.source.kind === 'cited' ? 'cited' : 'quoted'}`, {
    edition: figure.edition,
  });

/**
 * "Source": opens on the words that state each figure shown (quote or locator), with a link to
 * those words on the State Department's page (a text fragment). Its panel opens over the chart,
 * so the widget's height does not change.
 */
export function SourceDetails(props: {
  metric: ShownMetric;
  years: readonly number[];
  label: string;
  locale: string;
}) {
  // In the order of the years shown (the earlier year first), as the chart shows them.
  const figures = () =>
    props.years.flatMap((y) => props.metric.figures.filter((f) => f.year === y));
  const marks = () =>
    props.years.flatMap((y) => props.metric.notReported.filter((n) => n.year === y));
  return (
    <details class="source pop">
      <summary>
        {say(props.locale, 'ui.source')}
        <span class="sr-only">: {props.label}</span>
      </summary>
      <div class="panel">
        <For each={figures()}>
          {(figure) => (
            <figure data-year={figure.year} data-provenance={figure.source.kind}>
              <Words figure={figure} locale={props.locale} />
              <figcaption>
                {`${figure.year}: ${how(figure, props.locale)}. `}
                <ReadLink href={figure.provenanceUrl} locale={props.locale}>
                  {figure.source.kind === 'cited'
                    ? say(props.locale, 'ui.readOnPage', { edition: figure.edition })
                    : say(props.locale, 'provenance.read')}
                </ReadLink>
              </figcaption>
            </figure>
          )}
        </For>
        <For each={marks()}>
          {(mark) => (
            <figure data-year={mark.year} data-provenance={mark.source.kind} class="not-reported">
              <Words figure={mark} locale={props.locale} />
              <figcaption>
                {say(props.locale, 'ui.notReportedBy', {
                  year: mark.year,
                  how: how(mark, props.locale),
                })}{' '}
                <ReadLink href={mark.provenanceUrl} locale={props.locale}>
                  {say(props.locale, 'ui.readIt')}
                </ReadLink>
              </figcaption>
            </figure>
          )}
        </For>
      </div>
    </details>
  );
}
