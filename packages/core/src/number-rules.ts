/**
 * How each language core speaks writes a number: the glossary's "Money and numbers", kept as data
 * in one place. format.ts writes a bare language (`az`) by this table, with no Intl object; a
 * regional tag (`en-IN`) by Intl where the runtime writes its language as this table does, and by
 * the table where it does not (Debian's Chromium and workerd claim `az` but write it as English).
 * Digits are Latin and thousands are grouped by three in all of them, as English groups them.
 */
export interface NumberRule {
  /** Between groups of three digits: `150.530` (az), `150 530` (ru, a no-break space). */
  readonly group: string;
  /** Before the fraction: `1,4` (az, ru). */
  readonly decimal: string;
  /**
   * What stands before and after the number of a dollar figure (the report prints one beside a
   * money value): `$88,030`, `88.030 $`.
   */
  readonly dollars: { readonly before: string; readonly after: string };
}

/**
 * By language subtag (`az-AZ` follows `az` where Intl does not write it). A language not listed
 * here is formatted by Intl as the runtime has it (`de` writes `150.530`). az follows CLDR: a period groups thousands (the
 * reports' sources use a space as well). A dollar figure is `88.030 $`: the narrow symbol, since
 * CLDR's `US$` would put English letters into an Azerbaijani sentence.
 */
export const numberRules: Readonly<Record<string, NumberRule>> = Object.freeze({
  en: { group: ',', decimal: '.', dollars: { before: '$', after: '' } },
  az: { group: '.', decimal: ',', dollars: { before: '', after: '\u00a0$' } },
  ru: { group: '\u00a0', decimal: ',', dollars: { before: '', after: '\u00a0$' } },
});
