import type { ActorInput, EventType, TriggerMention } from '../core/index.js';
import { normalizeWord, type Token } from '../text/index.js';
import type { TokenForms } from '../extract/patterns.js';

/**
 * Who acted and on whom, from the actor mentions around a trigger, read with Arabic sentence structure:
 * - a verb with an actor before it in its clause is SVO (the nearest such actor acts; the first after is the
 *   object); otherwise VSO (the first actor after the verb acts, the next is the object);
 * - من قبل / على يد / بواسطة mark the agent of a passive or a masdar (السيطرة على المطار من قبل قوات X);
 * - ضد / على / بحق / تجاه mark the target (هجوم على مقر الشرطة);
 * - a masdar takes its actor from the light verb before it (شن الجيش هجوما) or, for the few that name
 *   the attacker (هجوم داعش), from the word after it;
 * - «X التابعة لـY» and «X الموالية لـY»: Y acts;
 * - a clause with no actor of its own carries over the actor of the event before it in the sentence;
 * - else the nearest actor of the sentence, with lower confidence.
 * Actors joined by و stay one compound list.
 */

export type ArgumentRule = 'svo' | 'vso' | 'agent' | 'genitive' | 'clause-subject' | 'carried' | 'nearest' | 'object' | 'target';

export interface ArgumentMention {
  actor: ActorInput;
  rule: ArgumentRule;
}

export interface EventArguments {
  actor: ArgumentMention[];
  recipient: ArgumentMention[];
  /** How sure the structure is: 1 for a syntactic rule, less for carried and nearest. */
  confidence: number;
}

/** An actor mention placed on the tokens, with the word that introduces it. */
export interface PlacedActor {
  actor: ActorInput;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  clause: number;
  marker: Marker;
}

/** bare: subject or object; agent/target: introduced as such; oblique: any other preposition (في, من, إلى…). */
export type Marker = 'bare' | 'agent' | 'target' | 'oblique';

