import countries from 'i18n-iso-countries';
import { isRegionCode, type Sector } from '../core/index.js';
import { normalizeWord, type WordLookup } from '../text/index.js';

/**
 * Turns a PETRARCH-style actor dictionary (UniversalPetrarch's actor_dict_ar_v4.txt, agents.all.ar.txt) into
 * Marsad's actor list format (see docs/ACTORS.md), for users who have their own dictionaries.
 *
 * The input, as UniversalPetrarch writes it:
 *   نوري_المالكي_                      a key: UDPipe lemmas joined by `_`
 *   	[IRQGOV 20101221-20140908]      an indented coding: CAMEO code, then a date restriction
 *   حماس  [PSEREB > 19870101]         a key with its coding on the same line
 *   REFUGEE [~REF]لاجئين              an agent: English key, `~` sector code, Arabic after the bracket
 * A CAMEO code is a country (ISO alpha-3, or IGO, NGO, INT, IMG…) followed by 3-letter sector codes; a date
 * restriction is `FROM-TO`, `>FROM` or `<TO` as YYYYMMDD (a TO before its FROM is open-ended), `-` for none.
 *
 * What the conversion cannot know, it guesses and says so in the output: lemmas are not the words news writes
 * (وزارة_دفاع_أميركي_ stands for وزارة الدفاع الأميركية), so each key also gets its definite, agreeing form;
 * PETRARCH has no English names, so the key stands in; a key whose first word is a known given name is a person.
 */

export interface ImportedEntry {
  /** The line in our format, with a trailing comment naming the source line. */
  line: string;
  kind: 'actor' | 'agent';
}

export interface SkippedEntry {
  line: number;
  key: string;
  reason: string;
}

export interface PetrarchImport {
  entries: ImportedEntry[];
  skipped: SkippedEntry[];
}

/** CAMEO sector codes → PLOVER sectors. CAMEO's MED is the media; its HLH is health. */
const SECTOR_OF: Record<string, Sector> = {
  GOV: 'GOV',
  MIL: 'MIL',
  REB: 'REB',
  OPP: 'OPP',
  PTY: 'PTY',
  COP: 'COP',
  JUD: 'JUD',
  SPY: 'SPY',
  LEG: 'LEG',
  UAF: 'UAF',
  IMG: 'UAF',
  INS: 'REB',
  SEP: 'REB',
  MED: 'JRN',
  HLH: 'MED',
  EDU: 'EDU',
  BUS: 'BUS',
  MNC: 'BUS',
  CRM: 'CRM',
  CVL: 'CVL',
  HRI: 'CVL',
  DEV: 'CVL',
  ENV: 'CVL',
  SET: 'CVL',
  NGO: 'CVL',
  NGM: 'CVL',
  LAB: 'LAB',
  REF: 'REF',
  AGR: 'AGR',
  ELI: 'ELI',
  REL: 'REL',
  MOS: 'REL',
  MUS: 'REL',
  SUN: 'REL',
  SHI: 'REL',
  CHR: 'REL',
  CTH: 'REL',
  ORT: 'REL',
  JEW: 'REL',
  BUD: 'REL',
  HIN: 'REL',
};

/** Country-position codes that are not ISO: what they make of the actor. */
const PSEUDO_COUNTRY: Record<string, { kind: 'igo' | 'ngo' | 'organization'; sector: Sector | null }> = {
  IGO: { kind: 'igo', sector: 'GOV' },
  NGO: { kind: 'ngo', sector: 'CVL' },
  NGM: { kind: 'ngo', sector: 'CVL' },
  INT: { kind: 'organization', sector: null },
  IMG: { kind: 'organization', sector: 'UAF' },
  MNC: { kind: 'organization', sector: 'BUS' },
};
/** Kosovo: CAMEO's code, and the code Marsad uses (ISO has none). */
const KOSOVO = new Set(['KSV', 'KOS', 'XKX']);

interface Coding {
  country: string | null;
  sector: Sector;
  from: string | null;
  to: string | null;
  kind: 'igo' | 'ngo' | 'organization' | null;
  uncertain: boolean;
}

/** A CAMEO code with its date restriction; null when it names a place or nationality only, or nothing we know. */
function parseCode(raw: string): Coding | 'place' | null {
  const [code = '', ...rest] = raw.trim().split(/\s+/);
  const uncertain = code.includes('?');
  const letters = code.replace(/\?/g, '');
  if (!/^([A-Z]{3})+$/.test(letters)) return null;
  const chunks = letters.match(/.{3}/g) as string[];
  let country: string | null = null;
  let kind: Coding['kind'] = null;
  let sector: Sector | null = null;
  const head = chunks[0] as string;
  let at = 0;
  if (PSEUDO_COUNTRY[head]) {
    kind = PSEUDO_COUNTRY[head].kind === 'organization' ? null : PSEUDO_COUNTRY[head].kind;
    sector = PSEUDO_COUNTRY[head].sector;
    at = 1;
  } else if (KOSOVO.has(head)) {
    country = 'XK';
    at = 1;
  } else if (countries.isValid(head) && !SECTOR_OF[head]) {
    country = countries.alpha3ToAlpha2(head) ?? null;
    at = 1;
  } else if (isRegionCode(head)) {
    country = head;
    at = 1;
  }
  for (const chunk of chunks.slice(at)) {
    const s = SECTOR_OF[chunk];
    if (s) {
      // A PETRARCH code may stack sectors (LBNGOVLEG); PLOVER codes one: the first.
      sector = s;
      break;
    }
  }
  if (!sector) return at === chunks.length && country ? 'place' : null;
  const { from, to } = parseDates(rest.join(' '));
  return { country, sector, from, to, kind, uncertain };
}

function isoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function parseDates(text: string): { from: string | null; to: string | null } {
  const t = text.replace(/\s+/g, '');
  let m = /^(\d{8})-(\d{8})$/.exec(t);
  if (m) {
    const [, a, b] = m as unknown as [string, string, string];
    // PETRARCH files write an open end as an earlier date (…-18000101), and a placeholder as FROM-FROM.
    if (a === b) return { from: null, to: null };
    return { from: isoDate(a), to: b < a ? null : isoDate(b) };
  }
  m = /^>(\d{8})$/.exec(t);
  if (m) return { from: isoDate(m[1] as string), to: null };
  m = /^<(\d{8})$/.exec(t);
  if (m) return { from: null, to: isoDate(m[1] as string) };
  return { from: null, to: null };
}

/** Arabic letters and their marks, digits, `_` and `.`: anything else is a phrase that slipped in. */
const ARABIC_KEY = /^[\p{scx=Arabic}\d_. ]+$/u;
const MAX_WORDS = 8;
const CLITIC_LEMMAS = new Set(['ل', 'ب', 'و', 'ك']);
const PARTICLES = new Set(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'ضد']);

/** A lemma with the one-letter preposition lemmas written before it glued on as a prefix (ل_أمة → ل + أمة). */
interface Lemma {
  prefix: string;
  word: string;
}

function lemmas(key: string): Lemma[] {
  const words = key.split(/[_\s]+/).filter((w) => w !== '');
  let start = 0;
  // A clitic lemma at the start of a key (ل_اتحاد_الاوروبي_) belongs to the sentence it was cut from.
  while (start < words.length && CLITIC_LEMMAS.has(words[start] as string)) start++;
  const out: Lemma[] = [];
  let prefix = '';
  for (const word of words.slice(start)) {
    if (CLITIC_LEMMAS.has(word)) prefix += word;
    else {
      out.push({ prefix, word });
      prefix = '';
    }
  }
  return out;
}

function written(l: Lemma): string {
  return l.prefix + l.word;
}

/** The lemma with the article: ل before it swallows the article's alif (ل + أمة → للأمة). */
function definite(l: Lemma): string {
  if (l.word.startsWith('ال')) return written(l);
  return l.prefix.endsWith('ل') ? `${l.prefix}ل${l.word}` : `${l.prefix}ال${l.word}`;
}

/**
 * The forms news writes for a lemma key: as lemmatised, and with the later words made definite and nisba
 * adjectives agreeing with a feminine head (وزارة دفاع أميركي → وزارة الدفاع الأميركية); a noun followed by
 * a nisba also fully definite (جيش عراقي → الجيش العراقي). A person's name is kept as it is.
 */
export function surfaceForms(words: readonly Lemma[], person: boolean): string[] {
  const literal = words.map(written).join(' ');
  // After a preposition (قاعدة في بلد رافدان) the lemmas say too little about the words: keep them as they are.
  if (person || words.length < 2 || words.some((l) => PARTICLES.has(l.word))) return [literal];
  const head = words[0] as Lemma;
  const feminine = head.word.endsWith('ة');
  const agree = (l: Lemma): Lemma => (feminine && l.word.endsWith('ي') ? { ...l, word: `${l.word}ة` } : l);
  const rest = words.slice(1).map((l) => definite(agree(l)));
  const forms = [literal, [written(head), ...rest].join(' ')];
  if (!head.word.startsWith('ال') && !head.prefix && (words[1] as Lemma).word.endsWith('ي')) forms.push([definite(head), ...rest].join(' '));
  return [...new Set(forms)];
}

function codingText(c: Coding): string {
  const range = c.from || c.to ? ` ${c.from ?? ''}..${c.to ?? ''}` : '';
  return `${c.country ?? '-'} ${c.sector}${range}`;
}

interface PendingKey {
  key: string;
  line: number;
  codes: string[];
}

