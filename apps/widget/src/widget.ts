/**
 * The entry of dist/widget.js: registers <tip-comparison> and nothing else on the page. When the
 * page is the iframe page (an element marked data-tip-embed), it also starts that page's work.
 */
import { startEmbedPage } from './embed-page.js';
import { TipComparisonElement } from './tip-comparison-element.js';

// The iframe page's attributes are set before the element is defined, so it renders once.
const embedded = document.querySelector<HTMLElement>('tip-comparison[data-tip-embed]');
if (embedded) startEmbedPage(embedded);
TipComparisonElement.apiHome = new URL(/* @vite-ignore */ '/', import.meta.url);
if (!customElements.get('tip-comparison')) {
  customElements.define('tip-comparison', TipComparisonElement);
}

// TypeScript users who import '@tip-report/widget/widget.js' get the element typed in
// document.createElement('tip-comparison') and querySelector('tip-comparison').
declare global {
  interface HTMLElementTagNameMap {
    'tip-comparison': TipComparisonElement;
  }
}
