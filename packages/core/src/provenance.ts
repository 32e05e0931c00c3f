import type { Report } from './schema/report.js';
import type { SourceSpan } from './schema/source-span.js';

// Text-fragment syntax characters must be percent-encoded inside a term; encodeURIComponent
// leaves '-' alone, so it is added here (https://wicg.github.io/scroll-to-text-fragment/).
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * The report's canonical page with a text fragment (`#:~:text=`) that scrolls to and highlights
 * the quote. Up to three preceding words of the same sentence go in as a prefix, so a short quote
 * ("70 in 2016") lands on this occurrence and not an earlier one elsewhere on the page.
 */
export function provenanceUrl(report: Report, span: SourceSpan): string {
  const before = report.sourceText.slice(0, span.start);
  const sentenceStart = Math.max(before.lastIndexOf('. ') + 2, before.lastIndexOf('\n') + 1, 0);
  const words = before.slice(sentenceStart).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const prefix = words ? `${encodeTerm(words)}-,` : '';
  return `${report.url}#:~:text=${prefix}${encodeTerm(span.quote)}`;
}
