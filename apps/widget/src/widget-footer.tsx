import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js';
import type { CitedReport } from './bundled-report.js';
import { say } from './widget-locale.js';

const BYTE_ORDER_MARK = '\uFEFF';

/** What the CSV link downloads: its file name now, its text when a reader asks for it. */
export interface CsvFile {
  fileName: string;
  /** Core's CSV of what is shown; a promise where core's CSV code is a chunk (provenance-details.tsx). */
  text: () => string | Promise<string>;
}

/**
 * The citation of every edition whose figures are shown, the CSV of exactly what is shown, and
 * where the data comes from.
 */
export function WidgetFooter(props: {
  csv: () => CsvFile;
  cited: readonly CitedReport[];
  origin: 'bundled' | 'live';
  series: boolean;
  apiLink: URL | undefined;
  locale: string;
}) {
  const say$ = (key: string) => say(props.locale, key);
  // The file is made when a reader shows an interest in the link (pointer, focus or click), not
  // while the figures are first drawn: it costs a Blob and, in the default view, a chunk. Its
  // Blob URL is revoked when what is shown changes or the widget goes away.
  const [asked, setAsked] = createSignal(false);
  const [href, setHref] = createSignal<string>();
  let link: HTMLAnchorElement | undefined;
  let clickWhenReady = false;
  createEffect(() => {
    if (!asked()) return;
    const { text } = props.csv();
    let current = true;
    let url: string | undefined;
    setHref(undefined);
    onCleanup(() => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    });
    void Promise.resolve()
      .then(text)
      .then(
        (csv) => {
          if (!current) return;
          // A UTF-8 byte-order mark leads the file a person downloads: without it, Excel opened
          // by double-click reads the az and ru labels as mojibake. The API's CSV has none, as
          // DuckDB, pandas and Python's csv module read it.
          url = URL.createObjectURL(
            new Blob([BYTE_ORDER_MARK, csv], { type: 'text/csv;charset=utf-8' }),
          );
          setHref(url);
          if (clickWhenReady) {
            clickWhenReady = false;
            link?.click();
          }
        },
        () => undefined,
      );
  });
  const ask = () => setAsked(true);
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
        <a
          ref={link}
          href={href() ?? '#'}
          download={props.csv().fileName}
          on:pointerenter={ask}
          on:focus={ask}
          on:click={(event) => {
            if (href()) return;
            // Not made yet: made now, then downloaded.
            event.preventDefault();
            clickWhenReady = true;
            ask();
          }}
        >
          {say$('ui.downloadCsv')}
        </a>
        <Show when={props.apiLink}>{(link) => <a href={link().href}>{say$('ui.dataApi')}</a>}</Show>
      </p>
    </footer>
  );
}
