import { citation, type ReportMetadata } from '@tip-report/core/data';
import { createMemo, For, onCleanup, Show } from 'solid-js';

/** "U.S. Department of State. (2018, June). 2018 Trafficking in Persons Report: …" */
function citationText(report: ReportMetadata): string {
  const csl = citation(report, 'csl-json');
  const [[year, month]] = csl.issued['date-parts'];
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
  const author = csl.author.map((a) => a.literal).join(', ');
  return `${author}. (${year}, ${monthName}). ${csl.title}. ${csl.section} section. ${csl['publisher-place']}: ${csl.publisher}.`;
}

/**
 * The citation of every edition whose figures are shown, the CSV of exactly what is shown, and
 * where the data comes from.
 */
export function WidgetFooter(props: {
  /** The CSV text and its file name: made by core from what is shown. */
  csv: () => { text: string; fileName: string };
  cited: readonly ReportMetadata[];
  origin: 'bundled' | 'live';
  series: boolean;
  apiLink: URL | undefined;
}) {
  // The Blob URL is revoked when what is shown changes or the widget goes away.
  const csvUrl = createMemo(() => {
    const url = URL.createObjectURL(
      new Blob([props.csv().text], { type: 'text/csv;charset=utf-8' }),
    );
    onCleanup(() => URL.revokeObjectURL(url));
    return url;
  });
  return (
    <footer class="footer">
      <For each={props.cited}>
        {(report) => (
          <p data-report={report.id}>
            <span class="sr-only">Cite as: </span>
            {citationText(report)}{' '}
            <a href={report.url} target="_blank" rel="noopener noreferrer">
              {report.url}
            </a>
          </p>
        )}
      </For>
      <p>
        {props.origin === 'live'
          ? 'Figures served live by the tip-report API.'
          : 'Figures bundled with the widget.'}{' '}
        {props.series
          ? 'Each figure’s “Source” names the edition that states it: a quoted figure shows its sentence, a cited one the words that locate it on the edition’s page.'
          : 'Each figure’s “Source” shows the sentence of the report it comes from.'}
      </p>
      <p class="links">
        <a href={csvUrl()} download={props.csv().fileName}>
          Download CSV
        </a>
        <Show when={props.apiLink}>{(link) => <a href={link().href}>Data API (JSON)</a>}</Show>
      </p>
    </footer>
  );
}
