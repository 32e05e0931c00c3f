/**
 * The language of the page around an element: the nearest `lang` above it (its own is the
 * widget's `lang` attribute, whose bad value falls back to this), else the browser's.
 */
export function pageLocaleOf(element: Element): string {
  const lang = element.parentElement?.closest('[lang]')?.getAttribute('lang')?.trim();
  if (lang) {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      // A malformed lang on the host page is the page's problem; format numbers in English.
    }
  }
  return globalThis.navigator?.language || 'en';
}
