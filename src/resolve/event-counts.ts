import type { CountRange } from '../core/index.js';
import type { Token } from '../text/index.js';
import { countSection, type CountKind } from '../lexicon/events.js';
import { matchesOf, type LexiconMatches } from '../extract/lexicon-matches.js';
import type { TimeWords } from '../extract/time-words.js';
import { wordSet } from '../text/wordset.js';

/**
 * Fatalities, injuries and arrests stated in a sentence: a number next to a count cue (data/lexicon/counts.txt):
 * «مقتل 12 شخصا», «12 قتيلا», «إصابة العشرات», «أكثر من 40 معتقلا». Number words are read with the date
 * stage's number list, so the project knows its number words in one place.
 */

export type SentenceCounts = Record<CountKind, CountRange | null>;

/** Vague quantities news uses for tolls: a range, never a guess of one value. */
const VAGUE: ReadonlyMap<string, [number, number | null]> = new Map([
  ['عشرات', [20, 99]],
  ['العشرات', [20, 99]],
  ['مئات', [200, 999]],
  ['المئات', [200, 999]],
  ['الاف', [2000, 9999]],
  ['الالاف', [2000, 9999]],
  ['بضعه', [3, 9]],
  ['بضع', [3, 9]],
  ['عده', [3, 10]],
]);
/** A counted noun in the dual carries the number two (مقتل شخصين, إصابة جنديين). */
const DUALS = wordSet(['شخصين', 'قتيلين', 'جريحين', 'جنديين', 'طفلين', 'شرطيين', 'اثنين', 'اثنان', 'شخصان']);
const ABOUT = wordSet(['نحو', 'حوالي', 'قرابه', 'زهاء', 'قرابة', 'يقارب', 'ما']);
const MORE_THAN = wordSet(['اكثر', 'يزيد', 'يربو', 'يفوق']);
const AT_LEAST = wordSet(['يقل']); // ما لا يقل عن

/** How many words a verb's count may lie after it (its subject between them). */
const VERB_REACH = 3;

function isWord(token: Token | undefined, from: Token | undefined): boolean {
  return token !== undefined && token.kind !== 'punct' && token.sentence === from?.sentence;
}

interface ReadNumber {
  min: number;
  max: number | null;
  /** Tokens read, the qualifiers included. */
  first: number;
  last: number;
}

function bare(token: Token | undefined): string {
  if (!token) return '';
  return token.kind === 'word' && token.norm.length > 3 && token.norm[0] === 'و' ? token.norm.slice(1) : token.norm;
}

/** A number (digits, number words, a vague quantity or a dual) starting at token i, after its qualifiers. */
function readNumber(tokens: readonly Token[], i: number, numbers: TimeWords): ReadNumber | null {
  let t = i;
  let open = false;
  let plusOne = false;
  // Qualifiers: نحو / حوالي 20; أكثر من 20; ما لا يقل عن 20.
  for (let guard = 0; guard < 4; guard++) {
    const w = bare(tokens[t]);
    if (MORE_THAN.has(w)) {
      open = true;
      plusOne = w === 'اكثر';
      t++;
    } else if (AT_LEAST.has(w)) {
      open = true;
      t++;
    } else if (ABOUT.has(w) || w === 'لا' || w === 'من' || w === 'عن' || w === 'علي') t++;
    else break;
  }
  const token = tokens[t];
  if (!token || token.sentence !== tokens[i]?.sentence) return null;
  let value: [number, number | null] | null = null;
  let last = t;
  if (token.kind === 'number') {
    const n = Number(token.norm.replace(/,/g, ''));
    if (Number.isFinite(n) && Number.isInteger(n) && n >= 0 && n < 1e6) value = [n, n];
  } else if (token.kind === 'word') {
    const w = bare(token);
    const vague = VAGUE.get(w);
    if (vague) value = vague;
    else if (DUALS.has(w)) value = [2, 2];
    else {
      const [best] = numbers
        .match(w, (k) => tokens[t + k]?.norm)
        .filter((m) => m.sense.cls === 'number')
        .sort((a, b) => b.length - a.length);
      if (best && 'value' in best.sense) {
        value = [best.sense.value as number, best.sense.value as number];
        last = t + best.length - 1;
      }
    }
  }
  if (!value) return null;
  const min = plusOne ? value[0] + 1 : value[0];
  return { min, max: open ? null : value[1], first: i, last };
}

/**
 * The counts stated in each sentence of the text, by sentence index. `matches` are the document's list matches
 * (matchLexicon); `numbers` the number words (defaultTimeWords()).
 */
export function readCounts(text: string, tokens: readonly Token[], matches: LexiconMatches, numbers: TimeWords): Map<number, SentenceCounts> {
  const out = new Map<number, SentenceCounts>();
  const cues = matchesOf(matches, 'counts');
  const beforeCue = new Set<number>();
  for (const c of cues) if (countSection(c.pattern).side === 'before') for (let i = c.tokenStart; i <= c.tokenEnd; i++) beforeCue.add(i);

  for (const c of cues) {
    const { kind, side } = countSection(c.pattern);
    let found: ReadNumber | null = null;
    if (side === 'before') {
      // «مقتل وإصابة 20 شخصا»: the number may follow another cue joined by و.
      let at = c.tokenEnd + 1;
      while (beforeCue.has(at) && at - c.tokenEnd <= 2) at++;
      found = readNumber(tokens, at, numbers);
      // A verb may have its subject before the count: «اعتقلت قوات الأمن 25 متظاهرا».
      for (let k = 1; !found && c.tense !== null && k <= VERB_REACH && isWord(tokens[at + k], tokens[at]); k++) {
        found = readNumber(tokens, at + k, numbers);
      }
    } else {
      // «12 قتيلا», «12 شخصا قتلوا»: the number right before the cue, or before its counted noun.
      for (let back = 1; back <= 2 && !found; back++) {
        const n = readNumber(tokens, c.tokenStart - back, numbers);
        if (n && n.last === c.tokenStart - back) found = n;
      }
    }
    if (!found) continue;
    const sentence = (tokens[c.tokenStart] as Token).sentence;
    const counts = out.get(sentence) ?? { dead: null, injured: null, arrested: null };
    if (!counts[kind]) {
      const from = Math.min(found.first, c.tokenStart);
      const to = Math.max(found.last, c.tokenEnd);
      counts[kind] = { min: found.min, max: found.max, text: text.slice((tokens[from] as Token).start, (tokens[to] as Token).end) };
    }
    out.set(sentence, counts);
  }
  return out;
}
