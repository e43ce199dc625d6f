import {
  REGIONS,
  isRegionCode,
  type Actor,
  type ActorCoding,
  type ActorBasis,
  type ActorKind,
  type ActorMention,
  type PlaceInput,
  type Sector,
} from '../core/index.js';
import type { Token } from '../text/index.js';
import { codingHolds, type ActorDictionary, type Agent } from '../lexicon/actors.js';
import { TokenReadings, matchLoose, matchNamed, selectMatches, type PhraseMatch } from './actor-match.js';

/**
 * Actor coding (see docs/ACTORS.md): every named actor, generic agent and titled person in a text, coded with
 * a country and a PLOVER sector. Pure: the caller passes the text layer's tokens, the named entities and the
 * geoparser's places.
 *
 * 1. Dictionary names, longest first (قوات الدعم السريع); an ambiguous name (القاعدة, الأسد) only where the
 *    tagger marks an entity there or a title or group word stands right before it (عناصر القاعدة).
 * 2. Generic agents, titles and region adjectives in the gaps (القوات الخاصة, وزير الخارجية, الأوروبيون).
 * 3. Composition, right to left so that a complement is composed before what governs it: an agent takes the
 *    country of a nationality adjective or region after it (القوات الخاصة الروسية → RU MIL), of a country in
 *    construct (حكومة تركيا), or the organisation it belongs to (عناصر داعش → Islamic State); a title also
 *    takes the person named after it (وزير الداخلية الفرنسي برنار كازنوف) or, given the date, the office
 *    holder the dictionary knows (وزير الخارجية التركي in 2015 → Mevlüt Çavuşoğlu).
 * 4. A country the geoparser found that is not the object of a locative preposition acts as a state (أعلنت
 *    تركيا); other places never make actors (قصفت الفاشر).
 * 5. Persons and organisations the tagger found and nothing above explained are kept, coded UNK.
 */

/** A named entity from the tagger, as character offsets into the original text. */
export interface EntityInput {
  start: number;
  end: number;
  /** PERS, ORG, LOC or MISC (ANERcorp's types). */
  type: string;
  confidence?: number;
}

export interface ActorCodingInput {
  text: string;
  /** The text layer's tokens (analyzeText), in order. */
  tokens: readonly Token[];
  entities?: readonly EntityInput[];
  /** The geoparser's mentions: places and the nationality adjectives (kind `adjective`). */
  places?: readonly PlaceInput[];
  /** ISO publication date: chooses the coding an actor had then and names office holders. */
  date?: string | null;
  /** The country the document is about: the country of a bare «الحكومة» or «الجيش». */
  focusCountry?: string | null;
}

/** Locative prepositions: a country after them is where something happens, not who acts (في تركيا). */
const LOCATIVE = new Set(['في', 'من', 'الي', 'داخل', 'خارج', 'عبر', 'قرب', 'نحو', 'حول', 'بين', 'لدي', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);
const LOCATIVE_PROCLITIC = 'ب';
/** Words after a title that make its holder a former one, normalized. */
const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'المخلوع', 'المعزول', 'الراحل', 'المقال', 'المستقيل']);

/** Sectors of state institutions: a bare «الجيش» in a Libyan story is Libya's. */
const STATE_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

const CONFIDENCE = {
  name: 0.9,
  shortName: 0.8,
  confirmed: 0.75,
  titledName: 0.95,
  institution: 0.85,
  agentWithCountry: 0.75,
  agent: 0.6,
  agentFocus: 0.5,
  office: 0.7,
  unnamed: 0.65,
  state: 0.55,
  unknown: 0.4,
} as const;

type UnitKind = 'named' | 'agent' | 'region' | 'place' | 'adjective' | 'entity';

interface Unit {
  kind: UnitKind;
  first: number;
  last: number;
  /** Where the unit starts in the original text (clitics in front of a name left out). */
  start: number;
  match?: PhraseMatch;
  place?: PlaceInput;
  entity?: EntityInput;
  /** The coding composition arrived at, for agent units, and the last token it took in. */
  result?: ActorMention;
  end?: number;
  consumed: boolean;
}

export function codeActors(input: ActorCodingInput, dictionary: ActorDictionary): ActorMention[] {
  return new Coder(input, dictionary).run();
}

