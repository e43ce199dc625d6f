import type { DocumentFocus, PlaceAlternative, PlaceMention, PlacePrecision } from '../core/index.js';
import type { Token } from '../text/index.js';
import { ARABIC_SPEAKING, type CueType, type Gazetteer, type NameMatch, type Place } from '../lexicon/gazetteer/index.js';
import { recognizePlaces, type PlaceCue, type Toponym } from '../extract/places.js';

/**
 * Toponym resolution: picks, for each place name the recognizer found, the place it means, from evidence of four
 * kinds, added as scores (log-odds, roughly):
 * - the prior of each reading: a country, a curated place, a capital, the population of a town;
 * - the cue words: «مطار X» prefers an airport, «محافظة X» a province, a nisba after the name its country
 *   (جنيف السويسرية → Geneva, CH);
 * - the document: the country the text is most about (its focus) and the places near the others it names
 *   (طرابلس beside بنغازي and مصراتة is Libya's, beside بيروت Lebanon's).
 * A name whose context is weak (a small place with only a preposition before it) is kept only when the document
 * supports it. A name the gazetteer does not know (بلدة X) is reported unresolved. Nothing is dropped for failing
 * to resolve another name.
 */

type Ref = NameMatch['refs'][number];

/** Feature codes a cue of each kind prefers (مطار → airports and air bases, محافظة → first-level divisions). */
const CUE_FEATURES: Record<CueType, (p: Place) => boolean> = {
  city: (p) => p.featureClass === 'P',
  town: (p) => p.featureClass === 'P',
  district: (p) => p.featureClass === 'P',
  road: (p) => ['RD', 'ST', 'RDJCT', 'TNL'].includes(p.featureCode),
  site: (p) => p.featureClass === 'S',
  admin1: (p) => p.featureClass === 'A' && p.featureCode !== 'PCLI',
  airport: (p) => ['AIRP', 'AIRB', 'AIRF', 'AIRH'].includes(p.featureCode),
  base: (p) => ['AIRB', 'MILB', 'INSM', 'AIRF'].includes(p.featureCode),
  port: (p) => ['PRT', 'OILT', 'OILR', 'OILF', 'HBR', 'ANCH'].includes(p.featureCode),
  crossing: (p) => p.featureCode === 'PSTB',
  camp: (p) => p.featureCode.startsWith('CMP'),
  prison: (p) => p.featureCode === 'PRN',
  river: (p) => p.featureCode === 'STM',
  sea: (p) => p.featureClass === 'H',
  island: (p) => p.featureCode.startsWith('ISL'),
  desert: (p) => p.featureCode === 'DSRT',
  mountain: (p) => ['MT', 'MTS', 'PLAT', 'HLL'].includes(p.featureCode),
  region: (p) => p.featureClass === 'L' || p.featureClass === 'A' || p.featureClass === 'T',
  country: (p) => p.featureCode === 'PCLI',
};

/** Facilities: «مطار X» resolved to the town X places the airport near it. */
const FACILITY_CUES: ReadonlySet<CueType> = new Set(['airport', 'base', 'port', 'crossing', 'camp', 'prison', 'road', 'site']);

const SCORE = {
  country: 8.5,
  curated: 4.5,
  region: 5,
  capital: 1.5,
  regionalSeat: 0.8,
  districtSeat: 0.3,
  arabicSpeaking: 1,
  alias: -1.5,
  cueFits: 2,
  cueMisfits: -1.5,
  nisbaFits: 8,
  nisbaMisfits: -6,
  focus: 2.5,
} as const;

/** Kilometres to the nearest other place the document names, and the score that closeness earns. */
const NEAR: readonly (readonly [number, number])[] = [
  [50, 2],
  [200, 1.5],
  [500, 0.8],
  [1500, 0.3],
];

