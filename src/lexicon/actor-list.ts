import { DataError, isRegionCode, isSector, type ActorCoding, type ActorKind } from '../core/index.js';
import { parseWordList } from './wordlist.js';

/**
 * One line of an actor list (data/actors/*.txt), the project's word-list format with the actor's facts after `=`:
 *
 *   قوات الدعم السريع | الدعم السريع = Rapid Support Forces ; org ; SD PRM 2013-08..2023-04-14 ; SD REB 2023-04-15..
 *
 * Before `=`: Arabic variants, `|` between them, the first canonical. A variant starting with `~` is ambiguous
 * (القاعدة is also "the base"): it counts only where the context confirms it. A variant containing `{country}` is
 * a naming template of an institution (حكومة {country}), never matched as such.
 * After `=`, `;`-separated: the English name; then segments that are either a kind word and/or a Wikidata id
 * (`person Q39723`; a title that one person holds at a time says `agent office`), or a coding `COUNTRY SECTOR [role[@actor-id]] [FROM..TO]` where COUNTRY is ISO 3166-1
 * alpha-2, a region code or `-`. A region adjective names its region code instead of codings (`= European ;
 * region EUR`). `arabic | arabic = @id` adds names to an actor defined elsewhere (جيش الاحتلال = @il/armed-forces).
 * `!variant` removes the actor an earlier line or file defined with that variant.
 */
export interface ActorListEntry {
  source: string;
  line: number;
  remove: boolean;
  /** Arabic variants as written (without the `~` mark), first canonical; templates excluded. */
  variants: string[];
  /** Parallel to `variants`: true for a `~` variant. */
  ambiguous: boolean[];
  /** Variants holding `{country}`. */
  templates: string[];
  nameEn: string;
  kind: ListKind;
  wikidata: string | null;
  /** For a region adjective: its region code. */
  region: string | null;
  codings: ListCoding[];
  /** For an alias line: the id of the actor the variants name. */
  aliasOf: string | null;
  /** For a title: one person holds the office at a time (a foreign minister, not a minister), so it can be looked up. */
  office: boolean;
}

/**
 * Besides actor kinds, a list declares an `institution` of every state (a generic agent that, given a country,
 * is that state's institution: الحكومة التركية) and a `region` adjective (الأوروبية → EUR).
 */
export type ListKind = ActorKind | 'institution' | 'region';

const KIND_WORDS = new Map<string, ListKind>([
  ['state', 'state'],
  ['igo', 'igo'],
  ['ngo', 'ngo'],
  ['org', 'organization'],
  ['person', 'person'],
  ['agent', 'agent'],
  ['institution', 'institution'],
  ['region', 'region'],
]);

