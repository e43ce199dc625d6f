import type { Token } from '../text/index.js';
import { wordSet } from '../text/wordset.js';

/**
 * Clauses, cheaply: Arabic news chains clauses with punctuation and a small set of connectives
 * (فيما, بينما, في حين, لكن, ثم…). Modality and arguments stay inside the clause of their trigger:
 * «قصفت الطائرات المطار، فيما تستعد القوات لشن هجوم» holds two clauses, and تستعد says nothing of قصفت.
 */

/** Connectives that open a new clause (normalized; with or without و/ف before them). */
const OPENERS = wordSet(['فيما', 'بينما', 'حين', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ثم', 'حيث', 'بعدما', 'عندما', 'حينما', 'كما', 'الا', 'اذ']);
/** Quotes do not break a clause: «القاعدة» is often a name inside one. */
const BREAK_PUNCT = wordSet([',', ';', ':', '.', '?', '!', '(', ')', '-', '–', '—']);
/** A relative pronoun after a comma continues the clause of its antecedent: «المتظاهرين، الذين كانوا يهتفون». */
const RELATIVES = wordSet(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);

function opensClause(token: Token, next: Token | undefined): boolean {
  if (token.kind === 'punct' || token.kind === 'symbol') return BREAK_PUNCT.has(token.norm) && !(token.norm === ',' && RELATIVES.has(next?.norm ?? ''));
  if (token.kind !== 'word') return false;
  const w = token.norm;
  if (OPENERS.has(w)) return true;
  return (w[0] === 'و' || w[0] === 'ف') && OPENERS.has(w.slice(1));
}

/** The clause index of each token; a new sentence always opens a new clause. */
export function clauseIndex(tokens: readonly Token[]): number[] {
  const out = new Array<number>(tokens.length);
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (i > 0 && (prev?.sentence !== token.sentence || opensClause(token, tokens[i + 1]))) clause++;
    out[i] = clause;
  }
  return out;
}
