/** The language of the page around an element: its nearest `lang`, else the browser's. */
export function pageLocaleOf(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang')?.trim();
  if (lang) {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      // A malformed lang on the host page is the page's problem; format numbers in English.
    }
  }
  return globalThis.navigator?.language || 'en';
}
