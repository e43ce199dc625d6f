import { tokenize } from '../../text/index.js';

/**
 * Index keys. A name is looked up the way the recognizer meets it in text: as the text layer's tokens,
 * each normalized, joined by one space. Building keys with the same tokenizer keeps the two in step.
 */

/**
 * The key of a written name, or null when it is not a plain name: it must start with a word and hold only words
 * of one script and numbers (كيلو 16); punctuation means an annotated alternate name (طرابلس، ليبيا), not a name.
 */
export function nameKey(name: string): string | null {
  const tokens = tokenize(name);
  const kind = tokens[0]?.kind;
  if (kind !== 'word' && kind !== 'latin') return null;
  if (tokens.some((t) => t.kind !== kind && t.kind !== 'number')) return null;
  return foldKey(tokens.map((t) => t.norm).join(' '));
}

const FINAL_HAMZA = /اء(?= |$)/g;

/**
 * Spellings the text layer's normalization keeps apart but writers and GeoNames use for one name: a final hamza
 * after alef is often left off (ضباء / ضبا, صنعاء / صنعا). Applied to every key, at build and at lookup, so either
 * spelling finds the other.
 */
export function foldKey(key: string): string {
  return key.includes('اء') ? key.replace(FINAL_HAMZA, 'ا') : key;
}

/**
 * The spellings a one-word folded key stands for (ضبا: ضبا and ضباء), so that a key is flagged ordinary when any
 * of them is an ordinary word (دما stands for دماء «blood»).
 */
export function spellingsOf(key: string): string[] {
  return !key.includes(' ') && key.length >= 3 && key.endsWith('ا') ? [key, `${key}ء`] : [key];
}

export const ARTICLE = 'ال';

/** One-word names shorter than this (without the article) get no article alias: too many ordinary words collide. */
const MIN_ALIAS_LETTERS = 3;

/**
 * The same one-word Arabic name with the article added or dropped (الزاويه ↔ زاويه, فلوجه → الفلوجه), because
 * writers and GeoNames do not agree on it; null for several words or a stem too short to stand alone.
 */
export function articleAlias(key: string): string | null {
  if (key.includes(' ') || !isArabicWord(key)) return null;
  const stem = key.startsWith(ARTICLE) ? key.slice(ARTICLE.length) : key;
  if (stem.length < MIN_ALIAS_LETTERS) return null;
  return stem === key ? ARTICLE + key : stem;
}

function isArabicWord(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 0x0621 && c <= 0x06ff;
}
