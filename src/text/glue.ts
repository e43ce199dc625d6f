import { hasKnownReading } from './clitics.js';
import { normalize, normalizeWord, type NormalizedText } from './normalize.js';
import type { GlueLexicon, Repair, Token, TrieNode } from './types.js';

/**
 * Repair of words that bad scraping glued together (a lost space, often at a line or tag boundary):
 * الولاياتالمتحدة, مصروالسودان, وزيرالخارجية. Three kinds of evidence:
 * - ة or ى followed by a letter: both occur only at the end of a word, so the cut is certain;
 * - a known multi-word name whose space is missing, found by walking the lexicon's trie across the space;
 * - a known word followed by parts that each start a word visibly: the article (وزير|الخارجية, في|الخرطوم)
 *   or a known name (ليبيا|و|مصر).
 * Everything else is left alone, since a word that merely *contains* known words is almost always a real
 * word (المصور is not ألم|صور, الأدبي not إلا|دبي, استقلال, الاحتلال, والسلام, البحرين stay whole). A part of
 * two letters (في، من) must be followed by an article part (عندما, فيلم stay whole). Results are memoized.
 */

const SPACE = 0x20;
const MIN_GLUED = 4;
/** Known words shorter than this end real words too often (ما in عندما, لم in فيلم) to stand as parts. */
const MIN_PART = 3;
/** A word followed by a name, with no article or و between them, is worth a look only in a token this long. */
const MIN_LONE_NAME_GLUE = 9;
/** Short names hide inside words (هيت in انتهيت, مكة in منهمكة): a name that is not the first part needs this many letters. */
const MIN_NAME_PART = 4;

/**
 * How a part announces the start of a word: with the article (ال + a known stem of three letters or more),
 * as a known name, or not at all (a known word, acceptable only first).
 */
type PartKind = 'article' | 'name' | 'word';

/** One way to read w[start, end) as a single known word: its internal cuts (lost spaces) and clitics. */
interface Part {
  end: number;
  /** Positions inside the part where a known multi-word name had its space. */
  spaces: number[];
  /** The part begins with the conjunction و or ف. */
  conj: boolean;
  /** Letters of the known word itself, its article included, clitics not. */
  core: number;
  kind: PartKind;
}

interface Parse {
  parts: Part[];
  starts: number[];
}

/** Walks the trie along w from `pos`, recording every known entry that ends before `to`. */
function walk(w: string, node: TrieNode, pos: number, to: number, spaces: number[], found: (end: number, spaces: number[]) => void): void {
  let at = node;
  for (let i = pos; i < to; i++) {
    const space = at.next.get(SPACE);
    if (space && i > pos) walk(w, space, i, to, [...spaces, i], found);
    const next = at.next.get(w.charCodeAt(i));
    if (!next) return;
    at = next;
    if (at.terminal) found(i + 1, spaces);
  }
}

const MIN_ARTICLE_STEM = 3;
const WITH_OR_WITHOUT = [false, true];
const WITHOUT = [false];

/**
 * Every known word (with optional conjunction, preposition and article) that starts at `start`.
 * `hamza[i]` is 1 where the normalized ا was written أ إ or آ: the article's alef never is, so إليكم or
 * آليات does not start with the article even though it normalizes to ال….
 */
