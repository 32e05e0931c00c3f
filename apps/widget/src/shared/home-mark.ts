/**
 * Where the first view's links (src/first-view/) point until the entry knows its own origin: the
 * entry puts its `home` in place of this. An `.invalid` name (RFC 2606), so a link left
 * unreplaced goes nowhere.
 */
export const homeMark = 'https://tip-report.invalid/';
