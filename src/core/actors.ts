/**
 * Actors as event data codes them (see docs/ACTORS.md): a canonical actor with Arabic and English names,
 * a country and a PLOVER sector, and the mentions of actors found in a text.
 *
 * Country codes are ISO 3166-1 alpha-2 (TR, SD), the same codes the geoparser gives places, so an actor and
 * a place compare directly. A few actors belong to a region rather than a country; they carry a three-letter
 * region code (REGIONS: CAMEO's codes, plus ARB and GLF which CAMEO lacks). International organisations have
 * no country (null).
 */

/** PLOVER's 25 actor sectors. */
export const SECTORS = [
  'COP',
  'GOV',
  'JUD',
  'LEG',
  'MIL',
  'PRM',
  'PTY',
  'REB',
  'SPY',
  'UAF',
  'UNK',
  'AGR',
  'BUS',
  'CRM',
  'CVL',
  'EDU',
  'ELI',
  'JRN',
  'LAB',
  'MED',
  'REF',
  'OPP',
  'PRE',
  'REL',
  'SOC',
] as const;
export type Sector = (typeof SECTORS)[number];

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** Region codes for actors wider than one country: المسؤولون الأوروبيون → EUR. */
export const REGIONS = {
  AFR: 'Africa',
  ARB: 'Arab states',
  ASA: 'Asia',
  EUR: 'Europe',
  GLF: 'Gulf states',
  LAM: 'Latin America',
  MEA: 'Middle East',
  WST: 'the West',
} as const;
export type RegionCode = keyof typeof REGIONS;

export function isRegionCode(value: string): value is RegionCode {
  return Object.hasOwn(REGIONS, value);
}

/**
 * - state: a country acting as a whole (تركيا), and the institutions of its state (الحكومة التركية).
 * - igo: an intergovernmental organisation (the UN and its agencies, the EU, NATO).
 * - ngo: a non-governmental organisation (ICRC, MSF, Amnesty International).
 * - organization: an armed group, party, militia, company or any other named body.
 * - person: a named person, or a person known only by a title (وزير الخارجية التركي).
 * - agent: a generic, unnamed group known by what it is (مسلحون, المتظاهرون, قوات الأمن).
 */
export type ActorKind = 'state' | 'igo' | 'ngo' | 'organization' | 'person' | 'agent';

/**
 * One coding of an actor: who it is for event data during [from, to]. A person who held several offices has
 * several codings (prime minister, then president). Dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD); null is open.
 */
export interface ActorCoding {
  country: string | null;
  sector: Sector;
  /** The office or function, a kebab-case word from docs/ACTORS.md (president, foreign-minister, leader…). */
  role: string | null;
  from: string | null;
  to: string | null;
}

/** A canonical actor of the dictionary. */
export interface Actor {
  /** Stable and readable: `tr/recep-tayyip-erdogan`, `sd/rapid-support-forces`, `igo/united-nations`. */
  id: string;
  kind: ActorKind;
  nameEn: string;
  /** The first Arabic variant as written in the dictionary. */
  nameAr: string;
  /** Every Arabic variant as written (the first is nameAr). */
  variantsAr: readonly string[];
  wikidata: string | null;
  /** At least one; ordered as written, the last the most recent for dated ones. */
  codings: readonly ActorCoding[];
  /** The dictionary file and line the actor was defined on. */
  source: string;
  line: number;
}

/** How an actor mention was coded. */
export type ActorBasis =
  /** A dictionary name matched (قوات الدعم السريع, أردوغان). */
  | 'dictionary'
  /** A generic agent, possibly with a country from a nationality adjective or a country name (القوات الخاصة الروسية). */
  | 'agent'
  /** A title bound a person to a role and a country or organisation (وزير الخارجية التركي). */
  | 'title'
  /** A country name acting (قالت تركيا). */
  | 'state'
  /** A named entity the dictionary does not know: kept with its text and type. */
  | 'unknown';

/** An actor found in a text. The span and surface are in the ORIGINAL text. */
export interface ActorMention {
  start: number;
  end: number;
  surface: string;
  /** The dictionary actor, or null for an unknown entity, a generic agent or an unnamed office holder. */
  actorId: string | null;
  kind: ActorKind;
  nameAr: string;
  nameEn: string | null;
  country: string | null;
  sector: Sector;
  wikidata: string | null;
  role: string | null;
  /** The named-entity type (PERS, ORG, LOC, MISC) when the tagger found this span, else null. */
  entityType: string | null;
  basis: ActorBasis;
  /** 0–1: how sure the coding is, not only the match. */
  confidence: number;
}