function partsAt(w: string, start: number, to: number, written: Written, lexicon: GlueLexicon): Part[] {
  const parts: Part[] = [];
  const root = lexicon.trie;
  const conjOptions = 'وف'.includes(w.charAt(start)) ? WITH_OR_WITHOUT : WITHOUT;
  for (const conj of conjOptions) {
    const p = start + (conj ? 1 : 0);
    const prepOptions = 'بكل'.includes(w.charAt(p)) ? WITH_OR_WITHOUT : WITHOUT;
    for (const prep of prepOptions) {
      const q = p + (prep ? 1 : 0);
      // An entry as written from q: a name, a word, or a word that carries the article (الخارجية).
      walk(w, root, q, to, [], (end, spaces) => {
        const entry = w.slice(q, end);
        const name = spaces.length > 0 || lexicon.isName(entry);
        // ال + fewer than three letters is a function word (الا، الم، الي), never a word start to cut at.
        if (w.startsWith('ال', q) && end - q - 2 < MIN_ARTICLE_STEM && !name) return;
        // The article is ال before a known stem (الخارجية) or part of a name (السودان); اليات (آليات) is neither.
        const article = w.startsWith('ال', q) && !written.hamzaAt(q) && (name || lexicon.has(entry.slice(2)));
        parts.push({ end, spaces, conj, core: end - q, kind: article ? 'article' : name ? 'name' : 'word' });
      });
      const stemAt = prep && w.charAt(p) === 'ل' && w.charAt(q) === 'ل' ? q + 1 : w.startsWith('ال', q) && !written.hamzaAt(q) ? q + 2 : -1;
      if (stemAt < 0) continue;
      // The article, or ل + ال written لل, before a known stem (or a name the lexicon lists with its article).
      const record = (end: number, spaces: number[]): void => {
        if (end - stemAt >= MIN_ARTICLE_STEM) parts.push({ end, spaces, conj, core: end - q, kind: 'article' });
      };
      walk(w, root, stemAt, to, [], record);
      if (stemAt === q + 1) {
        const alef = root.next.get(0x0627);
        if (alef) walk(w, alef, q, to, [], record);
      }
    }
  }
  return parts;
}

function spaceCount(parse: Parse): number {
  return parse.parts.reduce((n, p) => n + p.spaces.length, 0);
}

/** Fewer parts first; then fewer lost spaces, so a name written as one word (وبورسعيد) is not cut. */
function better(a: Parse, b: Parse | null): boolean {
  if (!b) return true;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length;
  return spaceCount(a) < spaceCount(b);
}

/** Can `part` stand right before `next`? */
function fitsBefore(part: Part, next: Part): boolean {
  if (part.core < MIN_PART && !(part.core === 2 && next.kind === 'article' && !next.conj)) return false;
  // و between two names (ليبياومصر) but not after a plain word (أنتونيس is not أنت و نيس).
  return !(next.conj && next.kind === 'name' && part.kind === 'word');
}

/** The parse of w[from, to) into the fewest acceptable parts, or null; memoized by start position. */
function parseKnown(w: string, from: number, to: number, written: Written, lexicon: GlueLexicon): Parse | null {
  const memo = new Map<number, Parse | null>();
  const best = (start: number): Parse | null => {
    if (memo.has(start)) return memo.get(start) ?? null;
    let result: Parse | null = null;
    for (const part of partsAt(w, start, to, written, lexicon)) {
      if (start > from && (part.kind === 'word' || (part.kind === 'name' && !part.conj && part.core < MIN_NAME_PART))) continue;
      let candidate: Parse | null = null;
      if (part.end === to) {
        if (part.core >= MIN_PART) candidate = { parts: [part], starts: [start] };
      } else {
        const rest = best(part.end);
        if (rest && fitsBefore(part, rest.parts[0] as Part)) candidate = { parts: [part, ...rest.parts], starts: [start, ...rest.starts] };
      }
      if (candidate && better(candidate, result)) result = candidate;
    }
    memo.set(start, result);
    return result;
  };
  return best(from);
}

interface Split {
  /** Cut positions in the normalized word, ascending. */
  cuts: number[];
  reason: string;
}

const TA_MARBUTA = 0x0629;
const ALEF_MAQSURA = 0x0649;
const HAMZA = 0x0621;
const HAMZA_ALEFS = new Set([0x0623, 0x0625, 0x0622]);

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a && code !== 0x0640) || (code >= 0x0671 && code <= 0x06d3);
}

