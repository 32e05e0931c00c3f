/**
 * The entry of dist/widget.js: registers <tip-comparison> and nothing else on the page. When the
 * page is the iframe page (an element marked data-tip-embed), it also starts that page's work.
 */
import { TipComparisonElement } from './element/tip-comparison-element.js';

TipComparisonElement.home = new URL(/* @vite-ignore */ './', import.meta.url);
// The first view, drawn by scripts/build.mjs (src/first-view/); absent where the source is run
// as it is (the unit tests) or bundled by someone else's build.
declare const __TIP_FIRST_VIEW__: string | undefined;
TipComparisonElement.firstView =
  typeof __TIP_FIRST_VIEW__ === 'string' ? __TIP_FIRST_VIEW__ : undefined;
const define = () => {
  if (!customElements.get('tip-comparison')) {
    customElements.define('tip-comparison', TipComparisonElement);
  }
};
// The iframe page's work is a chunk of its own (partner pages never need it). Its attributes are
// set before the element is defined, so it renders once.
const embedded = document.querySelector<HTMLElement>('tip-comparison[data-tip-embed]');
if (embedded) {
  import('./embed-page/embed-page.js')
    .then((page) => page.startEmbedPage(embedded))
    .catch(() => undefined)
    .finally(define);
} else {
  define();
}

// TypeScript users who import '@tip-report/widget/widget.js' get the element typed.
declare global {
  interface HTMLElementTagNameMap {
    'tip-comparison': TipComparisonElement;
  }
}