export interface ListCoding extends ActorCoding {
  /** The actor whose office the role is (`leader@sd/rapid-support-forces`), by id. */
  of: string | null;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ROLE = /^[a-z]+(-[a-z]+)*$/;
const ACTOR_ID = /^[a-z]+(\/[a-z0-9]+(-[a-z0-9]+)*)?$/;

function malformed(source: string, line: number, problem: string): DataError {
  return new DataError(
    `${source}:${line}: ${problem}`,
    'fix that line: `arabic | arabic = English name ; kind Qid ; CC SECTOR role FROM..TO` (see docs/ACTORS.md)',
  );
}

function parseCoding(words: string[], source: string, line: number): ListCoding {
  const [country, sector, ...rest] = words as [string, string, ...string[]];
  if (country !== '-' && !/^[A-Z]{2}$/.test(country) && !isRegionCode(country)) {
    throw malformed(source, line, `"${country}" is not an ISO alpha-2 country code, a region code or -`);
  }
  if (sector === undefined || !isSector(sector)) throw malformed(source, line, `"${sector ?? ''}" is not a PLOVER sector`);
  const coding: ListCoding = { country: country === '-' ? null : country, sector, role: null, of: null, from: null, to: null };
  for (const word of rest) {
    const range = word.indexOf('..');
    if (range >= 0) {
      const from = word.slice(0, range);
      const to = word.slice(range + 2);
      if ((from !== '' && !DATE.test(from)) || (to !== '' && !DATE.test(to))) {
        throw malformed(source, line, `"${word}" is not a date range FROM..TO (YYYY, YYYY-MM or YYYY-MM-DD, either side may be empty)`);
      }
      if (from !== '' && to !== '' && to < from) throw malformed(source, line, `the range "${word}" ends before it starts`);
      coding.from = from || null;
      coding.to = to || null;
      continue;
    }
    const [role, of] = word.split('@') as [string, string | undefined];
    if (coding.role !== null || !ROLE.test(role)) throw malformed(source, line, `"${word}" is neither a role nor a date range`);
    if (of !== undefined && !ACTOR_ID.test(of)) throw malformed(source, line, `"${of}" is not an actor id (cc/name)`);
    coding.role = role;
    coding.of = of ?? null;
  }
  return coding;
}

type Facts = Pick<ActorListEntry, 'nameEn' | 'kind' | 'wikidata' | 'region' | 'codings' | 'aliasOf' | 'office'>;

function parseFacts(facts: string, source: string, line: number): Facts {
  const trimmed = facts.trim();
  if (trimmed.startsWith('@')) {
    const id = trimmed.slice(1);
    if (!ACTOR_ID.test(id)) throw malformed(source, line, `"${id}" is not an actor id (cc or cc/name)`);
    return { nameEn: '', kind: 'organization', wikidata: null, region: null, codings: [], aliasOf: id, office: false };
  }
  const [name, ...segments] = trimmed.split(';').map((s) => s.trim());
  if (!name) throw malformed(source, line, 'no English name after `=`');
  let kind: ListKind | null = null;
  let wikidata: string | null = null;
  let region: string | null = null;
  let office = false;
  const codings: ListCoding[] = [];
  for (const segment of segments) {
    const words = segment.split(/\s+/).filter((w) => w !== '');
    const first = words[0];
    if (first === undefined) throw malformed(source, line, 'an empty `;` segment');
    if (KIND_WORDS.has(first) || /^Q\d+$/.test(first)) {
      for (const word of words) {
        const k = KIND_WORDS.get(word);
        if (k !== undefined && kind === null) kind = k;
        else if (word === 'office' && kind === 'agent' && !office) office = true;
        else if (/^Q\d+$/.test(word) && wikidata === null) wikidata = word;
        else if (kind === 'region' && isRegionCode(word) && region === null) region = word;
        else throw malformed(source, line, `"${word}" in "${segment}": expected one kind (${[...KIND_WORDS.keys()].join(', ')}), one Wikidata id, for a region its code, for an agent \`office\``);
      }
    } else {
      codings.push(parseCoding(words, source, line));
    }
  }
  if (kind === 'region') {
    if (region === null || codings.length > 0) throw malformed(source, line, 'a region names its region code (`region EUR`) and no coding');
  } else if (codings.length === 0) {
    throw malformed(source, line, `"${name}" has no coding (COUNTRY SECTOR …)`);
  }
  if (office && codings.every((c) => c.role === null)) throw malformed(source, line, 'an `office` needs a role');
  return { nameEn: name, kind: kind ?? 'organization', wikidata, region, codings, aliasOf: null, office };
}

/** Parses an actor list; a malformed line raises DataError naming the file and line. */
export function parseActorList(content: string, source: string): ActorListEntry[] {
  return parseWordList(content, source).map((raw) => {
    const surfaces = [...raw.surfaces];
    const last = surfaces.pop() as string;
    const eq = last.indexOf('=');
    if (raw.remove) {
      if (eq >= 0) throw malformed(source, raw.line, 'a `!` removal names variants only, no `=` facts');
      const variants = [...surfaces, last].map((v) => v.replace(/^~/, ''));
      const none = { nameEn: '', kind: 'organization', wikidata: null, region: null, codings: [], aliasOf: null, office: false } as const;
      return { source, line: raw.line, remove: true, variants, ambiguous: variants.map(() => false), templates: [], ...none, codings: [] };
    }
    if (eq < 0) throw malformed(source, raw.line, 'no `=` between the Arabic variants and the facts');
    const lastVariant = last.slice(0, eq).trim();
    if (lastVariant === '') throw malformed(source, raw.line, 'an empty Arabic variant before `=`');
    const facts = parseFacts(last.slice(eq + 1), source, raw.line);
    const variants: string[] = [];
    const ambiguous: boolean[] = [];
    const templates: string[] = [];
    for (const surface of [...surfaces, lastVariant]) {
      if (surface.includes('{country}')) templates.push(surface);
      else {
        const isAmbiguous = surface.startsWith('~');
        variants.push(isAmbiguous ? surface.slice(1).trim() : surface);
        ambiguous.push(isAmbiguous);
      }
    }
    if (templates.length > 0 && facts.kind !== 'institution') throw malformed(source, raw.line, 'only an institution has a {country} template');
    if (facts.kind === 'institution' && templates.length !== 1) throw malformed(source, raw.line, 'an institution needs exactly one {country} naming template');
    if (variants.length === 0) throw malformed(source, raw.line, 'no Arabic variant to match');
    return { source, line: raw.line, remove: false, variants, ambiguous, templates, ...facts };
  });
}
