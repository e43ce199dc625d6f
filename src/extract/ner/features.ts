import type { PhraseMatcher } from './phrases.js';

export type WordKind = 'word' | 'number' | 'punct' | 'symbol' | 'latin' | 'url';

/** What the features need to know about one token; the text layer and the lexicon answer it (see resources.ts). */
export interface WordInfo {
  surface: string;
  norm: string;
  kind: WordKind;
  /** Clitic-stripped forms, most stripped last; empty when the word carries no clitic. */
  stems: readonly string[];
  /** The word carries the definite article ال (possibly after و, ف, ب, ك or ل). */
  article: boolean;
}

export interface FeatureResources {
  describe(surface: string): WordInfo;
  /** Word lists matched over the whole sentence (gazetteer, titles…); each adds B/I/S features under its name. */
  lists: readonly { name: string; matcher: PhraseMatcher }[];
}

/** Features look this many tokens either side. */
export const WINDOW = 2;
const OFFSETS = [-2, -1, 0, 1, 2] as const;

/** The feature prefix of a neighbour: `-1|w=…` is the previous word. */
function at(offset: number): string {
  return offset > 0 ? `+${offset}|` : `${offset}|`;
}

const NISBA = ['يين', 'يون', 'يه', 'ي'];

function lengthBucket(length: number): string {
  return length >= 8 ? '8+' : String(length);
}

/**
 * The observation features of one word for each position it can take in the window (offset −2 … +2).
 * The word itself gets the full set; neighbours get the few that carry context (identity, stem, article, kind, ending).
 */
export function wordFeatures(info: WordInfo): string[][] {
  const { norm, kind, stems } = info;
  const core = stems[stems.length - 1] ?? norm;
  const identity = [`w=${norm}`, ...stems.map((stem) => `st=${stem}`)];
  const shape = [`k=${kind}`];
  if (info.article) shape.push('al');
  const nisba = kind === 'word' ? NISBA.find((ending) => core.length > ending.length + 1 && core.endsWith(ending)) : undefined;
  if (nisba !== undefined) shape.push(`nisba=${nisba}`);

  const own = [...identity, ...shape, `len=${lengthBucket(norm.length)}`];
  if (kind === 'word' || kind === 'latin') {
    for (let n = 1; n <= 3 && n < norm.length; n++) own.push(`p${n}=${norm.slice(0, n)}`, `s${n}=${norm.slice(-n)}`);
    if (core !== norm) for (let n = 2; n <= 3 && n < core.length; n++) own.push(`cs${n}=${core.slice(-n)}`);
  }
  if (kind === 'latin' && /^[A-Z]/.test(info.surface)) own.push('cap');
  if (kind === 'number' && /^(1[89]|20)\d\d$/.test(norm)) own.push('year');

  const near = [...identity, ...shape];
  const far = [`w=${norm}`, ...(core !== norm ? [`st=${core}`] : []), `k=${kind}`];
  const byOffset = { 0: own, 1: near, 2: far } as const;
  return OFFSETS.map((offset) => byOffset[Math.abs(offset) as 0 | 1 | 2].map((feature) => at(offset) + feature));
}

/** Sentence edges are neighbours too: "the sentence starts here" is a strong cue. */
function edgeFeatures(offset: number): string[] {
  return [`${at(offset)}w=${offset < 0 ? '<s>' : '</s>'}`];
}

/** The features of a sentence as one array of ids with per-token offsets (token i owns ids[offsets[i] … offsets[i+1])). */
export interface EncodedSentence {
  length: number;
  offsets: Int32Array;
  ids: Int32Array;
}

/**
 * Turns tokens into feature ids. `lookup` gives a feature's id, or −1 for a feature the model does not know
 * (at training time it interns instead). Word features are computed once per distinct word and cached as ids,
 * which is what makes tagging fast: most tokens of a news text are words seen before.
 */
export class FeatureEncoder {
  private readonly words = new Map<string, { info: WordInfo; ids: Int32Array[] }>();
  private readonly edges: Int32Array[];
  private readonly bias: number;

  constructor(
    private readonly resources: FeatureResources,
    private readonly lookup: (feature: string) => number,
    private readonly cacheLimit = 200_000,
  ) {
    this.edges = OFFSETS.map((offset) => this.ids(offset === 0 ? [] : edgeFeatures(offset)));
    this.bias = lookup('bias');
  }

  encode(tokens: readonly string[]): EncodedSentence {
    const length = tokens.length;
    const entries = tokens.map((token) => this.word(token));
    const listFeatures = this.listFeatures(entries.map((entry) => entry.info));
    const offsets = new Int32Array(length + 1);
    const ids: number[] = [];
    for (let i = 0; i < length; i++) {
      if (this.bias >= 0) ids.push(this.bias);
      OFFSETS.forEach((offset, slot) => {
        const j = i + offset;
        const source = j >= 0 && j < length ? entries[j]?.ids[slot] : offset === 0 ? undefined : this.edges[slot];
        for (const id of source ?? []) if (id >= 0) ids.push(id);
      });
      for (const id of listFeatures[i] ?? []) ids.push(id);
      offsets[i + 1] = ids.length;
    }
    return { length, offsets, ids: Int32Array.from(ids) };
  }

  private word(surface: string): { info: WordInfo; ids: Int32Array[] } {
    let entry = this.words.get(surface);
    if (entry === undefined) {
      if (this.words.size >= this.cacheLimit) this.words.clear();
      const info = this.resources.describe(surface);
      entry = { info, ids: wordFeatures(info).map((features) => this.ids(features)) };
      this.words.set(surface, entry);
    }
    return entry;
  }

  private ids(features: readonly string[]): Int32Array {
    return Int32Array.from(features.map(this.lookup).filter((id) => id >= 0));
  }

  /** List matches are properties of the sentence, not of a word: each token sees its own and its neighbours'. */
  private listFeatures(infos: readonly WordInfo[]): number[][] {
    const out = infos.map((): number[] => []);
    if (this.resources.lists.length === 0) return out;
    const forms = infos.map((info) => [info.norm, ...info.stems]);
    for (const { name, matcher } of this.resources.lists) {
      const positions = matcher.match(forms);
      positions.forEach((position, j) => {
        if (position === null) return;
        for (const offset of OFFSETS) {
          const id = this.lookup(`${at(offset)}${name}=${position}`);
          if (id >= 0) out[j - offset]?.push(id);
        }
      });
    }
    return out;
  }
}
