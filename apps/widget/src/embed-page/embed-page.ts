import { attributeNames } from '../shared/attributes.js';

/**
 * The iframe page (embed.html) opts in with <tip-comparison data-tip-embed>: its query string
 * becomes the element's attributes, the page loses its margins, and every change of height is
 * posted to the parent as { type: 'tip-report:height', height } so a few lines there can size
 * the iframe. It runs from the bundle because the page may hold no inline script.
 */
export function startEmbedPage(element: HTMLElement): void {
  const query = new URLSearchParams(location.search);
  for (const name of attributeNames) {
    const value = query.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  const page = new CSSStyleSheet();
  page.replaceSync(
    'html,body{margin:0;padding:0;background:transparent}tip-comparison{display:block}',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  if (parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'tip-report:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