/** Whether the document's support lifts a weakly cued name to a place (see Toponym.placeness). */
const ACCEPT = 0.5;
const FOCUS_SUPPORT = 0.25;
const NEARBY_SUPPORT = 0.2;
const NEARBY_KM = 200;
/** An adjective is half a mention of its country for the focus. */
const ADJECTIVE_WEIGHT = 0.5;
const MAX_ALTERNATIVES = 5;
const MIN_ALTERNATIVE = 0.01;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function prior(ref: Ref): number {
  const p = ref.place;
  let score: number;
  if (p.featureCode === 'PCLI') score = SCORE.country;
  else if (p.layer === 'curated') score = p.featureClass === 'L' || p.featureClass === 'A' ? SCORE.region : SCORE.curated;
  else {
    score = Math.log10(Math.max(p.population, 100));
    if (p.featureCode === 'PPLC') score += SCORE.capital;
    else if (p.featureCode === 'PPLA') score += SCORE.regionalSeat;
    else if (p.featureCode === 'PPLA2') score += SCORE.districtSeat;
  }
  // Arabic news names the Arabic-speaking world far more often than the namesakes of its towns abroad.
  if (p.countryCode !== null && ARABIC_SPEAKING.has(p.countryCode)) score += SCORE.arabicSpeaking;
  if (ref.kind === 'alias') score += SCORE.alias;
  return score;
}

function typeCue(t: Toponym): CueType | null {
  for (const cue of t.cues) if (cue.role.kind === 'type') return cue.role.type;
  return null;
}

function cueScore(t: Toponym, p: Place): number {
  const type = typeCue(t);
  if (type === null) return 0;
  if (CUE_FEATURES[type](p)) return SCORE.cueFits;
  // مطار X, X a town: the airport is near the town, a fair reading.
  if (FACILITY_CUES.has(type) && p.featureClass === 'P') return 0;
  return SCORE.cueMisfits;
}

function nisbaScore(t: Toponym, p: Place): number {
  if (t.nisba.length === 0) return 0;
  return t.nisba.includes(p.countryCode ?? p.id) ? SCORE.nisbaFits : SCORE.nisbaMisfits;
}

interface Scored {
  toponym: Toponym;
  refs: Ref[];
  scores: number[];
  best: number;
}

function argmax(scores: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] as number) > (scores[best] as number)) best = i;
  return best;
}

function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/**
 * Country weights from a first reading of the document: the focus is the heaviest. Only names the context
 * already supports count, so a doubtful name cannot vouch for itself.
 */
function countryWeights(scored: readonly Scored[], adjectives: readonly Toponym[]): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (code: string | null, w: number) => {
    if (code !== null) weights.set(code, (weights.get(code) ?? 0) + w);
  };
  for (const s of scored) {
    if (s.toponym.placeness < ACCEPT || s.toponym.kind === 'metonym') continue;
    const p = softmax(s.scores);
    add((s.refs[s.best] as Ref).place.countryCode, (p[s.best] as number) * s.toponym.placeness);
  }
  for (const a of adjectives) add(a.candidates[0]?.place.countryCode ?? null, ADJECTIVE_WEIGHT);
  return weights;
}

function heaviest(weights: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [code, w] of weights) if (best === null || w > (weights.get(best) as number)) best = code;
  return best;
}

function precisionOf(t: Toponym, p: Place): PlacePrecision {
  const near = t.cues.some((c: PlaceCue) => c.role.kind === 'near' || c.role.kind === 'direction');
  if (p.featureCode === 'PCLI') return near ? 'region' : 'country';
  if (p.featureClass === 'A') return 'admin1';
  if (p.featureClass === 'L' || p.featureClass === 'H' || (p.featureClass === 'T' && p.layer !== 'geonames')) return 'region';
  const type = typeCue(t);
  if (p.near || near || (type !== null && FACILITY_CUES.has(type) && p.featureClass === 'P')) return 'near';
  return 'exact';
}

/** How far from its centre toward an edge a direction moves a country's point: the middle of that part. */
const DIRECTED_SHIFT = 0.5;

