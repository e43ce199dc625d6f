import { isDeletedCode, normalize, normalizeWord } from './normalize.js';
import type { Morph, MorphRole, Segmentation, Token, WordLookup } from './types.js';

/**
 * Arabic writes conjunctions, prepositions, the future marker, the article and object/possessive
 * pronouns attached to the word: وبالمدينة = و + ب + ال + مدينة, حكومته = حكومة + ه. Everything here works
 * on normalized words, so ة is already ه and أ is ا.
 *
 * Order of proclitics (at most one of each): و|ف, then ب|ك|ل or س (future, only before an imperfect-verb
 * prefix ي ت ن ا), then ال (after ل contracted to ل: للمدينة = ل + ال + مدينة). One enclitic pronoun may close
 * the word, never together with the article.
 */

const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بكل';
const IMPERFECT_PREFIXES = 'يتنا';
/** Longest first, so هما is tried before ها and ه. */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي'];
/** A guessed stem (one the lexicon does not know) must be at least this long to be worth indexing or cutting. */
const MIN_GUESSED_STEM = 3;
const MIN_STEM = 2;

/** One way to read a normalized word as clitics around a stem. Offsets are into the normalized word. */
interface Analysis {
  conj: boolean;
  /** The preposition or future marker right after the conjunction, if any. */
  prep: 'prep' | 'future' | null;
  /** 2 for ال, 1 for the ل left of it after the preposition ل (لل), 0 for none. */
  article: 0 | 1 | 2;
  stemStart: number;
  stemEnd: number;
  /** The stem in dictionary form: a ta marbuta written ت before a pronoun is restored (حكومته → حكومه). */
  stem: string;
  /** True when that restoration happened, a strong sign the pronoun reading is right. */
  restored: boolean;
}

/**
 * Every reading the grammar allows, the bare word first; stems shorter than two letters are never produced.
 * `taMarbuta` says the word was written with a final ة, which normalization turned into ه: that ه is then
 * part of the word, never the pronoun (مصراتة is not مصرات + ه, while حكومته is حكومة + ه).
 */
function analyses(w: string, taMarbuta: boolean): Analysis[] {
  const out: Analysis[] = [];
  const n = w.length;
  const conjOptions = CONJUNCTIONS.includes(w.charAt(0)) ? [false, true] : [false];
  for (const conj of conjOptions) {
    const p0 = conj ? 1 : 0;
    const first = w.charAt(p0);
    const prepOptions: (Analysis['prep'])[] = [null];
    if (PREPOSITIONS.includes(first)) prepOptions.push('prep');
    if (first === 'س' && IMPERFECT_PREFIXES.includes(w.charAt(p0 + 1))) prepOptions.push('future');
    for (const prep of prepOptions) {
      const p1 = prep ? p0 + 1 : p0;
      const articleOptions: Analysis['article'][] = [0];
      if (prep === 'prep' && first === 'ل') {
        if (w.charAt(p1) === 'ل') articleOptions.push(1);
      } else if (prep !== 'future' && w.startsWith('ال', p1)) articleOptions.push(2);
      // سيقول, سيقتلهم: the future marker needs an imperfect verb of three letters or more (not سان, سابك).
      const minStem = prep === 'future' ? MIN_GUESSED_STEM : MIN_STEM;
      for (const article of articleOptions) {
        const stemStart = p1 + article;
        if (n - stemStart >= minStem) {
          out.push({ conj, prep, article, stemStart, stemEnd: n, stem: w.slice(stemStart), restored: false });
        }
        if (article !== 0) continue;
        for (const enclitic of ENCLITICS) {
          const stemEnd = n - enclitic.length;
          if (stemEnd - stemStart < minStem || !w.endsWith(enclitic) || (taMarbuta && enclitic === 'ه')) continue;
          const stem = w.slice(stemStart, stemEnd);
          // The article never takes a pronoun: الفني is not ألف + ني (إليها, with its hamza, is listed whole).
          if (stem.startsWith('ال')) continue;
          const restorable = stem.endsWith('ت');
          // ي after a noun is far more often the nisba adjective (مصري) than "my": cut it only after a ta marbuta.
          if (enclitic !== 'ي') out.push({ conj, prep, article, stemStart, stemEnd, stem, restored: false });
          // A ta marbuta ends a noun of three letters or more (لغة), so بته is never به + ته.
          if (restorable && stem.length >= MIN_GUESSED_STEM) out.push({ conj, prep, article, stemStart, stemEnd, stem: stem.slice(0, -1) + 'ه', restored: true });
        }
      }
    }
  }
  return out;
}

function isBare(a: Analysis, w: string): boolean {
  return a.stemStart === 0 && a.stemEnd === w.length;
}

function stemKnown(a: Analysis, lexicon: WordLookup): boolean {
  return lexicon.has(a.stem) || (a.article !== 0 && lexicon.has('ال' + a.stem));
}

/** Letters cut off around the stem, the article not counted: fewer is the more cautious reading. */
function cutLetters(a: Analysis, w: string): number {
  return (a.conj ? 1 : 0) + (a.prep ? 1 : 0) + (w.length - a.stemEnd);
}

