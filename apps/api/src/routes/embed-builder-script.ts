/**
 * The landing page's embed builder, served as /embed-builder.js: the page's CSP allows scripts
 * from this origin only, never inline. Plain browser JavaScript, so it needs no build step; the
 * choices it offers are the page's own <option>s, which the server writes from core's data (each
 * option's `data-in` lists the sources it applies to), so this file names no report, series or
 * metric. The snippets have the shape of the widget's Embed dialog: a `<script>` and the element
 * with the chosen attributes, or an iframe of /embed with them as its query string.
 */
export const embedBuilderScript = `const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const out = { iframe: document.getElementById('snippet-iframe'), script: document.getElementById('snippet-script') };
const fields = ['metric', 'view', 'from', 'to', 'lang', 'theme'];
const attributeNames = ['report', 'series', 'metric', 'view', 'from', 'to', 'lang', 'theme'];
const quoted = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Each select keeps only the options that apply to the chosen source (an option without data-in always applies). */
function fit(source) {
  for (const name of fields) {
    const select = form.elements.namedItem(name);
    for (const option of select.options) {
      const within = option.dataset.in;
      option.disabled = within !== undefined && !within.split(' ').includes(source);
      option.hidden = option.disabled;
    }
    if (select.selectedOptions[0]?.disabled) {
      const usable = [...select.options].filter((o) => !o.disabled);
      // "to" falls back to the last year it can, the others to the first choice.
      const pick = name === 'to' ? usable.at(-1) : usable[0];
      if (pick) select.value = pick.value;
    }
  }
}

/** The attributes that reproduce the choice, in the widget's order; a trend names no years. */
function attributes() {
  const [kind, id] = form.elements.namedItem('source').value.split(/:(.*)/);
  const value = (name) => form.elements.namedItem(name).value;
  const out = [[kind, id], ['metric', value('metric')], ['view', value('view')]];
  if (value('view') !== 'trend') out.push(['from', value('from')], ['to', value('to')]);
  out.push(['lang', value('lang')]);
  if (value('theme') !== 'auto') out.push(['theme', value('theme')]);
  return out;
}

function snippets(list) {
  const home = new URL('/', location.href);
  const embed = new URL('embed', home);
  for (const [name, value] of list) embed.searchParams.set(name, value);
  // The preview's own height: an iframe of that height needs no resizing at this width.
  const height = Math.round(preview.getBoundingClientRect().height) || 540;
  out.iframe.value = '<iframe src="' + quoted(embed.href) + '" title="Trafficking in Persons Report figures" width="100%" height="' + height + '" loading="lazy" data-tip-report></iframe>';
  out.script.value = '<script type="module" src="' + quoted(new URL('widget.js', home).href) + '"></' + 'script>\\n<tip-comparison' + list.map(([n, v]) => ' ' + n + '="' + quoted(v) + '"').join('') + '></tip-comparison>';
}

function update() {
  fit(form.elements.namedItem('source').value);
  const list = attributes();
  for (const name of attributeNames) if (!list.some(([n]) => n === name)) preview.removeAttribute(name);
  for (const [name, value] of list) if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  snippets(list);
}

form.addEventListener('change', update);
new ResizeObserver(() => snippets(attributes())).observe(preview);
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const status = document.getElementById('copy-status');
    try {
      await navigator.clipboard.writeText(out[button.dataset.copy].value);
      status.textContent = 'Copied.';
    } catch {
      out[button.dataset.copy].select();
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
}
update();
`;