/**
 * Where a direction before a country puts the text (جنوب شرقي تركيا): on each axis it names, halfway between the
 * centre of the country's extent and that edge; on the other axis, the country's point.
 */
function directedPoint(t: Toponym, p: Place | null, gazetteer: Gazetteer): { lat: number; lon: number } | null {
  if (!p) return null;
  const cue = t.cues.find((c) => c.role.kind === 'direction');
  const box = p.featureCode === 'PCLI' && p.countryCode !== null ? gazetteer.extent(p.countryCode) : undefined;
  if (cue?.role.kind !== 'direction' || !box) return p;
  const d = cue.role.direction;
  const toward = (low: number, high: number, minus: boolean, plus: boolean, own: number): number => {
    if (minus === plus) return own;
    const centre = (low + high) / 2;
    return centre + (plus ? high - centre : low - centre) * DIRECTED_SHIFT;
  };
  return { lat: toward(box.south, box.north, d.includes('S'), d.includes('N'), p.lat), lon: toward(box.west, box.east, d.includes('W'), d.includes('E'), p.lon) };
}

function mention(t: Toponym, p: Place | null, precision: PlacePrecision | null, confidence: number, alternatives: PlaceAlternative[], gazetteer: Gazetteer): PlaceMention {
  const region = p?.admin1 ? gazetteer.region(p.admin1) : undefined;
  const cue = t.cues.find((c) => c.role.kind !== 'at');
  const point = directedPoint(t, p, gazetteer);
  return {
    start: t.start,
    end: t.end,
    surface: t.surface,
    kind: t.kind,
    id: p?.id ?? null,
    nameAr: p?.nameAr ?? null,
    nameEn: p?.nameEn ?? null,
    geonameid: p?.geonameid ?? null,
    countryCode: p?.countryCode ?? null,
    admin1: p?.admin1 ?? null,
    admin1Name: region ? (region.nameAr ?? region.nameEn) : null,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    featureClass: p?.featureClass ?? null,
    featureCode: p?.featureCode ?? null,
    precision,
    confidence: Math.round(confidence * 100) / 100,
    cue: cue?.surface ?? null,
    alternatives,
  };
}

/**
 * «محافظة X» resolved to the town X: the province of which it is the seat, when the gazetteer knows it, is
 * what the text names.
 */
function provinceOf(t: Toponym, p: Place, gazetteer: Gazetteer): Place {
  if (typeCue(t) !== 'admin1' || p.featureClass !== 'P' || !p.admin1) return p;
  return gazetteer.region(p.admin1) ?? p;
}

