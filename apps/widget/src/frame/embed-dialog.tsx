import { createEffect, createSignal, For } from 'solid-js';
import type { EmbedSnippets } from '../shared/embed-snippets.js';
import { say } from '../shared/words.js';

/**
 * "Embed": a modal dialog with the iframe and script-tag snippets for exactly what is shown, each
 * with a Copy button. Copying uses the Clipboard API, and where a page does not allow it, the
 * selection and the copy command: no inline script or style, so it works on a strict-CSP page.
 */
export function EmbedDialog(props: {
  open: boolean;
  onClose: () => void;
  snippets: EmbedSnippets;
  locale: string;
}) {
  let dialog!: HTMLDialogElement;
  const [status, setStatus] = createSignal('');
  createEffect(() => {
    if (props.open && !dialog.open) {
      setStatus('');
      dialog.showModal();
    } else if (!props.open && dialog.open) dialog.close();
  });
  const copy = async (area: HTMLTextAreaElement) => {
    try {
      await navigator.clipboard.writeText(area.value);
      setStatus(say(props.locale, 'embed.copied'));
    } catch {
      area.select();
      const copied = document.execCommand?.('copy') ?? false;
      setStatus(say(props.locale, copied ? 'embed.copied' : 'embed.copyFailed'));
    }
  };
  const snippets = () => [
    { id: 'iframe', label: say(props.locale, 'embed.iframe'), text: props.snippets.iframe },
    { id: 'script', label: say(props.locale, 'embed.script'), text: props.snippets.script },
  ];
  return (
    <dialog
      ref={dialog}
      class="embed"
      aria-labelledby="embed-title"
      on:close={() => props.onClose()}
    >
      <h3 id="embed-title">{say(props.locale, 'embed.title')}</h3>
      <p>{say(props.locale, 'embed.intro')}</p>
      <For each={snippets()}>
        {(snippet) => {
          let area!: HTMLTextAreaElement;
          return (
            <div class="snippet" data-snippet={snippet.id}>
              <label for={`embed-${snippet.id}`}>{snippet.label}</label>
              <textarea
                id={`embed-${snippet.id}`}
                ref={area}
                readOnly
                rows={3}
                value={snippet.text}
              />
              <button type="button" on:click={() => void copy(area)}>
                {say(props.locale, 'embed.copy')}
                <span class="sr-only">: {snippet.label}</span>
              </button>
            </div>
          );
        }}
      </For>
      <p class="copy-status" role="status">
        {status()}
      </p>
      <button type="button" class="close" on:click={() => props.onClose()}>
        {say(props.locale, 'embed.close')}
      </button>
    </dialog>
  );
}
