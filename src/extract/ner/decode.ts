/**
 * Decoding over a linear chain of labels. Scores are `emissions` (tokens × labels, row-major) plus
 * `transitions` ((labels + 1) × labels, row `labels` = sentence start); `allowed` (same shape, 0/1) masks
 * transitions the label scheme forbids.
 */
export interface Chain {
  labels: number;
  transitions: ArrayLike<number>;
  allowed: Uint8Array;
}

/** The highest-scoring allowed label sequence (Viterbi). */
export function viterbi(chain: Chain, emissions: ArrayLike<number>, length: number): Int32Array {
  const { labels: size, transitions, allowed } = chain;
  const path = new Int32Array(length);
  if (length === 0) return path;
  const back = new Int32Array(length * size);
  let score = new Float64Array(size);
  let next = new Float64Array(size);
  const start = size * size;
  for (let y = 0; y < size; y++) {
    score[y] = allowed[start + y] ? (transitions[start + y] ?? 0) + (emissions[y] ?? 0) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    for (let y = 0; y < size; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < size; from++) {
        if (!allowed[from * size + y]) continue;
        const s = (score[from] ?? -Infinity) + (transitions[from * size + y] ?? 0);
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      next[y] = best + (emissions[i * size + y] ?? 0);
      back[i * size + y] = arg;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let y = 1; y < size; y++) if ((score[y] ?? -Infinity) > (score[last] ?? -Infinity)) last = y;
  path[length - 1] = last;
  for (let i = length - 1; i > 0; i--) path[i - 1] = back[i * size + (path[i] ?? 0)] ?? 0;
  return path;
}

/**
 * Marginals of the same chain read as a CRF (p ∝ exp(score / temperature)), by scaled forward–backward so that
 * it needs one exp per token and label, not per transition. Used to give each entity a confidence.
 */
export class Marginals {
  private readonly size: number;
  private readonly length: number;
  private readonly expTransitions: Float64Array;
  private readonly potentials: Float64Array;
  private readonly alpha: Float64Array;
  private readonly beta: Float64Array;
  private readonly scale: Float64Array;

  constructor(chain: Chain, emissions: ArrayLike<number>, length: number, temperature = 1) {
    const size = chain.labels;
    this.size = size;
    this.length = length;
    this.expTransitions = new Float64Array((size + 1) * size);
    for (let k = 0; k < this.expTransitions.length; k++) {
      this.expTransitions[k] = chain.allowed[k] ? Math.exp((chain.transitions[k] ?? 0) / temperature) : 0;
    }
    // Shifting a token's emissions by their maximum changes every path by the same amount, and keeps exp finite.
    this.potentials = new Float64Array(length * size);
    for (let i = 0; i < length; i++) {
      let max = -Infinity;
      for (let y = 0; y < size; y++) max = Math.max(max, emissions[i * size + y] ?? 0);
      for (let y = 0; y < size; y++) this.potentials[i * size + y] = Math.exp(((emissions[i * size + y] ?? 0) - max) / temperature);
    }
    this.alpha = new Float64Array(length * size);
    this.beta = new Float64Array(length * size);
    this.scale = new Float64Array(length);
    this.forward();
    this.backward();
  }

  private forward(): void {
    const { size, length, expTransitions: t, potentials: p, alpha } = this;
    for (let i = 0; i < length; i++) {
      let total = 0;
      for (let y = 0; y < size; y++) {
        let sum = 0;
        if (i === 0) sum = t[size * size + y] ?? 0;
        else for (let from = 0; from < size; from++) sum += (alpha[(i - 1) * size + from] ?? 0) * (t[from * size + y] ?? 0);
        const a = sum * (p[i * size + y] ?? 0);
        alpha[i * size + y] = a;
        total += a;
      }
      this.scale[i] = total;
      for (let y = 0; y < size; y++) alpha[i * size + y] = (alpha[i * size + y] ?? 0) / total;
    }
  }

  private backward(): void {
    const { size, length, expTransitions: t, potentials: p, beta } = this;
    for (let y = 0; y < size; y++) beta[(length - 1) * size + y] = 1;
    for (let i = length - 2; i >= 0; i--) {
      const c = this.scale[i + 1] ?? 1;
      for (let y = 0; y < size; y++) {
        let sum = 0;
        for (let to = 0; to < size; to++) sum += (t[y * size + to] ?? 0) * (p[(i + 1) * size + to] ?? 0) * (beta[(i + 1) * size + to] ?? 0);
        beta[i * size + y] = sum / c;
      }
    }
  }

  /** P(label at token i is y). */
  label(i: number, y: number): number {
    return (this.alpha[i * this.size + y] ?? 0) * (this.beta[i * this.size + y] ?? 0);
  }

  /**
   * P(tokens [start, end) carry exactly `first` then `inside`… and token `end` does not continue with `inside`):
   * the probability that this exact entity, no longer and no shorter, is there.
   */
  span(start: number, end: number, first: number, inside: number): number {
    const { size, length, expTransitions: t, potentials: p } = this;
    let probability = this.alpha[start * size + first] ?? 0;
    let previous = first;
    for (let k = start + 1; k < end; k++) {
      probability *= ((t[previous * size + inside] ?? 0) * (p[k * size + inside] ?? 0)) / (this.scale[k] ?? 1);
      previous = inside;
    }
    if (end < length) {
      let after = 0;
      for (let y = 0; y < size; y++) {
        if (y === inside) continue;
        after += (t[previous * size + y] ?? 0) * (p[end * size + y] ?? 0) * (this.beta[end * size + y] ?? 0);
      }
      probability *= after / (this.scale[end] ?? 1);
    }
    return probability;
  }
}