/**
 * What the normalized word lost that glue repair needs: where ة and ى were, and which alefs had a hamza.
 * Read lazily from the surface: for most tokens neither question is ever asked.
 */
class Written {
  private map: NormalizedText | null = null;

  constructor(
    private readonly surface: string,
    private readonly w: string,
  ) {}

  /** The surface character behind normalized position k (normalization is one-to-one for most words). */
  private sourceOf(k: number): number {
    if (this.surface.length === this.w.length) return this.surface.charCodeAt(k);
    this.map ??= normalize(this.surface);
    return this.surface.charCodeAt(this.map.toOriginal(k));
  }

  /** The article's alef is never written with a hamza: إليكم and آليات do not start with the article. */
  hamzaAt(k: number): boolean {
    return HAMZA_ALEFS.has(this.sourceOf(k));
  }

  /**
   * Normalized positions right after a ة or ى that ends a word inside the token. ة then a letter is always a
   * lost space (one stray letter after it is a typo: الضربةن); ى then a letter is one unless a hamza follows
   * (شاطىء, an old spelling) or fewer than three letters do (ى typed for ي: السورىات).
   */
  certainCuts(): number[] {
    const { surface, w } = this;
    let found = false;
    for (let i = 0; i < surface.length - 1 && !found; i++) {
      const c = surface.charCodeAt(i);
      found = c === TA_MARBUTA || c === ALEF_MAQSURA;
    }
    if (!found) return [];
    const cuts: number[] = [];
    for (let k = 0; k + 1 < w.length; k++) {
      const source = this.sourceOf(k);
      if ((source !== TA_MARBUTA && source !== ALEF_MAQSURA) || !isArabicLetter(w.charCodeAt(k + 1))) continue;
      const rest = w.length - k - 1;
      const conjunction = rest === 1 && 'وف'.includes(w.charAt(k + 1));
      if (source === TA_MARBUTA ? rest >= 2 || conjunction : rest >= 3 && w.charCodeAt(k + 1) !== HAMZA) cuts.push(k + 1);
    }
    return cuts;
  }
}

/** One part is a known word with its clitics (والسلام), not glue, unless it is a name that lost its space. */
function isGlue(parse: Parse | null): parse is Parse {
  return parse !== null && (parse.parts.length > 1 || parse.parts.some((p) => p.spaces.length > 0));
}

/** Adds the cuts a parse implies and returns the reason for them. */
function addCuts(parse: Parse, cuts: Set<number>): string {
  let named = false;
  let conjoined = false;
  parse.parts.forEach((part, i) => {
    const start = parse.starts[i] as number;
    if (i > 0) cuts.add(start);
    for (const space of part.spaces) cuts.add(space);
    named ||= part.spaces.length > 0;
    // مصروالسودان: the و between two known words becomes a token of its own.
    if (i > 0 && part.conj) {
      cuts.add(start + 1);
      conjoined = true;
    }
  });
  if (named) return 'a known name written without its space';
  return conjoined ? 'a conjunction between known words' : 'known words glued together';
}

function computeSplit(surface: string, w: string, lexicon: GlueLexicon): Split | null {
  const written = new Written(surface, w);
  const certain = written.certainCuts();
  // The whole word first, so a name spanning a ة (الإماراتالعربيةالمتحدة) is still found as one name.
  const whole = parseKnown(w, 0, w.length, written, lexicon);
  // A known word, or clitics around a known stem (حيالهما), is what it seems unless a ة or ى says otherwise.
  if (certain.length === 0 && (!isGlue(whole) || hasKnownReading(w, lexicon))) return null;
  const cuts = new Set(certain);
  const reasons = new Set<string>();
  if (certain.length > 0) reasons.add('ة or ى inside a word');
  if (isGlue(whole)) reasons.add(addCuts(whole, cuts));
  else {
    const bounds = [0, ...certain, w.length];
    for (let s = 0; s + 1 < bounds.length; s++) {
      const parse = parseKnown(w, bounds[s] as number, bounds[s + 1] as number, written, lexicon);
      if (isGlue(parse)) reasons.add(addCuts(parse, cuts));
    }
  }
  if (cuts.size === 0) return null;
  return { cuts: [...cuts].sort((a, b) => a - b), reason: [...reasons].join('; ') };
}

