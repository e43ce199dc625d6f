import { normalizeWord } from './normalize.js';
import type { Token, TokenKind } from './types.js';

/**
 * The tokenizer's character scanner: one pass over UTF-16 code units with a class table.
 * Tokens get sentence 0 here; the sentence splitter (which reads these tokens) assigns the real index.
 */

const enum C {
  Other = 0,
  Space,
  Newline,
  Arabic,
  /** Diacritics, tatweel, combining marks: they stay inside the word they follow. */
  Mark,
  /** ZWNJ, ZWJ, soft hyphen: part of a word only between two of its letters. */
  Joiner,
  Digit,
  Latin,
  Punct,
  /** Bidi controls, ZWSP, BOM: invisible, and never part of a token. */
  Invisible,
  High,
  Low,
}

const CLASS = new Uint8Array(0x10000);

function setClass(from: number, to: number, cls: C): void {
  for (let c = from; c <= to; c++) CLASS[c] = cls;
}

function setChars(chars: string, cls: C): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] = cls;
}

setChars(' \t\f\v\u00a0\u1680\u202f\u205f\u3000', C.Space);
setClass(0x2000, 0x200a, C.Space);
setChars('\n\r\u0085\u2028\u2029', C.Newline);
setClass(0x0621, 0x063a, C.Arabic);
setClass(0x0641, 0x064a, C.Arabic);
setClass(0x066e, 0x066f, C.Arabic);
setClass(0x0671, 0x06d3, C.Arabic);
setChars('\u06d5\u06ee\u06ef', C.Arabic);
setClass(0x06fa, 0x06ff, C.Arabic);
setClass(0x0750, 0x077f, C.Arabic);
setClass(0xfb50, 0xfdff, C.Arabic);
setClass(0xfe70, 0xfefc, C.Arabic);
setClass(0x0610, 0x061a, C.Mark);
setClass(0x064b, 0x065f, C.Mark);
setChars('\u0670\u0640', C.Mark);
setClass(0x06d6, 0x06ed, C.Mark);
setClass(0x0300, 0x036f, C.Mark);
setClass(0xfe70, 0xfe7f, C.Mark); // spacing vowel signs (presentation forms of diacritics)
setClass(0xfe00, 0xfe0f, C.Mark); // variation selectors
setChars('\u200c\u200d\u00ad', C.Joiner);
setChars('\u200b\u200e\u200f\u061c\u2060\ufeff', C.Invisible);
setClass(0x202a, 0x202e, C.Invisible);
setClass(0x2066, 0x2069, C.Invisible);
setClass(0x30, 0x39, C.Digit);
setClass(0x0660, 0x0669, C.Digit);
setClass(0x06f0, 0x06f9, C.Digit);
setClass(0x41, 0x5a, C.Latin);
setClass(0x61, 0x7a, C.Latin);
setClass(0xc0, 0x24f, C.Latin);
CLASS[0xd7] = C.Other;
CLASS[0xf7] = C.Other;
setClass(0x1e00, 0x1eff, C.Latin);
setChars('.,;:!?\'"()[]{}«»‹›“”„‘’-–—…/\\،؛؟۔', C.Punct);
setClass(0xd800, 0xdbff, C.High);
setClass(0xdc00, 0xdfff, C.Low);

export function isNewline(code: number): boolean {
  return CLASS[code] === C.Newline;
}

const PERCENT = new Set([0x25, 0x066a]);
/** Separators that stay inside a number when a digit follows: 3.5 ٣٫٥ 2015-07-21 21/7 10:30. */
const INNER = new Set([0x2e, 0x066b, 0x2d, 0x2f, 0x3a]);
/** Thousands separators: inside a number only before exactly three digits (1,500 but not 5,6). */
const THOUSANDS = new Set([0x2c, 0x066c]);
/** Punctuation that is written doubled or tripled as one mark: ... !! ؟؟ -- */
const REPEATABLE = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2d]);

/** URLs, e-mail addresses and bare domains, tried only where the text could hold one. */
const URL_RE =
  /(?:https?:\/\/|www\.)[^\s<>«»"“”]+|[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}|(?:[a-z0-9-]{1,63}\.){1,8}(?:com|org|net|gov|edu|int|info|news|tv|io|co|me|sa|ae|eg|ly|iq|sy|ye|sd|jo|lb|qa|kw|bh|om|ma|tn|dz|ps|uk|fr|de|ru|tr|ir)(?:\/[^\s<>«»"“”]*)?(?![a-z0-9])/iy;
const URL_TRAILING = /[.,;:!?)\]}'"»…،؛؟]+$/;

function isDigit(text: string, i: number): boolean {
  return CLASS[text.charCodeAt(i)] === C.Digit;
}

/** Scraped numbers carry bidi marks inside them (8.\u200F1): they do not end the number. */
function skipInvisible(text: string, i: number): number {
  while (CLASS[text.charCodeAt(i)] === C.Invisible) i++;
  return i;
}

function continuesNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isDigit(text, i) || (INNER.has(c) && isDigit(text, skipInvisible(text, i + 1)));
}

function numberEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  if (PERCENT.has(text.charCodeAt(i))) i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (CLASS[c] === C.Digit) i++;
    else if (INNER.has(c) && isDigit(text, skipInvisible(text, i + 1))) i = skipInvisible(text, i + 1);
    else if (THOUSANDS.has(c) && isDigit(text, i + 1) && isDigit(text, i + 2) && isDigit(text, i + 3) && !isDigit(text, i + 4)) i++;
    else if (CLASS[c] === C.Invisible && continuesNumber(text, skipInvisible(text, i))) i = skipInvisible(text, i);
    else break;
  }
  if (i < n && PERCENT.has(text.charCodeAt(i)) && !PERCENT.has(text.charCodeAt(start))) i++;
  return i;
}

/** A word runs over letters, marks and joiners that sit between letters. */
function wordEnd(text: string, start: number, letter: C): number {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === letter || cls === C.Mark) i++;
    else if (letter === C.Latin && cls === C.Digit) i++;
    else if (cls === C.Joiner && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === letter) i++;
    else if (letter === C.Latin && text.charCodeAt(i) === 0x27 && CLASS[text.charCodeAt(i + 1)] === C.Latin) i++; // O'Brien
    else break;
  }
  return i;
}

/** A run of diacritics or tatweel belongs to the word after it (ـمصر), or to nothing. */
function leadingMarksEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && CLASS[text.charCodeAt(i)] === C.Mark) i++;
  return i;
}

function symbolEnd(text: string, start: number): number {
  let i = start + 1;
  if (CLASS[text.charCodeAt(start)] === C.High && CLASS[text.charCodeAt(i)] === C.Low) i++;
  // Emoji modifiers: variation selectors and skin tones (U+1F3FB–U+1F3FF) stay with their emoji.
  for (;;) {
    const c = text.charCodeAt(i);
    if (c >= 0xfe00 && c <= 0xfe0f) i++;
    else if (c === 0xd83c && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff) i += 2;
    else return i;
  }
}

function punctEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  let i = start + 1;
  if (REPEATABLE.has(c)) while (text.charCodeAt(i) === c) i++;
  return i;
}

/** Split text into tokens (sentence index 0); whitespace and invisible controls separate tokens and are dropped. */
export function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const mayHoldUrl = text.includes('://') || text.includes('www.') || text.includes('@') || text.includes('.');
  const push = (start: number, end: number, kind: TokenKind): void => {
    const surface = text.slice(start, end);
    tokens.push({ index: tokens.length, start, end, surface, norm: normalizeWord(surface), kind, sentence: 0 });
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c] as C;
    switch (cls) {
      case C.Space:
      case C.Newline:
      case C.Invisible:
      case C.Joiner:
        i++;
        break;
      case C.Arabic: {
        const end = wordEnd(text, i, C.Arabic);
        push(i, end, 'word');
        i = end;
        break;
      }
      case C.Mark: {
        const marksEnd = leadingMarksEnd(text, i);
        if (CLASS[text.charCodeAt(marksEnd)] === C.Arabic) {
          const end = wordEnd(text, marksEnd, C.Arabic);
          push(i, end, 'word');
          i = end;
        } else i = marksEnd;
        break;
      }
      case C.Digit: {
        const end = numberEnd(text, i);
        const url = mayHoldUrl && c < 0x80 ? urlEnd(text, i) : -1;
        if (url > end) {
          push(i, url, 'url');
          i = url;
        } else {
          push(i, end, 'number');
          i = end;
        }
        break;
      }
      case C.Latin: {
        const url = mayHoldUrl && c < 0x80 ? urlEnd(text, i) : -1;
        if (url > i) {
          push(i, url, 'url');
          i = url;
        } else {
          const end = wordEnd(text, i, C.Latin);
          push(i, end, 'latin');
          i = end;
        }
        break;
      }
      case C.Punct: {
        const end = punctEnd(text, i);
        push(i, end, 'punct');
        i = end;
        break;
      }
      default: {
        // %50 and ٪٥٠ (the sign typed first, as Arabic keyboards often do) stay with the number.
        if (PERCENT.has(c) && isDigit(text, i + 1) && !(i > 0 && isDigit(text, i - 1))) {
          const end = numberEnd(text, i);
          push(i, end, 'number');
          i = end;
        } else {
          const end = symbolEnd(text, i);
          push(i, end, 'symbol');
          i = end;
        }
      }
    }
  }
  return tokens;
}

function urlEnd(text: string, start: number): number {
  URL_RE.lastIndex = start;
  const m = URL_RE.exec(text);
  if (!m) return -1;
  const trimmed = m[0].replace(URL_TRAILING, '');
  return trimmed.length > 0 ? start + trimmed.length : -1;
}
