import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../core/index.js';
import { lexiconFolder, loadDefaultLexicon, loadLexicon, type LexiconEntry } from '../lexicon/index.js';
import { stemVariants, type WordLookup } from '../text/index.js';
import type { DayPart, Phase, TimeUnit, Weekday } from './time-reading.js';

/** The word lists of time expressions, in data/lexicon (see the head of each file for its keys). */
export const TIME_WORD_LISTS = ['months.txt', 'hijri-months.txt', 'weekdays.txt', 'numbers.txt', 'time-words.txt'] as const;

const GIVEN_NAMES = 'given-names.txt';
const NO_WORDS: WordLookup = { has: () => false };

/** Words that only guard or join; their key has no value. */
const MARKERS = [
  'tomorrow',
  'day-word',
  'month-word',
  'year-word',
  'this',
  'of',
  'same-as',
  'first-day',
  'year-prep',
  'ago',
  'after',
  'about',
  'from-event',
  'now',
  'only',
  'future',
  'honorific',
  'ambiguous',
  'not-today',
  'other-day',
  'media',
  'name-head',
  'general-noun',
  'numeral-after',
  'homograph',
  'range-joiner',
] as const;
export type Marker = (typeof MARKERS)[number];

/** What one entry of the time word lists means: the key in its first variant, parsed. */
export type Sense =
  | { cls: 'month'; calendar: 'gregorian' | 'hijri'; value: number }
  | { cls: 'weekday'; value: Weekday }
  | { cls: 'number' | 'ordinal' | 'holiday-day' | 'day' | 'night' | 'direction'; value: number }
  | { cls: 'part'; value: DayPart }
  | { cls: 'period'; value: 'week' | 'month' | 'year' }
  | { cls: 'phase'; value: Phase }
  | { cls: 'unit'; value: TimeUnit; count: 1 | 2 | null }
  | { cls: 'era'; value: 'hijri' | 'gregorian' }
  | { cls: 'holiday'; month: number; day: number }
  | { cls: Marker };

export type SenseClass = Sense['cls'];

const DAY_PARTS: readonly DayPart[] = ['dawn', 'morning', 'noon', 'afternoon', 'evening', 'night'];
const PHASES: readonly Phase[] = ['early', 'mid', 'late', 'spring', 'summer', 'autumn', 'winter'];
const UNITS: readonly TimeUnit[] = ['day', 'week', 'month', 'year'];

function integerIn(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^-?\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function oneOf<T extends string>(text: string | undefined, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === text) ?? null;
}

/** The meaning of a key such as `month:7`, `weekday:4`, `day:-1`, `unit:year:2` or `ambiguous`; null if unknown. */
export function parseSense(key: string): Sense | null {
  const [cls, value, extra] = key.split(':');
  const n = (min: number, max: number) => integerIn(value, min, max);
  switch (cls) {
    case 'month':
    case 'hijri-month': {
      const month = n(1, 12);
      return month === null ? null : { cls: 'month', calendar: cls === 'month' ? 'gregorian' : 'hijri', value: month };
    }
    case 'weekday': {
      const weekday = n(0, 6);
      return weekday === null ? null : { cls, value: weekday as Weekday };
    }
    case 'number':
    case 'ordinal':
    case 'holiday-day':
    case 'day':
    case 'night':
    case 'direction': {
      const number = cls === 'number' || cls === 'ordinal' || cls === 'holiday-day' ? n(1, 1000) : n(-9, 9);
      return number === null ? null : { cls, value: number };
    }
    case 'part': {
      const part = oneOf(value, DAY_PARTS);
      return part && { cls, value: part };
    }
    case 'period': {
      const unit = oneOf(value, ['week', 'month', 'year'] as const);
      return unit && { cls, value: unit };
    }
    case 'phase': {
      const phase = oneOf(value, PHASES);
      return phase && { cls, value: phase };
    }
    case 'unit': {
      const unit = oneOf(value, UNITS);
      const count = extra === '1' ? 1 : extra === '2' ? 2 : extra === 'n' ? null : undefined;
      return unit && count !== undefined ? { cls, value: unit, count } : null;
    }
    case 'holiday': {
      const [month, day] = (value ?? '').split('-').map((part) => integerIn(part, 1, 30));
      return month != null && day != null && month <= 12 ? { cls, month, day } : null;
    }
    case 'era': {
      const era = oneOf(value, ['hijri', 'gregorian'] as const);
      return era && { cls, value: era };
    }
    default: {
      const marker = value === undefined ? oneOf(cls, MARKERS) : null;
      return marker && { cls: marker };
    }
  }
}

const NONE: readonly string[] = [];
const MEMO_LIMIT = 100_000;
/** وبال, وللـ: the most letters Arabic writes before a word's stem. */
const MAX_PROCLITIC_LETTERS = 4;

/** A trie of words read from their last letter. */
interface SuffixNode {
  next: Map<number, SuffixNode>;
  terminal: boolean;
}

function addSuffix(root: SuffixNode, word: string): void {
  let node = root;
  for (let i = word.length - 1; i >= 0; i--) {
    const code = word.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), terminal: false };
      node.next.set(code, child);
    }
    node = child;
  }
  node.terminal = true;
}

/** A phrase of the lists that starts with a given word: the words after it, and what it means. */
interface Phrase {
  rest: readonly string[];
  sense: Sense;
}

/** A phrase found in the text: its meaning and how many tokens it spans. */
export interface SenseMatch {
  sense: Sense;
  length: number;
}

/**
 * The time word lists as a lookup from a token's normalized form to the phrases it may start. Built once;
 * matching a token is one Map lookup, and only a hit looks at the following tokens.
 */