class Coder {
  private readonly forms: TokenReadings;
  private readonly tokens: readonly Token[];
  private readonly date: string | null;
  /** The unit starting at each token, once units are laid out. */
  private readonly startsAt = new Map<number, Unit>();

  constructor(
    private readonly input: ActorCodingInput,
    private readonly dictionary: ActorDictionary,
  ) {
    this.tokens = input.tokens;
    this.forms = new TokenReadings(input.tokens, dictionary);
    this.date = input.date ? input.date.slice(0, 10) : null;
  }

  run(): ActorMention[] {
    const n = this.tokens.length;
    const places = this.spanUnits(this.input.places ?? [], (p) => (p.kind === 'adjective' ? 'adjective' : 'place'));
    const entities = this.spanUnits(this.input.entities ?? [], () => 'entity');

    // A name is not read inside a place name (…العربية المتحدة); a place inside a name is (مجلس سوريا الديمقراطية).
    const named = matchNamed(this.forms, this.dictionary).filter((m) => !places.some((p) => p.first <= m.first && m.last <= p.last));
    const sure = selectMatches(named.filter((m) => !m.phrase.ambiguous));
    const sureCovers = coverage(n, sure);
    const placeCovers = coverage(n, places.filter((p) => !overlaps(p, sure)));
    const loose = matchLoose(this.forms, this.dictionary, (i) => !sureCovers[i] && !placeCovers[i]);
    const confirmed = named.filter((m) => m.phrase.ambiguous && this.confirms(m, entities, loose));
    const names = selectMatches([...sure, ...confirmed]);
    const agents = loose.filter((m) => !overlaps(m, names));
    const people = entities.filter((u) => ['PERS', 'ORG'].includes((u.entity as EntityInput).type) && !overlaps(u, names) && !overlaps(u, agents));

    const matchUnit = (m: PhraseMatch, kind: UnitKind): Unit => ({ kind, first: m.first, last: m.last, start: this.forms.startOf(m.first, m.form), match: m, consumed: false });
    const units: Unit[] = [
      ...names.map((m) => matchUnit(m, 'named')),
      ...agents.map((m) => matchUnit(m, m.phrase.target.type === 'region' ? 'region' : 'agent')),
      ...places.filter((p) => !overlaps(p, names) && !overlaps(p, people)),
      ...people,
    ].sort((a, b) => a.first - b.first || b.last - a.last);
    for (const unit of units) if (!this.startsAt.has(unit.first)) this.startsAt.set(unit.first, unit);

    for (let k = units.length - 1; k >= 0; k--) {
      const unit = units[k] as Unit;
      if (unit.kind === 'agent' && !unit.consumed) this.compose(unit);
    }

    const out: ActorMention[] = [];
    for (const unit of units) {
      if (unit.consumed) continue;
      const mention = this.mentionOf(unit, entities);
      if (mention) out.push(mention);
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Units for character-span inputs, over the tokens they cover. */
  private spanUnits<T extends { start: number; end: number }>(spans: readonly T[], kind: (s: T) => UnitKind): Unit[] {
    const units: Unit[] = [];
    for (const span of spans) {
      const first = this.tokenAt(span.start);
      let last = first;
      while (last + 1 < this.tokens.length && (this.tokens[last + 1] as Token).start < span.end) last++;
      if (first >= this.tokens.length || (this.tokens[first] as Token).start >= span.end) continue;
      const k = kind(span);
      const input = k === 'entity' ? { entity: span as unknown as EntityInput } : { place: span as unknown as PlaceInput };
      units.push({ kind: k, first, last, start: Math.max(span.start, (this.tokens[first] as Token).start), consumed: false, ...input });
    }
    return units;
  }

  /** The first token that ends after `offset` (binary search: tokens are in text order). */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** An ambiguous name counts where the tagger marks a person or organisation on it, or a group word or title governs it. */
  private confirms(m: PhraseMatch, entities: readonly Unit[], loose: readonly PhraseMatch[]): boolean {
    const type = m.phrase.target.type === 'actor' && m.phrase.target.actors.every((a) => a.kind === 'person') ? 'PERS' : 'ORG';
    // The entity must be this name (an organisation's maybe with a word such as حركة before it), not a longer
    // name containing it (حسين بن علي is not بن علي).
    const slack = type === 'ORG' ? 1 : 0;
    if (entities.some((e) => e.first >= m.first - slack && e.first <= m.last && e.last <= m.last && (e.entity as EntityInput).type === type)) return true;
    // A title governs a person (الرئيس الأسد); any group word an organisation (عناصر القاعدة). حكومة المنفى is
    // not the government of al-Menfi.
    return loose.some((l) => l.last === m.first - 1 && l.phrase.target.type === 'agent' && (type === 'ORG' || l.phrase.target.agent.role !== null) && !this.forms.hasArticle(l.last));
  }

  /** Takes the complement and the name after an agent or title, and codes it. */
  private compose(unit: Unit): void {
    const agent = (unit.match?.phrase.target as { agent: Agent }).agent;
    const construct = !this.forms.hasArticle(unit.last);
    let end = unit.last;
    let country: string | null = agent.country;
    let body: ActorMention | null = null;
    let personActor: Actor | null = null;
    let personEntity: Unit | null = null;

    const next = this.complementAfter(unit.last);
    if (next) {
      const { unit: c } = next;
      if (c.kind === 'adjective' || c.kind === 'region') {
        country = c.kind === 'adjective' ? (c.place?.countryCode ?? null) : regionOf(c);
        c.consumed = true;
        end = c.last;
      } else if (next.adjacent && (construct || this.linkedByLam(c))) {
        if (c.kind === 'place' && c.place?.countryCode) {
          country = c.place.countryCode;
          c.consumed = true;
          end = c.last;
        } else if (c.kind === 'named' && !isPersonUnit(c)) {
          body = this.namedMention(c, CONFIDENCE.name);
          c.consumed = true;
          end = c.last;
        } else if (c.kind === 'entity' && c.entity?.type === 'ORG' && agent.role !== null) {
          body = this.unknownMention(c);
          c.consumed = true;
          end = c.last;
        } else if (c.kind === 'agent' && (agent.role !== null || agent.institution !== null) && c.result) {
          body = c.result;
          c.consumed = true;
          end = c.end ?? c.last;
        }
      }
    }
    // A title names one person, maybe after a word or two that qualify it (الرئيس السابق علي عبد الله صالح); a
    // group word right before a person's name is that person's following (قوات حفتر).
    const former = this.formerAt(end + 1);
    let after = this.startsAt.get(end + 1);
    if (!after && agent.role !== null) {
      const beyond = this.complementAfter(end, true);
      if (beyond && (beyond.unit.kind === 'named' || beyond.unit.kind === 'entity')) after = beyond.unit;
    }
    if (after && !after.consumed && (agent.role !== null || (construct && end === unit.last))) {
      if (after.kind === 'named' && isPersonUnit(after)) {
        personActor = this.pickActor(after, country) ?? null;
        if (personActor) {
          after.consumed = true;
          end = after.last;
        }
      } else if (after.kind === 'entity' && after.entity?.type === 'PERS' && agent.role !== null) {
        personEntity = after;
        after.consumed = true;
        end = after.last;
      }
    }

    const ambiguous = unit.match?.phrase.ambiguous === true;
    const complemented = end > unit.last;
    if (ambiguous && !complemented) {
      unit.consumed = true;
      return;
    }
    unit.result = this.agentMention(unit, end, agent, country, body, personActor, personEntity, former);
    unit.end = end;
  }

  /** Is token i a word that makes a title a former one (السابق, المخلوع)? */
  private formerAt(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && FORMER.has(token.norm);
  }

  /**
   * A definite title takes its body with the preposition ل (الأمين العام لحزب الله): the complement's first word
   * was read without a ل that the text wrote.
   */
  private linkedByLam(c: Unit): boolean {
    const token = this.tokens[c.first] as Token;
    return token.norm.startsWith('ل') && c.start > token.start;
  }

  /**
   * The unit a complement can be: right after, or after at most two unclaimed definite words (القوات الخاصة
   * الروسية); only an adjective or a region that far, unless `anyKind`.
   */
  private complementAfter(last: number, anyKind = false): { unit: Unit; adjacent: boolean } | null {
    const sentence = (this.tokens[last] as Token).sentence;
    for (let i = last + 1, skipped = 0; i < this.tokens.length && skipped <= 2; i++, skipped++) {
      const token = this.tokens[i] as Token;
      if (token.sentence !== sentence) return null;
      const unit = this.startsAt.get(i);
      if (unit && !unit.consumed) {
        if (skipped === 0) return { unit, adjacent: true };
        return anyKind || unit.kind === 'adjective' || unit.kind === 'region' ? { unit, adjacent: false } : null;
      }
      if (token.kind !== 'word' || !this.forms.hasArticle(i)) return null;
    }
    return null;
  }

  private agentMention(
    unit: Unit,
    endToken: number,
    agent: Agent,
    countryCue: string | null,
    body: ActorMention | null,
    personActor: Actor | null,
    personEntity: Unit | null,
    /** A former office holder (وزير الخارجية السابق) is not the holder at the date: none is looked up. */
    former: boolean,
  ): ActorMention {
    const span = this.span(unit.start, endToken);
    let country = countryCue ?? body?.country ?? null;

    if (agent.role !== null) {
      // A title: one person.
      const of = body?.actorId ?? null;
      // A bare state office with the article (قال الوزير) is held in the country the document is about.
      const focused = !country && !body && !!this.input.focusCountry && STATE_SECTORS.has(agent.sector) && this.forms.hasArticle(unit.last);
      if (focused) country = this.input.focusCountry as string;
      // A title takes the sector of the body it belongs to (قائد قوات الدعم السريع → REB).
      const sector = body ? body.sector : agent.sector === 'UNK' && country ? 'GOV' : agent.sector;
      if (personActor) {
        const coding = this.codingOf(personActor);
        return this.actorMention(span, personActor, coding, 'title', CONFIDENCE.titledName, { role: coding?.role ?? agent.role, country: coding?.country ?? country });
      }
      if (personEntity) {
        const entity = personEntity.entity as EntityInput;
        const nameAr = this.input.text.slice(entity.start, entity.end);
        return mention(span, null, 'person', nameAr, null, country, sector, null, agent.role, 'PERS', 'title', CONFIDENCE.titledName - 0.1);
      }
      const holders = agent.office && !former && this.date && (country || of) ? this.dictionary.officeHolders({ role: agent.role, country: of ? null : country, of, date: this.date }) : [];
      if (holders.length === 1) {
        const holder = holders[0] as Actor;
        const coding = holder.codings.find((c) => c.role === agent.role && codingHolds(c, this.date as string)) ?? null;
        return this.actorMention(span, holder, coding, 'title', focused ? CONFIDENCE.agentFocus : CONFIDENCE.office, { role: agent.role });
      }
      const nameEn = `${agent.nameEn}${body ? ` of ${body.nameEn ?? body.nameAr}` : country ? ` of ${this.placeName(country)}` : ''}`;
      const confidence = focused ? CONFIDENCE.agentFocus : country || body ? CONFIDENCE.unnamed : CONFIDENCE.agent;
      return mention(span, null, 'person', span.surface, nameEn, country, sector, null, agent.role, null, 'title', confidence);
    }

    // A group.
    if (body && agent.institution === null) {
      return mention(span, body.actorId, body.kind, body.nameAr, body.nameEn, body.country, body.sector, body.wikidata, body.role, body.entityType, 'agent', body.confidence);
    }
    if (personActor) {
      const coding = this.codingOf(personActor);
      const led = coding ? this.dictionary.officeOf(coding) : undefined;
      if (led && agent.institution === null) return this.actorMention(span, led, this.codingOf(led), 'agent', CONFIDENCE.agentWithCountry);
      return this.groupMention(span, agent, coding?.country ?? country, `${agent.genericNameEn} of ${personActor.nameEn}`, CONFIDENCE.agentWithCountry);
    }
    if (body) {
      // The forces of a government are its military; the forces of the opposition, of Hezbollah, are theirs.
      const sector = STATE_SECTORS.has(body.sector) ? agent.sector : body.sector;
      const nameEn = `${agent.genericNameEn} of ${body.nameEn ?? body.nameAr}`;
      return mention(span, null, 'agent', span.surface, nameEn, body.country, sector, null, null, null, 'agent', CONFIDENCE.agentWithCountry);
    }
    if (country) {
      const institution = agent.institution && !isRegionCode(country) ? this.dictionary.stateActor(country, agent.institution) : undefined;
      if (institution) return this.actorMention(span, institution, null, 'agent', CONFIDENCE.institution);
      return this.groupMention(span, agent, country, this.nameWithPlace(agent, country), CONFIDENCE.agentWithCountry);
    }
    const focus = this.input.focusCountry ?? null;
    if (focus && agent.institution && STATE_SECTORS.has(agent.sector)) {
      const institution = this.dictionary.stateActor(focus, agent.institution);
      if (institution) return this.actorMention(span, institution, null, 'agent', CONFIDENCE.agentFocus);
    }
    return this.groupMention(span, agent, null, agent.genericNameEn, CONFIDENCE.agent);
  }

  private groupMention(span: Span3, agent: Agent, country: string | null, nameEn: string, confidence: number): ActorMention {
    return mention(span, null, 'agent', span.surface, nameEn, country, agent.sector, null, null, null, 'agent', confidence);
  }

  private nameWithPlace(agent: Agent, country: string): string {
    const place = this.placeName(country);
    return agent.institution ? agent.nameEn.replace('{country}', place) : `${agent.nameEn} (${place})`;
  }

  private placeName(country: string): string {
    return isRegionCode(country) ? REGIONS[country] : (this.dictionary.stateActor(country)?.nameEn ?? country);
  }

  private mentionOf(unit: Unit, entities: readonly Unit[]): ActorMention | null {
    switch (unit.kind) {
      case 'named': {
        const exact = unit.match?.phrase.words.length ?? 1;
        const base = exact > 1 ? CONFIDENCE.name : CONFIDENCE.shortName;
        const found = this.namedMention(unit, unit.match?.phrase.ambiguous ? CONFIDENCE.confirmed : base);
        const entity = entities.find((e) => e.first <= unit.last && unit.first <= e.last);
        if (entity) {
          found.entityType = entity.entity?.type ?? null;
          found.confidence = Math.min(1, found.confidence + 0.05);
        }
        return found;
      }
      case 'agent':
        return unit.result ?? null;
      case 'place':
        return this.stateMention(unit);
      case 'entity':
        return this.unknownMention(unit);
      default:
        return null;
    }
  }

  private namedMention(unit: Unit, confidence: number): ActorMention {
    const actor = this.pickActor(unit, null) as Actor;
    const candidates = unit.match?.phrase.target.type === 'actor' ? unit.match.phrase.target.actors.length : 1;
    const coding = this.codingOf(actor);
    const sure = candidates > 1 ? confidence - 0.2 : coding || !this.date ? confidence : confidence - 0.1;
    return this.actorMention(this.span(unit.start, unit.last), actor, coding, 'dictionary', sure);
  }

  /** Among actors sharing a name, the one whose coding fits the country cue, the date and the document's focus. */
  private pickActor(unit: Unit, countryCue: string | null): Actor | undefined {
    const target = unit.match?.phrase.target;
    if (target?.type !== 'actor') return undefined;
    const actors = target.actors;
    if (actors.length === 1) return actors[0];
    const score = (a: Actor): number => {
      const c = this.codingOf(a);
      const country = c?.country ?? a.codings[0]?.country ?? null;
      return (countryCue && country === countryCue ? 4 : 0) + (this.date && c ? 2 : 0) + (this.input.focusCountry && country === this.input.focusCountry ? 1 : 0);
    };
    return [...actors].sort((a, b) => score(b) - score(a))[0];
  }

  /**
   * The coding an actor had at the document's date (the first listed of those that hold); without a date, or
   * when none holds, the most recent one.
   */
  private codingOf(actor: Actor): ActorCoding | null {
    if (!this.date) return latestCoding(actor);
    return actor.codings.find((c) => codingHolds(c, this.date as string)) ?? null;
  }

  /** A dictionary actor as coded by `coding` (its latest when none holds at the date), roles and country overridable. */
  private actorMention(
    span: Span3,
    actor: Actor,
    coding: ActorCoding | null,
    basis: ActorBasis,
    confidence: number,
    override: { role?: string | null; country?: string | null } = {},
  ): ActorMention {
    const c = coding ?? latestCoding(actor);
    const role = override.role !== undefined ? override.role : c.role;
    const country = override.country !== undefined ? override.country : c.country;
    return mention(span, actor.id, actor.kind, actor.nameAr, actor.nameEn, country, c.sector, actor.wikidata, role, null, basis, confidence);
  }

  /** A country acting: not after a locative preposition, not written with the preposition ب (بتركيا). */
  private stateMention(unit: Unit): ActorMention | null {
    const place = unit.place as PlaceInput;
    if (!place.countryCode || !(place.featureCode ?? '').startsWith('PCL')) return null;
    const before = this.tokens[unit.first - 1];
    if (before && before.sentence === (this.tokens[unit.first] as Token).sentence && LOCATIVE.has(before.norm)) return null;
    // Written with the preposition ب (بتركيا): the geoparser's span starts after it.
    if (this.input.text.slice((this.tokens[unit.first] as Token).start, place.start).includes(LOCATIVE_PROCLITIC)) return null;
    const state = this.dictionary.stateActor(place.countryCode);
    if (!state) return null;
    return this.actorMention(this.span(unit.start, unit.last), state, null, 'state', CONFIDENCE.state);
  }

  private unknownMention(unit: Unit): ActorMention | null {
    const entity = unit.entity as EntityInput;
    const kind: ActorKind | null = entity.type === 'PERS' ? 'person' : entity.type === 'ORG' ? 'organization' : null;
    if (!kind) return null;
    const nameAr = this.input.text.slice(entity.start, entity.end);
    let country: string | null = null;
    let last = unit.last;
    const next = this.complementAfter(unit.last);
    if (next && (next.unit.kind === 'adjective' || next.unit.kind === 'region')) {
      country = next.unit.kind === 'adjective' ? (next.unit.place?.countryCode ?? null) : regionOf(next.unit);
      next.unit.consumed = true;
      last = next.unit.last;
    }
    return mention(this.span(unit.start, last), null, kind, nameAr, null, country, 'UNK', null, null, entity.type, 'unknown', CONFIDENCE.unknown * (entity.confidence ?? 1));
  }

  private span(start: number, last: number): Span3 {
    const end = (this.tokens[last] as Token).end;
    return { start, end, surface: this.input.text.slice(start, end) };
  }
}

/** Every mention is made here, its keys always in one order: the objects share one shape, which keeps them fast. */
function mention(
  span: Span3,
  actorId: string | null,
  kind: ActorKind,
  nameAr: string,
  nameEn: string | null,
  country: string | null,
  sector: Sector,
  wikidata: string | null,
  role: string | null,
  entityType: string | null,
  basis: ActorBasis,
  confidence: number,
): ActorMention {
  return { start: span.start, end: span.end, surface: span.surface, actorId, kind, nameAr, nameEn, country, sector, wikidata, role, entityType, basis, confidence };
}

interface Span3 {
  start: number;
  end: number;
  surface: string;
}

/** The coding with the latest start: what an actor is now, as far as the dictionary knows. */
function latestCoding(actor: Actor): ActorCoding {
  let latest = actor.codings[0] as ActorCoding;
  for (const c of actor.codings) if ((c.from ?? '') > (latest.from ?? '')) latest = c;
  return latest;
}

function regionOf(unit: Unit): string | null {
  const target = unit.match?.phrase.target;
  return target?.type === 'region' ? target.region : null;
}

function isPersonUnit(unit: Unit): boolean {
  const target = unit.match?.phrase.target;
  return target?.type === 'actor' && target.actors.some((a) => a.kind === 'person');
}

function coverage(n: number, spans: readonly { first: number; last: number }[]): Uint8Array {
  const covered = new Uint8Array(n);
  for (const s of spans) covered.fill(1, s.first, s.last + 1);
  return covered;
}

function overlaps(m: { first: number; last: number }, others: readonly { first: number; last: number }[]): boolean {
  return others.some((o) => o.first <= m.last && m.first <= o.last);
}

