import { bundledSources } from 'virtual:tip-report/bundled-sources';
import { formatNumber, formatValue, formulaInWords, resolveLocale } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import type { StatedSource } from './bundled-report.js';
import { registerEnglishRest } from './english-rest.js';
import type { NotReportedMark, StatedFigure } from './shown-figures.js';
import { safeLink } from './shown-report.js';
import type { SourceProps } from './source-details.js';
import { chunkStyles } from './styles.js';
import { say } from './widget-locale.js';

registerEnglishRest();

/** The quotes' and locators' rules, adopted when a Source expander first shows them. */
export const adoptProvenanceStyles = chunkStyles(`
blockquote{margin:.4rem 0 .15rem;padding:.1rem 0 .1rem .7rem;border-left:3px solid var(--_border);color:var(--_fg)}
figure{margin:0 0 .5rem}
.locator{margin:.4rem 0 .15rem;padding-left:.7rem;border-left:3px dashed var(--_border);color:var(--_fg)}
.statements{margin:.2rem 0 0;padding-left:1.1rem}
`);

// Core's CSV of a comparison or a series rides in this chunk too (the footer's "Download CSV"
// loads it when a reader reaches for the link), so the default view neither downloads nor runs
// it. A chunk of its own for it made the bundler split core's i18n out of widget.js.
export { comparisonToCsv, seriesToCsv } from '@tip-report/core/data';

function ReadLink(props: { href: string; children: string; locale: string }) {
  const link = () => safeLink(props.href);
  return (
    <Show when={link()}>
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
 * "“the words”", as quoted from the text we ship or as located on the edition's page. The words
 * stay in English (marked `lang="en"`), under a label in the reader's language that says so.
 */
function Words(props: { figure: StatedSource; locale: string }) {
  const source = () => props.figure.source;
  return (
    <>
      <Show when={source().kind === 'quoted' && source()}>
        {(quoted) => (
          <>
            <p class="quote-label">{say(props.locale, 'provenance.quoteLabel')}</p>
            <blockquote cite={safeLink(props.figure.provenanceUrl)} lang="en">
              “{(quoted() as { quote: string }).quote}”
            </blockquote>
          </>
        )}
      </Show>
      <Show when={source().kind === 'cited' && source()}>
        {(cited) => (
          <>
            <p class="quote-label">{say(props.locale, 'provenance.locatorLabel')}</p>
            <p class="locator" lang="en">
              “{(cited() as { locator: string }).locator}”
            </p>
          </>
        )}
      </Show>
    </>
  );
}

/**
 * A figure's note ("from Russia"): ours, not a quote, so in the reader's language where the data
 * translates it, and marked English where it does not.
 */
function Note(props: { figure: StatedFigure; locale: string }) {
  const own = () =>
    props.figure.translations?.[resolveLocale(props.locale)]?.note?.text ?? undefined;
  return (
    <Show when={own()} fallback={<span lang="en">{props.figure.note}</span>}>
      {(text) => <span>{text()}</span>}
    </Show>
  );
}

/** "2021 report, cited", in the locale's words. */
const how = (figure: { edition: number; source: { kind: string } }, locale: string) =>
  say(locale, `provenance.${figure.source.kind === 'cited' ? 'cited' : 'quoted'}`, {
    edition: figure.edition,
  });

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
  const locale = () => props.locale;
  const say$ = (key: string, params?: Parameters<typeof say>[2]) => say(locale(), key, params);
  const basis = (b: string) => say$(`basis.${b}.adjective`);
  const fields = (differs: readonly string[]) =>
    differs.map((d) => say$(`ui.difference.${d}`)).join(', ');
  // The name a translated sentence gives an organisation where the text has only its acronym is
  // ours: said so, with where the name comes from.
  const glosses = () =>
    props.metric.glossed.flatMap((g) => {
      const own = g.translations?.[resolveLocale(locale())];
      return own?.text ? [{ ...g, name: own.text.text, from: own.source?.text ?? g.source }] : [];
    });
  return (
    <>
      <For each={glosses()}>
        {(g) => (
          <p class="gloss" data-gloss={g.organisation}>
            {say$('ui.gloss', {
              name: g.name,
              acronym: g.acronym ?? g.organisation,
              source: g.from,
            })}
          </p>
        )}
      </For>
      <For each={figures()}>
        {(figure) => (
          <figure data-year={figure.year} data-provenance={figure.source.kind}>
            <Words figure={figure} locale={locale()} />
            <figcaption>
              {figure.year}
              {figure.statements ? ` (${value(figure)})` : ''}
              {': '}
              {figure.source.kind === 'cited'
                ? `${how(figure, locale())}. `
                : figure.derived
                  ? `${say$('ui.derivedFrom', {
                      formula: formulaInWords(
                        figure.formula ?? '',
                        props.metric.formulaTerms,
                        locale(),
                      ),
                    })} `
                  : figure.statements
                    ? `${say$('ui.asTextStates', { how: how(figure, locale()) })} `
                    : `${say$('ui.asStated')} `}
              {figure.basis ? `${say$('ui.basisSays', { basis: basis(figure.basis) })} ` : ''}
              {figure.note ? (
                <>
                  <Note figure={figure} locale={locale()} />{' '}
                </>
              ) : (
                ''
              )}
              <ReadLink href={figure.provenanceUrl} locale={locale()}>
                {figure.source.kind === 'cited'
                  ? say$('ui.readOnPage', { edition: figure.edition })
                  : say$('provenance.read')}
              </ReadLink>
            </figcaption>
            <Show when={(figure.statements?.length ?? 0) > 1}>
              <p class="also">
                {figure.differs?.length
                  ? say$('ui.alsoDiffering', { fields: fields(figure.differs) })
                  : say$('ui.alsoSame')}
              </p>
              <ul class="statements">
                <For each={figure.statements?.slice(1)}>
                  {(statement) => (
                    <li data-report={statement.reportId} data-agrees={String(statement.agrees)}>
                      {`${how(statement, locale())}: ${value(statement)}`}
                      {statement.basis ? `, ${say$(`basis.${statement.basis}.short`)}` : ''}
                      {statement.agrees ? '' : ` ${say$('ui.differentValue')}`}
                      {statement.usdRate && statement.usd !== undefined
                        ? ` ${say$('ui.perDollar', {
                            rate: formatNumber(statement.usdRate, locale(), 3),
                          })}`
                        : ''}
                      .{' '}
                      <ReadLink href={statement.provenanceUrl} locale={locale()}>
                        {say$('ui.readIt')}
                      </ReadLink>
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
            <Words figure={mark} locale={locale()} />
            <figcaption>
              {say$('ui.notReportedBy', { year: mark.year, how: how(mark, locale()) })}{' '}
              <ReadLink href={mark.provenanceUrl} locale={locale()}>
                {say$('ui.readIt')}
              </ReadLink>
            </figcaption>
          </figure>
        )}
      </For>
    </>
  );
}
