import { createSignal, For, Show } from 'solid-js';
import type { CitedReport } from '../shared/bundled-data.js';
import type { EmbedSnippets } from '../shared/embed-snippets.js';
import { onDemand } from '../shared/on-demand.js';
import type { PictureLinks } from '../shared/picture-links.js';
import { say } from '../shared/words.js';

const BYTE_ORDER_MARK = '\uFEFF';

type EmbedModule = typeof import('./embed-dialog.js');

/** "The embed dialog": fetched the first time a reader opens Embed. */
const loadEmbedDialog = onDemand(() => import('./embed-dialog.js'));

/** What "Download › Table (CSV)" saves: core's CSV of what is shown, made when a reader asks. */
export interface CsvFile {
  fileName: string;
  text: () => string;
}

/**
 * Two lines: the citation of the editions shown, collapsed to "6 editions, 2017–2022" with the
 * list behind a disclosure (its panel opens over the chart, so the height stays), and the actions
 * Download (the CSV, and the picture where one is drawn of what is shown) · Embed (a modal
 * dialog with the snippets) · Data API.
 */
export function WidgetFooter(props: {
  cited: readonly CitedReport[];
  /** Where the figures come from, in words: bundled with the widget, or live from the API. */
  origin: string;
  csv: () => CsvFile;
  apiLink: URL | undefined;
  /** Absent where no picture is drawn of what is shown (a table, a later year before an earlier). */
  pictures?: PictureLinks | undefined;
  /** The iframe and script-tag snippets for exactly what is shown, made when Embed is opened. */
  snippets: () => EmbedSnippets;
  locale: string;
}) {
  const years = () => {
    const editions = props.cited.map((r) => r.edition);
    const first = Math.min(...editions);
    const last = Math.max(...editions);
    return first === last ? String(first) : `${first}–${last}`;
  };
  let footer!: HTMLElement;
  const [embedOpen, setEmbedOpen] = createSignal(false);
  const [embedDialog, setEmbedDialog] = createSignal<EmbedModule | 'failed'>();
  const openEmbed = () =>
    loadEmbedDialog().then(
      (module) => {
        setEmbedDialog(() => module);
        setEmbedOpen(true);
      },
      () => setEmbedDialog('failed'),
    );
  const download = () => {
    const file = props.csv();
    // A UTF-8 byte-order mark leads the file a person downloads: without it, Excel opened by
    // double-click reads the az and ru labels as mojibake. The API's CSV has none, as DuckDB,
    // pandas and Python's csv module read it.
    const url = URL.createObjectURL(
      new Blob([BYTE_ORDER_MARK, file.text()], { type: 'text/csv;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.hidden = true;
    footer.append(link);
    link.click();
    link.remove();
    // The download has its own copy once started; the URL is freed after this task.
    setTimeout(() => URL.revokeObjectURL(url));
  };
  return (
    <footer class="footer" ref={footer}>
      <Show when={props.cited.length}>
        <details class="editions pop">
          <summary>
            <span class="sr-only">{say(props.locale, 'ui.citeAs')} </span>
            {say(props.locale, 'footer.editions', { count: props.cited.length, years: years() })}
          </summary>
          <div class="panel">
            <p class="origin">{props.origin}</p>
            <ul>
              <For each={props.cited}>
                {(report) => (
                  <li data-report={report.id}>
                    {/* The citation names the English report as published: it stays in English. */}
                    <span lang="en">{report.citationText}</span>{' '}
                    <a href={report.url} target="_blank" rel="noopener noreferrer">
                      {report.url}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </details>
      </Show>
      <div class="actions">
        <details class="downloads pop">
          <summary>{say(props.locale, 'action.download')}</summary>
          <ul class="panel">
            <li>
              <button type="button" class="link" on:click={download}>
                {say(props.locale, 'download.csv')}
              </button>
            </li>
            <Show when={props.pictures}>
              {(pictures) => (
                <>
                  <li>
                    <a href={pictures().png.href} target="_blank" rel="noopener noreferrer">
                      {say(props.locale, 'download.png')}
                    </a>
                  </li>
                  <li>
                    <a href={pictures().svg.href} target="_blank" rel="noopener noreferrer">
                      {say(props.locale, 'download.svg')}
                    </a>
                  </li>
                </>
              )}
            </Show>
          </ul>
        </details>
        <span aria-hidden="true"> · </span>
        <button type="button" class="link" aria-haspopup="dialog" on:click={() => void openEmbed()}>
          {say(props.locale, 'action.embed')}
        </button>
        <Show when={embedDialog() === 'failed'}>
          <span role="alert"> {say(props.locale, 'action.failed')}</span>
        </Show>
        <Show when={props.apiLink}>
          {(link) => (
            <>
              <span aria-hidden="true"> · </span>
              <a href={link().href}>{say(props.locale, 'action.dataApi')}</a>
            </>
          )}
        </Show>
      </div>
      <Show when={typeof embedDialog() === 'object' && (embedDialog() as EmbedModule)}>
        {(module) => {
          const m = module();
          return (
            <m.EmbedDialog
              open={embedOpen()}
              onClose={() => setEmbedOpen(false)}
              snippets={embedOpen() ? props.snippets() : { iframe: '', script: '' }}
              locale={props.locale}
            />
          );
        }}
      </Show>
    </footer>
  );
}
