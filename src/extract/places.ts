import { normalize, stemVariants, type Token } from '../text/index.js';
import { ARABIC_SPEAKING, tierOf, WordFlag, type CueRole, type CueType, type Gazetteer, type NameMatch, type Tier } from '../lexicon/gazetteer/index.js';
import { matchPatterns, tokenForms, type FormReading, type TokenForms } from './patterns.js';

/**
 * Toponym recognition: finds the place names (and the nationality adjectives) in a text's tokens, with the cue
 * words around them. It decides whether a name is used as a place; which place it is, is the resolver's job
 * (src/resolve/places.ts).
 */

/** A cue word next to a name, by token index (inclusive). */
export interface PlaceCue {
  role: CueRole;
  tokenStart: number;
  tokenEnd: number;
  surface: string;
  /** The cue word carries the article (المدينة): then what follows is an adjective more often than a name. */
  definite: boolean;
}

export interface Toponym {
  /** Tokens [tokenStart, tokenEnd) hold the name; start/end are offsets into the original text, clitics excluded. */
  tokenStart: number;
  tokenEnd: number;
  /** The sentence of its first token. */
  sentence: number;
  start: number;
  end: number;
  surface: string;
  /** The normalized name; null for a name known only by its cue (بلدة X, X not in the gazetteer). */
  key: string | null;
  /** `metonym`: a capital or country as the subject of a verb of speech or policy (see PlaceMention.kind). */
  kind: 'place' | 'adjective' | 'metonym';
  /** The readings the gazetteer offers (place names for a place, countries for an adjective); empty when unknown. */
  candidates: NameMatch['refs'];
  /** The cues before the name, nearest first (في مدينة سرت: the type cue مدينة, then the preposition في). */
  cues: PlaceCue[];
  /** A nisba right after the name (جنيف السويسرية) or between a type cue and it (العاصمة الليبية طرابلس): its countries. */
  nisba: string[];
  /** Governed by a locative preposition (في, من, بـ…): the text puts something there (ميناء الزيتيات بالسويس). */
  locative: boolean;
  /** How strongly the context says this is a place at all, 0–1 (a cue, a known large place, an ordinary word…). */
  placeness: number;
}

/**
 * Cue words after which even an ordinary word is a name (بلدة الباب, مدينة القائم): kinds of settlement and of
 * facility. «منطقة المدينة» or «مناطق البلاد» is not enough, nor a street or square (ميدان الشهداء, شارع الحرية:
 * ordinary words name the streets of every city).
 */
const SETTLEMENT_CUES: ReadonlySet<CueType> = new Set(['city', 'town', 'admin1', 'camp', 'airport', 'base', 'port', 'crossing', 'prison']);

/**
 * Cue words after which a word the gazetteer does not know is read as the name of a settlement or an area, with or
 * without the article (بلدة سوروتش, مدينة الصخيرات, منطقة الصوابر).
 */
const UNKNOWN_AFTER: ReadonlySet<CueType> = new Set(['city', 'town', 'district', 'camp', 'region']);

/** Single-word names this short are too often something else (عدن is fine, a two-letter word is not) without support. */
const SHORT = 3;
/** A place this populous is large enough for a name of three letters or fewer to need no cue. */
const NOTABLE_POPULATION = 100_000;
/** How much a nisba agreeing with the name (جنيف السويسرية) says it is a place. */
const NISBA_AGREES = 0.9;
/** How much a cue word alone says that the unknown word after it is a place name (بلدة سوروتش, ميناء الزيتيات). */
const UNKNOWN_PLACENESS = 0.5;
/** A cue this many tokens before the name still counts (في مدينة سرت: the preposition is two tokens back). */
const CUE_CHAIN = 3;

const ARTICLE = 'ال';
const FEMININE_PAST = 'ت';
const FEMININE_PRESENT = 'ت';
/** Particles that negate the verb after them (normalized forms). */
const NEGATIONS: ReadonlySet<string> = new Set(['لا', 'لم', 'لن', 'ما']);

