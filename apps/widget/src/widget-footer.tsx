import { createMemo, For, onCleanup, Show } from 'solid-js';
import type { CitedReport } from './bundled-report.js';
import { say } from './widget-locale.js';

/**
 * The citation of every edition whose figures are shown, the CSV of exactly what is shown, and
 * where the data comes from.
 */
export function WidgetFooter(props: {
  /** The CSV text and its file name: made by core from what is shown. */
  csv: () => { text: string; fileName: string };
  cited: readonly CitedReport[];
  origin: 'bundled' | 'live';
  series: boolean;
  apiLink: URL | undefined;
  locale: string;
}) {
  const say$ = (key: string) => say(props.locale, key);
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
            <span class="sr-only">{say$('ui.citeAs')} </span>
            {/* The citation names the English report as published: it stays in English. */}
            <span lang="en">{report.citationText}</span>{' '}
            <a href={report.url} target="_blank" rel="noopener noreferrer">
              {report.url}
            </a>
          </p>
        )}
      </For>
      <p>
        {say$(props.origin === 'live' ? 'ui.live' : 'ui.bundled')}{' '}
        {say$(props.series ? 'ui.seriesSourceNote' : 'ui.sourceNote')}
      </p>
      <p class="links">
        <a href={csvUrl()} download={props.csv().fileName}>
          {say$('ui.downloadCsv')}
        </a>
        <Show when={props.apiLink}>{(link) => <a href={link().href}>{say$('ui.dataApi')}</a>}</Show>
      </p>
    </footer>
  );
}
