/**
 * PLOVER quad classes on the map: a fixed palette from Okabe and Ito's colour-blind-safe set (blues for
 * cooperation, orange and vermilion for conflict), and the class a marker or cluster is painted with.
 */
import type { QuadClass } from '../../src/core/events.js';

export const QUADS: readonly QuadClass[] = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
];

export const QUAD_COLOURS: Readonly<Record<QuadClass, string>> = {
  'verbal-cooperation': '#56B4E9',
  'material-cooperation': '#0072B2',
  'verbal-conflict': '#E69F00',
  'material-conflict': '#D55E00',
};

export type QuadCounts = Partial<Record<QuadClass, number>>;

/** The class with the most events; ties go to the more conflictual class, the one an analyst should not miss. */
export function dominantQuad(counts: QuadCounts): QuadClass | null {
  let best: QuadClass | null = null;
  let bestCount = 0;
  for (const quad of QUADS) {
    const count = counts[quad] ?? 0;
    if (count > 0 && count >= bestCount) {
      best = quad;
      bestCount = count;
    }
  }
  return best;
}

export function addQuadCounts(into: Record<QuadClass, number>, counts: QuadCounts): void {
  for (const quad of QUADS) into[quad] += counts[quad] ?? 0;
}

export function zeroQuadCounts(): Record<QuadClass, number> {
  return { 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 };
}

/** Marker diameter in pixels: grows with the square root of the count (area ∝ events), within 18–48. */
export function markerSize(count: number): number {
  return Math.round(Math.min(48, 18 + 4 * Math.sqrt(Math.max(0, count - 1))));
}
