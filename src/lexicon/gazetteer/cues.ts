import { DataError, QUAD_CLASS, type EventType } from '../../core/index.js';
import { normalizeWord } from '../../text/index.js';
import { PatternIndex, parsePatternList, type Pattern, type PatternWord } from '../patterns.js';

/** The kinds of place a cue word can name (مدينة → city, مطار → airport). */
export const CUE_TYPES = [
  'city',
  'town',
  'admin1',
  'district',
  'road',
  'site',
  'airport',
  'base',
  'port',
  'crossing',
  'camp',
  'prison',
  'river',
  'sea',
  'island',
  'desert',
  'mountain',
  'region',
  'country',
] as const;
export type CueType = (typeof CUE_TYPES)[number];

export const DIRECTIONS = ['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW', 'C'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What a cue says about the name next to it (see data/gazetteer/cues.txt). */
export type CueRole =
  /** many: a plural or dual cue word (مدن, بلدتي); two: a dual, whose two names follow it joined by و (بلدتي نبل والزهراء). */
  | { kind: 'type'; type: CueType; many: boolean; two: boolean }
  | { kind: 'near' }
  | { kind: 'at' }
  | { kind: 'direction'; direction: Direction }
  | { kind: 'actor' }
  | { kind: 'governor' }
  | { kind: 'clause' }
  | { kind: 'head' };

/** The cue lists compiled for matching: one index, and each pattern's role. */
export interface PlaceCues {
  index: PatternIndex;
  roleOf: ReadonlyMap<Pattern, CueRole>;
}

function roleOf(p: Pattern): CueRole {
  const [head, arg, extra] = p.section;
  const bad = (problem: string) =>
    new DataError(`${p.source}:${p.line}: ${problem}`, 'fix the section header above that line (see the top of data/gazetteer/cues.txt)');
  if (head === 'type' && (CUE_TYPES as readonly string[]).includes(arg ?? '') && (extra === undefined || extra === 'many' || extra === 'two')) {
    return { kind: 'type', type: arg as CueType, many: extra !== undefined, two: extra === 'two' };
  }
  if (extra !== undefined) throw bad(`unexpected "${extra}" in the section header`);
  if (head === 'direction' && (DIRECTIONS as readonly string[]).includes(arg ?? '')) return { kind: 'direction', direction: arg as Direction };
  if ((head === 'near' || head === 'at' || head === 'actor' || head === 'governor' || head === 'clause' || head === 'head') && arg === undefined) {
    return { kind: head };
  }
  throw bad(`unknown section [${p.section.join(' ')}]`);
}

/**
 * Whether a trigger's type is something states do by speaking or dealing with one another (agree, request,
 * accuse, sanction, aid, withdraw…): a capital or country doing it is its government. The acts of material
 * conflict are left out: «قصفت إسرائيل» stays a place for the geoparser, the actor coder decides who acts.
 */
function isPolicyType(type: string): boolean {
  const quad = QUAD_CLASS[type as EventType] as string | undefined;
  return quad !== undefined && (quad !== 'material-conflict' || type === 'SANCTION');
}

/**
 * A masdar's sound plural (اتفاق → اتفاقات, with and without the article), which the trigger lists need not
 * give: the noun forms of the text layer decline the singular only.
 */
function withPlural(forms: ReadonlySet<string>, noun: string): PatternWord {
  const out = new Set(forms);
  if (!/(ه|ات|ين|ون|ا)$/.test(noun)) {
    const stem = noun.startsWith('ال') ? noun.slice(2) : noun;
    out.add(`${stem}ات`);
    out.add(`ال${stem}ات`);
  }
  return { kind: 'word', forms: out };
}

/**
 * The policy cues the event triggers (data/lexicon/triggers.txt) imply, so that the verb class grows with the
 * trigger list instead of a list of its own: the verb each policy trigger starts with (+وقع * اتفاق → وقع) is an
 * [actor] verb; a one-word noun trigger (اتفاق, رفض, تهديد) is a [governor] — in construct with a country or
 * capital (اتفاق إيران, رفض موسكو) it means the government. Meetings are left out of the governors (محادثات جنيف,
 * قمة الرياض: where they meet), as are words that are place cues themselves (مقاطعة is also a province).
 */
export function policyCues(triggers: readonly Pattern[], placeCueWords: ReadonlySet<string>): Pattern[] {
  const out = new Map<string, Pattern>();
  const add = (p: Pattern, kind: 'actor' | 'governor', word: PatternWord, text: string) => {
    if (!out.has(text)) out.set(text, { ...p, section: [kind], words: [word], conditions: [], text });
  };
  for (const p of triggers) {
    const [type] = p.section;
    const first = p.words[0];
    if (type === undefined || first === undefined || !isPolicyType(type)) continue;
    if (first.kind === 'verb') add(p, 'actor', first, `+${first.base}`);
    else if (first.kind === 'word' && p.words.length === 1 && type !== 'CONSULT' && ![...first.forms].some((f) => placeCueWords.has(f))) {
      add(p, 'governor', withPlural(first.forms, normalizeWord(p.text)), p.text);
    }
  }
  return [...out.values()];
}

/**
 * The place cues of data/gazetteer/cues.txt, with the policy cues the event triggers imply when they are given
 * (see policyCues).
 */
export function parsePlaceCues(content: string, source: string, triggers?: { content: string; source: string }): PlaceCues {
  const own = parsePatternList(content, source);
  const derived = triggers ? policyCues(parsePatternList(triggers.content, triggers.source), new Set(new PatternIndex(own).words())) : [];
  const patterns = [...own, ...derived];
  return { index: new PatternIndex(patterns), roleOf: new Map(patterns.map((p) => [p, roleOf(p)])) };
}
