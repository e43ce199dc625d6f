import { isNewline, scanTokens } from './scan.js';
import type { SentenceSpan, Token } from './types.js';

/**
 * Sentence boundaries are decided on tokens, not characters: numbers (3.5, ٣٫٥, 1,500), URLs and
 * e-mail addresses are already single tokens, so a full stop inside them is never seen as one.
 */

/** Sentence-final marks: . ! ? ؟ ; ؛ … and the Urdu full stop. */
const TERMINAL = new Set(['.', '!', '?', '؟', ';', '؛', '…', '۔']);
const CLOSER_OF = new Map([
  ['«', '»'],
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['“', '”'],
  ['‹', '›'],
  ['"', '"'],
]);
const CLOSERS = new Set(CLOSER_OF.values());
/** A quotation or parenthesis longer than this many tokens is more likely unbalanced than one sentence. */
const MAX_QUOTED_TOKENS = 120;
/**
 * Arabic news chains clauses with ، so a comma is not a sentence end; but a run-on paragraph of several
 * hundred words is no use to the stages that read one sentence at a time, so past this many tokens the
 * next ، closes the sentence (see docs/TEXT.md).
 */
const COMMA_SPLIT_AFTER = 80;
/** Latin abbreviations that take a full stop mid-sentence (single letters, as in U.S., are always abbreviations). */
const LATIN_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'no', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'etc', 'e.g', 'i.e']);

function startsWithTerminal(token: Token): boolean {
  return token.kind === 'punct' && TERMINAL.has(token.surface.charAt(0));
}

function gapHasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isNewline(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A full stop right after a single letter is an abbreviation (د. محمد, أ. د., وم. سامي, ص.ب, U.S.), unless the letter
 * follows a number: م and هـ after a year mark the calendar (عام 2015م.) and end the sentence.
 */
function isAbbreviationStop(tokens: Token[], k: number): boolean {
  const stop = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (stop.surface !== '.' || !prev || prev.end !== stop.start) return false;
  if (prev.kind === 'latin') return prev.norm.length === 1 || LATIN_ABBREVIATIONS.has(prev.norm);
  if (prev.kind !== 'word') return false;
  // An initial with the conjunction attached (وم. سامي) is still an initial.
  const initial = prev.norm.length === 1 || (prev.norm.length === 2 && prev.norm.charAt(0) === 'و');
  if (!initial) return false;
  const before = tokens[k - 2];
  return !(before && before.kind === 'number');
}

/**
 * Marks the tokens inside quotes and parentheses that close within the same paragraph: a full stop there
 * (قال: «انتهت الحرب. سنعود».) does not end the enclosing sentence.
 */
function quotedTokens(text: string, tokens: Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    const close = open.kind === 'punct' ? CLOSER_OF.get(open.surface) : undefined;
    if (close === undefined) continue;
    let depth = 0;
    const limit = Math.min(tokens.length, i + MAX_QUOTED_TOKENS);
    for (let j = i + 1; j < limit; j++) {
      const t = tokens[j] as Token;
      if (gapHasNewline(text, (tokens[j - 1] as Token).end, t.start)) break;
      if (t.kind !== 'punct') continue;
      if (t.surface === close && depth === 0) {
        inside.fill(1, i + 1, j);
        // A straight quote closes here, so it must not open another quotation.
        if (close === open.surface) i = j;
        break;
      }
      if (t.surface === open.surface) depth++;
      else if (t.surface === close) depth--;
    }
  }
  return inside;
}

/** Finds the sentences of `text` from its tokens and sets each token's `sentence`. */
export function assignSentences(text: string, tokens: Token[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  if (tokens.length === 0) return sentences;
  const inside = quotedTokens(text, tokens);
  let first = 0;
  let words = 0;

  const close = (last: number): void => {
    const index = sentences.length;
    for (let k = first; k <= last; k++) (tokens[k] as Token).sentence = index;
    sentences.push({ index, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
    first = last + 1;
    words = 0;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > first && gapHasNewline(text, (tokens[k - 1] as Token).end, t.start)) close(k - 1);
    if (t.kind === 'word') words++;
    if (inside[k] === 1) continue;
    // A number alone before a full stop at the start of a sentence numbers a list item (1. انفجار في…).
    const listMarker = k === first + 1 && t.surface === '.' && (tokens[first] as Token).kind === 'number';
    const ends =
      (startsWithTerminal(t) && !isAbbreviationStop(tokens, k) && !listMarker) ||
      (CLOSERS.has(t.surface) && k > 0 && inside[k - 1] === 1 && startsWithTerminal(tokens[k - 1] as Token)) ||
      (words >= COMMA_SPLIT_AFTER && t.kind === 'punct' && t.norm === ',');
    if (!ends) continue;
    // Keep the marks that close the sentence with it: ؟! and a closing quote after the full stop.
    let last = k;
    for (;;) {
      const next = tokens[last + 1];
      const glued = next && next.start === (tokens[last] as Token).end && next.kind === 'punct';
      if (!glued || !(startsWithTerminal(next) || CLOSERS.has(next.surface))) break;
      last++;
    }
    close(last);
    k = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

/** Sentence spans of `text`: offsets into the original, trimmed of surrounding whitespace. */
export function splitSentences(text: string): SentenceSpan[] {
  return assignSentences(text, scanTokens(text));
}
