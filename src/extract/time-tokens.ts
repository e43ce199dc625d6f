import { stemVariants, type Token } from '../text/index.js';
import type { Sense, SenseClass, SenseMatch, TimeWords } from './time-words.js';

export type Match<C extends SenseClass> = SenseMatch & { sense: Sense & { cls: C } };

/** Letters of a verb guessed after سـ: a person prefix and at least three more (ستعقد, سيزور). */
const MIN_GUESSED_VERB = 4;
/** How many words around an expression are searched for a sign of the future. */
const FUTURE_WINDOW = 6;

/**
 * The tokens of a text read through the time word lists: what each token (or phrase starting there) may mean,
 * numbers and punctuation, and signs of the future nearby. The grammar (dates.ts) is built on these.
 */
export class TimeTokens {
  /** Senses of each token as written, and of its clitic-stripped forms, filled on demand. */
  private readonly plain = new Map<number, SenseMatch[]>();
  private readonly stemmed = new Map<number, SenseMatch[]>();
  /** The token where the expression being parsed starts: only there may clitics be stripped. */
  protected start = 0;

  constructor(
    protected readonly tokens: readonly Token[],
    protected readonly words: TimeWords,
  ) {}

  protected token(k: number): Token | undefined {
    const token = this.tokens[k];
    // An expression never crosses a sentence boundary.
    return token && token.sentence === this.tokens[this.start]?.sentence ? token : undefined;
  }

  protected sensesAt(k: number, stems: boolean): SenseMatch[] {
    const memo = stems ? this.stemmed : this.plain;
    let senses = memo.get(k);
    if (senses) return senses;
    const token = this.tokens[k];
    senses = [];
    if (token?.kind === 'word') {
      const next = (j: number) => {
        const t = this.tokens[k + j];
        return t?.kind === 'word' ? t.norm : undefined;
      };
      senses.push(...this.words.match(token.norm, next));
      if (stems && senses.length === 0) {
        for (const form of this.words.cliticForms(token.norm)) senses.push(...this.words.match(form, next));
      }
    }
    memo.set(k, senses);
    return senses;
  }

  /** The longest phrase of class `cls` at token k (clitics stripped only where the expression starts). */
  protected s<C extends SenseClass>(k: number, cls: C, stems = k === this.start): Match<C> | undefined {
    if (!this.token(k)) return undefined;
    return this.sensesAt(k, stems).find((m): m is Match<C> => m.sense.cls === cls);
  }

  /** The token before the expression, read with its clitics stripped (لثورة → ثورة). */
  protected before<C extends SenseClass>(cls: C): Match<C> | undefined {
    const k = this.start - 1;
    if (k < 0 || this.tokens[k]?.sentence !== this.tokens[this.start]?.sentence) return undefined;
    return this.sensesAt(k, true).find((m): m is Match<C> => m.sense.cls === cls);
  }

  /** The value of a number token written with `minLength` to `maxLength` digits and within `range`. */
  protected digits(k: number, range: readonly [number, number], minLength = 1, maxLength = 4): number | null {
    const token = this.token(k);
    const length = token?.norm.length ?? 0;
    if (token?.kind !== 'number' || length < minLength || length > maxLength || !/^\d+$/.test(token.norm)) return null;
    const n = Number(token.norm);
    return inRange(n, range) ? n : null;
  }

  protected punct(k: number, set: ReadonlySet<string>): boolean {
    const token = this.token(k);
    return token !== undefined && token.kind !== 'word' && token.kind !== 'number' && set.has(token.norm);
  }

  protected is(k: number, norm: string): boolean {
    return this.token(k)?.norm === norm;
  }

  /**
   * سـ before a verb (ستعلن, وسيلتقي): the text layer offers the stem after سـ as a plausible reading, which
   * nouns in سي/ست/سن (سنوي, ستين) also have, so the verb must have three letters after its person prefix and
   * no ة (سنوية is no verb). Short verbs (سيتم, سيكون) are in the `future` list.
   */
  protected hasFuturePrefix(token: Token): boolean {
    const norm = token.norm;
    const s = norm.indexOf('س');
    if (s < 0 || s > 1) return false;
    const stem = norm.slice(s + 1);
    return stem.length >= MIN_GUESSED_VERB && !/ة\p{M}*$/u.test(token.surface) && stemVariants(token.surface, this.words).includes(stem);
  }

  /** A future marker in the words just before token i, within its clause: «ستعقد اللجنة اجتماعها الخميس». */
  protected futureBefore(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - FUTURE_WINDOW); k--) {
      const token = this.token(k);
      if (!token || token.kind === 'punct') return false;
      if (token.kind === 'word' && (this.s(k, 'future', true) || this.hasFuturePrefix(token))) return true;
    }
    return false;
  }

  /** A future marker (سوف, لن, a verb with the future prefix سـ) within a few words of tokens [i, end). */
  protected futureNear(i: number, end: number): boolean {
    for (let k = Math.max(0, i - FUTURE_WINDOW); k < end + FUTURE_WINDOW; k++) {
      const token = this.token(k);
      if (!token || token.kind !== 'word' || (k >= i && k < end)) continue;
      if (this.s(k, 'future', true)) return true;
      if (this.hasFuturePrefix(token)) return true;
    }
    return false;
  }
}

export function inRange(n: number, [min, max]: readonly [number, number]): boolean {
  return n >= min && n <= max;
}
