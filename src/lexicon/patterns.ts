import { DataError } from '../core/index.js';
import { conjugate, type Tense } from '../text/verbs.js';
import { declineNoun } from '../text/nouns.js';
import { parseWordList } from './wordlist.js';

/**
 * Sectioned pattern lists: the word-list format (one entry a line, `|` between variants, `#` comments,
 * `!entry` removes an earlier entry) with section headers and a small pattern syntax, for lexicons of
 * phrases rather than names (event triggers, modality cues, context cues).
 *
 *   [ASSAULT aerial]            a section header: the words say what the entries below mean
 *   +قصف | قصف | غارة            a variant is space-separated words:
 *   +أطلق * النار                 +word  a verb by its past 3ms form, matched in every person and tense
 *   +خرج @crowd                   word   a noun or particle, matched with its regular inflections and with/without ال
 *                                  *      a gap of up to three words (أطلق مسلحون النار)
 *                                  @name  a condition: the sentence must also hold a cue of section [cue name]
 */

export type PatternWord =
  | { kind: 'verb'; base: string; forms: ReadonlyMap<string, Tense> }
  | { kind: 'word'; forms: ReadonlySet<string> }
  | { kind: 'gap'; max: number };

export interface Pattern {
  /** The header's words, e.g. ['ASSAULT', 'aerial']. */
  section: readonly string[];
  words: readonly PatternWord[];
  /** Cue sections (their names) the sentence must also match. */
  conditions: readonly string[];
  /** The variant as written, and the entry (first variant) it belongs to. */
  text: string;
  entry: string;
  source: string;
  line: number;
}

const GAP = 3;

function malformed(source: string, line: number, problem: string): DataError {
  return new DataError(`${source}:${line}: ${problem}`, 'see the format described at the top of src/lexicon/patterns.ts');
}

function headerOf(surface: string): string[] | null {
  const m = /^\[(.+)\]$/.exec(surface);
  return m ? (m[1] as string).trim().split(/\s+/) : null;
}

function wordForms(word: string): Set<string> {
  const forms = new Set<string>();
  for (const form of declineNoun(word)) {
    forms.add(form);
    // The article is optional both ways: إطلاق النار and إطلاق نار name the same thing.
    if (form.startsWith('ال') && form.length > 3) forms.add(form.slice(2));
    else forms.add('ال' + form);
  }
  return forms;
}

function compileVariant(variant: string, surface: string, source: string, line: number): { words: PatternWord[]; conditions: string[] } {
  const words: PatternWord[] = [];
  const conditions: string[] = [];
  for (const piece of variant.split(' ')) {
    if (piece.startsWith('@')) conditions.push(piece.slice(1));
    else if (piece === '*') words.push({ kind: 'gap', max: GAP });
    else if (piece.startsWith('+')) {
      const [past, present] = piece.slice(1).split('/');
      if (!past) throw malformed(source, line, `a "+" with no verb in "${surface}"`);
      const forms = new Map<string, Tense>();
      for (const f of conjugate(present ? { past, present } : { past })) forms.set(f.form, f.tense);
      words.push({ kind: 'verb', base: past, forms });
    } else words.push({ kind: 'word', forms: wordForms(piece) });
  }
  if (words.length === 0 || words[0]?.kind === 'gap' || words[words.length - 1]?.kind === 'gap') {
    throw malformed(source, line, `"${surface}" must start and end with a word`);
  }
  return { words, conditions };
}

/** Parses a sectioned pattern list; `!entry` lines remove earlier entries with the same variant in any section. */
export function parsePatternList(content: string, source: string): Pattern[] {
  let section: string[] | null = null;
  let patterns: Pattern[] = [];
  for (const entry of parseWordList(content, source)) {
    const header = entry.surfaces.length === 1 ? headerOf(entry.surfaces[0] as string) : null;
    if (header) {
      section = header;
      continue;
    }
    if (entry.remove) {
      patterns = patterns.filter((p) => !entry.variants.includes(p.text));
      continue;
    }
    if (!section) throw malformed(source, entry.line, 'an entry before the first [section] header');
    entry.variants.forEach((variant, i) => {
      const { words, conditions } = compileVariant(variant, entry.surfaces[i] ?? variant, source, entry.line);
      patterns.push({
        section: section as string[],
        words,
        conditions,
        text: variant,
        entry: entry.surfaces[0] as string,
        source,
        line: entry.line,
      });
    });
  }
  return patterns;
}

/** Patterns indexed by every form of their first word: matching costs one Map lookup per token. */
export class PatternIndex {
  private readonly byFirst = new Map<string, Pattern[]>();

  constructor(readonly patterns: readonly Pattern[]) {
    for (const p of patterns) {
      const first = p.words[0] as Exclude<PatternWord, { kind: 'gap' }>;
      const keys = first.kind === 'verb' ? first.forms.keys() : first.forms.values();
      for (const key of keys) {
        const list = this.byFirst.get(key);
        if (list) list.push(p);
        else this.byFirst.set(key, [p]);
      }
    }
  }

  /** Patterns whose first word can be this normalized form. */
  startingWith(form: string): readonly Pattern[] | undefined {
    return this.byFirst.get(form);
  }

  /** Every form of every word of the patterns: what the clitic segmenter should treat as known stems. */
  *words(): Iterable<string> {
    for (const p of this.patterns) {
      for (const w of p.words) if (w.kind !== 'gap') yield* w.forms.keys();
    }
  }
}
