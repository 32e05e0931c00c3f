import { formatNumber, formatValue, formulaInWords, type Unit } from '@tip-report/core/data';
import { For, Show } from 'solid-js';
import type { NotReportedMark, ShownMetric, StatedFigure } from '../shared/figures.js';
import { safeLink } from '../shared/sources.js';
import { resolveLocale, say } from '../shared/words.js';

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

/**
 * A figure's note ("from Russia"): ours, not a quote, so in the reader's language where the data
 * translates it, and marked English where it does not.
 */
function Note(props: { figure: StatedFigure; locale: string }) {
  const own = () => props.figure.translations?.[resolveLocale(props.locale)]?.note?.text;
  return (
    <Show when={own()} fallback={<span lang="en">{props.figure.note}</span>}>
      {(text) => <span>{text()}</span>}
    </Show>
  );
}

const how = (figure: { edition: number; source: { kind: string } }, locale: string) =>
  say(locale, `provenance.${figure.source.kind === 'cited' ? 'cited' : 'quoted'}`, {
    edition: figure.edition,
  });

/** What a Source panel shows: the figures of one metric in the years shown. */
export interface SourcePanelProps {
  metric: ShownMetric;
  unit: Unit | undefined;
  years: readonly number[];
  locale: string;
}

/**
 * The Source panel's content ("the Source panel", a chunk of its own, fetched the first time a
 * reader opens Source): the words that state each figure shown (quote or locator), with a link to
 * those words on the State Department's page (a text fragment), and what the data says of each
 * besides (derived, basis, a note, other editions' statements, our gloss of the ATD).
 */
export function SourcePanel(props: SourcePanelProps) {
  // In the order of the years shown (the earlier year first), as the chart shows them.
  const figures = () =>
    props.years.flatMap((y) => props.metric.figures.filter((f) => f.year === y));
  const marks = () =>
    props.years.flatMap((y) => props.metric.notReported.filter((n) => n.year === y));
  const say$ = (key: string, params?: Parameters<typeof say>[2]) => say(props.locale, key, params);
  const value = (s: { value: number; usd?: number | undefined; approximate?: true | undefined }) =>
    formatValue(s.value, props.unit, {
      usd: s.usd,
      approximate: s.approximate,
      locale: props.locale,
    });
  const fields = (differs: readonly string[]) =>
    differs.map((d) => say$(`ui.difference.${d}`)).join(', ');
  // The name a translated sentence gives an organisation where the text has only its acronym
  // (the ATD) is ours: said so, with where the name comes from.
  const glosses = () =>
    props.metric.glossed.flatMap((g) => {
      const own = g.translations?.[resolveLocale(props.locale)];
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
            <Words figure={figure} locale={props.locale} />
            <figcaption>
              {`${figure.year}: `}
              {figure.source.kind === 'cited'
                ? `${how(figure, props.locale)}. `
                : figure.derived
                  ? `${say$('ui.derivedFrom', {
                      formula: formulaInWords(
                        figure.formula ?? '',
                        props.metric.formulaTerms,
                        props.locale,
                      ),
                    })} `
                  : `${how(figure, props.locale)}. `}
              {figure.basis
                ? `${say$('ui.basisSays', { basis: say$(`basis.${figure.basis}.adjective`) })} `
                : ''}
              <Show when={figure.note}>
                <Note figure={figure} locale={props.locale} />{' '}
              </Show>
              <ReadLink href={figure.provenanceUrl} locale={props.locale}>
                {figure.source.kind === 'cited'
                  ? say$('ui.readOnPage', { edition: figure.edition })
                  : say$('provenance.read')}
              </ReadLink>
            </figcaption>
            {/* Every other edition that states the same figure, and what they disagree on. */}
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
                      {`${how(statement, props.locale)}: ${value(statement)}`}
                      {statement.basis ? `, ${say$(`basis.${statement.basis}.short`)}` : ''}
                      {statement.agrees ? '' : ` ${say$('ui.differentValue')}`}
                      {statement.usdRate && statement.usd !== undefined
                        ? ` ${say$('ui.perDollar', {
                            rate: formatNumber(statement.usdRate, props.locale, 3),
                          })}`
                        : ''}
                      .{' '}
                      <ReadLink href={statement.provenanceUrl} locale={props.locale}>
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
            <Words figure={mark} locale={props.locale} />
            <figcaption>
              {say$('ui.notReportedBy', {
                year: mark.year,
                how: how(mark, props.locale),
              })}{' '}
              <ReadLink href={mark.provenanceUrl} locale={props.locale}>
                {say$('ui.readIt')}
              </ReadLink>
            </figcaption>
          </figure>
        )}
      </For>
    </>
  );
}
