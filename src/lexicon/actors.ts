import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, packageRoot, type Actor, type ActorCoding, type Sector } from '../core/index.js';
import { normalizeWord, stemVariants, type WordLookup } from '../text/index.js';
import { parseActorList, type ActorListEntry, type ListCoding } from './actor-list.js';
import { loadDefaultLexicon } from './load.js';

/**
 * The actor dictionary: the named actors of data/actors/*.txt, an actor for every state and every
 * institution of every state (generated), the generic agents and titles, and the region adjectives, indexed
 * by first word for a longest-match scan (src/resolve/actors.ts).
 */

/** A generic actor: a group known by what it is, a title, or a state institution before its country. */
export interface Agent {
  /** As written; an institution's holds `{country}` (`Government of {country}`). */
  nameEn: string;
  /** Without the country: `Government`. */
  genericNameEn: string;
  sector: Sector;
  /** Fixed for a few titles (خادم الحرمين الشريفين is Saudi Arabia's king); otherwise null. */
  country: string | null;
  /** Set for a title: the agent is one person. */
  role: string | null;
  /** One person holds the title at a time: given a date, the dictionary can say who. */
  office: boolean;
  /** For a state institution: the key of the generated actor of each state (`government` → `tr/government`). */
  institution: string | null;
  source: string;
  line: number;
}

export type PhraseTarget =
  /** Several actors may share a name (المالكي): context chooses. */
  | { type: 'actor'; actors: readonly Actor[] }
  | { type: 'agent'; agent: Agent }
  | { type: 'region'; region: string; nameEn: string };

export interface ActorPhrase {
  /** Normalized words; for agents and regions without their article (القوات الخاصة → قوات خاصه). */
  words: readonly string[];
  /** A `~` variant: counts only where the context confirms it. */
  ambiguous: boolean;
  target: PhraseTarget;
  /** The list that defined it. */
  source: string;
}

/** An office to find the holder of: a role, the country or body it belongs to, and the date. */
export interface OfficeQuery {
  role: string;
  /** The country of the office (وزير الخارجية التركي), or the body it belongs to (قائد قوات الدعم السريع). */
  country?: string | null;
  of?: string | null;
  /** ISO date at which the office is held. */
  date: string;
}

export class ActorDictionary {
  readonly actors: readonly Actor[];
  /** Generic agents and titles, in file order. */
  readonly agents: readonly Agent[];
  private readonly byId = new Map<string, Actor>();
  private readonly codingOf = new Map<ActorCoding, string | null>();
  private readonly named = new Map<string, ActorPhrase[]>();
  private readonly loose = new Map<string, ActorPhrase[]>();
  private readonly byVariant = new Map<string, Actor[]>();
  /** The longest phrase, in words: a scan never looks further ahead. */
  readonly maxWords: number;
  /** First words of every phrase, and of named ones also without their article (الامم → امم, for للأمم). */
  private readonly firstWords = new Set<string>();
  private readonly openers = new Map<string, boolean>();
  /** Persons by the roles they held: office holders are looked up by role. */
  private readonly byRole = new Map<string, Actor[]>();