export class TimeWords implements WordLookup {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly cliticMemo = new Map<string, readonly string[]>();
  private readonly suffixes: SuffixNode = { next: new Map(), terminal: false };

  /**
   * `words` guards clitic stripping (src/text): a word it knows is never cut. `givenNames` are first names: a
   * weekday right after one is a family name («عبدالله الجمعة»).
   */
  constructor(
    entries: Iterable<Pick<LexiconEntry, 'canonical' | 'variants' | 'source' | 'line'>>,
    private readonly words: WordLookup,
    readonly givenNames: WordLookup = NO_WORDS,
  ) {
    for (const entry of entries) {
      const sense = parseSense(entry.canonical);
      if (!sense) {
        throw new DataError(
          `${entry.source}:${entry.line}: "${entry.canonical}" is not a time-word key`,
          'begin the line with a key the grammar knows (month:N, hijri-month:N, weekday:N, number:N, ordinal:N, day:N, part:…, unit:…:1|2|n, …); see data/lexicon/time-words.txt',
        );
      }
      for (const variant of entry.variants.slice(1)) {
        const [first, ...rest] = variant.split(' ');
        if (!first) continue;
        const phrases = this.byFirst.get(first) ?? [];
        phrases.push({ rest, sense });
        this.byFirst.set(first, phrases);
      }
    }
    // Longest first, so كانون الثاني is found before كانون and أمس الأول before أمس.
    for (const phrases of this.byFirst.values()) phrases.sort((a, b) => b.rest.length - a.rest.length);
    for (const first of this.byFirst.keys()) {
      addSuffix(this.suffixes, first);
      if (first.startsWith('ال')) addSuffix(this.suffixes, first.slice(2));
    }
  }

  /** True when a phrase starts with this normalized word, or the text layer's lexicon knows it. */
  has(normWord: string): boolean {
    return this.byFirst.has(normWord) || this.words.has(normWord);
  }

  /**
   * True when the word ends with the first word of a phrase (or that word without its article) after one to
   * four other letters: the only words whose clitic-stripped forms can start a phrase. A walk backwards through
   * a trie of those endings, so most words are rejected after a letter or two with no allocation.
   */
  private endsWithPhraseStart(normWord: string): boolean {
    let node: SuffixNode | undefined = this.suffixes;
    for (let i = normWord.length - 1; i >= 1; i--) {
      node = node.next.get(normWord.charCodeAt(i));
      if (!node) return false;
      if (node.terminal && i <= MAX_PROCLITIC_LETTERS) return true;
    }
    return false;
  }

  /** A word listed as `homograph`: it only looks like a clitic on a time word (لامس). */
  private isHomograph(normWord: string): boolean {
    return this.byFirst.get(normWord)?.some((p) => p.rest.length === 0 && p.sense.cls === 'homograph') ?? false;
  }

  /** True when some phrase starts with this normalized word. */
  starts(normWord: string): boolean {
    return this.byFirst.has(normWord);
  }

  /**
   * The forms of a word, once its conjunction or preposition is stripped by the text layer, that start a
   * phrase (والخميس → الخميس, لليوم → اليوم); the article is never stripped, since the lists carry it.
   * Memoized by word: the text layer's analysis then runs once per distinct word, not once per token.
   */
  cliticForms(normWord: string): readonly string[] {
    if (!this.endsWithPhraseStart(normWord) || this.isHomograph(normWord)) return NONE;
    let forms = this.cliticMemo.get(normWord);
    if (forms === undefined) {
      const variants = stemVariants(normWord, this);
      // Only proclitics: a form that keeps the word's end (بعدها is not بعد, العامة not العام).
      const keepsEnd = (v: string) => normWord.endsWith(v) || (v.startsWith('ال') && normWord.endsWith(v.slice(2)));
      forms = variants.filter((v) => v !== normWord && keepsEnd(v) && this.byFirst.has(v) && !variants.includes('ال' + v));
      if (forms.length === 0) forms = NONE;
      if (this.cliticMemo.size >= MEMO_LIMIT) this.cliticMemo.clear();
      this.cliticMemo.set(normWord, forms);
    }
    return forms;
  }

  /**
   * The phrases that start with `first` and continue with the words `next(1)`, `next(2)`…, longest first.
   * `next(k)` is the normalized form of the k-th following token, or undefined where the phrase cannot go on.
   */
  match(first: string, next: (k: number) => string | undefined): SenseMatch[] {
    const phrases = this.byFirst.get(first);
    if (!phrases) return [];
    const out: SenseMatch[] = [];
    for (const { rest, sense } of phrases) {
      if (rest.every((word, k) => next(k + 1) === word)) out.push({ sense, length: rest.length + 1 });
    }
    return out;
  }
}

/** Time words from word lists applied in order (later lists add to and remove from earlier ones). */
/** The list of first names the NER stage keeps (data/lexicon/given-names.txt), when it is there. */
function givenNames(): WordLookup {
  const path = join(lexiconFolder(), GIVEN_NAMES);
  return existsSync(path) ? loadLexicon([path]) : NO_WORDS;
}

export function loadTimeWords(paths: readonly string[] = TIME_WORD_LISTS.map((name) => join(lexiconFolder(), name))): TimeWords {
  return new TimeWords(loadLexicon(paths).entries, loadDefaultLexicon(), givenNames());
}

let cached: TimeWords | undefined;

/** The time words Marsad ships (data/lexicon), loaded once per process. */
export function defaultTimeWords(): TimeWords {
  cached ??= loadTimeWords();
  return cached;
}
