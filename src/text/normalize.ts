import type { Span } from '../core/index.js';

/**
 * Normalization for matching. Arabic is written with optional vowels, several interchangeable
 * letter shapes and invisible control characters; two spellings a reader sees as the same word
 * must normalize to the same string, while every match can still be shown in the original text.
 *
 * The whole rule set is one lookup table over UTF-16 code units, built once: normalization is a
 * single pass with no regular expressions. Rules (see docs/TEXT.md for the reasons):
 * - أ إ آ ٱ (and the rarer ٲ ٳ ٵ) → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian/Urdu ک ڪ → ك, ی → ي, ۀ ھ ە → ه
 * - tatweel and all diacritics (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED) removed
 * - ٠-٩ and ۰-۹ → 0-9; ، ؛ ؟ ٪ → , ; ? %; the Arabic decimal and thousands separators ٫ ٬ → . ,
 * - zero-width characters and bidi controls removed
 * - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) through NFKC, then the rules above
 *   (ﻻ → لا: one character becomes two; a spacing vowel sign such as ﹰ is removed like a diacritic)
 * - Latin lower-cased.
 */
export interface NormalizedText {
  original: string;
  text: string;
  /** The index in `original` of the character that produced `text[index]` (`original.length` at the end). */
  toOriginal(index: number): number;
  /**
   * The original characters a normalized span came from, including the diacritics and tatweel
   * removed inside and right after it, so a highlight never cuts a vowel sign off its letter.
   */
  toOriginalSpan(start: number, end: number): Span;
}

const DELETE = -1;
const EXPAND = -2;

/** For each UTF-16 code unit: the code unit it becomes, DELETE, or EXPAND (see EXPANSIONS). */
const TABLE = new Int32Array(0x10000);
/** Characters that become several (a presentation-form ligature): code unit → normalized string. */
const EXPANSIONS = new Map<number, string>();
/** Invisible controls that a span end must not reach over (unlike diacritics, they belong to no letter). */
const INVISIBLE = new Uint8Array(0x10000);

function setRange(from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) TABLE[c] = value;
}

function mapChars(chars: string, target: string): void {
  for (const ch of chars) TABLE[ch.charCodeAt(0)] = target.charCodeAt(0);
}

function buildTable(): void {
  for (let c = 0; c < 0x10000; c++) TABLE[c] = c;

  for (const [from, to] of [
    [0x41, 0x5a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) TABLE[c] = lower.charCodeAt(0);
    }
  }

  mapChars('أإآٱٲٳٵ', 'ا');
  mapChars('ىیۍې', 'ي');
  mapChars('ئ', 'ي');
  mapChars('ؤ', 'و');
  mapChars('ةۀھە', 'ه');
  mapChars('کڪ', 'ك');

  setRange(0x0610, 0x061a, DELETE);
  setRange(0x064b, 0x065f, DELETE);
  TABLE[0x0670] = DELETE;
  setRange(0x06d6, 0x06ed, DELETE);
  TABLE[0x0640] = DELETE; // tatweel

  for (let d = 0; d < 10; d++) {
    TABLE[0x0660 + d] = 0x30 + d;
    TABLE[0x06f0 + d] = 0x30 + d;
  }
  mapChars('،', ',');
  mapChars('؛', ';');
  mapChars('؟', '?');
  mapChars('٪', '%');
  mapChars('٫', '.');
  mapChars('٬', ',');

  // Presentation forms: NFKC once per character here, so the hot loop never calls it.
  for (const [from, to] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const compat = ch.normalize('NFKC');
      if (compat === ch) continue;
      let out = '';
      for (let i = 0; i < compat.length; i++) out += applyTable(compat.charCodeAt(i));
      // A spacing vowel sign (ﹰ = space + fathatan) is a diacritic, not a word break.
      if (out.trim() === '') out = '';
      if (out.length === 0) TABLE[c] = DELETE;
      else if (out.length === 1) TABLE[c] = out.charCodeAt(0);
      else {
        TABLE[c] = EXPAND;
        EXPANSIONS.set(c, out);
      }
    }
  }

  const invisible = [
    0x00ad, // soft hyphen
    0x061c, // Arabic letter mark
    0x200b,
    0x200c,
    0x200d, // zero-width space, non-joiner, joiner
    0x200e,
    0x200f, // LRM, RLM
    0x202a,
    0x202b,
    0x202c,
    0x202d,
    0x202e, // LRE RLE PDF LRO RLO
    0x2060, // word joiner
    0x2066,
    0x2067,
    0x2068,
    0x2069, // LRI RLI FSI PDI
    0xfeff, // BOM / zero-width no-break space
  ];
  for (const c of invisible) {
    TABLE[c] = DELETE;
    INVISIBLE[c] = 1;
  }
}

