import type { ActorInput, EventType, TriggerMention } from '../core/index.js';
import { conjugate, normalizeWord, type Token } from '../text/index.js';
import type { TokenForms } from '../extract/patterns.js';
import { wordSet } from '../text/wordset.js';

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

export type ArgumentRule =
  | 'svo' | 'vso' | 'agent' | 'genitive' | 'clause-subject' | 'carried' | 'subject-np' | 'nearest' | 'object' | 'target' | 'object-np';

export interface ArgumentMention {
  actor: ActorInput;
  rule: ArgumentRule;
}

export interface EventArguments {
  actor: ArgumentMention[];
  recipient: ArgumentMention[];
  /** The trigger's object as words when no coded actor stands there (اعتقلت الشرطة ناشطة ألمانية), else null. */
  objectPhrase: ArgumentMention | null;
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

/**
 * Words right before an agent: من قبل, على يد, بواسطة, على أيدي; by the fire of (قتل برصاص مسلحين, بنيران الجيش; but
 * بصواريخ الكاتيوشا names a weapon, not who fired it);
 * and the relative verbs that name who carried out an attack (هجوم شنه مسلحون, الهجوم نفذته امرأة, تبنته الحركة).
 */
const AGENT_BEFORE = wordSet([
  'قبل', 'يد', 'بواسطه', 'ايدي', 'برصاص', 'بنيران',
  'نفذه', 'نفذته', 'نفذها', 'نفذتها', 'شنه', 'شنته', 'شنها', 'شنتها', 'تبناه', 'تبنته', 'تبنتها', 'ارتكبه', 'ارتكبته', 'ارتكبها',
]);
const TARGET_WORDS = wordSet(['ضد', 'علي', 'بحق', 'تجاه', 'نحو']);
const OBLIQUE_WORDS = wordSet([
  'في', 'من', 'الي', 'عن', 'مع', 'بين', 'لدي', 'حول', 'عبر', 'منذ', 'بعد', 'قبل', 'امام', 'خلال', 'دون', 'عند', 'لصالح', 'باسم',
  'خارج', 'داخل', 'وسط', 'قرب', 'خلف', 'فوق', 'تحت', 'قباله', 'بجانب', 'ازاء', 'حيال', 'ضمن', 'بالقرب', 'لدي',
]);
/** Words that count a group: «مئات من المتظاهرين», «عدد من الشبان» name the group after من, which is no preposition then. */
const QUANTIFIERS = wordSet([
  'عدد', 'العديد', 'مئات', 'المئات', 'الاف', 'الالاف', 'عشرات', 'العشرات', 'مجموعه', 'مجموعات', 'بعض', 'كثير', 'الكثير',
  'حشد', 'حشود', 'جموع', 'مليون', 'ملايين', 'احد', 'عناصر', 'افراد', 'مجاميع', 'مائه', 'مئه', 'مئتي', 'مئتين', 'الف', 'الفا',
  'ثلاثمائه', 'اربعمائه', 'خمسمائه', 'ستمائه', 'سبعمائه', 'ثمانمائه', 'تسعمائه', 'الوف', 'الاف', 'بضعه', 'بضع', 'عده',
]);
/** Words between a verb and its subject that are not the subject: time adverbs, hedges, quantifiers. */
const NOT_SUBJECT = wordSet([
  'امس', 'اليوم', 'مساء', 'صباح', 'ليل', 'ليلا', 'نهار', 'فجر', 'ظهر', 'ايضا', 'قد', 'نحو', 'حوالي', 'زهاء', 'قرابه', 'ما', 'يقارب',
  'اكثر', 'اقل', 'من', 'اول', 'الاول', 'الماضي', 'الماضيه', 'الجمعه', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس',
  'يوم', 'امس', 'مجددا', 'مره', 'اخري', 'كذلك', 'بدورهم', 'بدوره', 'اخيرا',
]);
/** Words that end the search for a subject: prepositions, particles, conjunctions. */
const NO_SUBJECT = wordSet([
  'في', 'علي', 'الي', 'عن', 'مع', 'ان', 'انه', 'انها', 'الذي', 'التي', 'الذين', 'لا', 'لم', 'لن', 'و', 'او', 'ثم', 'حتي', 'كما',
  'بعد', 'قبل', 'امام', 'ضد', 'بين', 'عبر', 'خلال', 'منذ', 'حيث', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'وسط', 'قرب',
  'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكونوا', 'وهم', 'وهو', 'وهي',
  'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'نفسه', 'نفسها', 'انفسهم', 'بالفعل', 'مما', 'ما',
]);
const RELATIVE_PRONOUNS = wordSet(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);
/** Complementizers: what follows is a clause of its own, with its own subject. */
const COMPLEMENTIZERS = wordSet(['ان', 'بان', 'لان', 'فان', 'وان']);
/** Words after which a clause states its subject before its verb: إن وحدة إسرائيلية خاصة اغتالت…, وكان الوحيدي أطلق… */
const SUBJECT_OPENERS = new Set([...COMPLEMENTIZERS, 'انه', 'كان', 'كانت', 'وكان', 'وكانت']);
/** How far before its verb a subject opened that way may begin. */
const OPENER_REACH = 6;

/** A word that can stand as an adjective after a noun: definite after a definite head, or a nisba (إسرائيلية). */
function adjectiveAfter(head: Token, word: Token | undefined): boolean {
  if (!word || word.kind !== 'word' || NO_SUBJECT.has(word.norm)) return false;
  if (head.norm.startsWith('ال')) return word.norm.startsWith('ال') && !word.norm.startsWith('الذ') && !word.norm.startsWith('الت');
  return /(يه|ي|يين|يون|يات)$/.test(word.norm);
}
/** «X التابعة لـY», «X الموالية لـY», «X المدعومة من Y»: Y is who acts through X. */
const AFFILIATION = wordSet(['تابع', 'تابعه', 'التابع', 'التابعه', 'تابعين', 'التابعين', 'الموالي', 'الموالين', 'مواليه', 'المواليه', 'المدعوم', 'المدعومه', 'المدعومين']);
/** Masdars whose following noun is the attacker (هجوم داعش على…), not the victim (قصف المستشفى). */
const SUBJECT_GENITIVE_TYPES = new Set<EventType>(['PROTEST', 'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'MOBILIZE']);
const SUBJECT_GENITIVE_NOUNS = wordSet(['هجوم', 'هجمات', 'هجوما', 'اعتداء', 'اعتداءات', 'غاره', 'غارات', 'قصف', 'تقدم']);
const CONFIDENCE: Record<ArgumentRule, number> = {
  svo: 1,
  vso: 1,
  agent: 1,
  genitive: 0.9,
  'clause-subject': 0.85,
  carried: 0.8,
  'subject-np': 0.7,
  nearest: 0.6,
  object: 1,
  target: 1,
  'object-np': 0.7,
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
  if (prevNorm === 'من' && tokens.slice(Math.max(0, first - 4), first - 1).some((t) => t.kind === 'number' || QUANTIFIERS.has(t.norm.replace(/^[وف]/, '')))) return 'bare';
  if (OBLIQUE_WORDS.has(prevNorm)) return prevNorm === 'من' && AFFILIATION.has(tokens[first - 2]?.norm ?? '') ? 'bare' : 'oblique';
  return 'bare';
}

/** Places actor mentions on the tokens (an actor overlapping no word token is dropped: it cannot be placed). */
export function placeActors(actors: readonly ActorInput[], tokens: readonly Token[], clauses: readonly number[]): PlacedActor[] {
  const out: PlacedActor[] = [];
  let t = 0;
  for (const actor of [...actors].sort((a, b) => a.start - b.start)) {
    // A preposition is never an actor, whatever a dictionary says (أمام "in front of" is spelt like إمام).
    if (OBLIQUE_WORDS.has(normalizeWord(actor.surface).split(' ')[0] ?? '')) continue;
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

/** The last complementizer (إن, أن, بأن…) between the start of the trigger's clause and the trigger, or -1. */
function lastOpener(tokens: readonly Token[], clauses: readonly number[], trigger: TriggerMention): number {
  for (let i = trigger.tokenStart - 1; i >= 0 && clauses[i] === clauses[trigger.tokenStart]; i--) {
    if (COMPLEMENTIZERS.has((tokens[i] as Token).norm)) return i;
  }
  return -1;
}

/** The words after an agent marker when no actor is coded there: «هجوم مسلح نفذه متطرف إسلامي» → متطرف إسلامي. */
function agentPhrase(text: string, trigger: TriggerMention, tokens: readonly Token[], clauses: readonly number[], placed: readonly PlacedActor[]): PlacedActor | null {
  const clause = clauses[trigger.tokenStart];
  for (let i = trigger.tokenEnd + 1; i + 1 < tokens.length && clauses[i + 1] === clause; i++) {
    const w = (tokens[i] as Token).norm.replace(/^[وف]/, '');
    if (!AGENT_BEFORE.has(w) || (w === 'قبل' && tokens[i - 1]?.norm !== 'من') || (w === 'يد' && tokens[i - 1]?.norm !== 'علي')) continue;
    let at = i + 1;
    while (at < tokens.length && (QUANTIFIERS.has((tokens[at] as Token).norm) || (tokens[at] as Token).kind === 'number')) at++;
    const head = tokens[at];
    if (!head || head.kind !== 'word' || NO_SUBJECT.has(head.norm) || placed.some((a) => a.tokenStart <= at && at <= a.tokenEnd)) return null;
    // «خلية من القاعدة»: the group named after من acts.
    const group = placed.find((a) => a.tokenStart === at + 2 && a.clause === clause);
    if (group && tokens[at + 1]?.norm === 'من') return { ...group, marker: 'agent' };
    let last = at;
    while (last - at < 2 && clauses[last + 1] === clause && adjectiveAfter(head, tokens[last + 1])) last++;
    const end = (tokens[last] as Token).end;
    const actor = { start: head.start, end, surface: text.slice(head.start, end), confidence: 0.5 };
    return { actor, tokenStart: at, tokenEnd: last, sentence: head.sentence, clause: clause as number, marker: 'agent' };
  }
  return null;
}

/** No preposition between two tokens: nothing but the subject's own words stand between a verb and its subject. */
function clearPath(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const w = (tokens[i] as Token).norm;
    const prev = tokens[i - 1] as Token;
    // The partitive من of «مئات من المتظاهرين» belongs to the subject.
    if (w === 'من' && (prev.kind === 'number' || QUANTIFIERS.has(prev.norm))) continue;
    if (OBLIQUE_WORDS.has(w) || TARGET_WORDS.has(w) || w.startsWith('بال') || w.startsWith('لل')) return false;
  }
  return true;
}

/** «قوة من الشرطة العراقية», «مسلحون من داعش»: the group named after من is who acts. */
function groupOf(actor: PlacedActor, placed: readonly PlacedActor[], tokens: readonly Token[]): PlacedActor {
  const next = placed.find((a) => a.tokenStart === actor.tokenEnd + 2 && a.clause === actor.clause);
  return next && tokens[actor.tokenEnd + 1]?.norm === 'من' ? next : actor;
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
 * The arguments of one trigger in `text`. `placed` are the document's actors (placeActors), `forms` the tokens' readings,
 * `carried` the actor of the event before it in the same sentence, if any.
 */
export function findArguments(
  text: string,
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
  // A complementizer before the trigger opens its clause's subject: «قالت الشرطة إن انتحاريا فجر نفسه».
  const opener = lastOpener(tokens, clauses, trigger);
  const bareBefore = before.filter((a) => a.marker === 'bare' && a.tokenStart > opener);

  let actor: PlacedActor | null = null;
  let actorRule: ArgumentRule | null = null;
  let object: PlacedActor | null = null;

  const agent = after.find((a) => a.marker === 'agent') ?? agentPhrase(text, trigger, tokens, clauses, placed);
  if (agent) {
    actor = agent;
    actorRule = 'agent';
  } else if (trigger.pos === 'verb') {
    const subjectBefore = bareBefore[bareBefore.length - 1];
    // A verb agreeing in the plural (تظاهروا) follows its subject; a subject after the verb comes before any
    // prepositional phrase (تجمع 500 متظاهر في محيط المحكمة: المحكمة is no subject).
    const plural = /(وا|ون)$/.test((tokens[trigger.tokenStart] as Token).norm);
    const first = bareAfter[0];
    if (subjectBefore) {
      actor = subjectBefore;
      actorRule = 'svo';
      object = bareAfter[0] ?? null;
    } else if (first && !plural && clearPath(tokens, trigger.tokenStart, first.tokenStart)) {
      actor = first;
      actorRule = 'vso';
      object = bareAfter.find((a) => a.tokenStart > first.tokenEnd) ?? null;
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
  // Once the actor is known from the structure (قتل عناصر الشرطة برصاص مسلحين), the actor after the trigger is its object.
  const structural = actor;
  const knownActor = structural && (actorRule === 'agent' || actorRule === 'clause-subject' || actorRule === 'genitive');
  const objectAfter =
    object ?? (knownActor ? (bareAfter.find((a) => a.tokenEnd < structural.tokenStart || a.tokenStart > structural.tokenEnd) ?? null) : null);
  const recipientHead = target ?? objectAfter;
  const recipientRule: ArgumentRule = target ? 'target' : 'object';

  if (actor) actor = groupOf(actor, placed, tokens);
  let actorArgs: ArgumentMention[] = [];
  // «بدأ الحوثيون قصف مديرية دار سعد»: a word spelt as verb and masdar right after a light verb is the masdar.
  const light = actor ? [] : lightVerbSubject(text, trigger, placed, tokens, forms, clauses, trigger.pos === 'verb' ? LIGHT_REACH : Infinity);
  const np = actor || light.length > 0 ? null : subjectPhrase(text, trigger, tokens, clauses, placed);
  // «وقصفوا…»: a verb joined by و to the clause before shares its subject; «تظاهر الاف الاسرائيليين» names its own.
  const joined = /^[وف]/.test(tokens[trigger.tokenStart]?.norm ?? '');
  if (actor && actorRule) actorArgs = withConjuncts(actor, placed, tokens).map((a) => ({ actor: a.actor, rule: actorRule }));
  else if (light.length > 0) actorArgs = light;
  else if (carried.length > 0 && (joined || !np)) actorArgs = carried.map((c) => ({ actor: c.actor, rule: 'carried' }));
  else if (np) actorArgs = [{ actor: np, rule: 'subject-np' }];
  else {
    // Last resort: the sentence's topic, its first bare actor before the trigger; else the nearest actor.
    const used = recipientHead;
    const pool = inSentence.filter((a) => a !== used && a.marker !== 'target');
    const topic = pool.find((a) => a.tokenEnd < trigger.tokenStart && a.marker === 'bare');
    const nearest = topic ?? [...pool].sort((a, b) => distance(a, trigger) - distance(b, trigger))[0];
    if (nearest) actorArgs = [{ actor: nearest.actor, rule: 'nearest' }];
  }
  const actorSet = new Set(actorArgs.map((a) => a.actor));
  const recipient = recipientHead
    ? withConjuncts(recipientHead, placed, tokens)
        .filter((a) => !actorSet.has(a.actor))
        .map((a) => ({ actor: a.actor, rule: recipientRule }))
    : [];

  const rule = actorArgs[0]?.rule;
  const phrase = recipient.length > 0 || trigger.type === 'PROTEST' ? null : objectNounPhrase(text, trigger, tokens, clauses, placed, actorArgs);
  return {
    actor: actorArgs,
    recipient,
    objectPhrase: phrase ? { actor: phrase, rule: 'object-np' } : null,
    confidence: rule ? CONFIDENCE[rule] : 0.8,
  };
}

/** Words that open the target of an act: هجوم على دورية, حملة ضد المهربين, انتهاكات بحق الصحفيين. */
const OBJECT_MARKERS = wordSet(['ضد', 'علي', 'بحق', 'تجاه']);
/** How many words an uncoded object may span: a head, its genitive and an adjective (مطار عدن الدولي). */
const OBJECT_WORDS = 3;

/**
 * The trigger's object when the actor layer codes none there: past the trigger and its own subject, either the
 * noun phrase after ضد / على / بحق / تجاه (هجوم على دورية للشرطة), or — for a verb or a masdar — the noun right
 * after (اعتقلت الشرطة الإيطالية تونسيا وباكستانيا, اختطاف صحفي). A preposition or a particle there means no object.
 * A protest has none: what follows it is its place or its cause.
 */
function objectNounPhrase(
  text: string,
  trigger: TriggerMention,
  tokens: readonly Token[],
  clauses: readonly number[],
  placed: readonly PlacedActor[],
  actor: readonly ArgumentMention[],
): ActorInput | null {
  const clause = clauses[trigger.tokenStart];
  // Past the trigger and past a subject that follows it (VSO: اعتقلت الشرطة الإيطالية …), with its adjectives.
  let from = trigger.tokenEnd + 1;
  for (const a of actor) {
    if (a.actor.start < (tokens[trigger.tokenEnd] as Token).end) continue;
    while (from < tokens.length && (tokens[from] as Token).start < a.actor.end) from++;
    while (from < tokens.length && clauses[from] === clause && adjectiveAfter(tokens[from - 1] as Token, tokens[from])) from++;
  }
  const taken = (i: number) => placed.some((a) => a.tokenStart <= i && i <= a.tokenEnd);
  let i = from;
  while (i < tokens.length && clauses[i] === clause && (tokens[i] as Token).kind !== 'word') i++;
  // A verb's own subject, when uncoded, stands right after it (VSO): with no subject found, that noun is no object.
  if (trigger.pos === 'verb' && actor.length === 0) return null;
  const marker = tokens[i];
  if (!marker || clauses[i] !== clause || marker.kind !== 'word') return null;
  // The marker may end the trigger itself (القبض على, +تحفظ * على).
  const inTrigger = OBJECT_MARKERS.has((tokens[trigger.tokenEnd] as Token).norm);
  const marked = inTrigger || OBJECT_MARKERS.has(marker.norm.replace(/^[وف]/, ''));
  if (marked && !inTrigger) i++;
  else if (NO_SUBJECT.has(marker.norm) || OBLIQUE_WORDS.has(marker.norm) || /^(بال|لل|كال)/.test(marker.norm)) return null;
  while (i < tokens.length && clauses[i] === clause && ((tokens[i] as Token).kind === 'number' || QUANTIFIERS.has((tokens[i] as Token).norm))) i++;
  const head = tokens[i];
  if (!head || clauses[i] !== clause || head.kind !== 'word' || taken(i) || head.norm.length <= 2 || NO_SUBJECT.has(head.norm) || NOT_SUBJECT.has(head.norm)) return null;
  // «بين الجيش والمتمردين»: a word joined by و right after the subject is its conjunct, not the object.
  if (i === from && from > trigger.tokenEnd + 1 && head.norm.startsWith('و')) return null;
  // An unmarked noun after a masdar is its object only in construct (قصف المستشفى, اعتقال سنجاب): not after a
  // definite or a tanween-marked masdar (الهجوم العنيف, هجوما مباغتا), and not when it looks like an adjective.
  if (!marked && trigger.pos === 'noun' && i === from) {
    const masdar = (tokens[trigger.tokenEnd] as Token).norm.replace(/^[وفبلك]/, '');
    if (masdar.startsWith('ال') || masdar.endsWith('ا') || (!head.norm.startsWith('ال') && /(ه|ا|ي)$/.test(head.norm))) return null;
  }
  let last = i;
  const inPhrase = (j: number) => j < tokens.length && clauses[j] === clause && !taken(j) && (tokens[j] as Token).kind === 'word';
  while (last - i < OBJECT_WORDS - 1 && inPhrase(last + 1)) {
    const next = tokens[last + 1] as Token;
    // «تونسيا وباكستانيا»: one conjunct of the same shape; «دورية للشرطة», «مطار عدن»: its genitive.
    const conjunct = /^و/.test(next.norm) && /(ا|ين|ات)$/.test(head.norm) && next.norm.slice(-1) === head.norm.slice(-1);
    // A head in construct has no article and no tanween (تونسيا is a whole object); adverbs end the phrase.
    const construct = !head.norm.startsWith('ال') && !head.norm.endsWith('ا') && last === i;
    const genitive = construct && !NO_SUBJECT.has(next.norm) && !NOT_SUBJECT.has(next.norm) && !OBLIQUE_WORDS.has(next.norm) && !/^(بال|و|ف)/.test(next.norm);
    if (!(adjectiveAfter(head, next) || conjunct || genitive || next.norm.startsWith('لل'))) break;
    last++;
  }
  // «موقعين تابعين لحماس», «مواقع للتنظيم»: the owner named after the object is part of it (and often the target).
  if (AFFILIATION.has((tokens[last] as Token).norm) && inPhrase(last + 1)) last++;
  else if (AFFILIATION.has(tokens[last + 1]?.norm ?? '') && inPhrase(last + 1) && inPhrase(last + 2)) last += 2;
  const end = (tokens[last] as Token).end;
  return { start: head.start, end, surface: text.slice(head.start, end), confidence: 0.5 };
}

/** How far before a verb-spelt trigger a light verb makes it a masdar (بدأ الحوثيون، وحلفاؤهم قصف). */
const LIGHT_REACH = 4;
/**
 * Verbs that carry a masdar's action (قام بتفجير, شن هجوما, نفذ عملية, نظم مظاهرة): their subject is its actor. Every
 * past form, by the text layer's conjugation (قامت, شنوا, نفذت, دعت).
 */
const LIGHT_VERBS = new Set(
  ['قام', 'شن', 'نفذ', 'نظم', 'اجري', 'عمد', 'تبني', 'ارتكب', 'واصل', 'بدا', 'دعا'].flatMap((past) =>
    conjugate({ past }).flatMap((f) => (f.tense === 'past' ? [f.form] : [])),
  ),
);

function lightVerbSubject(
  text: string,
  trigger: TriggerMention,
  placed: readonly PlacedActor[],
  tokens: readonly Token[],
  forms: TokenForms,
  clauses: readonly number[],
  reach: number,
): ArgumentMention[] {
  for (let i = trigger.tokenStart - 1; i >= 0 && i >= trigger.tokenStart - reach && clauses[i] === clauses[trigger.tokenStart]; i--) {
    const verb = (forms[i] ?? []).find(
      (r) => LIGHT_VERBS.has(r.form) && r.prefix.replace(/^[وف]/, '') === '',
    );
    if (!verb) continue;
    const token = tokens[i] as Token;
    const pseudo: TriggerMention = { ...trigger, pos: 'verb', tokenStart: i, tokenEnd: i, start: token.start, end: token.end, surface: token.surface };
    const args = findArguments(text, pseudo, placed, tokens, forms, clauses, []);
    return args.actor.filter((a) => a.rule !== 'nearest').map((a) => ({ actor: a.actor, rule: 'clause-subject' }));
  }
  return [];
}

/**
 * The subject of a verb when the actor layer knows no actor there: the noun after a singular verb (VSO: تظاهر
 * الاف الاسرائيليين → الاسرائيليين, past quantifiers and adverbs), or the word before a plural one (SVO: 50
 * متظاهرا تجمعوا). Kept as text, without a code: PLOVER keeps an actor's words even when it cannot code them.
 */
function subjectPhrase(
  text: string,
  trigger: TriggerMention,
  tokens: readonly Token[],
  clauses: readonly number[],
  placed: readonly PlacedActor[],
): ActorInput | null {
  // A masdar has no subject of its own: it takes its light verb's (see lightVerbSubject).
  if (trigger.pos === 'noun') return null;
  const clause = clauses[trigger.tokenStart];
  const verb = tokens[trigger.tokenStart] as Token;
  const plural = /(وا|ون)$/.test(verb.norm);
  const taken = (i: number) => placed.some((a) => a.tokenStart <= i && i <= a.tokenEnd);
  // The head noun and the adjectives that follow it (الطائرات الإسرائيلية, وحدة إسرائيلية), up to `limit`.
  const candidate = (i: number, limit: number): ActorInput | null => {
    const head = tokens[i] as Token;
    if (head.kind !== 'word' || taken(i) || head.norm.length <= 2 || NO_SUBJECT.has(head.norm)) return null;
    let last = i;
    while (last - i < 2 && last < limit && clauses[last + 1] === clause && !taken(last + 1) && adjectiveAfter(head, tokens[last + 1])) last++;
    const end = (tokens[last] as Token).end;
    return { start: head.start, end, surface: text.slice(head.start, end), confidence: 0.5 };
  };
  const skippable = (t: Token) => t.kind === 'number' || (t.kind === 'punct' && t.norm !== ',') || NOT_SUBJECT.has(t.norm) || QUANTIFIERS.has(t.norm);

  // «إن وحدة إسرائيلية خاصة اغتالت»: the first noun after a complementizer shortly before the verb.
  for (let i = trigger.tokenStart - 1; i >= 0 && i >= trigger.tokenStart - OPENER_REACH && clauses[i] === clause; i--) {
    if (!SUBJECT_OPENERS.has((tokens[i] as Token).norm)) continue;
    for (let j = i + 1; j < trigger.tokenStart; j++) {
      if (!skippable(tokens[j] as Token)) return candidate(j, trigger.tokenStart - 1);
    }
    break;
  }
  if (plural) {
    // «50 متظاهرا تجمعوا»; a plural verb joined by و («…في شمال البلاد وخطفوا») has its subject further back.
    if (/^[وف]/.test(verb.norm)) return null;
    for (let i = trigger.tokenStart - 1; i >= 0 && clauses[i] === clause; i--) {
      const t = tokens[i] as Token;
      if (skippable(t)) continue;
      const before = tokens[i - 1];
      return before && OBLIQUE_WORDS.has(before.norm) ? null : candidate(i, trigger.tokenStart - 1);
    }
    return null;
  }
  // «القصف الذي استهدف منطقة دار سعد»: after a relative pronoun the subject is the antecedent, not the noun after.
  if (RELATIVE_PRONOUNS.has(tokens[trigger.tokenStart - 1]?.norm ?? '')) return null;
  // VSO: the noun after the verb, or inside a pattern's gap (أطلق مسلحون النار), past adverbs and quantifiers.
  const gapped = trigger.tokenEnd > trigger.tokenStart && trigger.pos === 'verb';
  const stop = gapped ? trigger.tokenEnd : tokens.length;
  for (let i = trigger.tokenStart + 1; i < stop && clauses[i] === clause; i++) {
    if (!gapped && i <= trigger.tokenEnd) continue;
    const t = tokens[i] as Token;
    if (skippable(t)) continue;
    // A preposition, or a word that carries one with the article (بالحجارة, للمطالبة), starts no subject.
    if (NO_SUBJECT.has(t.norm) || t.norm.startsWith('بال') || t.norm.startsWith('لل')) return null;
    return candidate(i, stop - 1);
  }
  return null;
}


function distance(a: PlacedActor, t: TriggerMention): number {
  return a.tokenStart > t.tokenEnd ? a.tokenStart - t.tokenEnd : t.tokenStart - a.tokenEnd;
}
