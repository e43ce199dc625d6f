import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS, DataError, EVENT_TYPES, type EventContext, type EventType } from '../core/index.js';
import type { WordLookup } from '../text/index.js';
import { lexiconFolder, loadDefaultLexicon } from './load.js';
import { PatternIndex, parsePatternList, type Pattern } from './patterns.js';

/** What a modality cue does: the modality it gives and how far it reaches (see data/lexicon/modality.txt). */
export type ModalityScope = 'clause' | 'verb' | 'word' | 'sentence';
export type CueModality = 'future' | 'hypothetical' | 'negated' | 'reported';

/** The lists the event coder reads, compiled for matching. */
export interface EventLexicon {
  /** [TYPE] and [TYPE mode] sections. */
  triggers: PatternIndex;
  /** [mode TYPE mode replaces…] sections. */
  modeCues: PatternIndex;
  /** [cue NAME] sections, by name. */
  cues: ReadonlyMap<string, PatternIndex>;
  /** [not] sections of the trigger list. */
  notTriggers: PatternIndex;
  /** [modality scope] sections. */
  modality: PatternIndex;
  notModality: PatternIndex;
  /** [context] sections. */
  contexts: PatternIndex;
  /** [dead|injured|arrested before|after] sections. */
  counts: PatternIndex;
  /** Every word of every list: the stems the clitic segmenter should know when reading a text for events. */
  vocabulary: ReadonlySet<string>;
  /** The project's word lists: a word they know and the vocabulary does not is never cut (وزير is not و + زير). */
  known: WordLookup | null;
  /** Every pattern of every list in one index, so a document is matched in a single pass; `roleOf` sorts them back. */
  all: PatternIndex;
  roleOf: ReadonlyMap<Pattern, ListRole>;
}

/** Which list a pattern belongs to: `cue:NAME` for the cue set NAME. */
export type ListRole = 'triggers' | 'modeCues' | 'notTriggers' | 'modality' | 'notModality' | 'contexts' | 'counts' | `cue:${string}`;

export interface EventLexiconSources {
  triggers: { content: string; source: string };
  modality: { content: string; source: string };
  contexts: { content: string; source: string };
  counts: { content: string; source: string };
}

const TYPES = new Set<string>(EVENT_TYPES);
const CONTEXT_SET = new Set<string>(CONTEXTS);
const MODALITY_SECTIONS = new Set(['future clause', 'hypothetical clause', 'hypothetical verb', 'negated word', 'negated sentence', 'reported sentence']);

function invalid(p: Pattern, problem: string): DataError {
  return new DataError(`${p.source}:${p.line}: ${problem}`, 'fix the section header above that line (see the format at the top of the file)');
}

/** The trigger type and mode of a pattern of a [TYPE mode] or [TYPE ~casualty] section. */
export function triggerSection(p: Pattern): { type: EventType; mode: string | null; casualty: boolean } {
  const second = p.section[1] ?? null;
  const casualty = second === '~casualty';
  return { type: p.section[0] as EventType, mode: casualty ? null : second, casualty };
}

/** The type, mode and replaceable modes of a pattern of a [mode TYPE mode replaces…] section. */
export function modeCueSection(p: Pattern): { type: EventType; mode: string; replaces: readonly string[] } {
  return { type: p.section[1] as EventType, mode: p.section[2] as string, replaces: p.section.slice(3) };
}

export function modalitySection(p: Pattern): { modality: CueModality; scope: ModalityScope } {
  return { modality: p.section[0] as CueModality, scope: p.section[1] as ModalityScope };
}

export function contextSection(p: Pattern): EventContext {
  return p.section[0] as EventContext;
}

export type CountKind = 'dead' | 'injured' | 'arrested';

/** What a count cue counts, and whether the number comes before or after it. */
export function countSection(p: Pattern): { kind: CountKind; side: 'before' | 'after' } {
  return { kind: p.section[0] as CountKind, side: p.section[1] as 'before' | 'after' };
}

function isNot(p: Pattern): boolean {
  return p.section.length === 1 && p.section[0] === 'not';
}

