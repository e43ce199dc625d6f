import type { EventType, Modality, TriggerMention } from '../core/index.js';
import type { Token } from '../text/index.js';
import { modalitySection, type CueModality } from '../lexicon/events.js';
import type { PatternMatch } from './patterns.js';
import { matchesOf, type LexiconMatches } from './lexicon-matches.js';

/**
 * Whether each trigger is asserted, future, hypothetical, negated or reported, from cues and their scope
 * (data/lexicon/modality.txt), the verb's own سـ, and the trigger that governs it: the complement of a
 * REQUEST (دعا إلى وقف إطلاق النار), THREATEN (هدد بقصف), REJECT (رفض الانسحاب) or ACCUSE (اتهمه بقصف)
 * is not an asserted event. `historical` needs the event's date and is decided at assembly.
 */

export interface ModalityReading {
  modality: Modality;
  /** The cue as written (or the governing trigger), null for an asserted event. */
  cue: string | null;
}

/** Strongest first: a negated future is negated, a reported threat of an attack is still only a threat. */
const RANK: Record<CueModality, number> = { negated: 4, hypothetical: 3, future: 2, reported: 1 };

/** What a governing trigger makes of the events in its complement. */
const GOVERNED: Partial<Record<EventType, CueModality>> = {
  REQUEST: 'hypothetical',
  THREATEN: 'future',
  REJECT: 'negated',
  ACCUSE: 'reported',
};

/** Words a cue reaches after it: لم يتم اعتقال is two words from لم to the event. */
const WORD_REACH = 2;
/** An adjective cue may follow its event (هجوم محتمل, الهجوم المرتقب). */
const AFTER_REACH = 2;

/** An imperfect verb, by its shape: the prefix ي ت ن and at least two more letters. */
function looksImperfect(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const w = token.norm.replace(/^[وف]/, '');
  return w.length >= 3 && 'يتن'.includes(w[0] as string);
}

function reaches(cue: PatternMatch, t: TriggerMention, tokens: readonly Token[], clauses: readonly number[]): boolean {
  const { scope } = modalitySection(cue.pattern);
  if (cue.tokenStart <= t.tokenEnd && t.tokenStart <= cue.tokenEnd) return false;
  const sameSentence = (tokens[cue.tokenStart] as Token).sentence === t.sentence;
  const sameClause = clauses[cue.tokenStart] === clauses[t.tokenStart];
  const before = cue.tokenEnd < t.tokenStart;
  const gap = t.tokenStart - cue.tokenEnd;
  switch (scope) {
    case 'sentence':
      return sameSentence && (before || modalitySection(cue.pattern).modality === 'reported');
    case 'clause':
      return sameClause && (before || (cue.tokenStart > t.tokenEnd && cue.tokenStart - t.tokenEnd <= AFTER_REACH));
    case 'word':
      return sameClause && before && gap <= WORD_REACH;
    case 'verb':
      return sameClause && before && looksImperfect(tokens[cue.tokenEnd + 1]);
  }
}

/** One reading per trigger, in the same order. `clauses` from clauseIndex, `matches` from matchLexicon. */
export function assignModality(
  triggers: readonly TriggerMention[],
  tokens: readonly Token[],
  clauses: readonly number[],
  matches: LexiconMatches,
): ModalityReading[] {
  if (triggers.length === 0) return [];
  const nots = matchesOf(matches, 'notModality');
  const cues = matchesOf(matches, 'modality').filter(
    (c) => !nots.some((n) => n.tokenStart <= c.tokenStart && c.tokenStart <= n.tokenEnd),
  );

  return triggers.map((t): ModalityReading => {
    let best: { modality: CueModality; cue: string } | null = null;
    const consider = (modality: CueModality, cue: string): void => {
      if (!best || RANK[modality] > RANK[best.modality]) best = { modality, cue };
    };
    if (t.futurePrefix) consider('future', t.surface);
    for (const c of cues) {
      if (reaches(c, t, tokens, clauses)) {
        const first = tokens[c.tokenStart] as Token;
        const last = tokens[c.tokenEnd] as Token;
        consider(modalitySection(c.pattern).modality, `${first.surface}${c.tokenEnd > c.tokenStart ? ' … ' + last.surface : ''}`);
      }
    }
    for (const g of triggers) {
      const governed = GOVERNED[g.type];
      if (governed && g !== t && g.tokenEnd < t.tokenStart && clauses[g.tokenStart] === clauses[t.tokenStart]) consider(governed, g.surface);
    }
    const found = best as { modality: CueModality; cue: string } | null;
    return found ? { modality: found.modality, cue: found.cue } : { modality: 'asserted', cue: null };
  });
}