function applyTable(code: number): string {
  const v = TABLE[code] ?? code;
  if (v === DELETE) return '';
  if (v === EXPAND) return EXPANSIONS.get(code) ?? '';
  return String.fromCharCode(v);
}

buildTable();

/** True when the code unit is removed by normalization (a diacritic, tatweel or an invisible control). */
export function isDeletedCode(code: number): boolean {
  return TABLE[code] === DELETE;
}

/** Normalized form of a single word or query, without an offset map: `normalize(word).text`, faster. */
export function normalizeWord(word: string): string {
  const n = word.length;
  let i = 0;
  // Most characters map to themselves: find the first that does not before allocating anything.
  while (i < n) {
    const c = word.charCodeAt(i);
    if (TABLE[c] !== c) break;
    i++;
  }
  if (i === n) return word;
  // Copy unchanged runs as slices: a word usually differs in one or two letters (أ at the start, ة at the end).
  let out = '';
  let run = 0;
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    const v = TABLE[c] as number;
    if (v === c) continue;
    if (run < i) out += word.slice(run, i);
    run = i + 1;
    if (v >= 0) out += CHARS[v] as string;
    else if (v === EXPAND) out += EXPANSIONS.get(c) as string;
  }
  return run < n ? out + word.slice(run) : out;
}

/** One-character strings for the code units a changed character normalizes to, made once. */
const CHARS: string[] = [];
for (let c = 0; c < 0x10000; c++) {
  const v = TABLE[c] as number;
  if (v >= 0 && v !== c) CHARS[v] ??= String.fromCharCode(v);
}

const CHUNK = 8192;

function codesToString(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  let length = 0;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const v = TABLE[c] as number;
    if (v === c) length++;
    else {
      changed = true;
      if (v >= 0) length++;
      else if (v === EXPAND) length += (EXPANSIONS.get(c) as string).length;
    }
  }
  if (!changed) return new Normalized(original, original, null);

  const codes = new Uint16Array(length);
  // map[k] = original index of the character that produced output k; map[length] = n.
  const map = new Int32Array(length + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const v = TABLE[c] as number;
    if (v >= 0) {
      codes[k] = v;
      map[k++] = i;
    } else if (v === EXPAND) {
      const s = EXPANSIONS.get(c) as string;
      for (let j = 0; j < s.length; j++) {
        codes[k] = s.charCodeAt(j);
        map[k++] = i;
      }
    }
  }
  map[length] = n;
  return new Normalized(original, codesToString(codes), map);
}

class Normalized implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    /** null when normalization changed nothing: the map is then the identity. */
    private readonly map: Int32Array | null,
  ) {}

  toOriginal(index: number): number {
    const i = clamp(index, this.text.length);
    return this.map ? (this.map[i] as number) : i;
  }

  toOriginalSpan(start: number, end: number): Span {
    let s = clamp(start, this.text.length);
    let e = clamp(end, this.text.length);
    if (e < s) [s, e] = [e, s];
    if (!this.map) return { start: s, end: e };
    const from = this.map[s] as number;
    if (e === s) return { start: from, end: from };
    const lastSource = this.map[e - 1] as number;
    let to = this.map[e] as number;
    // The span ends inside a ligature that expanded to several characters: take the whole ligature.
    if (to === lastSource) to = lastSource + 1;
    // Diacritics and tatweel after the last letter belong to it; invisible controls do not.
    while (to > lastSource + 1 && INVISIBLE[this.original.charCodeAt(to - 1)] === 1) to--;
    return { start: from, end: to };
  }
}

function clamp(index: number, max: number): number {
  if (!(index > 0)) return 0;
  return index > max ? max : Math.floor(index);
}
