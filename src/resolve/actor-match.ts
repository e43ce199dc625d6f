import { normalize, stemVariants, type Token, type WordLookup } from '../text/index.js';
import type { ActorDictionary, ActorPhrase } from '../lexicon/actors.js';

/**
 * The dictionary scan of actor coding: one memo lookup per token (ActorDictionary.mayOpen), clitic analysis and
 * look-ahead only where a phrase may start. Named phrases (actors) compare their later words as written; agent and region phrases
 * ignore the article on every word (قوات الأمن = القوات الأمن = قوات أمن).
 */

/** A phrase found in the text, over tokens [first, last]; `form` is the reading of the first token that matched. */
export interface PhraseMatch {
  phrase: ActorPhrase;
  first: number;
  last: number;
  form: string;
}

const ARTICLE = 'ال';

/** How each token can be read: its forms for named phrases and for article-free phrases, computed on demand. */
export class TokenReadings {
  private readonly named: (readonly string[] | undefined)[];
  private readonly loose: (readonly string[] | undefined)[];
  private readonly article: (boolean | undefined)[];
  /** 1 where some reading of the token may open a phrase of the dictionary (ActorDictionary.mayOpen). */
  readonly opens: Uint8Array;

  constructor(
    readonly tokens: readonly Token[],
    dictionary: ActorDictionary,
  ) {
    this.lexicon = dictionary.lexicon;
    this.named = new Array(tokens.length);
    this.loose = new Array(tokens.length);
    this.article = new Array(tokens.length);
    this.opens = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.kind !== 'punct' && dictionary.mayOpen(token.norm)) this.opens[i] = 1;
    }
  }

  private readonly lexicon: WordLookup;

  /** The token and its clitic-stripped forms, all of them (the article-less stem included). */
  looseForms(i: number): readonly string[] {
    let forms = this.loose[i];
    if (forms === undefined) {
      const token = this.tokens[i] as Token;
      forms = token.kind === 'word' ? stemVariants(token.surface, this.lexicon) : token.kind === 'punct' ? [] : [token.norm];
      this.loose[i] = forms;
    }
    return forms;
  }

  /**
   * The forms a proper name may take: conjunctions and prepositions stripped, the article kept. الكاميرون is
   * not a way of writing كاميرون, nor الحماس of حماس.
   */
  namedForms(i: number): readonly string[] {
    let forms = this.named[i];
    if (forms === undefined) {
      const all = this.looseForms(i);
      forms = all.filter((form, k) => k === 0 || !all.includes(ARTICLE + form));
      this.named[i] = forms;
    }
    return forms;
  }

  /** Does the token carry the article (الجيش, والجيش, للجيش)? A noun in construct (جيش تركيا) does not. */
  hasArticle(i: number): boolean {
    let has = this.article[i];
    if (has === undefined) {
      const all = this.looseForms(i);
      has = all.some((form) => all.includes(ARTICLE + form));
      this.article[i] = has;
    }
    return has;
  }

  /**
   * Where a match starts in the original text: after the proclitics its reading left out (وداعش → داعش), the
   * article kept (والقوات → القوات) unless a preposition ل swallowed its alif (للمعارضة → معارضة).
   */
  startOf(i: number, form: string): number {
    const token = this.tokens[i] as Token;
    const w = token.norm;
    let cut = w.endsWith(form) ? w.length - form.length : w.endsWith(form.slice(ARTICLE.length)) ? w.length - form.length + ARTICLE.length : 0;
    if (cut >= ARTICLE.length && w.startsWith(ARTICLE, cut - ARTICLE.length)) cut -= ARTICLE.length;
    return cut === 0 ? token.start : token.start + normalize(token.surface).toOriginal(cut);
  }
}

/** Longest phrase at token i, among phrases whose first word is one of `firstForms`; later words checked by `fits`. */
function longestAt(
  tokens: readonly Token[],
  i: number,
  firstForms: readonly string[],
  candidates: (word: string) => readonly ActorPhrase[],
  fits: (k: number, word: string) => boolean,
): { phrase: ActorPhrase; form: string } | null {
  const sentence = (tokens[i] as Token).sentence;
  let best: { phrase: ActorPhrase; form: string } | null = null;
  for (const form of firstForms) {
    for (const phrase of candidates(form)) {
      const n = phrase.words.length;
      if (best && n <= best.phrase.words.length) break;
      let ok = i + n <= tokens.length;
      for (let w = 1; ok && w < n; w++) {
        const k = i + w;
        ok = (tokens[k] as Token).sentence === sentence && fits(k, phrase.words[w] as string);
      }
      if (ok) best = { phrase, form };
    }
  }
  return best;
}

/** The longest named phrase at every token; ambiguous ones (`~`) included, for the caller to confirm. */
export function matchNamed(readings: TokenReadings, dictionary: ActorDictionary): PhraseMatch[] {
  const { tokens } = readings;
  const out: PhraseMatch[] = [];
  const candidates = (w: string): readonly ActorPhrase[] => dictionary.namedStartingWith(w);
  const fits = (k: number, word: string): boolean => (tokens[k] as Token).norm === word;
  for (let i = 0; i < tokens.length; i++) {
    if (!readings.opens[i]) continue;
    const found = longestAt(tokens, i, readings.namedForms(i), candidates, fits);
    if (found) out.push({ phrase: found.phrase, first: i, last: i + found.phrase.words.length - 1, form: found.form });
  }
  return out;
}

/**
 * Non-overlapping matches covering the most tokens (fewer, longer matches on a tie): قوات حكومة الوفاق الوطني
 * is the agent قوات before حكومة الوفاق الوطني, not the name قوات حكومة الوفاق with الوطني left over.
 */
export function selectMatches(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.last - b.last || a.first - b.first);
  // best[k]: tokens covered and matches used by the best choice among the first k matches, and how it ends.
  const best: { covered: number; used: number; last: PhraseMatch | null; previous: number }[] = [{ covered: 0, used: 0, last: null, previous: -1 }];
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k] as PhraseMatch;
    let p = k;
    while (p > 0 && (sorted[p - 1] as PhraseMatch).last >= m.first) p--;
    const before = best[p] as (typeof best)[number];
    const skip = best[k] as (typeof best)[number];
    const covered = before.covered + m.last - m.first + 1;
    const used = before.used + 1;
    best.push(covered > skip.covered || (covered === skip.covered && used < skip.used) ? { covered, used, last: m, previous: p } : { ...skip, previous: k, last: null });
  }
  const chosen: PhraseMatch[] = [];
  for (let k = sorted.length; k > 0; ) {
    const step = best[k] as (typeof best)[number];
    if (step.last) chosen.push(step.last);
    k = step.previous;
  }
  return chosen.reverse();
}

/** Agent, title and region phrases over the tokens `free` allows, longest first and left to right. */
export function matchLoose(readings: TokenReadings, dictionary: ActorDictionary, free: (i: number) => boolean): PhraseMatch[] {
  const { tokens } = readings;
  const out: PhraseMatch[] = [];
  const candidates = (w: string): readonly ActorPhrase[] => dictionary.looseStartingWith(w);
  const fits = (k: number, word: string): boolean => free(k) && readings.looseForms(k).includes(word);
  for (let i = 0; i < tokens.length; ) {
    const found = readings.opens[i] && free(i) ? longestAt(tokens, i, readings.looseForms(i), candidates, fits) : null;
    if (found) {
      out.push({ phrase: found.phrase, first: i, last: i + found.phrase.words.length - 1, form: found.form });
      i += found.phrase.words.length;
    } else i++;
  }
  return out;
}
