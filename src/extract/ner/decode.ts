/**
 * Decoding over a linear chain of labels. Scores are `emissions` (tokens × labels, row-major) plus
 * `transitions` ((labels + 1) × labels, row `labels` = sentence start); `allowed` (same shape, 0/1) masks
 * transitions the label scheme forbids.
 *
 * These loops run for every token tagged; their indices stay in range by construction, hence the `!`.
 */
export interface Chain {
  labels: number;
  transitions: Float32Array;
  allowed: Uint8Array;
}

/** The highest-scoring allowed label sequence (Viterbi). */
export function viterbi(chain: Chain, emissions: Float64Array, length: number): Int32Array {
  const { labels: size, transitions, allowed } = chain;
  const path = new Int32Array(length);
  if (length === 0) return path;
  const back = new Int32Array(length * size);
  let score = new Float64Array(size);
  let next = new Float64Array(size);
  const start = size * size;
  for (let y = 0; y < size; y++) score[y] = allowed[start + y] ? transitions[start + y]! + emissions[y]! : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let y = 0; y < size; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < size; from++) {
        const t = from * size + y;
        if (!allowed[t]) continue;
        const s = score[from]! + transitions[t]!;
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      next[y] = best + emissions[i * size + y]!;
      back[i * size + y] = arg;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let y = 1; y < size; y++) if (score[y]! > score[last]!) last = y;
  path[length - 1] = last;
  for (let i = length - 1; i > 0; i--) path[i - 1] = back[i * size + path[i]!]!;
  return path;
}

/** exp(transition / temperature), 0 where the scheme forbids the transition: computed once per tagger. */
export function expTransitions(chain: Chain, temperature: number): Float64Array {
  return Float64Array.from(chain.transitions, (t, k) => (chain.allowed[k] ? Math.exp(t / temperature) : 0));
}

/**
 * Marginals of the same chain read as a CRF (p ∝ exp(score / temperature)), by scaled forward–backward so that
 * it needs one exp per token and label, not per transition. Used to give each entity a confidence.
 * `transitions` comes from expTransitions with the same temperature.
 */
export class Marginals {
  private readonly size: number;
  private readonly length: number;
  private readonly expTransitions: Float64Array;
  private readonly potentials: Float64Array;
  private readonly alpha: Float64Array;
  private readonly beta: Float64Array;
  private readonly scale: Float64Array;

  constructor(labels: number, transitions: Float64Array, emissions: Float64Array, length: number, temperature = 1) {
    const size = labels;
    this.size = size;
    this.length = length;
    this.expTransitions = transitions;
    // Shifting a token's emissions by their maximum changes every path by the same amount, and keeps exp finite.
    this.potentials = new Float64Array(length * size);
    for (let row = 0; row < length * size; row += size) {
      let max = -Infinity;
      for (let y = 0; y < size; y++) max = Math.max(max, emissions[row + y]!);
      for (let y = 0; y < size; y++) this.potentials[row + y] = Math.exp((emissions[row + y]! - max) / temperature);
    }
    this.alpha = new Float64Array(length * size);
    this.beta = new Float64Array(length * size);
    this.scale = new Float64Array(length);
    this.forward();
    this.backward();
  }

  private forward(): void {
    const { size, length, expTransitions: t, potentials: p, alpha } = this;
    for (let i = 0, row = 0; i < length; i++, row += size) {
      let total = 0;
      for (let y = 0; y < size; y++) {
        let sum = 0;
        if (i === 0) sum = t[size * size + y]!;
        else for (let from = 0; from < size; from++) sum += alpha[row - size + from]! * t[from * size + y]!;
        const a = sum * p[row + y]!;
        alpha[row + y] = a;
        total += a;
      }
      this.scale[i] = total;
      for (let y = 0; y < size; y++) alpha[row + y] = alpha[row + y]! / total;
    }
  }

  private backward(): void {
    const { size, length, expTransitions: t, potentials: p, beta } = this;
    beta.fill(1, (length - 1) * size);
    for (let i = length - 2, row = i * size; i >= 0; i--, row -= size) {
      const c = this.scale[i + 1]!;
      for (let y = 0; y < size; y++) {
        let sum = 0;
        for (let to = 0; to < size; to++) sum += t[y * size + to]! * p[row + size + to]! * beta[row + size + to]!;
        beta[row + y] = sum / c;
      }
    }
  }

  /**
   * P(tokens [start, end) carry exactly `first` then `inside`… and token `end` does not continue with `inside`):
   * the probability that this exact entity, no longer and no shorter, is there.
   */
  span(start: number, end: number, first: number, inside: number): number {
    const { size, length, expTransitions: t, potentials: p } = this;
    let probability = this.alpha[start * size + first]!;
    let previous = first;
    for (let k = start + 1; k < end; k++) {
      probability *= (t[previous * size + inside]! * p[k * size + inside]!) / this.scale[k]!;
      previous = inside;
    }
    if (end < length) {
      let after = 0;
      for (let y = 0; y < size; y++) {
        if (y !== inside) after += t[previous * size + y]! * p[end * size + y]! * this.beta[end * size + y]!;
      }
      probability *= after / this.scale[end]!;
    }
    return probability;
  }
}
