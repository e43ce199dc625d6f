import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Marginals, expTransitions, viterbi, type Chain } from './decode.js';
import { iob2Transitions } from './iob.js';

const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC'];
const size = LABELS.length;
const allowed = iob2Transitions(LABELS);

function chainWith(transitions: number[] = []): Chain {
  return { labels: size, transitions: Float32Array.from({ length: (size + 1) * size }, (_, k) => transitions[k] ?? 0), allowed };
}

/** Every allowed label sequence of a length, with its score: the reference the fast code must agree with. */
function enumerate(chain: Chain, emissions: Float64Array, length: number): { path: number[]; score: number }[] {
  const out: { path: number[]; score: number }[] = [];
  const walk = (path: number[], score: number) => {
    if (path.length === length) return void out.push({ path, score });
    const from = path.length === 0 ? size : (path[path.length - 1] ?? 0);
    for (let y = 0; y < size; y++) {
      if (!chain.allowed[from * size + y]) continue;
      walk([...path, y], score + (chain.transitions[from * size + y] ?? 0) + (emissions[path.length * size + y] ?? 0));
    }
  };
  walk([], 0);
  return out;
}

const tag = (path: ArrayLike<number>) => Array.from(path, (y) => LABELS[y]);

describe('viterbi', () => {
  it('never opens an entity with I-, even when I- scores best', () => {
    // "مولود جاويش": alone, token 0 prefers I-PERS, which cannot start a sentence.
    const emissions = Float64Array.from([0, 2, 3, 0, 0, /* token 1 */ 0, 0, 2, 0, 0]);
    expect(tag(viterbi(chainWith(), emissions, 2))).toEqual(['B-PERS', 'I-PERS']);
  });

  it('lets transitions overrule a weak local preference', () => {
    // Token 1 slightly prefers B-LOC, but PERS→PERS continuation is worth more.
    const emissions = Float64Array.from([0, 5, 0, 0, 0, /* token 1 */ 0, 0, 1, 1.5, 0]);
    const transitions = new Array<number>((size + 1) * size).fill(0);
    transitions[1 * size + 2] = 1; // B-PERS → I-PERS
    expect(tag(viterbi(chainWith(transitions), emissions, 2))).toEqual(['B-PERS', 'I-PERS']);
    expect(tag(viterbi(chainWith(), emissions, 2))).toEqual(['B-PERS', 'B-LOC']);
  });

  it('returns nothing for an empty sentence', () => {
    expect(viterbi(chainWith(), new Float64Array(0), 0)).toHaveLength(0);
  });

  const smallChain = fc.record({
    length: fc.integer({ min: 1, max: 4 }),
    emissions: fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 4 * size, maxLength: 4 * size }),
    transitions: fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: (size + 1) * size, maxLength: (size + 1) * size }),
  });

  it('finds the best allowed sequence (checked against brute force)', () => {
    fc.assert(
      fc.property(smallChain, ({ length, emissions, transitions }) => {
        const chain = chainWith(transitions);
        const e = Float64Array.from(emissions);
        const best = Math.max(...enumerate(chain, e, length).map((p) => p.score));
        const path = Array.from(viterbi(chain, e, length));
        const found = enumerate(chain, e, length).find((p) => p.path.join() === path.join());
        expect(found?.score).toBeCloseTo(best, 9);
      }),
    );
  });

  it('gives span probabilities equal to brute-force sums over sequences', () => {
    fc.assert(
      fc.property(smallChain, fc.double({ min: 0.5, max: 3, noNaN: true }), ({ length, emissions, transitions }, temperature) => {
        const chain = chainWith(transitions);
        const e = Float64Array.from(emissions);
        const paths = enumerate(chain, e, length);
        const z = paths.reduce((sum, p) => sum + Math.exp(p.score / temperature), 0);
        const marginals = new Marginals(size, expTransitions(chain, temperature), e, length, temperature);
        for (let start = 0; start < length; start++) {
          for (let end = start + 1; end <= length; end++) {
            const exact = paths
              .filter((p) => p.path[start] === 1 && p.path.slice(start + 1, end).every((y) => y === 2) && p.path[end] !== 2)
              .reduce((sum, p) => sum + Math.exp(p.score / temperature), 0);
            expect(marginals.span(start, end, 1, 2)).toBeCloseTo(exact / z, 9);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
