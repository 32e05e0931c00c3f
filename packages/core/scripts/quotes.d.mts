export interface QuotedSpan {
  kind: 'quoted';
  quote: string;
  start?: number;
  end?: number;
  occurrence?: number;
}
export function quotedSpans(
  value: unknown,
): Generator<{ span: QuotedSpan; path: (string | number)[] }>;
export function locate(
  text: string,
  span: QuotedSpan,
):
  | { start: number; end: number; error?: undefined }
  | { error: string; start?: undefined; end?: undefined };
