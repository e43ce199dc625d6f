import { basename } from 'node:path';
import type { TriggerMention } from '../core/index.js';
import type { Token } from '../text/index.js';
import { modeCueSection, triggerSection, type EventLexicon } from '../lexicon/events.js';
import type { Pattern } from '../lexicon/patterns.js';
import type { PatternMatch } from './patterns.js';
import { matchesOf, type LexiconMatches } from './lexicon-matches.js';

/**
 * Trigger words of PLOVER events over the text layer's tokens: one Map lookup per reading of each token,
 * look-ahead only on a hit. Overlapping matches keep the longest (وقف إطلاق النار, not إطلاق النار);
 * [not] look-alikes (فجر الخميس), triggers whose @condition the sentence lacks and triggers whose sentence
 * shows another sense of the word ([cue off-TYPE]: the dead of a road accident, a striker's attack) are dropped; the mode
 * comes from the entry, or from mode cues in the clause (طائرات مسيرة … قصفت → drone).
 */

const CONFIDENCE = { verb: 0.9, noun: 0.8 } as const;
/** A gap in the pattern (أطلق مسلحون مجهولون النار) leaves a little room for a wrong reading. */
const GAP_PENALTY = 0.05;

function span(m: PatternMatch): number {
  return m.tokenEnd - m.tokenStart;
}

function overlaps(a: PatternMatch, b: PatternMatch): boolean {
  return a.tokenStart <= b.tokenEnd && b.tokenStart <= a.tokenEnd;
}

/**
 * A cue of the sentence off the trigger's own words (مسيرة is no evidence of a crowd for مسيرة); one inside a
 * pattern's gap counts (أضرم آلاف المتظاهرين النيران).
 */
function conditionHolds(m: PatternMatch, cueMatches: readonly PatternMatch[], tokens: readonly Token[]): boolean {
  const sentence = (tokens[m.tokenStart] as Token).sentence;
  const onTrigger = (c: PatternMatch) => [m.tokenStart, m.tokenEnd].some((i) => c.tokenStart <= i && i <= c.tokenEnd);
  return cueMatches.some((c) => (tokens[c.tokenStart] as Token).sentence === sentence && !onTrigger(c));
}

function keepLongest(matches: readonly PatternMatch[]): PatternMatch[] {
  // Longer first; on the same span a conditioned entry (more specific) before an unconditioned one.
  const ranked = [...matches].sort(
    (a, b) => span(b) - span(a) || b.pattern.conditions.length - a.pattern.conditions.length || a.tokenStart - b.tokenStart,
  );
  const kept: PatternMatch[] = [];
  for (const m of ranked) {
    const clash = kept.find((k) => overlaps(k, m));
    if (!clash) kept.push(m);
    // The same words listed under two types (a deliberate ambiguity) give two triggers.
    else if (clash.tokenStart === m.tokenStart && clash.tokenEnd === m.tokenEnd && clash.pattern.conditions.length === m.pattern.conditions.length) {
      if (triggerSection(clash.pattern).type !== triggerSection(m.pattern).type && !kept.some((k) => k !== clash && overlaps(k, m))) kept.push(m);
    }
  }
  return kept.sort((a, b) => a.tokenStart - b.tokenStart);
}

function refineMode(
  m: PatternMatch,
  mode: string | null,
  modeCues: readonly PatternMatch[],
  order: ReadonlyMap<Pattern, number>,
  clauses: readonly number[],
): string | null {
  const { type } = triggerSection(m.pattern);
  const clause = clauses[m.tokenStart];
  let best: { mode: string; rank: number } | null = null;
  for (const c of modeCues) {
    if (clauses[c.tokenStart] !== clause) continue;
    const cue = modeCueSection(c.pattern);
    if (cue.type !== type) continue;
    if (mode !== null && mode !== cue.mode && !cue.replaces.includes(mode)) continue;
    const rank = order.get(c.pattern) ?? 0;
    if (!best || rank > best.rank) best = { mode: cue.mode, rank };
  }
  return best ? best.mode : mode;
}

/**
 * The trigger mentions of a text. `clauses` are the tokens' clause indices (clauseIndex) and `matches` the
 * document's matches of the event lists (matchLexicon), both computed once per document.
 */
export function findTriggers(
  text: string,
  tokens: readonly Token[],
  clauses: readonly number[],
  matches: LexiconMatches,
  lexicon: EventLexicon,
): TriggerMention[] {
  const raw = matchesOf(matches, 'triggers');
  if (raw.length === 0) return [];

  const nots = matchesOf(matches, 'notTriggers');
  const cueMatches = (name: string) => matchesOf(matches, `cue:${name}`);
  const admitted = raw.filter(
    (m) =>
      !nots.some((n) => n.tokenStart <= m.tokenStart && m.tokenStart <= n.tokenEnd) &&
      m.pattern.conditions.every((name) => conditionHolds(m, cueMatches(name), tokens)) &&
      !conditionHolds(m, cueMatches(`off-${triggerSection(m.pattern).type}`), tokens),
  );

  const modeCues = matchesOf(matches, 'modeCues');
  const order = new Map(lexicon.modeCues.patterns.map((p, i) => [p, i]));
  return keepLongest(admitted).map((m): TriggerMention => {
    const first = tokens[m.tokenStart] as Token;
    const last = tokens[m.tokenEnd] as Token;
    const section = triggerSection(m.pattern);
    const pos = m.tense !== null ? 'verb' : 'noun';
    const gapped = m.pattern.words.some((w) => w.kind === 'gap');
    return {
      type: section.type,
      mode: refineMode(m, section.mode, modeCues, order, clauses),
      start: first.start,
      end: last.end,
      surface: text.slice(first.start, last.end),
      sentence: first.sentence,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      entry: m.pattern.entry,
      source: `${basename(m.pattern.source)}:${m.pattern.line}`,
      pos,
      tense: m.tense,
      futurePrefix: m.futurePrefix,
      casualty: section.casualty,
      confidence: CONFIDENCE[pos] - (gapped ? GAP_PENALTY : 0),
    };
  });
}
