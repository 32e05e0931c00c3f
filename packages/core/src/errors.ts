/**
 * A caller asked for something the report does not have. `allowed` lists what it does have, so an
 * API or widget can answer "what you sent, and what you may send" without restating the data.
 */
export class ReportQueryError extends RangeError {
  override readonly name = 'ReportQueryError';
  constructor(
    message: string,
    readonly parameter: 'year' | 'metric' | 'report',
    readonly value: string,
    readonly allowed: readonly string[],
  ) {
    super(message);
  }
}