/** Resolves recognized toponyms against the gazetteer. Pure: the same toponyms give the same mentions. */
export function resolvePlaces(toponyms: readonly Toponym[], gazetteer: Gazetteer): PlaceMention[] {
  const adjectives = toponyms.filter((t) => t.kind === 'adjective');
  const scored: Scored[] = toponyms
    .filter((t) => t.kind !== 'adjective' && t.candidates.length > 0)
    .map((t) => {
      const scores = t.candidates.map((r) => prior(r) + cueScore(t, r.place) + nisbaScore(t, r.place));
      return { toponym: t, refs: t.candidates, scores, best: argmax(scores) };
    });

  // The document: its focus country and, as anchors, the places read with confidence on a first pass.
  const focus = heaviest(countryWeights(scored, adjectives));
  const anchors = scored
    .filter((s) => s.toponym.placeness >= ACCEPT && s.toponym.kind === 'place')
    .filter((s) => s.refs.length === 1 || (s.scores[s.best] as number) - Math.max(...s.scores.filter((_, k) => k !== s.best)) >= 2)
    .map((s) => ({ key: s.toponym.key, place: (s.refs[s.best] as Ref).place }))
    .filter((a) => a.place.featureClass === 'P' || a.place.featureClass === 'S');

  const resolved = new Map<Toponym, PlaceMention>();
  const placeOf = new Map<PlaceMention, Place>();
  for (const s of scored) {
    const others = anchors.filter((a) => a.key !== s.toponym.key);
    const nearest = s.refs.map((r) => Math.min(Infinity, ...others.map((a) => distanceKm(r.place, a.place))));
    const scores = s.scores.map((score, k) => {
      const r = s.refs[k] as Ref;
      const closeness = NEAR.find(([km]) => (nearest[k] as number) <= km)?.[1] ?? 0;
      return score + (focus !== null && r.place.countryCode === focus ? SCORE.focus : 0) + closeness;
    });
    const probabilities = softmax(scores);
    const best = argmax(scores);
    const place = (s.refs[best] as Ref).place;
    const support =
      s.toponym.placeness + (place.countryCode === focus ? FOCUS_SUPPORT : 0) + ((nearest[best] as number) <= NEARBY_KM ? NEARBY_SUPPORT : 0);
    if (support < ACCEPT) continue;
    const alternatives = probabilities
      .map((probability, k) => ({ probability, k }))
      .filter(({ probability, k }) => k !== best && probability >= MIN_ALTERNATIVE)
      .sort((a, b) => b.probability - a.probability)
      .slice(0, MAX_ALTERNATIVES)
      .map(({ probability, k }): PlaceAlternative => {
        const p = (s.refs[k] as Ref).place;
        return { id: p.id, geonameid: p.geonameid, nameEn: p.nameEn, countryCode: p.countryCode, featureCode: p.featureCode, lat: p.lat, lon: p.lon, probability: Math.round(probability * 1000) / 1000 };
      });
    const target = provinceOf(s.toponym, place, gazetteer);
    const confidence = Math.min(1, support) * (probabilities[best] as number);
    const m = mention(s.toponym, target, precisionOf(s.toponym, target), confidence, alternatives, gazetteer);
    resolved.set(s.toponym, m);
    placeOf.set(m, target);
  }

  const out: PlaceMention[] = [];
  for (const t of toponyms) {
    const done = resolved.get(t);
    if (done) out.push(done);
    else if (t.kind === 'adjective') {
      const p = (t.candidates[0] as Ref).place;
      out.push(mention(t, p, p.featureCode === 'PCLI' ? 'country' : 'region', t.placeness, [], gazetteer));
    } else if (t.candidates.length === 0) out.push(placeUnknown(t, toponyms, resolved, placeOf, gazetteer));
  }
  return out;
}

/** How many tokens may separate a name the gazetteer lacks from the place the text puts it in (ميناء الزيتيات بالسويس). */
const CONTAINER_AFTER = 6;
const CONTAINER_BEFORE = 8;
/** Towns, provinces and countries hold places; a facility or a road holds no other (ميناء بنغازي وطريق المطار ومعسكر 21). */
function holds(m: PlaceMention): boolean {
  return m.featureClass === 'P' || m.featureClass === 'A';
}

/** A name placed only by the document's focus is a guess: its confidence is scaled down by this. */
const FOCUS_GUESS = 0.5;

/**
 * A name only its cue word revealed (بلدة سوروتش, ميناء الزيتيات, شارع الشريف): placed at the town the text puts
 * it in — the nearest place named just after it in its sentence behind a preposition or a cue (… بالسويس, … في
 * مدينة إسطنبول, … شرق الكويت), else just before it — or in the country of a nisba after it (جزيرة لامبيدوزا
 * الإيطالية), or, failing those, at the document's focus; precision `near` for a town or a facility, else that of
 * the place (admin1, region, country). Unresolved when the document names no place at all.
 */
