import type { Provenance } from './schema/provenance.js';

// Text-fragment syntax characters must be percent-encoded inside a term; encodeURIComponent
// leaves '-' alone, so it is added here (https://wicg.github.io/scroll-to-text-fragment/).
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * The page that states a figure, with a text fragment (`#:~:text=`) that scrolls to and
 * highlights its words. A quote gets up to three preceding words of the same sentence as a
 * prefix, so a short quote ("70 in 2016") lands on this occurrence and not an earlier one; a
 * cited locator is the exact run of words on the edition's page and goes in as it is.
 */
export function provenanceUrl(
  report: { readonly url: string; readonly sourceText?: string | undefined },
  source: Provenance,
): string {
  if (source.kind === 'cited') return `${source.url}#:~:text=${encodeTerm(source.locator)}`;
  const before = (report.sourceText ?? '').slice(0, source.start);
  const sentenceStart = Math.max(before.lastIndexOf('. ') + 2, before.lastIndexOf('\n') + 1, 0);
  const words = before.slice(sentenceStart).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const prefix = words ? `${encodeTerm(words)}-,` : '';
  return `${report.url}#:~:text=${prefix}${encodeTerm(source.quote)}`;
}
