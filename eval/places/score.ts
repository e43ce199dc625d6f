import type { PlaceMention } from '../../src/core/index.js';
import { distanceKm } from '../../src/resolve/places.js';
import type { GoldToponym } from './gold.js';

/** What the geoparser said about one document, beside its gold. */
export interface PlacesDocument {
  id: string;
  gold: readonly GoldToponym[];
  predicted: readonly PlaceMention[];
}

/** How one found gold toponym was resolved. `errorKm` is null for a country or an unresolved prediction. */
export interface Resolution {
  surface: string;
  start: number;
  predicted: string | null;
  errorKm: number | null;
  exact: boolean;
  within25: boolean;
  within161: boolean;
  countryRight: boolean | null;
}

export interface DocumentPlaces {
  id: string;
  gold: number;
  found: number;
  missed: string[];
  /** Predicted places on no gold toponym, and those of them on a gold not_place (metonyms read as places). */
  falsePlaces: string[];
  onNotPlace: string[];
  resolutions: Resolution[];
}

export interface PlacesScore {
  documents: number;
  /** Gold toponyms (not_place and optional ones aside), and how many a predicted place overlaps. */
  gold: number;
  found: number;
  recall: number;
  /** Predicted places (kind `place`; those on optional gold aside), and how many overlap a gold toponym. */
  predicted: number;
  correct: number;
  precision: number;
  f1: number;
  /** Share of found toponyms resolved exactly (same GeoNames id, or within 1 km), within 25 km and within 161 km. */
  exact: number;
  within25: number;
  within161: number;
  /** Mean and median error of found point toponyms resolved to a point. */
  meanErrorKm: number | null;
  medianErrorKm: number | null;
  /** Found toponyms whose gold gives a country, and the share resolved into that country. */
  withCountry: number;
  countryAccuracy: number;
  /** Predicted places on no gold toponym (share of predicted), and of those on a gold not_place. */
  falsePlaces: number;
  falsePlaceRate: number;
  notPlaceGold: number;
  notPlaceAsPlace: number;
  byDocument: DocumentPlaces[];
}

const EXACT_KM = 1;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function describe(p: PlaceMention): string {
  return p.nameEn ? `${p.nameEn} (${p.countryCode ?? '?'})` : 'unresolved';
}

/**
 * Judges the prediction that best overlaps a found gold toponym. A country is right as that country, or as a
 * region of it (الحدود مع تركيا), never as a town or a province inside it.
 */
export function judge(gold: GoldToponym, p: PlaceMention): Resolution {
  const countryRight = gold.country === null ? null : p.countryCode === gold.country;
  const base = { surface: gold.surface, start: gold.start, predicted: describe(p), countryRight };
  if (gold.isCountry) {
    const right = countryRight === true && (p.precision === 'country' || p.precision === 'region');
    return { ...base, errorKm: null, exact: right, within25: right, within161: right };
  }
  if (p.lat === null || p.lon === null || gold.lat === null || gold.lon === null) {
    return { ...base, errorKm: null, exact: false, within25: false, within161: false };
  }
  const errorKm = Math.max(0, distanceKm({ lat: gold.lat, lon: gold.lon }, { lat: p.lat, lon: p.lon }) - gold.toleranceKm);
  const sameId = gold.geonameid !== null && gold.geonameid === p.geonameid;
  return { ...base, errorKm, exact: sameId || errorKm <= EXACT_KM, within25: sameId || errorKm <= 25, within161: sameId || errorKm <= 161 };
}