/** Compiles the lists, checking every section header and every @condition. */
export function buildEventLexicon(sources: EventLexiconSources, known: WordLookup | null = null): EventLexicon {
  const triggers: Pattern[] = [];
  const modeCues: Pattern[] = [];
  const notTriggers: Pattern[] = [];
  const cueLists = new Map<string, Pattern[]>();
  for (const p of parsePatternList(sources.triggers.content, sources.triggers.source)) {
    const [head, second, third] = p.section;
    if (isNot(p)) notTriggers.push(p);
    else if (head === 'cue' && second && p.section.length === 2) cueLists.set(second, [...(cueLists.get(second) ?? []), p]);
    else if (head === 'mode' && second && TYPES.has(second) && third) modeCues.push(p);
    else if (head && TYPES.has(head) && p.section.length <= 2) triggers.push(p);
    else throw invalid(p, `unknown section [${p.section.join(' ')}]: expected [TYPE], [TYPE mode], [mode TYPE mode …], [cue NAME] or [not]`);
  }
  for (const p of triggers) {
    for (const c of p.conditions) if (!cueLists.has(c)) throw invalid(p, `@${c} names no [cue ${c}] section`);
  }

  const modality: Pattern[] = [];
  const notModality: Pattern[] = [];
  for (const p of parsePatternList(sources.modality.content, sources.modality.source)) {
    if (isNot(p)) notModality.push(p);
    else if (MODALITY_SECTIONS.has(p.section.join(' '))) modality.push(p);
    else throw invalid(p, `unknown section [${p.section.join(' ')}]: expected one of ${[...MODALITY_SECTIONS].map((s) => `[${s}]`).join(', ')} or [not]`);
  }

  const contexts = parsePatternList(sources.contexts.content, sources.contexts.source);
  for (const p of contexts) {
    if (p.section.length !== 1 || !CONTEXT_SET.has(p.section[0] as string)) throw invalid(p, `[${p.section.join(' ')}] is not a PLOVER context`);
  }

  const counts = parsePatternList(sources.counts.content, sources.counts.source);
  for (const p of counts) {
    if (!/^(dead|injured|arrested) (before|after)$/.test(p.section.join(' '))) throw invalid(p, `[${p.section.join(' ')}] is not [dead|injured|arrested before|after]`);
  }

  const lexicon = {
    triggers: new PatternIndex(triggers),
    modeCues: new PatternIndex(modeCues),
    cues: new Map([...cueLists].map(([name, list]) => [name, new PatternIndex(list)])),
    notTriggers: new PatternIndex(notTriggers),
    modality: new PatternIndex(modality),
    notModality: new PatternIndex(notModality),
    contexts: new PatternIndex(contexts),
    counts: new PatternIndex(counts),
  };
  const roleOf = new Map<Pattern, ListRole>();
  const roles: [ListRole, PatternIndex][] = [
    ['triggers', lexicon.triggers],
    ['modeCues', lexicon.modeCues],
    ['notTriggers', lexicon.notTriggers],
    ['modality', lexicon.modality],
    ['notModality', lexicon.notModality],
    ['contexts', lexicon.contexts],
    ['counts', lexicon.counts],
    ...[...lexicon.cues].map(([name, index]): [ListRole, PatternIndex] => [`cue:${name}`, index]),
  ];
  for (const [role, index] of roles) for (const p of index.patterns) roleOf.set(p, role);
  const all = new PatternIndex([...roleOf.keys()]);
  const vocabulary = new Set(all.words());
  return { ...lexicon, vocabulary, known, all, roleOf };
}

function read(path: string): { content: string; source: string } {
  try {
    return { content: readFileSync(path, 'utf8'), source: path };
  } catch (error) {
    throw new DataError(`cannot read the event lexicon ${path}`, 'check the path; the lists ship in data/lexicon', { cause: error });
  }
}


/** Loads the lists from a folder holding triggers.txt, modality.txt, contexts.txt and counts.txt. */
export function loadEventLexicon(folder: string = lexiconFolder(), known: WordLookup | null = loadDefaultLexicon()): EventLexicon {
  return buildEventLexicon({
    triggers: read(join(folder, 'triggers.txt')),
    modality: read(join(folder, 'modality.txt')),
    contexts: read(join(folder, 'contexts.txt')),
    counts: read(join(folder, 'counts.txt')),
  }, known);
}

let cached: EventLexicon | undefined;

/** The event lexicon Marsad ships, loaded once per process. */
export function loadDefaultEventLexicon(): EventLexicon {
  cached ??= loadEventLexicon();
  return cached;
}
