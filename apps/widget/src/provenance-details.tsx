import { bundledSources } from 'virtual:tip-report/bundled-sources';
import { formatValue } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import type { StatedSource } from './bundled-report.js';
import type { NotReportedMark, StatedFigure } from './shown-figures.js';
import { safeLink } from './shown-report.js';
import type { SourceProps } from './source-details.js';

const newTab = <span class="sr-only"> (State Department website, opens in a new tab)</span>;

function ReadLink(props: { href: string; children: string }) {
  const link = () => safeLink(props.href);
  return (
    <Show when={link()}>
      {(href) => (
        <a href={href()} target="_blank" rel="noopener noreferrer">
          {props.children}
          {newTab}
        </a>
      )}
    </Show>
  );
}

/** "“the words”", as quoted from the text we ship or as located on the edition's page. */
function Words(props: { figure: StatedSource }) {
  const source = () => props.figure.source;
  return (
    <>
      <Show when={source().kind === 'quoted' && source()}>
        {(quoted) => (
          <blockquote cite={safeLink(props.figure.provenanceUrl)}>
            “{(quoted() as { quote: string }).quote}”
          </blockquote>
        )}
      </Show>
      <Show when={source().kind === 'cited' && source()}>
        {(cited) => (
          <p class="locator">
            <span class="sr-only">Located on the page by the words </span>“
            {(cited() as { locator: string }).locator}”
          </p>
        )}
      </Show>
    </>
  );
}

const how = (figure: { edition: number; source: { kind: string } }) =>
  `${figure.edition} report, ${figure.source.kind}`;

/**
 * A metric's sources for the shown years: a quoted figure shows the sentence of the text we ship;
 * a cited one names its edition ("2021 report, cited") with the words that locate it on the page.
 * Each links to the State Department page with those words highlighted (a text fragment). In a
 * series, the other editions' statements of the same figure follow, saying if they differ.
 */
export function ProvenanceFigures(props: SourceProps) {
  // A figure's words and link: with it (the API's, a series'), or from the bundled sources.
  const stated = <T extends StatedFigure | NotReportedMark>(figure: T) => {
    if (figure.provenanceUrl && ('quote' in figure.source || 'locator' in figure.source)) {
      return [figure as T & StatedSource];
    }
    const found = bundledSources[figure.reportId]?.[`${props.metric.id}@${figure.year}`];
    return found ? [{ ...figure, ...found }] : [];
  };
  const figures = () =>
    props.years.flatMap((year) =>
      props.metric.figures.filter((f) => f.year === year).flatMap(stated),
    );
  const marks = () =>
    props.years.flatMap((year) =>
      props.metric.notReported.filter((n) => n.year === year).flatMap(stated),
    );
  const value = (s: { value: number; usd?: number | undefined; approximate?: true | undefined }) =>
    formatValue(s.value, props.unit, {
      usd: s.usd,
      approximate: s.approximate,
      locale: props.locale,
    });
  return (
    <>
      <For each={figures()}>
        {(figure) => (
          <figure data-year={figure.year} data-provenance={figure.source.kind}>
            <Words figure={figure} />
            <figcaption>
              {figure.year}
              {figure.statements ? ` (${value(figure)})` : ''}
              {figure.source.kind === 'cited'
                ? `: ${how(figure)}. `
                : figure.derived
                  ? `: not stated in the text but derived (${figure.formula}); the quote is what it rests on. `
                  : figure.statements
                    ? `: ${how(figure)}, as the text states it. `
                    : ': as the report states it. '}
              {figure.basis ? `The text says ${figure.basis}. ` : ''}
              {figure.note ? `${figure.note} ` : ''}
              <ReadLink href={figure.provenanceUrl}>
                {figure.source.kind === 'cited'
                  ? `Read it on the ${figure.edition} report’s page`
                  : 'Read it in the report'}
              </ReadLink>
            </figcaption>
            <Show when={(figure.statements?.length ?? 0) > 1}>
              <p class="also">
                {figure.differs?.length
                  ? `Also stated by, differing in ${figure.differs.join(', ')}:`
                  : 'Also stated, the same, by:'}
              </p>
              <ul class="statements">
                <For each={figure.statements?.slice(1)}>
                  {(statement) => (
                    <li data-report={statement.reportId} data-agrees={String(statement.agrees)}>
                      {`${how(statement)}: ${value(statement)}`}
                      {statement.basis ? `, ${statement.basis}` : ''}
                      {statement.agrees ? '' : ' (a different value)'}
                      {statement.usdRate && statement.usd !== undefined
                        ? ` at ${statement.usdRate.toFixed(3)} per dollar`
                        : ''}
                      . <ReadLink href={statement.provenanceUrl}>Read it</ReadLink>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </figure>
        )}
      </For>
      <For each={marks()}>
        {(mark) => (
          <figure data-year={mark.year} data-provenance={mark.source.kind} class="not-reported">
            <Words figure={mark} />
            <figcaption>
              {mark.year}: not reported, says the {how(mark)}.{' '}
              <ReadLink href={mark.provenanceUrl}>Read it</ReadLink>
            </figcaption>
          </figure>
        )}
      </For>
    </>
  );
}
