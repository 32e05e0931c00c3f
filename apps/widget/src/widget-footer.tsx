import { type Comparison, citation, comparisonToCsv } from '@tip-report/core';
import { createMemo, onCleanup, Show } from 'solid-js';
import type { ShownReport } from './shown-report.js';

/** "U.S. Department of State. (2018, June). 2018 Trafficking in Persons Report: …" */
function citationText(report: ShownReport): string {
  const csl = citation(report, 'csl-json');
  const [[year, month]] = csl.issued['date-parts'];
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
  const author = csl.author.map((a) => a.literal).join(', ');
  return `${author}. (${year}, ${monthName}). ${csl.title}. ${csl.section} section. ${csl['publisher-place']}: ${csl.publisher}.`;
}

export function WidgetFooter(props: {
  comparison: Comparison;
  report: ShownReport;
  locale: string;
  apiLink: URL | undefined;
}) {
  // The CSV is exactly what is shown (core's comparisonToCsv); the Blob URL is revoked when the
  // comparison changes or the widget goes away.
  const csvUrl = createMemo(() => {
    const csv = comparisonToCsv(props.comparison, props.locale);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    onCleanup(() => URL.revokeObjectURL(url));
    return url;
  });
  const fileName = () =>
    `${props.comparison.reportId}-${props.comparison.from}-${props.comparison.to}.csv`;
  return (
    <footer class="footer">
      <p>
        <span class="sr-only">Cite as: </span>
        {citationText(props.report)}{' '}
        <a href={props.report.url} target="_blank" rel="noopener noreferrer">
          {props.report.url}
        </a>
      </p>
      <p>
        {props.report.origin === 'live'
          ? 'Figures served live by the tip-report API.'
          : 'Figures bundled with the widget.'}{' '}
        Each figure’s “Source” shows the sentence of the report it comes from.
      </p>
      <p class="links">
        <a href={csvUrl()} download={fileName()}>
          Download CSV
        </a>
        <Show when={props.apiLink}>{(link) => <a href={link().href}>Data API (JSON)</a>}</Show>
      </p>
    </footer>
  );
}
