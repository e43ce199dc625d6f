import { InputError } from '../../src/core/index.js';

/** Letters that may be glued before a word, a tatweel after them (وطرابلس, بعدن, بـمأرب); the future س never stands before nouns. */
const CLITIC = /^[وفبلك]{0,2}\u0640?$/;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where `surface` stands as a word (or words) in `text`: its end is a word end, and before it stand only clitic
 * letters of the same word, so عدن is found in بعدن but not in معدن. Returns the spans in order.
 */
export function surfaceSpans(text: string, surface: string): TextSpan[] {
  const out: TextSpan[] = [];
  if (surface === '') return out;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const end = at + surface.length;
    if (LETTER.test(text[end] ?? '')) continue;
    let wordStart = at;
    while (wordStart > 0 && LETTER.test(text[wordStart - 1] as string)) wordStart -= 1;
    if (CLITIC.test(text.slice(wordStart, at))) out.push({ start: at, end });
  }
  return out;
}

/**
 * The spans a gold annotation points at: an explicit span (checked against the text), the `occurrence`-th place
 * where `surface` stands (0-based), or every place it stands. A surface that is not in the text raises InputError
 * naming the gold line and the field.
 */
export function locate(
  text: string,
  gold: { surface?: string | undefined; occurrence?: number | undefined; start?: number | undefined; end?: number | undefined },
  where: string,
  field: string,
): TextSpan[] {
  const hint = 'copy the surface exactly as the document writes it (a glued clitic may stay outside it), or give start and end';
  if (gold.start !== undefined && gold.end !== undefined) {
    if (gold.end > text.length || gold.start >= gold.end) throw new InputError(`${where}: field ${field}: span ${gold.start}–${gold.end} is outside the text`, hint);
    if (gold.surface !== undefined && text.slice(gold.start, gold.end) !== gold.surface) {
      throw new InputError(`${where}: field ${field}: the text at ${gold.start}–${gold.end} is «${text.slice(gold.start, gold.end)}», not «${gold.surface}»`, hint);
    }
    return [{ start: gold.start, end: gold.end }];
  }
  const spans = surfaceSpans(text, gold.surface ?? '');
  if (spans.length === 0) throw new InputError(`${where}: field ${field}: «${gold.surface}» does not occur in the document`, hint);
  if (gold.occurrence === undefined) return spans;
  const one = spans[gold.occurrence];
  if (!one) throw new InputError(`${where}: field ${field}: «${gold.surface}» occurs ${spans.length} times, there is no occurrence ${gold.occurrence}`, hint);
  return [one];
}