function scoreDocument(doc: PlacesDocument): DocumentPlaces {
  const places = doc.predicted.filter((p) => p.kind === 'place');
  const toponyms = doc.gold.filter((g) => g.role === 'place');
  const resolutions: Resolution[] = [];
  const missed: string[] = [];
  for (const g of toponyms) {
    const best = places.reduce<PlaceMention | null>((b, p) => (overlap(p, g) > (b ? overlap(b, g) : 0) ? p : b), null);
    if (best) resolutions.push(judge(g, best));
    else missed.push(g.surface);
  }
  const falsePlaces: string[] = [];
  const onNotPlace: string[] = [];
  for (const p of places) {
    const on = doc.gold.filter((g) => overlap(p, g) > 0);
    if (on.some((g) => g.role !== 'not_place')) continue;
    falsePlaces.push(p.surface);
    if (on.length > 0) onNotPlace.push(p.surface);
  }
  return { id: doc.id, gold: toponyms.length, found: resolutions.length, missed, falsePlaces, onNotPlace, resolutions };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Scores a geoparser document by document: recognition by span overlap (a prediction on an optional gold name
 * counts neither way), resolution of each found toponym against its gold point or country, false places.
 */
export function scorePlaces(documents: readonly PlacesDocument[]): PlacesScore {
  const byDocument = documents.map(scoreDocument);
  const resolutions = byDocument.flatMap((d) => d.resolutions);
  const sum = (f: (d: DocumentPlaces) => number) => byDocument.reduce((n, d) => n + f(d), 0);
  const gold = sum((d) => d.gold);
  const found = sum((d) => d.found);
  const falsePlaces = sum((d) => d.falsePlaces.length);
  const predicted = documents.reduce(
    (n, d) => n + d.predicted.filter((p) => p.kind === 'place' && !d.gold.some((g) => g.role === 'optional' && overlap(p, g) > 0)).length,
    0,
  );
  const correct = predicted - falsePlaces;
  const recall = ratio(found, gold);
  const precision = ratio(correct, predicted);
  const errors = resolutions.flatMap((r) => (r.errorKm === null ? [] : [r.errorKm]));
  const withCountry = resolutions.filter((r) => r.countryRight !== null);
  return {
    documents: documents.length,
    gold,
    found,
    recall,
    predicted,
    correct,
    precision,
    f1: ratio(2 * precision * recall, precision + recall),
    exact: ratio(resolutions.filter((r) => r.exact).length, found),
    within25: ratio(resolutions.filter((r) => r.within25).length, found),
    within161: ratio(resolutions.filter((r) => r.within161).length, found),
    meanErrorKm: errors.length === 0 ? null : errors.reduce((a, b) => a + b, 0) / errors.length,
    medianErrorKm: median(errors),
    withCountry: withCountry.length,
    countryAccuracy: ratio(withCountry.filter((r) => r.countryRight).length, withCountry.length),
    falsePlaces,
    falsePlaceRate: ratio(falsePlaces, predicted),
    notPlaceGold: documents.reduce((n, d) => n + d.gold.filter((g) => g.role === 'not_place').length, 0),
    notPlaceAsPlace: sum((d) => d.onNotPlace.length),
    byDocument,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const km = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)} km`);

/** The report `marsad eval places` prints; `verbose` adds each document's misses, false places and wrong resolutions. */
export function formatPlacesScore(score: PlacesScore, verbose = false): string {
  const lines = [
    `documents                 ${score.documents}`,
    `gold toponyms             ${score.gold}`,
    `recognition  recall       ${pct(score.recall)} (${score.found} of ${score.gold})`,
    `             precision    ${pct(score.precision)} (${score.correct} of ${score.predicted} predicted places)`,
    `             F1           ${pct(score.f1)}`,
    `resolution (of ${score.found} found)`,
    `             exact        ${pct(score.exact)}  (same GeoNames id or ≤ 1 km; countries: that country)`,
    `             ≤ 25 km      ${pct(score.within25)}`,
    `             ≤ 161 km     ${pct(score.within161)}`,
    `             error        mean ${km(score.meanErrorKm)}, median ${km(score.medianErrorKm)}`,
    `             country      ${pct(score.countryAccuracy)} (of ${score.withCountry} with a gold country)`,
    `false places              ${score.falsePlaces} (${pct(score.falsePlaceRate)} of predicted); ${score.notPlaceAsPlace} of ${score.notPlaceGold} gold not-places read as places`,
  ];
  if (verbose) {
    for (const d of score.byDocument) {
      const wrong = d.resolutions.filter((r) => !r.within25);
      lines.push('', `${d.id}: ${d.found}/${d.gold} found, ${d.falsePlaces.length} false`);
      if (d.missed.length > 0) lines.push(`  missed: ${d.missed.join('، ')}`);
      if (d.falsePlaces.length > 0) lines.push(`  false places: ${d.falsePlaces.join('، ')}`);
      for (const r of wrong) lines.push(`  wrong: ${r.surface} → ${r.predicted}${r.errorKm === null ? '' : `, ${km(r.errorKm)} off`}`);
    }
  }
  return lines.join('\n');
}