const CACHE_LIMIT = 200_000;
const splitCache = new WeakMap<GlueLexicon, Map<string, Split | null>>();

const CLITIC_LETTERS = 'وفبكل';

/**
 * A quick test, without the memo, for what a glued word needs: a ة or ى before its end, an article (ال or لل)
 * after the first letters that are not clitics (وزيرالخارجية, but not وبالمدينة), a و inside (ليبياومصر), or
 * enough letters for a word and a name (تنظيمداعش). It lets nine tokens in ten through without a lookup.
 */
function mayBeGlued(surface: string, w: string): boolean {
  const n = w.length;
  if (n >= MIN_LONE_NAME_GLUE) return true;
  for (let i = 0; i < surface.length - 1; i++) {
    const c = surface.charCodeAt(i);
    if (c === TA_MARBUTA || c === ALEF_MAQSURA) return true;
  }
  let clitics = 0;
  while (clitics < 2 && CLITIC_LETTERS.includes(w.charAt(clitics))) clitics++;
  for (let p = w.indexOf('ل', 2); p >= 0 && p <= n - 3; p = w.indexOf('ل', p + 1)) {
    const before = w.charAt(p - 1);
    if ((before === 'ا' || before === 'ل') && p - 1 > clitics) return true;
  }
  const waw = w.indexOf('و', MIN_PART);
  return waw >= 0 && waw <= n - 1 - MIN_PART;
}

function splitOf(token: Token, cache: Map<string, Split | null>, lexicon: GlueLexicon): Split | null {
  if (!mayBeGlued(token.surface, token.norm)) return null;
  let split = cache.get(token.surface);
  if (split === undefined) {
    split = computeSplit(token.surface, token.norm, lexicon);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token.surface, split);
  }
  return split;
}

/** The token cut at normalized positions, as new word tokens with original offsets; null if a cut falls inside a ligature. */
function cutToken(token: Token, cuts: number[]): Token[] | null {
  const map = normalize(token.surface);
  const bounds = [0, ...cuts.map((c) => map.toOriginal(c)), token.surface.length];
  for (let i = 1; i < bounds.length; i++) if ((bounds[i] as number) <= (bounds[i - 1] as number)) return null;
  const parts: Token[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const surface = token.surface.slice(bounds[i - 1], bounds[i]);
    const start = token.start + (bounds[i - 1] as number);
    parts.push({ index: 0, start, end: start + surface.length, surface, norm: normalizeWord(surface), kind: 'word', sentence: token.sentence });
  }
  return parts;
}

/**
 * Splits glued words into their parts (each a word token with offsets into the original) and records each
 * repair. The returned tokens are re-indexed 0..n-1; the input is not modified.
 */
export function repairGlued(tokens: Token[], names: GlueLexicon): { tokens: Token[]; repairs: Repair[] } {
  const out: Token[] = [];
  const repairs: Repair[] = [];
  let cache = splitCache.get(names);
  if (!cache) {
    cache = new Map();
    splitCache.set(names, cache);
  }
  for (const token of tokens) {
    const split = token.kind === 'word' && token.norm.length >= MIN_GLUED ? splitOf(token, cache, names) : null;
    const parts = split ? cutToken(token, split.cuts) : null;
    if (!split || !parts) {
      out.push(out.length === token.index ? token : { ...token, index: out.length });
      continue;
    }
    for (const part of parts) out.push({ ...part, index: out.length });
    repairs.push({ start: token.start, end: token.end, surface: token.surface, parts: parts.map((p) => p.surface), reason: split.reason });
  }
  return { tokens: out, repairs };
}
