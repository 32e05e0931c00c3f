// How a quote's offsets follow from the text: shared by build-data.mjs (which writes them into
// report.json) and the tests (which load fixture reports the same way).

/** Every index at which `quote` starts in `text`. */
function occurrences(text, quote) {
  const found = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Visits every quoted span in a report, with a path for messages. */
export function* quotedSpans(value, path = []) {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* quotedSpans(item, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    if (value.kind === 'quoted' && typeof value.quote === 'string') yield { span: value, path };
    for (const [key, item] of Object.entries(value)) yield* quotedSpans(item, [...path, key]);
  }
}

/**
 * The offsets of a quote in the text, or an error: a quote that stands there more than once must
 * say which occurrence it means (`occurrence`, counting from 1).
 */
export function locate(text, span) {
  const at = occurrences(text, span.quote);
  if (at.length === 0) return { error: 'does not stand in source.txt' };
  if (span.occurrence === undefined && at.length > 1) {
    return {
      error: `stands in source.txt ${at.length} times (at ${at.join(', ')}): give "occurrence"`,
    };
  }
  const start = at[(span.occurrence ?? 1) - 1];
  if (start === undefined) return { error: `has no occurrence ${span.occurrence}` };
  return { start, end: start + span.quote.length };
}
