import { type MessageParams, message } from './i18n.js';

/** What was wrong, as a catalog key (`error.<code>`): the words come from the locale's catalog. */
export type QueryErrorCode =
  | 'year.from'
  | 'year.to'
  | 'year.year'
  | 'sameYear'
  | 'metric'
  | 'topic'
  | 'series'
  | 'yearOrder';

/**
 * A caller asked for something the report or series does not have. `parameter` names what was
 * wrong (the `from` or `to` year, a metric, a topic) and `allowed` lists what it does have, so an
 * API or widget can answer "what you sent, and what you may send" without restating the data.
 * The message is English; `describeQueryError` says it in another locale.
 */
export class ReportQueryError extends RangeError {
  override readonly name = 'ReportQueryError';
  constructor(
    readonly code: QueryErrorCode,
    readonly params: MessageParams,
    readonly parameter: 'year' | 'from' | 'to' | 'metric' | 'topic' | 'report' | 'series',
    readonly value: string,
    readonly allowed: readonly string[],
  ) {
    super(message('en', `error.${code}`, params));
  }
}

/** The error's message in a locale's words. */
export function describeQueryError(error: ReportQueryError, locale: string): string {
  return message(locale, `error.${error.code}`, error.params);
}