/** The pronouns common enough in news to cut from a word the lexicon does not know (ه only after a ta marbuta). */
const GUESSED_ENCLITICS = new Set(['ها', 'هم', 'هما', 'نا', 'ه']);

/**
 * A guessed reading of a word the lexicon does not know. Cheap cues only: a stem of three letters or more;
 * a frequent pronoun (ها هم هما نا) or ه after a ta marbuta written ت (حكومته), since the rarer ones (ك كم كن
 * ني ي) end too many words; and ل before ل read as the article unless the lexicon knows the ل-word (للبنان is
 * ل + لبنان only if لبنان is known).
 */
function plausible(a: Analysis, w: string): boolean {
  if (a.stemEnd - a.stemStart < MIN_GUESSED_STEM) return false;
  if (a.stemEnd < w.length) {
    const enclitic = w.slice(a.stemEnd);
    if (!GUESSED_ENCLITICS.has(enclitic)) return false;
    // Before a pronoun, a guessed stem ending in ت is a ta marbuta: only its restored form is plausible.
    if (a.restored !== (enclitic === 'ه' || a.stem.endsWith('ه'))) return false;
  }
  return !(a.prep === 'prep' && a.article === 0 && w.charAt(a.stemStart - 1) === 'ل' && a.stem.startsWith('ل'));
}

/**
 * The reading a segmenter should commit to: none if the word itself is known; else the known stem with the
 * fewest letters cut, and on a tie the proclitic reading, then the stem the lexicon knows as it stands (والذي is و + الذي, والخرطوم is
 * و + الخرطوم, وبالمدينة is و + ب + ال + مدينة); else, for an unknown word, only the article reading
 * (وال، بال، لل… are reliable cues); else none.
 */
function bestAnalysis(w: string, taMarbuta: boolean, lexicon: WordLookup): Analysis | null {
  if (lexicon.has(w)) return null;
  const all = analyses(w, taMarbuta);
  let best: Analysis | null = null;
  let bestCut = Infinity;
  let bestDirect = false;
  for (const a of all) {
    if (isBare(a, w) || !stemKnown(a, lexicon)) continue;
    const cut = cutLetters(a, w);
    const direct = lexicon.has(a.stem);
    // On a tie, a proclitic beats a pronoun (بذلك is ب + ذلك, not بذل + ك), then a stem known as it stands.
    const better =
      best === null ||
      cut < bestCut ||
      (cut === bestCut && (a.stemEnd > best.stemEnd || (a.stemEnd === best.stemEnd && direct && !bestDirect)));
    if (better) {
      best = a;
      bestCut = cut;
      bestDirect = direct;
    }
  }
  if (best) return best;
  for (const a of all) {
    if (a.article !== 0 && a.stemEnd === w.length && plausible(a, w)) {
      const cut = cutLetters(a, w);
      if (cut < bestCut) {
        best = a;
        bestCut = cut;
      }
    }
  }
  return best;
}

/** Does the word read as clitics (pronouns included) around a stem the lexicon knows? حيالهما = حيال + هما. */
export function hasKnownReading(w: string, lexicon: WordLookup): boolean {
  return lexicon.has(w) || analyses(w, false).some((a) => !isBare(a, w) && stemKnown(a, lexicon));
}

const PREP_ROLE = { prep: 'prep', future: 'future' } as const;

/**
 * Splits a word token into clitics and stem, guarded by the lexicon: a known word is never cut, no stem is
 * shorter than two letters, and a reading whose stem is known wins. Morph offsets are into the original text.
 */
export function segment(token: Token, lexicon: WordLookup): Segmentation {
  const whole: Morph = { surface: token.surface, norm: token.norm, start: token.start, end: token.end, role: 'stem' };
  const w = token.norm;
  const a = token.kind === 'word' ? bestAnalysis(w, endsWithTaMarbuta(token.surface), lexicon) : null;
  if (!a) return { morphs: [whole], stem: whole };

  const pieces: [number, number, MorphRole, string][] = [];
  const prepAt = a.conj ? 1 : 0;
  const articleAt = a.prep ? prepAt + 1 : prepAt;
  if (a.conj) pieces.push([0, 1, 'conj', w.charAt(0)]);
  if (a.prep) pieces.push([prepAt, articleAt, PREP_ROLE[a.prep], w.charAt(prepAt)]);
  if (a.article) pieces.push([articleAt, a.stemStart, 'article', 'ال']);
  pieces.push([a.stemStart, a.stemEnd, 'stem', a.stem]);
  if (a.stemEnd < w.length) pieces.push([a.stemEnd, w.length, 'pronoun', w.slice(a.stemEnd)]);

  const map = normalize(token.surface);
  // Morphs tile the token: each runs to where the next one's first letter was written, so a diacritic stays
  // with the letter before it and a leading tatweel with the first morph.
  const bounds = pieces.map(([start]) => (start === 0 ? 0 : map.toOriginal(start)));
  bounds.push(token.surface.length);
  // A cut inside a ligature (ﻻ is two letters from one character) cannot be shown in the original: keep the word whole.
  for (let i = 1; i < bounds.length; i++) if ((bounds[i] as number) <= (bounds[i - 1] as number)) return { morphs: [whole], stem: whole };

  const morphs = pieces.map(([, , role, norm], i): Morph => {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    return { surface: token.surface.slice(from, to), norm, start: token.start + from, end: token.start + to, role };
  });
  return { morphs, stem: morphs.find((m) => m.role === 'stem') as Morph };
}

