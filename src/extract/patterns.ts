import { stemVariants, type Token, type WordLookup } from '../text/index.js';
import type { Tense } from '../text/verbs.js';
import type { Pattern, PatternIndex, PatternWord } from '../lexicon/patterns.js';

/** Where a pattern of a sectioned list matched: token indices (inclusive) and, for a verb first word, its tense. */
export interface PatternMatch {
  pattern: Pattern;
  tokenStart: number;
  tokenEnd: number;
  tense: Tense | null;
  /** The first word is an imperfect verb carrying سـ / وسـ (ستقصف): a future. */
  futurePrefix: boolean;
}

/** One reading of a token: a form to look up, and the proclitics written before it (وس in وسيقصف). */
export interface FormReading {
  form: string;
  prefix: string;
}

/**
 * The readings a token may be matched by: its normalized form first, then its clitic-stripped stems (from the
 * text layer). Computed once per document and shared by every pattern list.
 */
export type TokenForms = readonly (readonly FormReading[])[];

/** A verb takes only a conjunction, the future سـ (imperfect only) or the ل of purpose before it; never the article. */
const VERB_PREFIXES = new Set(['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول', 'فل']);

function verbReading(word: Extract<PatternWord, { kind: 'verb' }>, r: FormReading): boolean {
  const tense = word.forms.get(r.form);
  return tense !== undefined && VERB_PREFIXES.has(r.prefix) && (tense === 'present' || !r.prefix.includes('س'));
}

function readingsOf(norm: string, vocabulary: WordLookup): FormReading[] {
  return stemVariants(norm, vocabulary).map((form) => {
    // A stem ending in a restored ta marbuta (سيطرتها → سيطره) is found by its letters before the ه.
    let at = norm.indexOf(form);
    if (at < 0) at = norm.indexOf(form.slice(0, -1));
    return { form, prefix: at > 0 ? norm.slice(0, at) : '' };
  });
}

const CACHE_LIMIT = 200_000;
/** Word frequencies are Zipfian: a memo per vocabulary makes reading a document mostly lookups. */
const readingCache = new WeakMap<WordLookup, WeakMap<WordLookup, Map<string, FormReading[]>>>();

/**
 * Every token's readings. A word known whole, to the vocabulary or to `known` (the project's word lists), is
 * read whole and never cut: وزير is not و + a form of زار, بحث is not ب + حث.
 */
export function tokenForms(tokens: readonly Token[], vocabulary: WordLookup, known?: WordLookup): FormReading[][] {
  let byKnown = readingCache.get(vocabulary);
  if (!byKnown) {
    byKnown = new WeakMap();
    readingCache.set(vocabulary, byKnown);
  }
  let cache = byKnown.get(known ?? vocabulary);
  if (!cache) {
    cache = new Map();
    byKnown.set(known ?? vocabulary, cache);
  }
  return tokens.map((token) => {
    const norm = token.norm;
    let readings = cache.get(norm);
    if (!readings) {
      readings = token.kind !== 'word' || vocabulary.has(norm) || known?.has(norm) ? [{ form: norm, prefix: '' }] : readingsOf(norm, vocabulary);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(norm, readings);
    }
    return readings;
  });
}

function wordMatches(word: Exclude<PatternWord, { kind: 'gap' }>, readings: readonly FormReading[]): FormReading | null {
  for (const r of readings) {
    if (word.kind === 'verb' ? verbReading(word, r) : word.forms.has(r.form)) return r;
  }
  return null;
}

function isWordLike(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number' || token.kind === 'latin');
}

/** Matches the rest of a pattern (from word `w`) at token `t`; returns the last matched token or -1. */
function matchRest(pattern: Pattern, w: number, t: number, tokens: readonly Token[], forms: TokenForms, sentence: number): number {
  if (w === pattern.words.length) return t - 1;
  const word = pattern.words[w] as PatternWord;
  if (word.kind === 'gap') {
    for (let skip = 0; skip <= word.max; skip++) {
      const at = t + skip;
      const end = matchRest(pattern, w + 1, at, tokens, forms, sentence);
      if (end >= 0) return end;
      const skipped = tokens[at];
      if (!isWordLike(skipped) || skipped?.sentence !== sentence) break;
    }
    return -1;
  }
  const token = tokens[t];
  if (!token || token.sentence !== sentence || !isWordLike(token)) return -1;
  return wordMatches(word, forms[t] ?? []) !== null ? matchRest(pattern, w + 1, t + 1, tokens, forms, sentence) : -1;
}


/**
 * Every match of the index's patterns in the tokens, within one sentence each, in token order. Cost: a Map
 * lookup per form of each token, and look-ahead only where a first word is found. Conditions are not checked here.
 */
export function matchPatterns(tokens: readonly Token[], forms: TokenForms, index: PatternIndex): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.kind !== 'word') continue;
    // Patterns already matched here through another reading (a handful at most: an array beats a Set).
    let seen: Pattern[] | null = null;
    for (const reading of forms[t] ?? []) {
      const candidates = index.startingWith(reading.form);
      if (!candidates) continue;
      seen ??= [];
      for (const pattern of candidates) {
        if (seen.includes(pattern)) continue;
        const first = pattern.words[0] as Exclude<PatternWord, { kind: 'gap' }>;
        if (first.kind === 'verb' && !verbReading(first, reading)) continue;
        const end = matchRest(pattern, 1, t + 1, tokens, forms, token.sentence);
        if (end < 0) continue;
        seen.push(pattern);
        const tense = first.kind === 'verb' ? (first.forms.get(reading.form) ?? null) : null;
        out.push({ pattern, tokenStart: t, tokenEnd: end, tense, futurePrefix: tense === 'present' && reading.prefix.endsWith('س') });
      }
    }
  }
  return out;
}

/** The sentences in which some pattern of the index matches (for @conditions and sentence-wide cues). */
export function sentencesMatching(tokens: readonly Token[], forms: TokenForms, index: PatternIndex): Set<number> {
  const out = new Set<number>();
  for (const m of matchPatterns(tokens, forms, index)) out.add((tokens[m.tokenStart] as Token).sentence);
  return out;
}