function placeUnknown(
  t: Toponym,
  toponyms: readonly Toponym[],
  resolved: ReadonlyMap<Toponym, PlaceMention>,
  placeOf: ReadonlyMap<PlaceMention, Place>,
  gazetteer: Gazetteer,
): PlaceMention {
  const placed = (u: Toponym) => {
    const m = resolved.get(u);
    return m && m.kind === 'place' && u.sentence === t.sentence && holds(m) ? m : undefined;
  };
  const puts = (u: Toponym) => u.locative || u.cues.some((c) => c.role.kind !== 'at');
  const after = toponyms.find((u) => u.tokenStart >= t.tokenEnd && u.tokenStart - t.tokenEnd <= CONTAINER_AFTER && puts(u) && placed(u));
  const before = toponyms.findLast((u) => u.tokenEnd <= t.tokenStart && t.tokenStart - u.tokenEnd <= CONTAINER_BEFORE && placed(u));
  const near = after ?? before;
  let container = near ? resolved.get(near) : undefined;
  let confidence = t.placeness * (container?.confidence ?? 0);
  const country = t.nisba[0] === undefined ? undefined : gazetteer.country(t.nisba[0]);
  if (country && (!container || !t.nisba.includes(container.countryCode ?? ''))) {
    return mention(t, country, 'country', t.placeness * FOCUS_GUESS, [], gazetteer);
  }
  if (!container) {
    container = documentFocus([...resolved.values()].filter(holds)).place ?? undefined;
    confidence = t.placeness * FOCUS_GUESS * (container?.confidence ?? 0);
  }
  const place = container ? placeOf.get(container) : undefined;
  if (!container || !place) return mention(t, null, null, t.placeness, [], gazetteer);
  const precision = place.featureClass === 'P' || place.featureClass === 'S' ? 'near' : container.precision;
  return mention(t, place, precision, confidence, [], gazetteer);
}

/** Every place name and nationality adjective in a text, resolved: the geoparser's one entry point. */
export function extractPlaces(tokens: readonly Token[], text: string, gazetteer: Gazetteer): PlaceMention[] {
  return resolvePlaces(recognizePlaces(tokens, text, gazetteer), gazetteer);
}

/**
 * What a document is about: countries weighted by its place mentions (an adjective counts half, a metonym not at
 * all: the government acting is not where things happen), its specific places by how often they are named, and
 * the one place that best stands for it.
 */
export function documentFocus(mentions: readonly PlaceMention[]): DocumentFocus {
  const countries = new Map<string, number>();
  const places = new Map<string, { mention: PlaceMention; mentions: number }>();
  for (const m of mentions) {
    if (m.countryCode === null || m.kind === 'metonym') continue;
    const weight = m.kind === 'adjective' ? ADJECTIVE_WEIGHT * m.confidence : m.confidence;
    countries.set(m.countryCode, (countries.get(m.countryCode) ?? 0) + weight);
    if (m.kind === 'place' && m.id !== null && (m.precision === 'exact' || m.precision === 'near' || m.precision === 'admin1')) {
      const entry = places.get(m.id);
      if (entry) entry.mentions++;
      else places.set(m.id, { mention: m, mentions: 1 });
    }
  }
  const rankedCountries = [...countries]
    .map(([countryCode, score]) => ({ countryCode, score: Math.round(score * 100) / 100 }))
    .sort((a, b) => b.score - a.score || a.countryCode.localeCompare(b.countryCode));
  const rankedPlaces = [...places.values()].sort((a, b) => b.mentions - a.mentions || a.mention.start - b.mention.start);
  const top = rankedCountries[0]?.countryCode ?? null;
  const focusPlace =
    rankedPlaces.find((p) => p.mention.countryCode === top)?.mention ??
    mentions.find((m) => m.kind === 'place' && m.countryCode === top && m.precision === 'country') ??
    null;
  return {
    countries: rankedCountries,
    places: rankedPlaces.map(({ mention: m, mentions: n }) => ({ id: m.id as string, nameAr: m.nameAr, nameEn: m.nameEn, countryCode: m.countryCode, mentions: n })),
    place: focusPlace,
  };
}