function computeStemVariants(w: string, taMarbuta: boolean, lexicon: WordLookup): string[] {
  const out = [w];
  const add = (s: string): void => {
    if (!out.includes(s)) out.push(s);
  };
  const known = lexicon.has(w);
  for (const a of analyses(w, taMarbuta)) {
    if (isBare(a, w)) continue;
    // A known word may still hide proclitics (والي: governor, or و + إلى) but not a pronoun (أبها is not أب + ها).
    if (known && a.stemEnd < w.length) continue;
    const direct = lexicon.has(a.stem);
    const withArticle = a.article !== 0 && lexicon.has('ال' + a.stem);
    if (!direct && !withArticle && (known || !plausible(a, w))) continue;
    // A name known only with its article (الخرطوم) is indexed with it; a bare خرطوم would be noise.
    if (direct || !withArticle) add(a.stem);
    if (a.article !== 0) add('ال' + a.stem);
  }
  return out;
}

const CACHE_LIMIT = 200_000;

/**
 * The memo of stem variants for one lexicon (a lexicon is immutable, so its answers can be kept). Word
 * frequencies are Zipfian, so indexing a document is mostly lookups. Words written with a final ة have a memo
 * of their own: the same normalized key reads differently (see analyses).
 */
export interface VariantCache {
  /** Words the lexicon knows: few (thousands) and frequent, so this small memo stays in the CPU cache. */
  known: Map<string, string[]>;
  plain: Map<string, string[]>;
  taMarbuta: Map<string, string[]>;
}

const variantCaches = new WeakMap<WordLookup, VariantCache>();

export function variantCache(lexicon: WordLookup): VariantCache {
  let cache = variantCaches.get(lexicon);
  if (!cache) {
    cache = { known: new Map(), plain: new Map(), taMarbuta: new Map() };
    variantCaches.set(lexicon, cache);
  }
  return cache;
}

/** stemVariants for a word already normalized (`w`), with the surface it was written as. */
export function variantsOf(w: string, surface: string, cache: VariantCache, lexicon: WordLookup): string[] {
  const taMarbuta = w.charCodeAt(w.length - 1) === HEH && endsWithTaMarbuta(surface);
  // Most words cannot carry a clitic at all: answering them here spares a lookup in a large memo.
  if (!mayHaveClitics(w, taMarbuta)) return [w];
  // A known word takes no pronoun reading (see computeStemVariants), so how its final ه was written is moot.
  const memo = lexicon.has(w) ? cache.known : taMarbuta ? cache.taMarbuta : cache.plain;
  let variants = memo.get(w);
  if (!variants) {
    variants = computeStemVariants(w, taMarbuta, lexicon);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(w, variants);
  }
  return variants;
}

/**
 * Every plausible normalized stem of a word, the word itself first (بمصراتة → بمصراته, مصراته). For a search
 * index: an extra stem costs little, a missing one loses a match. Stems the lexicon knows are always included;
 * guessed ones only for words the lexicon does not know. The returned array is shared: do not modify it.
 */
export function stemVariants(word: string, lexicon: WordLookup): string[] {
  return variantsOf(normalizeWord(word), word, variantCache(lexicon), lexicon);
}

const HEH = 0x0647;

/** A quick test that analyses() could find anything besides the bare word: a clitic letter at either end. */
function mayHaveClitics(w: string, taMarbuta: boolean): boolean {
  const n = w.length;
  if (n < 3) return false;
  const first = w.charAt(0);
  if ('وفبكلس'.includes(first) || w.startsWith('ال')) return true;
  const last = w.charAt(n - 1);
  const before = w.charAt(n - 2);
  switch (last) {
    case 'ه':
      return !taMarbuta;
    case 'ك':
      return true;
    case 'ا': // ها نا هما كما
      return before === 'ه' || before === 'ن' || before === 'م';
    case 'م': // هم كم
    case 'ن': // هن كن
      return before === 'ه' || before === 'ك';
    case 'ي': // ني, and ي after a ta marbuta written ت
      return before === 'ن' || before === 'ت';
    default:
      return false;
  }
}
/** Ta marbuta and its presentation forms (isolated, final). */
const TA_MARBUTA = new Set([0x0629, 0xfe93, 0xfe94]);

/** Was the word's last letter (diacritics and tatweel aside) written ة? */
function endsWithTaMarbuta(word: string): boolean {
  let i = word.length - 1;
  while (i >= 0 && isDeletedCode(word.charCodeAt(i))) i--;
  return i >= 0 && TA_MARBUTA.has(word.charCodeAt(i));
}
