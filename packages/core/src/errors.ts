/**
 * A caller asked for something the report or series does not have. `parameter` names what was
 * wrong (the `from` or `to` year, a metric, a topic) and `allowed` lists what it does have, so an
 * API or widget can answer "what you sent, and what you may send" without restating the data.
 */
export class ReportQueryError extends RangeError {
  override readonly name = 'ReportQueryError';
  constructor(
    message: string,
    readonly parameter: 'year' | 'from' | 'to' | 'metric' | 'topic' | 'report' | 'series',
    readonly value: string,
    readonly allowed: readonly string[],
  ) {
    super(message);
  }
}