  constructor(
    entries: readonly ActorListEntry[],
    /** The lexicon the text layer segments with: phrase keys are made with the same stems. */
    readonly lexicon: WordLookup,
  ) {
    const live = applyRemovals(entries);
    const actors: Actor[] = [];
    const agents: Agent[] = [];
    const aliases: ActorListEntry[] = [];
    const states = live.filter((e) => e.kind === 'state');
    const institutions = live.filter((e) => e.kind === 'institution');

    for (const entry of live) {
      if (entry.aliasOf !== null) aliases.push(entry);
      else if (entry.kind === 'institution' || entry.kind === 'agent') {
        const agent = toAgent(entry, institutionKey(entry));
        agents.push(agent);
        this.addLoose(entry, { type: 'agent', agent });
      } else if (entry.kind === 'region') {
        this.addLoose(entry, { type: 'region', region: entry.region as string, nameEn: entry.nameEn });
      } else {
        actors.push(this.toActor(entry, actorId(entry)));
      }
    }
    const keyed = institutions.map((inst) => ({ inst, key: institutionKey(inst) as string }));
    for (const state of states) {
      const cc = (state.codings[0] as ListCoding).country as string;
      for (const { inst, key } of keyed) actors.push(this.institutionActor(state, inst, key, cc));
    }
    for (const actor of actors) {
      const previous = this.byId.get(actor.id);
      if (previous) {
        throw new DataError(
          `${actor.source}:${actor.line}: the actor id ${actor.id} is already used by ${previous.source}:${previous.line}`,
          'give one of them a different English name (ids are made from the country and the English name)',
        );
      }
      this.byId.set(actor.id, actor);
    }
    for (const alias of aliases) {
      const actor = this.byId.get(alias.aliasOf as string);
      if (!actor) throw new DataError(`${alias.source}:${alias.line}: no actor has the id ${alias.aliasOf}`, 'check the id after `@` (run `marsad actors lookup NAME` to see ids)');
      this.addNamed(alias, actor);
    }
    const dangling = actors.flatMap((actor) =>
      actor.codings
        .map((coding) => this.codingOf.get(coding))
        .filter((of): of is string => !!of && !this.byId.has(of))
        .map((of) => `${actor.source}:${actor.line}: ${actor.nameEn} → ${of}`),
    );
    if (dangling.length > 0) {
      throw new DataError(`roles point at actor ids that do not exist:\n${dangling.join('\n')}`, 'check the id after `@` in each role (ids are made from the country and the English name)');
    }
    this.actors = actors;
    this.agents = agents;
    let longest = 0;
    for (const index of [this.named, this.loose]) {
      for (const phrases of index.values()) {
        phrases.sort((a, b) => b.words.length - a.words.length);
        longest = Math.max(longest, phrases[0]?.words.length ?? 0);
      }
    }
    this.maxWords = longest;
    for (const word of this.loose.keys()) this.firstWords.add(word);
    for (const word of this.named.keys()) {
      this.firstWords.add(word);
      this.firstWords.add(this.withoutArticle(word));
    }
    for (const actor of actors) {
      if (actor.kind !== 'person') continue;
      for (const role of new Set(actor.codings.map((c) => c.role))) {
        if (role === null) continue;
        const holders = this.byRole.get(role) ?? [];
        holders.push(actor);
        this.byRole.set(role, holders);
      }
    }
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /** The body a coding's role belongs to (`leader@sd/rapid-support-forces`), if any. */
  officeOf(coding: ActorCoding): Actor | undefined {
    const of = this.codingOf.get(coding);
    return of ? this.byId.get(of) : undefined;
  }

  /**
   * Could some reading of this normalized word open a phrase? Clitics stand only in front of a stem, so every
   * reading the text layer can give is the word or one of its shorter suffixes (with or without an article):
   * a word none of whose suffixes is a first word, or one without its article, opens nothing. Most words stop
   * here, before any clitic analysis; the answer is memoized, as word frequencies are Zipfian.
   */
  mayOpen(word: string): boolean {
    let answer = this.openers.get(word);
    if (answer === undefined) {
      answer = false;
      for (let k = 0; k <= MAX_PROCLITIC_LETTERS && word.length - k >= MIN_STEM; k++) {
        if (this.firstWords.has(k === 0 ? word : word.slice(k))) {
          answer = true;
          break;
        }
      }
      if (this.openers.size >= OPENER_CACHE_LIMIT) this.openers.clear();
      this.openers.set(word, answer);
    }
    return answer;
  }

  /** Named phrases (actors, aliases) by first word, longest first; words as written, article included. */
  namedStartingWith(word: string): readonly ActorPhrase[] {
    return this.named.get(word) ?? EMPTY;
  }

  /** Agent, title and region phrases by first word without its article, longest first. */
  looseStartingWith(word: string): readonly ActorPhrase[] {
    return this.loose.get(word) ?? EMPTY;
  }

  /** Actors one of whose names, normalized, is exactly this. */
  byName(name: string): readonly Actor[] {
    return this.byVariant.get(normalizeKey(name)) ?? EMPTY_ACTORS;
  }

  /** The actor of a state (`tr`) or of one of its institutions (`tr/government`). */
  stateActor(country: string, institution: string | null = null): Actor | undefined {
    const cc = country.toLowerCase();
    return this.byId.get(institution ? `${cc}/${institution}` : cc);
  }

  /** The persons who held an office at a date: وزير الخارجية التركي in August 2015 → Mevlüt Çavuşoğlu. */
  officeHolders(query: OfficeQuery): Actor[] {
    return (this.byRole.get(query.role) ?? []).filter(
      (actor) =>
        actor.codings.some(
          (c) =>
            c.role === query.role &&
            // A country's office is not an office of one of its bodies (the Kurdistan Region's prime minister).
            this.codingOf.get(c) === (query.of ?? null) &&
            (query.country == null || c.country === query.country) &&
            (query.of != null || query.country != null) &&
            codingHolds(c, query.date),
        ),
    );
  }

  private toActor(entry: ActorListEntry, id: string): Actor {
    const codings = entry.codings.map((c) => this.coding(c));
    const actor: Actor = {
      id,
      kind: entry.kind as Actor['kind'],
      nameEn: entry.nameEn,
      nameAr: entry.variants[0] as string,
      variantsAr: entry.variants,
      wikidata: entry.wikidata,
      codings,
      source: entry.source,
      line: entry.line,
    };
    // A state's name is a place: the geoparser finds it, and actor coding decides when it acts.
    if (actor.kind === 'state') this.addNames(entry.variants, actor);
    else this.addNamed(entry, actor);
    return actor;
  }

  private institutionActor(state: ActorListEntry, inst: ActorListEntry, key: string, cc: string): Actor {
    const coding = inst.codings[0] as ListCoding;
    const nameAr = (inst.templates[0] as string).replace('{country}', state.variants[0] as string);
    return {
      id: `${cc.toLowerCase()}/${key}`,
      kind: 'state',
      nameEn: inst.nameEn.replace('{country}', state.nameEn),
      nameAr,
      variantsAr: [nameAr],
      wikidata: null,
      codings: [this.coding({ ...coding, country: cc })],
      source: inst.source,
      line: inst.line,
    };
  }

  private coding(c: ListCoding): ActorCoding {
    const coding: ActorCoding = { country: c.country, sector: c.sector, role: c.role, from: c.from, to: c.to };
    this.codingOf.set(coding, c.of);
    return coding;
  }

  private addNames(variants: readonly string[], actor: Actor): void {
    for (const variant of variants) {
      const key = normalizeKey(variant);
      const sharing = this.byVariant.get(key);
      if (!sharing) this.byVariant.set(key, [actor]);
      else if (!sharing.includes(actor)) sharing.push(actor);
    }
  }

  private addNamed(entry: ActorListEntry, actor: Actor): void {
    this.addNames(entry.variants, actor);
    entry.variants.forEach((variant, i) => {
      const words = normalizeKey(variant).split(' ');
      const key = words.join(' ');
      const first = words[0] as string;
      const phrases = this.named.get(first) ?? [];
      const same = phrases.find((p) => p.words.join(' ') === key && p.target.type === 'actor');
      if (same && same.target.type === 'actor') {
        // Two actors with one name (المالكي): one phrase, several candidates; ambiguous if either says so.
        same.target = { type: 'actor', actors: [...same.target.actors, actor] };
        same.ambiguous ||= entry.ambiguous[i] === true;
      } else {
        phrases.push({ words, ambiguous: entry.ambiguous[i] === true, target: { type: 'actor', actors: [actor] }, source: entry.source });
        this.named.set(first, phrases);
      }
    });
  }

  private addLoose(entry: ActorListEntry, target: PhraseTarget): void {
    entry.variants.forEach((variant, i) => {
      const words = normalizeKey(variant)
        .split(' ')
        .map((w) => this.withoutArticle(w));
      const key = words.join(' ');
      const first = words[0] as string;
      const phrases = this.loose.get(first) ?? [];
      const clash = phrases.find((p) => p.words.join(' ') === key);
      if (clash && (clash.target === target || sameCoding(clash.target, target))) return;
      if (clash && clash.source !== entry.source) {
        // A later layer (a user's list) redefines a generic word.
        phrases.splice(phrases.indexOf(clash), 1);
      } else if (clash) {
        throw new DataError(
          `${entry.source}:${entry.line}: "${variant}" is already a generic actor (${describe(clash.target)})`,
          'keep each generic variant on one line only (the article does not count: القوات = قوات)',
        );
      }
      phrases.push({ words, ambiguous: entry.ambiguous[i] === true, target, source: entry.source });
      this.loose.set(first, phrases);
    });
  }

  /** The word without its article, as the text layer reads it (الأمن → امن); the word itself when it has none. */
  private withoutArticle(word: string): string {
    return stemVariants(word, this.lexicon).find((v) => 'ال' + v === word) ?? word;
  }
}

const EMPTY: readonly ActorPhrase[] = [];
/** Proclitics take at most four letters in front of a stem (وبال، وللـ). */
const MAX_PROCLITIC_LETTERS = 4;
const MIN_STEM = 2;
const OPENER_CACHE_LIMIT = 100_000;
const EMPTY_ACTORS: readonly Actor[] = [];

/** Two generic definitions that code alike: listing a variant under both is harmless. */
function sameCoding(a: PhraseTarget, b: PhraseTarget): boolean {
  if (a.type === 'agent' && b.type === 'agent') {
    const x = a.agent;
    const y = b.agent;
    return x.sector === y.sector && x.role === y.role && x.office === y.office && x.institution === y.institution && x.country === y.country;
  }
  return a.type === 'region' && b.type === 'region' && a.region === b.region;
}

function describe(target: PhraseTarget): string {
  return target.type === 'agent' ? `${target.agent.nameEn}, ${target.agent.source}:${target.agent.line}` : target.type;
}

function normalizeKey(text: string): string {
  return normalizeWord(text).replace(/\s+/g, ' ').trim();
}

/** Does a coding hold at an ISO date? A bound written as a year or a month covers all of it. */
export function codingHolds(coding: Pick<ActorCoding, 'from' | 'to'>, date: string): boolean {
  const from = coding.from;
  const to = coding.to;
  if (from !== null && date.slice(0, from.length) < from) return false;
  if (to !== null && date.slice(0, to.length) > to) return false;
  return true;
}

/** Readable, stable ids: lower-case ASCII words joined by `-`, accents and apostrophes dropped. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const PREFIX: Record<string, string> = { igo: 'igo', ngo: 'ngo' };

/** `tr` for a state, `<cc>/<name>` for an actor of one country, `igo/…`, `ngo/…` or `int/…` otherwise. */
function actorId(entry: ActorListEntry): string {
  const country = entry.codings[0]?.country ?? null;
  if (entry.kind === 'state') return (country as string).toLowerCase();
  const prefix = PREFIX[entry.kind] ?? (country && country.length === 2 ? country.toLowerCase() : 'int');
  // A name with no Latin letters (an imported PETRARCH key) gets a stable id from its hash.
  const name = slug(entry.nameEn) || `x${createHash('sha256').update(entry.nameEn).digest('hex').slice(0, 10)}`;
  return `${prefix}/${name}`;
}

/** `Government of {country}` → `government`. */
function institutionKey(entry: ActorListEntry): string | null {
  return entry.kind === 'institution' ? slug(entry.nameEn.replace(/\s*(of\s+)?\{country\}\s*/, ' ')) : null;
}

function toAgent(entry: ActorListEntry, institution: string | null): Agent {
  const coding = entry.codings[0] as ListCoding;
  return { nameEn: entry.nameEn, genericNameEn: entry.nameEn.replace(/\s*(of\s+)?\{country\}/, ''), sector: coding.sector, country: coding.country, role: coding.role, office: entry.office, institution, source: entry.source, line: entry.line };
}

/** Drops every actor a later `!variant` line removes, and the removal lines. */
function applyRemovals(entries: readonly ActorListEntry[]): ActorListEntry[] {
  const kept: (ActorListEntry | null)[] = [];
  for (const entry of entries) {
    if (!entry.remove) {
      kept.push(entry);
      continue;
    }
    const targets = new Set(entry.variants.map(normalizeKey));
    for (let i = 0; i < kept.length; i++) {
      if (kept[i]?.variants.some((v) => targets.has(normalizeKey(v)))) kept[i] = null;
    }
  }
  return kept.filter((e): e is ActorListEntry => e !== null);
}

/** data/actors, from the package root. */
export function defaultActorFolder(): string {
  return join(packageRoot(), 'data', 'actors');
}

/** The actor lists Marsad ships, in file-name order. */
export function defaultActorPaths(): string[] {
  const folder = defaultActorFolder();
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(folder, name));
}

function readList(path: string): ActorListEntry[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError(`cannot read the actor list ${path}`, 'check the path; an actor list is a UTF-8 text file (see docs/ACTORS.md)', { cause: error });
  }
  return parseActorList(content, path);
}

/** A dictionary from actor lists applied in order: later files add actors and remove (`!variant`) earlier ones. */
export function loadActorDictionary(paths: readonly string[], lexicon: WordLookup = loadDefaultLexicon()): ActorDictionary {
  return new ActorDictionary(paths.flatMap(readList), lexicon);
}

let cached: ActorDictionary | undefined;

/** The dictionary Marsad ships (data/actors), loaded once per process. */
export function loadDefaultActors(): ActorDictionary {
  cached ??= loadActorDictionary(defaultActorPaths());
  return cached;
}