function isWordToken(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** Where the stem `form` sits in the token, as offsets into the original text (بمصراتة → مصراتة). */
/**
 * Where a reading's stem starts in the normalized token: after the proclitics (بمصراته → 1). When the segmenter
 * restored an article merged into ل (لليونان → اليونان), the stem starts at that article's lam.
 */
function stemStart(norm: string, form: string): number {
  if (norm.endsWith(form)) return norm.length - form.length;
  return norm.length - form.length + ARTICLE.length - 1;
}

/** The proclitics a reading cuts off its token (و, ب, لل…). */
function cliticsOf(token: Token, reading: FormReading): string {
  return token.norm.slice(0, stemStart(token.norm, reading.form));
}

/** Where the stem sits in the token, as offsets into the original text (بمصراتة → مصراتة). */
function stemSpan(token: Token, reading: FormReading): { start: number; end: number } {
  const at = stemStart(token.norm, reading.form);
  if (at <= 0) return { start: token.start, end: token.end };
  return { start: token.start + normalize(token.surface).toOriginal(at), end: token.end };
}

interface NameRun {
  tokenEnd: number;
  key: string;
  reading: FormReading;
  match: NameMatch;
}

/**
 * The text's words as the recognizer reads them: each token's readings (whole, and without clitics) and what the
 * gazetteer makes of them. One lookup per reading tells whether a token can matter at all; most cannot.
 */
interface Scan {
  /** Per token, the readings a place name can have (see nameReading). */
  forms: TokenForms;
  /** Per token, the WordFlag bits of its name readings ORed, and WordFlag.cue when any reading is a cue word. */
  any: Int32Array;
  /** Per token, every reading, pronouns cut too: the cue words (أبرمته is أبرمت + ه, a verb of policy). */
  all: TokenForms;
}

/**
 * A reading a place name can have: only proclitics cut (place names take no pronoun after them), and the
 * article kept when the word has one (بألوان is ب + ألوان «colours», never ب + ال + the Turkish city of Van; a
 * name written with the article is indexed with it, and towns of the Arabic-speaking world also without).
 */
function nameReading(norm: string, form: string): boolean {
  if (norm.endsWith(form)) {
    const at = norm.length - form.length;
    return !(at >= 2 && norm.charCodeAt(at - 1) === LAM && norm.charCodeAt(at - 2) === ALEF);
  }
  return form.startsWith(ARTICLE) && norm.endsWith(form.slice(ARTICLE.length));
}

const ALEF = ARTICLE.charCodeAt(0);
const LAM = ARTICLE.charCodeAt(1);

function scan(tokens: readonly Token[], gazetteer: Gazetteer): Scan {
  const raw = tokenForms(tokens, gazetteer, gazetteer.words);
  const forms: (readonly FormReading[])[] = new Array(raw.length);
  const any = new Int32Array(raw.length);
  for (let t = 0; t < raw.length; t++) {
    let readings = raw[t] as readonly FormReading[];
    if (readings.length > 1) {
      const norm = (tokens[t] as Token).norm;
      if (!readings.every((r) => nameReading(norm, r.form))) readings = readings.filter((r) => nameReading(norm, r.form));
    }
    forms[t] = readings;
    let all = 0;
    for (const r of readings) all |= gazetteer.probe(r.form);
    if (readings !== raw[t]) for (const r of raw[t] as readonly FormReading[]) all |= gazetteer.probe(r.form) & WordFlag.cue;
    any[t] = all;
  }
  return { forms, any, all: raw };
}

/** The longest gazetteer name starting at token i (its first word read with any clitic reading). */
function longestName(i: number, tokens: readonly Token[], words: Scan, gazetteer: Gazetteer): NameRun | null {
  if (!((words.any[i] ?? 0) & (WordFlag.name | WordFlag.prefix))) return null;
  let bestEnd = 0;
  let bestKey = '';
  let bestReading: FormReading | null = null;
  const sentence = (tokens[i] as Token).sentence;
  for (const reading of words.forms[i] ?? []) {
    let key = reading.form;
    let flags = gazetteer.probe(key);
    let j = i + 1;
    for (;;) {
      if (j > bestEnd && flags & WordFlag.name) {
        bestEnd = j;
        bestKey = key;
        bestReading = reading;
      }
      if (!(flags & WordFlag.prefix) || j - i >= gazetteer.maxWords) break;
      const next = tokens[j];
      if (!next || next.sentence !== sentence || (next.kind !== 'word' && next.kind !== 'number')) break;
      key = `${key} ${next.norm}`;
      flags = gazetteer.probe(key);
      j++;
    }
  }
  const match = bestReading ? gazetteer.lookup(bestKey) : undefined;
  return match && bestReading ? { tokenEnd: bestEnd, key: bestKey, reading: bestReading, match } : null;
}

/** The longest known non-place name of several words (an organisation: الجامعة العربية) starting at token i. */
function longestOtherName(i: number, tokens: readonly Token[], words: Scan, gazetteer: Gazetteer): number {
  if (!((words.any[i] ?? 0) & WordFlag.other)) return 0;
  let best = 0;
  const sentence = (tokens[i] as Token).sentence;
  for (const reading of words.forms[i] ?? []) {
    let node = walk(gazetteer.words.trie, reading.form);
    let key = reading.form;
    let j = i + 1;
    while (node) {
      if (node.terminal && j - i > Math.max(best, 1) && !gazetteer.hasName(key)) best = j - i;
      const next = tokens[j];
      if (!next || next.sentence !== sentence || next.kind !== 'word') break;
      node = walk(node, ` ${next.norm}`);
      key = `${key} ${next.norm}`;
      j++;
    }
  }
  return best;
}

type Trie = Gazetteer['words']['trie'];

function walk(node: Trie | undefined, s: string): Trie | undefined {
  for (let k = 0; node && k < s.length; k++) node = node.next.get(s.charCodeAt(k));
  return node;
}

const NONE: readonly FormReading[] = [];

/** Per token: the cue matches that end there, and those that start there (for verbs after a name). */
interface CueIndex {
  endingAt: Map<number, PlaceCue[]>;
  startingAt: Map<number, PlaceCue[]>;
}

function indexCues(tokens: readonly Token[], words: Scan, gazetteer: Gazetteer): CueIndex {
  const forms = words.all;
  const endingAt = new Map<number, PlaceCue[]>();
  const startingAt = new Map<number, PlaceCue[]>();
  // Only the words of cue phrases can be part of a cue: the matcher need not look anything else up.
  const cueForms = forms.map((readings, t) => ((words.any[t] ?? 0) & WordFlag.cue ? readings : NONE));
  for (const m of matchPatterns(tokens, cueForms, gazetteer.cues.index)) {
    const role = gazetteer.cues.roleOf.get(m.pattern);
    if (!role) continue;
    const { tokenStart, tokenEnd } = m;
    const first = tokens[tokenStart] as Token;
    const last = tokens[tokenEnd] as Token;
    const definite = (forms[tokenEnd] ?? []).some((r) => r.form.startsWith(ARTICLE) || cliticsOf(last, r).endsWith(ARTICLE));
    const surface = first === last ? first.surface : `${first.surface} … ${last.surface}`;
    const cue: PlaceCue = { role, tokenStart, tokenEnd, surface, definite };
    for (const [map, at] of [
      [endingAt, tokenEnd],
      [startingAt, tokenStart],
    ] as const) {
      const list = map.get(at);
      if (list) list.push(cue);
      else map.set(at, [cue]);
    }
  }
  for (const list of endingAt.values()) dropSingularOfPlural(list);
  return { endingAt, startingAt };
}

/**
 * بلدات matches both the plural list and the singular بلدة with its inflections: the plural, listed on purpose, is
 * what the word is (the singular reading would take the adjective after it for a name: بلدات محاصرة).
 */
function dropSingularOfPlural(list: PlaceCue[]): void {
  const plurals = list.filter((c) => c.role.kind === 'type' && c.role.many);
  if (plurals.length === 0) return;
  const shadowed = ({ role, tokenStart }: PlaceCue): boolean =>
    role.kind === 'type' && !role.many && plurals.some((p) => p.tokenStart === tokenStart && p.role.kind === 'type' && p.role.type === role.type);
  for (let k = list.length - 1; k >= 0; k--) if (shadowed(list[k] as PlaceCue)) list.splice(k, 1);
}

function cueOf(list: readonly PlaceCue[] | undefined, kind: CueRole['kind']): PlaceCue | undefined {
  return list?.find((c) => c.role.kind === kind);
}

/** The adjective countries a key points at, when it is a nisba (and nothing else of weight). */
function nisbaCountries(match: NameMatch | undefined): string[] {
  if (!match) return [];
  return [...new Set(match.refs.filter((r) => r.kind === 'adjective').map((r) => r.place.countryCode ?? r.place.id))];
}

/** The nisba the tokens at `i` read as (one or two words: الكورية الشمالية), or null. */
function nisbaAt(i: number, tokens: readonly Token[], words: Scan, gazetteer: Gazetteer): { tokenEnd: number; countries: string[] } | null {
  if (!isWordToken(tokens[i])) return null;
  const run = longestName(i, tokens, words, gazetteer);
  if (!run) return null;
  const countries = nisbaCountries(run.match);
  return countries.length > 0 && run.match.refs.every((r) => r.kind === 'adjective' || r.kind === 'alias') ? { tokenEnd: run.tokenEnd, countries } : null;
}

/** The preposition ب or ل written on the name's first word (بمصراتة, لليبيا): a locative, like في. */
function hasLocativeClitic(token: Token, reading: FormReading): boolean {
  return /[بل]/.test(cliticsOf(token, reading).replace(/ال$/, ''));
}

const A: Tier = 0;
const C: Tier = 2;

/**
 * The best tier among a name's readings (null: none can be a place here). A name of several words is less likely
 * an accident (one tier up); a derived or foreign spelling (alias) is weaker (one tier down); a place abroad found
 * by cutting a clitic off an unknown word is no reading at all unless it is of the first tier (باراك is not ب + the
 * Iranian city of Arak, بلاتر not ب + an Indian town).
 */
function bestTier(match: NameMatch, words: number, stripped: boolean): Tier | null {
  let best: Tier | null = null;
  for (const ref of match.refs) {
    if (ref.kind !== 'place' && ref.kind !== 'alias') continue;
    let t: number = tierOf(ref.place);
    const arab = ref.place.countryCode === null || ARABIC_SPEAKING.has(ref.place.countryCode);
    if (stripped && !arab && t !== A) continue;
    if (ref.kind === 'alias') t++;
    if (words > 1) t--;
    const tier = Math.max(A, Math.min(C, t)) as Tier;
    if (best === null || tier < best) best = tier;
  }
  return best;
}

/**
 * How much the context supports reading the name as a place, 0–1; below 0.5 the resolver accepts it only when
 * the document supports it (its focus country, places nearby). A word naming a kind of place in construct with
 * the name (مدينة الباب, بلدة X) admits even an ordinary word; an ordinary word is otherwise a place only when a
 * preposition and the document say so; a direction or «near» (شرق مصراتة) admits a notable name; the tier of the
 * name (see tierOf) sets what a preposition or no cue at all is worth. Three letters or fewer need a cue unless
 * the place is large.
 */
function placeness(match: NameMatch, words: number, cues: readonly PlaceCue[], clitic: boolean, ordinary: boolean, stripped: boolean): number {
  if (!match.refs.some((r) => r.kind === 'place' || r.kind === 'alias')) return 0;
  const construct = cues.some((c) => c.role.kind === 'type' && !c.definite);
  const settlement = cues.some((c) => c.role.kind === 'type' && !c.definite && SETTLEMENT_CUES.has(c.role.type));
  const near = cues.some((c) => c.role.kind === 'direction' || c.role.kind === 'near');
  const weak = clitic || cues.some((c) => c.role.kind === 'at' || c.role.kind === 'type');
  if (ordinary) return settlement && match.key.length > SHORT ? 0.6 : 0;
  if (words === 1 && match.key.length <= SHORT) return shortName(match, weak || near || construct, stripped && !clitic);
  const tier = bestTier(match, words, stripped);
  if (tier === null) return 0;
  if (construct) return 0.95;
  if (near) return tier === C ? 0.4 : 0.9;
  if (tier === A) return weak ? 0.95 : 0.85;
  if (tier === C) return weak ? 0.3 : 0;
  return weak ? 0.75 : 0.3;
}

/**
 * A name of three letters or fewer collides with words and with the junk transliterations GeoNames holds for
 * places abroad (اتن, رم, لوم): it needs a large place of the Arabic-speaking world (عدن), or a cue and a large
 * place anywhere; cut out of a longer word by a conjunction (فاتن, ورم), it needs a word naming a kind of place.
 */
function shortName(match: NameMatch, cued: boolean, afterConjunction: boolean): number {
  if (afterConjunction) return 0;
  const large = match.refs.filter((r) => r.kind === 'place' && (r.place.population >= NOTABLE_POPULATION || r.place.featureCode === 'PCLI'));
  const arab = large.some((r) => r.place.countryCode !== null && ARABIC_SPEAKING.has(r.place.countryCode));
  if (arab) return cued ? 0.9 : 0.75;
  return large.length > 0 && cued ? 0.6 : 0;
}

/**
 * A one-word name matched on the whole token that also reads as clitics around an ordinary word: وان is و + أن
 * (not the Turkish city of Van), حديثه is حديث + ه «his talk» (Haditha is written حديثة). The ordinary reading wins.
 */
function readsAsOrdinary(i: number, run: NameRun, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
  const token = tokens[i] as Token;
  if (run.tokenEnd !== i + 1 || cliticsOf(token, run.reading) !== '') return false;
  return stemVariants(token.surface, gazetteer.words).some(
    (form) => form !== token.norm && gazetteer.words.has(form) && gazetteer.lookup(form)?.ordinary !== false,
  );
}

/** Is the verb cue in the third person feminine singular, agreeing with a country or capital as its subject? */
function feminine(cue: PlaceCue, tokens: readonly Token[], forms: TokenForms): boolean {
  const readings = forms[cue.tokenStart] ?? [];
  return readings.some((r) => r.form.endsWith(FEMININE_PAST) || r.form.startsWith(FEMININE_PRESENT));
}

/** Can the name stand for a government: is one of its readings a country or a capital? */
function isState(match: NameMatch): boolean {
  return match.refs.some((r) => r.kind === 'place' && (r.place.featureCode === 'PCLI' || r.place.featureCode === 'PPLC'));
}

/**
 * A capital or a country used for its government: the subject of a verb of speech or policy, right beside it
 * and agreeing with it (أعلنت أنقرة, وقالت موسكو, موسكو تدعو). Not when a preposition or a place cue says place.
 */
function isActor(
  match: NameMatch,
  tokenStart: number,
  tokenEnd: number,
  reading: FormReading,
  cues: CueIndex,
  tokens: readonly Token[],
  forms: TokenForms,
): boolean {
  if (hasLocativeClitic(tokens[tokenStart] as Token, reading)) return false;
  if (!isState(match)) return false;
  if (governed(tokenStart, cues, tokens) || objectOfPolicy(tokenStart, tokenEnd, cues, tokens, forms)) return true;
  const before = cueOf(cues.endingAt.get(tokenStart - 1), 'actor');
  if (before && feminine(before, tokens, forms)) return true;
  // موسكو لا ترى, أنقرة لم ترد: a negation particle stands between the subject and its verb.
  const verbAt = NEGATIONS.has(tokens[tokenEnd]?.norm ?? '') ? tokenEnd + 1 : tokenEnd;
  const after = cueOf(cues.startingAt.get(verbAt), 'actor');
  if (!after || !feminine(after, tokens, forms)) return false;
  const previous = tokens[tokenStart - 1];
  return (
    !previous ||
    previous.sentence !== (tokens[tokenStart] as Token).sentence ||
    previous.kind === 'punct' ||
    cueOf(cues.endingAt.get(tokenStart - 1), 'clause') !== undefined
  );
}

/** The prepositions that bring in what a verb of policy asks of its object (دعا X إيران إلى, طالب X تركيا بـ). */
const DEMAND = 'ب';
const DEMAND_WORDS: ReadonlySet<string> = new Set(['الي', 'علي']);

/**
 * A capital or country as the object of a verb of speech or policy, its one-word subject between them and what
 * is asked of it after (وطالب العربي تركيا باحترام, دعا الوزير إيران إلى): the government addressed.
 */
function objectOfPolicy(tokenStart: number, tokenEnd: number, cues: CueIndex, tokens: readonly Token[], forms: TokenForms): boolean {
  const sentence = (tokens[tokenStart] as Token).sentence;
  const subject = tokens[tokenStart - 1];
  const next = tokens[tokenEnd];
  if (!isWordToken(subject) || subject.sentence !== sentence || cues.endingAt.has(tokenStart - 1)) return false;
  if (!cueOf(cues.endingAt.get(tokenStart - 2), 'actor') || !isWordToken(next) || next.sentence !== sentence) return false;
  return DEMAND_WORDS.has(next.norm) || (forms[tokenEnd] ?? []).some((r) => r.form !== next.norm && cliticsOf(next, r).startsWith(DEMAND));
}

/** Prepositions that join a party to a policy noun or verb before them (الاتفاق النووي مع إيران, بين العراق وتركيا). */
const PARTY: ReadonlySet<string> = new Set(['مع', 'بين']);
/** How far before such a preposition the noun or verb may stand (الاتفاقات الموقعة بين العراق). */
const PARTY_WINDOW = 3;

/**
 * A capital or country governed by a noun of policy — in construct (اتفاق إيران, موقف موسكو, رد واشنطن), or
 * through من right after it (طلب من مصر, بدعم من إيران) — or joined by مع / بين to such a noun or a policy verb
 * a few words before (الاتفاق النووي مع إيران, اتفقت مع مصر, الاتفاقات الموقعة بين العراق وتركيا): a party, the
 * government.
 */
function governed(tokenStart: number, cues: CueIndex, tokens: readonly Token[]): boolean {
  const construct = cueOf(cues.endingAt.get(tokenStart - 1), 'governor');
  if (construct && !construct.definite) return true;
  const previous = tokens[tokenStart - 1];
  const sentence = (tokens[tokenStart] as Token).sentence;
  if (previous?.sentence !== sentence) return false;
  if (previous.norm === 'من') return cueOf(cues.endingAt.get(tokenStart - 2), 'governor') !== undefined;
  if (!PARTY.has(previous.norm)) return false;
  for (let at = tokenStart - 2; at >= Math.max(0, tokenStart - 1 - PARTY_WINDOW) && (tokens[at] as Token).sentence === sentence; at--) {
    const list = cues.endingAt.get(at);
    if (cueOf(list, 'governor') || cueOf(list, 'actor')) return true;
  }
  return false;
}

/** The cues before token i: a chain of at most CUE_CHAIN tokens (في مدينة …, على بعد 20 كم شرق …). */
function cuesBefore(i: number, cues: CueIndex, tokens: readonly Token[], skip: number): PlaceCue[] {
  const found: PlaceCue[] = [];
  const sentence = (tokens[i] as Token).sentence;
  let at = i - 1 - skip;
  while (at >= 0 && at >= i - 1 - skip - CUE_CHAIN && (tokens[at] as Token).sentence === sentence) {
    const list = cues.endingAt.get(at)?.filter((c) => c.role.kind !== 'actor' && c.role.kind !== 'governor' && c.role.kind !== 'clause' && c.role.kind !== 'head');
    if (!list || list.length === 0) break;
    // Several cues can end on one token (وسط is a direction and a place in the lists): take the longest.
    const cue = list.reduce((a, b) => (b.tokenStart < a.tokenStart ? b : a));
    found.push(cue);
    at = cue.tokenStart - 1;
  }
  return found;
}

/**
 * A name the gazetteer does not know, right after a cue that names a kind of settlement (بلدة كفرنبودة, قرية تل
 * مرق): the cue word must be indefinite (the name is its complement) and singular or dual (بلدتي الفوعة), and the
 * word must be none the project knows. Two words when the first begins names (تل, عين, كفر…).
 */
function unknownAfterCue(i: number, tokens: readonly Token[], words: Scan, cues: CueIndex, gazetteer: Gazetteer): number {
  const cue = cueOf(cues.endingAt.get(i - 1), 'type');
  if (!cue || cue.definite || cue.role.kind !== 'type' || (cue.role.many && !cue.role.two) || !UNKNOWN_AFTER.has(cue.role.type)) return 0;
  const sentence = (tokens[cue.tokenEnd] as Token).sentence;
  // A word ending in -ية is an adjective (مدينة ساحلية, قرية الحمراوية), as is an indefinite feminine one agreeing
  // with the cue word whose masculine the lists know (مدينة صغيرة, قرية محاصرة).
  const bare = (t: Token | undefined): t is Token =>
    isWordToken(t) && t.sentence === sentence && !t.norm.endsWith('يه') && !feminineAdjective(t, gazetteer);
  const unknown = (t: Token | undefined): boolean => bare(t) && unknownWord(t, gazetteer);
  // بلدة سروج التركية, ببلدة سروج جنوب شرقي تركيا: a word the lists know («saddles») is the name all the same when
  // the text goes on to say where it lies.
  const located = (at: number): boolean =>
    nisbaAt(at, tokens, words, gazetteer) !== null || cueOf(cues.startingAt.get(at), 'direction') !== undefined || cueOf(cues.startingAt.get(at), 'near') !== undefined;
  if (cueOf(cues.startingAt.get(i), 'head') && unknown(tokens[i + 1])) return 2;
  const first = tokens[i];
  return unknown(first) || (bare(first) && !cues.startingAt.has(i) && !gazetteer.hasName(first.norm) && located(i + 1)) ? 1 : 0;
}

/**
 * The feminine participle in its shapes (normalized, ة as ه): مفعّلة مدمرة, مفاعلة محاصرة, مفعولة مهجورة, with the
 * prefixes of the derived stems مت‑ متنازعة, مست‑ مستهدفة, من‑ منكوبة. A name of this shape is rare; the long
 * vowels are excluded from the root letters so that مليتة (a town) is not one.
 */
const FEMININE_PARTICIPLE = /^م(?:ت|ست|ن)?(?:[^اوي]{3}|[^اوي]ا[^اوي]{2}|[^اوي]{2}و[^اوي])ه$/;

/**
 * An indefinite feminine adjective — one whose masculine the lists know (صغيرة), or a participle by its shape
 * (محاصرة): after an indefinite settlement word it describes it (مدينة صغيرة, بلدة محاصرة); with the article it
 * would be a name (مدينة الجديدة, El Jadida).
 */
function feminineAdjective(t: Token, gazetteer: Gazetteer): boolean {
  if (t.norm.startsWith(ARTICLE) || !t.norm.endsWith('ه')) return false;
  return gazetteer.words.has(t.norm.slice(0, -1)) || FEMININE_PARTICIPLE.test(t.norm);
}

/**
 * A word none of the project's lists knows as a common word, whole or without its clitics, nor the gazetteer: the
 * names list (data/lexicon/names.txt) holds towns the gazetteer lacks (الفوعة), and a proper name after a
 * settlement word is that settlement's name.
 */
function unknownWord(t: Token, gazetteer: Gazetteer): boolean {
  const common = (form: string): boolean => gazetteer.words.has(form) && !gazetteer.words.isName(form);
  return (
    t.norm.length >= SHORT &&
    !common(t.norm) &&
    !gazetteer.has(t.norm) &&
    !stemVariants(t.surface, gazetteer.words).some((form) => form !== t.norm && common(form))
  );
}

/**
 * Cue words whose complement is the name of a facility or a street, whether the gazetteer knows it or not
 * (قاعدة بنينا الجوية, ميناء الزيتيات, سجن مؤبيد, شارع الشريف, مسجد الإمام الصادق, معسكر 21).
 */
const FACILITY_NAMED: ReadonlySet<CueType> = new Set(['road', 'site', 'airport', 'base', 'port', 'crossing', 'prison', 'camp', 'island']);

/** «عن طريق» is «by way of», not a road. */
const ADVERBIAL_BEFORE = 'عن';

/**
 * A facility or street named after its cue word, the gazetteer not knowing it: the cue word must be singular and
 * in construct (indefinite), and the name a number (معسكر 21), a word no list knows (ميناء الزيتيات), a word
 * that begins names and the word after it (مسجد الإمام الصادق, طريق الملك عبدالعزيز) or, for streets, named by
 * ordinary words in every city, any word with the article (شارع الشريف). A known indefinite word is a common
 * noun (قاعدة بيانات, مطار دولي). A relative adjective after the name belongs to it (قاعدة بنينا الجوية).
 * Returns the token range of the whole name, cue word included, or null.
 */
function facilityName(i: number, tokens: readonly Token[], cues: CueIndex, gazetteer: Gazetteer): { tokenStart: number; tokenEnd: number } | null {
  const cue = cueOf(cues.endingAt.get(i - 1), 'type');
  if (!cue || cue.definite || cue.role.kind !== 'type' || cue.role.many || !FACILITY_NAMED.has(cue.role.type)) return null;
  if (tokens[cue.tokenStart - 1]?.norm === ADVERBIAL_BEFORE) return null;
  const sentence = (tokens[cue.tokenEnd] as Token).sentence;
  const first = tokens[i];
  if (!first || first.sentence !== sentence) return null;
  // A word of the name: no preposition, no other cue (a word that begins names is welcome).
  const word = (at: number): boolean => {
    const t = tokens[at];
    return isWordToken(t) && t.sentence === sentence && !(cues.startingAt.get(at) ?? []).some((c) => c.role.kind !== 'head');
  };
  // A definite relative adjective (الجوية, الدولي, المركزي) after a word; not a nisba (الإيطالية), which says where.
  const relative = (at: number): boolean => {
    const t = tokens[at];
    return word(at) && t !== undefined && t.norm.startsWith(ARTICLE) && /يه?$/.test(t.norm) && !gazetteer.hasName(t.norm);
  };
  let end = 0;
  if (first.kind === 'number') end = i + 1;
  else if (word(i)) {
    if (cueOf(cues.startingAt.get(i), 'head') && word(i + 1)) end = i + 2;
    // قاعدة بنينا الجوية: with an adjective agreeing with the cue word after it, even a known bare word is the
    // name (a definite one is a description: مجمع الشركة النفطية).
    else if (unknownWord(first, gazetteer) || (relative(i + 1) && !first.norm.startsWith(ARTICLE)) || (cue.role.type === 'road' && first.norm.startsWith(ARTICLE))) {
      end = i + 1;
    }
  }
  if (end === 0) return null;
  if (relative(end)) end++;
  return { tokenStart: cue.tokenStart, tokenEnd: end };
}

/**
 * A name only its cue word reveals, the gazetteer not knowing it: a settlement (بلدة سوروتش) or a facility or
 * street (ميناء الزيتيات). Unresolved here; the resolver places it where the text does.
 */
function cueNamed(i: number, tokens: readonly Token[], words: Scan, cues: CueIndex, text: string, gazetteer: Gazetteer): { toponym: Toponym; next: number } | null {
  if (!cues.endingAt.has(i - 1)) return null;
  const settlement = unknownAfterCue(i, tokens, words, cues, gazetteer);
  const range = settlement > 0 ? { tokenStart: i, tokenEnd: i + settlement } : facilityName(i, tokens, cues, gazetteer);
  if (!range) return null;
  const first = tokens[range.tokenStart] as Token;
  const last = tokens[range.tokenEnd - 1] as Token;
  // The cue word's clitics stay out of the name (بمسجد الإمام الصادق → مسجد الإمام الصادق).
  const reading = words.all[range.tokenStart]?.find((r) => gazetteer.probe(r.form) & WordFlag.cue);
  const start = reading && first.kind === 'word' ? stemSpan(first, reading).start : first.start;
  const before = cuesBefore(i, cues, tokens, 0);
  // جزيرة لامبيدوزا الإيطالية: the nisba after the name says which country; it is read with the name.
  const nisba = nisbaAt(range.tokenEnd, tokens, words, gazetteer);
  const toponym: Toponym = {
    tokenStart: range.tokenStart,
    tokenEnd: range.tokenEnd,
    sentence: first.sentence,
    start,
    end: last.end,
    surface: text.slice(start, last.end),
    key: null,
    kind: 'place',
    candidates: [],
    cues: before,
    nisba: nisba?.countries ?? [],
    locative: (reading !== undefined && hasLocativeClitic(first, reading)) || before.some((c) => c.role.kind === 'at'),
    placeness: UNKNOWN_PLACENESS,
  };
  return { toponym, next: nisba?.tokenEnd ?? range.tokenEnd };
}

/**
 * The second name after a dual cue word, joined to the first by و (بلدتي الفوعة وكفريا), the gazetteer not knowing
 * it: the same kind of place, with the first one's cues.
 */
function secondOfPair(i: number, tokens: readonly Token[], words: Scan, text: string, gazetteer: Gazetteer, previous: Toponym | undefined): Toponym | null {
  const cue = previous?.cues[0];
  if (!previous || previous.tokenEnd !== i || cue?.role.kind !== 'type' || !cue.role.two) return null;
  const token = tokens[i];
  if (!isWordToken(token) || token.sentence !== previous.sentence || !unknownWord(token, gazetteer)) return null;
  const reading = words.all[i]?.find((r) => cliticsOf(token, r) === 'و' && r.form.length >= SHORT);
  if (!reading || feminineAdjective({ ...token, norm: reading.form }, gazetteer)) return null;
  const { start, end } = stemSpan(token, reading);
  return { ...previous, tokenStart: i, tokenEnd: i + 1, start, end, surface: text.slice(start, end), key: null, kind: 'place', candidates: [], nisba: [], placeness: UNKNOWN_PLACENESS };
}

export function recognizePlaces(tokens: readonly Token[], text: string, gazetteer: Gazetteer): Toponym[] {
  const words = scan(tokens, gazetteer);
  const cues = indexCues(tokens, words, gazetteer);
  const out: Toponym[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') {
      // معسكر 21: a number names a facility after its cue word.
      const named = token.kind === 'number' ? cueNamed(i, tokens, words, cues, text, gazetteer) : null;
      if (named) out.push(named.toponym);
      i = named ? named.next : i + 1;
      continue;
    }
    const run = longestName(i, tokens, words, gazetteer);
    const other = longestOtherName(i, tokens, words, gazetteer);
    if (other > (run ? run.tokenEnd - i : 0)) {
      i += other;
      continue;
    }
    if (!run) {
      const second = secondOfPair(i, tokens, words, text, gazetteer, out[out.length - 1]);
      const named = second ? { toponym: second, next: i + 1 } : cueNamed(i, tokens, words, cues, text, gazetteer);
      if (named) out.push(named.toponym);
      i = named ? named.next : i + 1;
      continue;
    }
    // مدينة الزبداني: a word naming a kind of place before a name is the cue, not the holy city of Medina.
    if (run.tokenEnd === i + 1 && cues.startingAt.get(i)?.some((c) => c.role.kind === 'type') && longestName(i + 1, tokens, words, gazetteer)) {
      i++;
      continue;
    }
    const found = toponymAt(i, run, tokens, words, cues, text, gazetteer, out[out.length - 1]);
    // No place here (an ordinary word), but a street may still be named by it (شارع الحرية).
    const named = found ? null : cueNamed(i, tokens, words, cues, text, gazetteer);
    if (found) out.push(found.toponym);
    else if (named) out.push(named.toponym);
    i = named ? named.next : run.tokenEnd + (found?.consumed ?? 0);
  }
  return out;
}