/** Converts a PETRARCH-style actor or agent dictionary; `givenNames` tells persons from organisations. */
export function importPetrarch(content: string, source: string, givenNames: WordLookup): PetrarchImport {
  const entries: ImportedEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const agentVariants = new Set<string>();
  // A key may be listed more than once (حماس is): its codings are merged into one actor.
  const keys = new Map<string, PendingKey>();
  let pending: PendingKey | null = null;

  const flush = (): void => {
    if (!pending) return;
    const seen = keys.get(pending.key);
    if (seen) seen.codes.push(...pending.codes);
    else keys.set(pending.key, pending);
    pending = null;
  };

  const lines = content.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const text = raw.replace(/#.*$/, '');
    if (text.trim() === '') return;
    if (/^\s+\[/.test(text) || /^\[/.test(text)) {
      if (pending) pending.codes.push(...bracketed(text));
      else skipped.push({ line: lineNo, key: '', reason: 'a coding with no key before it' });
      return;
    }
    flush();
    const agent = AGENT_LINE.exec(text);
    if (agent) {
      const key = agent[2] || agent[1] || '';
      convertAgent(key, (agent[3] ?? agent[4]) as string, (agent[5] as string).trim(), lineNo, source, agentVariants, entries, skipped);
      return;
    }
    const bracket = text.indexOf('[');
    const key = (bracket < 0 ? text : text.slice(0, bracket)).trim();
    pending = { key, line: lineNo, codes: bracket < 0 ? [] : bracketed(text.slice(bracket)) };
  });
  flush();
  for (const key of keys.values()) convertActor(key, source, givenNames, entries, skipped);
  return { entries, skipped };
}

/**
 * `KEY {PLURAL} [~CODE]arabic`: an English key (or, alone, a {plural} one), a `~` code (also written `CODE~`),
 * then the Arabic.
 */
const AGENT_LINE = /^\s*(?:\{([^}]*)\}\s*)?([A-Z0-9_.'!\- ]*?)\s*(?:\{[^}]*\}\s*)?\[(?:~([A-Z?]+)|([A-Z?]+)~)\]\s*(.*)$/;

function bracketed(text: string): string[] {
  return [...text.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] as string);
}

function convertActor(p: PendingKey, source: string, givenNames: WordLookup, entries: ImportedEntry[], skipped: SkippedEntry[]): void {
  const skip = (reason: string): void => void skipped.push({ line: p.line, key: p.key, reason });
  if (!ARABIC_KEY.test(p.key)) return skip('not an Arabic key of lemmas');
  const words = lemmas(p.key);
  if (words.length === 0 || words.length > MAX_WORDS) return skip('not an Arabic key of lemmas');
  if (p.codes.length === 0) return skip('no coding');
  const parsed = p.codes.map(parseCode);
  const codings = parsed.filter((c): c is Coding => c !== null && c !== 'place').filter((c, i, all) => all.findIndex((d) => codingText(d) === codingText(c)) === i);
  if (codings.length === 0) return skip(parsed.includes('place') ? 'a place or nationality, not an actor' : 'no code Marsad can read');
  // A given name first, or after a title (جنرال يحيى خان), makes a person.
  const person = words.slice(0, 2).some((l) => givenNames.has(normalizeWord(written(l))));
  const kind = person ? 'person' : (codings.find((c) => c.kind)?.kind ?? 'org');
  const forms = surfaceForms(words, person);
  const notes = [`${source}:${p.line}`];
  if (codings.some((c) => c.uncertain)) notes.push('marked uncertain (?) in the source');
  entries.push({
    kind: 'actor',
    line: `${forms.join(' | ')} = ${p.key.replace(/\s+/g, '_')} ; ${kind} ; ${codings.map(codingText).join(' ; ')}   # ${notes.join('; ')}`,
  });
}

function convertAgent(
  key: string,
  code: string,
  arabic: string,
  line: number,
  source: string,
  seen: Set<string>,
  entries: ImportedEntry[],
  skipped: SkippedEntry[],
): void {
  const head = code.replace(/\?/g, '').slice(0, 3);
  const sector = SECTOR_OF[head] ?? PSEUDO_COUNTRY[head]?.sector;
  const words = arabic.replace(/[^\p{scx=Arabic} ]|[،؛؟]/gu, ' ').trim().split(/\s+/).filter((w) => w !== '');
  if (!sector) return void skipped.push({ line, key, reason: `no PLOVER sector for ${code}` });
  if (words.length === 0) return void skipped.push({ line, key, reason: 'no Arabic text' });
  const variant = words.join(' ');
  // The dictionary matches generic words without their article: عامل المزرعة and عامل مزرعة are one entry.
  const norm = normalizeWord(variant)
    .split(' ')
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join(' ');
  if (seen.has(norm)) return void skipped.push({ line, key, reason: `"${variant}" is already imported as an agent` });
  seen.add(norm);
  const name = key.replace(/[_!]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() || 'agent';
  entries.push({ kind: 'agent', line: `${variant} = ${name} ; agent ; - ${sector}   # ${source}:${line}` });
}

/** The imported list as a file: a header saying where it came from and how to read it, then the entries. */
export function formatImport(result: PetrarchImport, source: string): string {
  const header = [
    `# Imported by \`marsad actors import\` from ${source}.`,
    '# Format: see docs/ACTORS.md. PETRARCH keys are lemmas: each entry also lists the definite, agreeing form news',
    '# writes; the English name is the PETRARCH key; a first word that is a known given name makes a person.',
    `# ${result.entries.length} entries; ${result.skipped.length} source entries skipped (places, nationalities, unreadable codes).`,
    '',
  ];
  return `${[...header, ...result.entries.map((e) => e.line)].join('\n')}\n`;
}
