/**
 * A half-open range [start, end) of UTF-16 code units in the text exactly as the user gave it.
 * Every stage reports positions this way, so any span can be shown, highlighted or quoted from the original.
 */
export interface Span {
  start: number;
  end: number;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function isValidSpan(span: Span, textLength: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= textLength;
}