/**
 * The toponym a name run makes, with its cues; null when it is no place here (an ordinary word). `consumed`: the
 * tokens of a nisba after it, which belong to it.
 */
function toponymAt(
  i: number,
  run: NameRun,
  tokens: readonly Token[],
  words: Scan,
  cues: CueIndex,
  text: string,
  gazetteer: Gazetteer,
  previous: Toponym | undefined,
): { toponym: Toponym; consumed: number } | null {
  const { match, reading } = run;
  // «العاصمة الليبية طرابلس»: a nisba between a type cue and the name.
  const previousNisba = i >= 2 && cueOf(cues.endingAt.get(i - 2), 'type') ? nisbaAt(i - 1, tokens, words, gazetteer) : null;
  const nisbaBefore = previousNisba && previousNisba.tokenEnd === i ? previousNisba : null;
  const before = cuesBefore(i, cues, tokens, nisbaBefore ? 1 : 0);
  const clitic = hasLocativeClitic(tokens[i] as Token, reading);
  const places = match.refs.filter((r) => r.kind !== 'adjective');
  const adjectives = match.refs.filter((r) => r.kind === 'adjective');
  const span = () => {
    const start = stemSpan(tokens[i] as Token, reading).start;
    const end = (tokens[run.tokenEnd - 1] as Token).end;
    return { tokenStart: i, tokenEnd: run.tokenEnd, sentence: (tokens[i] as Token).sentence, start, end, surface: text.slice(start, end), key: run.key };
  };

  // سعودية is «Saudi» (an adjective) before it is السعودية without its article (an alias).
  const placeNamed = places.some((r) => r.kind === 'place');
  if (adjectives.length > 0 && (!placeNamed || !(clitic || before.length > 0))) {
    // العاصمة الليبية طرابلس: the nisba belongs to the name after it.
    if (match.ordinary || (cueOf(cues.endingAt.get(i - 1), 'type') && longestName(run.tokenEnd, tokens, words, gazetteer))) return null;
    return { toponym: { ...span(), kind: 'adjective', candidates: adjectives, cues: before, nisba: [], locative: false, placeness: 1 }, consumed: 0 };
  }
  const ordinary = match.ordinary || readsAsOrdinary(i, run, tokens, gazetteer);
  // مدينة صغيرة: an ordinary word that agrees with the settlement word before it as its adjective.
  if (ordinary && run.tokenEnd === i + 1 && feminineAdjective(tokens[i] as Token, gazetteer)) return null;
  const after = nisbaAt(run.tokenEnd, tokens, words, gazetteer);
  const nisba = [...(nisbaBefore?.countries ?? []), ...(after?.countries ?? [])];
  // جنيف السويسرية: a nisba that agrees with one of the name's places says «this place, in that country».
  const agrees = !ordinary && places.some((r) => nisba.includes(r.place.countryCode ?? r.place.id));
  const score = agrees ? NISBA_AGREES : placeness(match, run.tokenEnd - i, before, clitic, ordinary, cliticsOf(tokens[i] as Token, reading) !== '');
  if (score === 0) return null;
  // بين العراق وتركيا, اتفقت مصر والسودان: a name joined by و to a metonym is the same kind of party.
  const conjoined = previous?.kind === 'metonym' && previous.tokenEnd === i && cliticsOf(tokens[i] as Token, reading).startsWith('و');
  const kind = (conjoined && isState(match)) || isActor(match, i, run.tokenEnd, reading, cues, tokens, words.all) ? 'metonym' : 'place';
  const locative = clitic || before.some((c) => c.role.kind === 'at');
  return { toponym: { ...span(), kind, candidates: places, cues: before, nisba, locative, placeness: score }, consumed: after ? after.tokenEnd - run.tokenEnd : 0 };
}
