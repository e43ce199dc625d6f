import { segment, stemVariants, type Token, type WordLookup } from '../text/index.js';
import type { ActorDictionary, ActorPhrase } from '../lexicon/actors.js';

/**
 * The dictionary scan of actor coding: one Map lookup per form of a token, look-ahead only on a hit.
 * Named phrases (actors) compare their later words as written; agent and region phrases ignore the article
 * on every word (قوات الأمن = القوات الأمن = قوات أمن).
 */

/** A phrase found in the text, over tokens [first, last]. */
export interface PhraseMatch {
  phrase: ActorPhrase;
  first: number;
  last: number;
}

/** How each token can be read: its forms for named phrases and for article-free phrases, computed on demand. */
export class TokenReadings {
  private readonly named: (readonly string[] | undefined)[];
  private readonly loose: (readonly string[] | undefined)[];
  private readonly article: (boolean | undefined)[];

  constructor(
    readonly tokens: readonly Token[],
    private readonly lexicon: WordLookup,
  ) {
    this.named = new Array(tokens.length);
    this.loose = new Array(tokens.length);
    this.article = new Array(tokens.length);
  }

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
      forms = all.filter((form, k) => k === 0 || !all.includes('ال' + form));
      this.named[i] = forms;
    }
    return forms;
  }

  /** Does the token carry the article (الجيش, والجيش, للجيش)? A noun in construct (جيش تركيا) does not. */
  hasArticle(i: number): boolean {
    let has = this.article[i];
    if (has === undefined) {
      const all = this.looseForms(i);
      has = all.some((form) => all.includes('ال' + form));
      this.article[i] = has;
    }
    return has;
  }

  /**
   * Where the token starts once its proclitics (و, ف, ب, ك, ل) are set aside: ولقوات → قوات. The article stays
   * (والقوات → القوات) unless a preposition ل swallowed its alif (للمعارضة → معارضة).
   */
  startWithoutProclitics(i: number): number {
    const token = this.tokens[i] as Token;
    if (this.looseForms(i).length < 2) return token.start;
    const morphs = segment(token, this.lexicon).morphs;
    let k = morphs.findIndex((m) => m.role !== 'conj' && m.role !== 'prep' && m.role !== 'future');
    if (morphs[k]?.role === 'article' && morphs[k]?.norm !== morphs[k]?.surface) k++;
    return morphs[k]?.start ?? token.start;
  }
}

/** Longest phrase at token i, among phrases whose first word is one of `firstForms`; later words checked by `fits`. */
function longestAt(
  tokens: readonly Token[],
  i: number,
  firstForms: readonly string[],
  candidates: (word: string) => readonly ActorPhrase[],
  fits: (k: number, word: string) => boolean,
): ActorPhrase | null {
  const sentence = (tokens[i] as Token).sentence;
  let best: ActorPhrase | null = null;
  for (const form of firstForms) {
    for (const phrase of candidates(form)) {
      const n = phrase.words.length;
      if (best && n <= best.words.length) break;
      let ok = i + n <= tokens.length;
      for (let w = 1; ok && w < n; w++) {
        const k = i + w;
        ok = (tokens[k] as Token).sentence === sentence && fits(k, phrase.words[w] as string);
      }
      if (ok) best = phrase;
    }
  }
  return best;
}

/** The longest named phrase at every token; ambiguous ones (`~`) included, for the caller to confirm. */
export function matchNamed(forms: TokenReadings, dictionary: ActorDictionary): PhraseMatch[] {
  const { tokens } = forms;
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = longestAt(tokens, i, forms.namedForms(i), (w) => dictionary.namedStartingWith(w), (k, word) => (tokens[k] as Token).norm === word);
    if (phrase) out.push({ phrase, first: i, last: i + phrase.words.length - 1 });
  }
  return out;
}

/**
 * Non-overlapping matches covering the most tokens (fewer, longer matches on a tie): قوات حكومة الوفاق الوطني
 * is the agent قوات before حكومة الوفاق الوطني, not the name قوات حكومة الوفاق with الوطني left over.
 */
export function selectMatches(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.last - b.last || a.first - b.first);
  // best[k]: [tokens covered, matches used, chosen] over the first k matches.
  const best: [number, number, PhraseMatch[]][] = [[0, 0, []]];
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k] as PhraseMatch;
    let p = k;
    while (p > 0 && (sorted[p - 1] as PhraseMatch).last >= m.first) p--;
    const [covered, used, chosen] = best[p] as [number, number, PhraseMatch[]];
    const take: [number, number, PhraseMatch[]] = [covered + m.last - m.first + 1, used + 1, [...chosen, m]];
    const skip = best[k] as [number, number, PhraseMatch[]];
    best.push(take[0] > skip[0] || (take[0] === skip[0] && take[1] < skip[1]) ? take : skip);
  }
  return (best[sorted.length] as [number, number, PhraseMatch[]])[2];
}

/** Agent, title and region phrases over the tokens `free` allows, longest first and left to right. */
export function matchLoose(forms: TokenReadings, dictionary: ActorDictionary, free: (i: number) => boolean): PhraseMatch[] {
  const { tokens } = forms;
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = free(i)
      ? longestAt(tokens, i, forms.looseForms(i), (w) => dictionary.looseStartingWith(w), (k, word) => free(k) && forms.looseForms(k).includes(word))
      : null;
    if (phrase) {
      out.push({ phrase, first: i, last: i + phrase.words.length - 1 });
      i += phrase.words.length;
    } else i++;
  }
  return out;
}