const AGENT_BEFORE = new Set(['قبل', 'يد', 'بواسطه', 'ايدي']); // من قبل, على يد, بواسطة, على أيدي
const TARGET_WORDS = new Set(['ضد', 'علي', 'بحق', 'تجاه', 'نحو']);
const OBLIQUE_WORDS = new Set(['في', 'من', 'الي', 'عن', 'مع', 'بين', 'لدي', 'حول', 'عبر', 'منذ', 'بعد', 'امام', 'خلال', 'دون', 'عند', 'لصالح', 'باسم']);
/** «X التابعة لـY», «X الموالية لـY», «X المدعومة من Y»: Y is who acts through X. */
const AFFILIATION = new Set(['تابع', 'تابعه', 'التابع', 'التابعه', 'تابعين', 'التابعين', 'الموالي', 'الموالين', 'مواليه', 'المواليه', 'المدعوم', 'المدعومه', 'المدعومين']);
/** Masdars whose following noun is the attacker (هجوم داعش على…), not the victim (قصف المستشفى). */
const SUBJECT_GENITIVE_TYPES = new Set<EventType>(['PROTEST', 'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'MOBILIZE']);
const SUBJECT_GENITIVE_NOUNS = new Set(['هجوم', 'هجمات', 'هجوما', 'اعتداء', 'اعتداءات', 'غاره', 'غارات', 'قصف', 'تقدم']);
const CONFIDENCE: Record<ArgumentRule, number> = {
  svo: 1,
  vso: 1,
  agent: 1,
  genitive: 0.9,
  'clause-subject': 0.85,
  carried: 0.8,
  nearest: 0.6,
  object: 1,
  target: 1,
};

function markerOf(actor: ActorInput, tokens: readonly Token[], first: number): Marker {
  const token = tokens[first] as Token;
  // A clitic preposition inside the first word: لقوات, بالجيش, وللحكومة.
  const inside = normalizeWord(token.surface.slice(0, Math.max(0, actor.start - token.start))).replace(/^[وف]/, '');
  const prev = tokens[first - 1];
  const prevNorm = prev?.kind === 'word' ? prev.norm.replace(/^[وف]/, '') : '';
  const prevBare = prev?.kind === 'word' ? prev.norm : '';
  if (inside.startsWith('ل') || inside.startsWith('ب') || inside.startsWith('ك')) {
    return AFFILIATION.has(prevBare) || AFFILIATION.has(prevNorm) ? 'bare' : 'oblique';
  }
  if (AGENT_BEFORE.has(prevNorm)) return 'agent';
  if (TARGET_WORDS.has(prevNorm)) return 'target';
  if (OBLIQUE_WORDS.has(prevNorm)) return prevNorm === 'من' && AFFILIATION.has(tokens[first - 2]?.norm ?? '') ? 'bare' : 'oblique';
  return 'bare';
}

/** Places actor mentions on the tokens (an actor overlapping no word token is dropped: it cannot be placed). */
export function placeActors(actors: readonly ActorInput[], tokens: readonly Token[], clauses: readonly number[]): PlacedActor[] {
  const out: PlacedActor[] = [];
  let t = 0;
  for (const actor of [...actors].sort((a, b) => a.start - b.start)) {
    while (t > 0 && (tokens[t - 1] as Token).end > actor.start) t--;
    while (t < tokens.length && (tokens[t] as Token).end <= actor.start) t++;
    if (t >= tokens.length || (tokens[t] as Token).start >= actor.end) continue;
    let last = t;
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < actor.end) last++;
    out.push({
      actor,
      tokenStart: t,
      tokenEnd: last,
      sentence: (tokens[t] as Token).sentence,
      clause: clauses[t] as number,
      marker: markerOf(actor, tokens, t),
    });
  }
  return out;
}

/** The actor and those joined to it by و right after it (الجيش والشرطة): one compound argument. */
function withConjuncts(head: PlacedActor, all: readonly PlacedActor[], tokens: readonly Token[]): PlacedActor[] {
  const out = [head];
  let cur = head;
  for (;;) {
    const next = all.find((a) => a.tokenStart > cur.tokenEnd && a.clause === cur.clause);
    if (!next) break;
    const between = tokens.slice(cur.tokenEnd + 1, next.tokenStart);
    const joined =
      (between.length === 0 && (tokens[next.tokenStart] as Token).norm.startsWith('و')) ||
      (between.length === 1 && between[0]?.norm === 'و');
    if (!joined) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** Actors on the trigger's own words; one inside a pattern's gap (أطلق مسلحون النار) stays an argument. */
function overlapsTrigger(a: PlacedActor, t: TriggerMention): boolean {
  const on = (i: number) => a.tokenStart <= i && i <= a.tokenEnd;
  return on(t.tokenStart) || on(t.tokenEnd);
}

/**
 * The arguments of one trigger. `placed` are the document's actors (placeActors), `forms` the tokens' readings,
 * `carried` the actor of the event before it in the same sentence, if any.
 */
export function findArguments(
  trigger: TriggerMention,
  placed: readonly PlacedActor[],
  tokens: readonly Token[],
  forms: TokenForms,
  clauses: readonly number[],
  carried: readonly ArgumentMention[],
): EventArguments {
  const clause = clauses[trigger.tokenStart];
  const inSentence = placed.filter((a) => a.sentence === trigger.sentence && !overlapsTrigger(a, trigger));
  const inClause = inSentence.filter((a) => a.clause === clause);
  const after = inClause.filter((a) => a.tokenStart > trigger.tokenStart);
  const before = inClause.filter((a) => a.tokenEnd < trigger.tokenStart);
  const bareAfter = after.filter((a) => a.marker === 'bare');
  const bareBefore = before.filter((a) => a.marker === 'bare');

  let actor: PlacedActor | null = null;
  let actorRule: ArgumentRule | null = null;
  let object: PlacedActor | null = null;

  const agent = after.find((a) => a.marker === 'agent');
  if (agent) {
    actor = agent;
    actorRule = 'agent';
  } else if (trigger.pos === 'verb') {
    const subjectBefore = bareBefore[bareBefore.length - 1];
    if (subjectBefore) {
      actor = subjectBefore;
      actorRule = 'svo';
      object = bareAfter[0] ?? null;
    } else if (bareAfter[0]) {
      actor = bareAfter[0];
      actorRule = 'vso';
      object = bareAfter.find((a) => a.tokenStart > (actor as PlacedActor).tokenEnd) ?? null;
    }
  } else {
    const genitive = bareAfter[0] && bareAfter[0].tokenStart === trigger.tokenEnd + 1 ? bareAfter[0] : null;
    const subjectGenitive =
      genitive !== null &&
      (SUBJECT_GENITIVE_TYPES.has(trigger.type) ||
        (forms[trigger.tokenEnd] ?? []).some((r) => SUBJECT_GENITIVE_NOUNS.has(r.form)) ||
        after.some((a) => a.marker === 'target'));
    if (genitive && subjectGenitive) {
      actor = genitive;
      actorRule = 'genitive';
    } else {
      object = genitive;
      const subjectBefore = bareBefore[bareBefore.length - 1];
      if (subjectBefore) {
        actor = subjectBefore;
        actorRule = 'clause-subject';
      }
    }
  }

  const target = after.find((a) => a.marker === 'target');
  const recipientHead = target ?? object;
  const recipientRule: ArgumentRule = target ? 'target' : 'object';

  let actorArgs: ArgumentMention[] = [];
  if (actor && actorRule) actorArgs = withConjuncts(actor, placed, tokens).map((a) => ({ actor: a.actor, rule: actorRule }));
  else if (carried.length > 0) actorArgs = carried.map((c) => ({ actor: c.actor, rule: 'carried' }));
  else {
    const used = recipientHead;
    const nearest = inSentence
      .filter((a) => a !== used && a.marker !== 'target')
      .sort((a, b) => distance(a, trigger) - distance(b, trigger))[0];
    if (nearest) actorArgs = [{ actor: nearest.actor, rule: 'nearest' }];
  }
  const actorSet = new Set(actorArgs.map((a) => a.actor));
  const recipient = recipientHead
    ? withConjuncts(recipientHead, placed, tokens)
        .filter((a) => !actorSet.has(a.actor))
        .map((a) => ({ actor: a.actor, rule: recipientRule }))
    : [];

  const rule = actorArgs[0]?.rule;
  return { actor: actorArgs, recipient, confidence: rule ? CONFIDENCE[rule] : 0.8 };
}

function distance(a: PlacedActor, t: TriggerMention): number {
  return a.tokenStart > t.tokenEnd ? a.tokenStart - t.tokenEnd : t.tokenStart - a.tokenEnd;
}
