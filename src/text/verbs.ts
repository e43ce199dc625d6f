import { normalizeWord } from './normalize.js';

/**
 * A small conjugation generator for regular Arabic verbs in unvowelled, normalized spelling.
 * Lexicons list a verb once, by its past third-person masculine singular (قصف, اعتقل, استهدف, سيطر),
 * and match every person and tense this generates; clitics (و, سـ, pronouns) are the segmenter's job.
 *
 * Without vowels the passive is spelt like the active (قُصف = قصف, يُعتقل = يعتقل), so the same forms
 * cover both voices.
 */

export type Tense = 'past' | 'present';

export interface VerbForm {
  form: string;
  tense: Tense;
}

export interface VerbSpec {
  /** Past, third person masculine singular: قصف, اعتقل, دعا. */
  past: string;
  /**
   * The imperfect third person masculine singular, for verbs whose stem the rules cannot derive:
   * hollow (زار → يزور), hamzated form II (أيد → يؤيد), form IV of a hollow root (أدان → يدين).
   */
  present?: string;
}

// Endings without a pronoun after them, and the shapes a suffix takes before one (قصفوا + ها → قصفوها).
const PAST_SUFFIXES = ['', 'ت', 'تا', 'وا', 'نا', 'تم', 'تن', 'ن', 'ا', 'تما', 'و', 'تمو'];
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const PRESENT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'وا', 'ا', 'ن', 'و', 'نا'];

const WEAK_FINAL = new Set(['ا', 'ي', 'و']);

/** The imperfect stem: forms IV, VII, VIII and X drop the initial ا (اعتقل → يعتقل, استهدف → يستهدف). */
export function presentStem(spec: VerbSpec): string {
  if (spec.present !== undefined) {
    const present = normalizeWord(spec.present);
    return PRESENT_PREFIXES.includes(present[0] ?? '') && present.length > 2 ? present.slice(1) : present;
  }
  const past = normalizeWord(spec.past);
  if (past.length >= 4 && past[0] === 'ا') return past.slice(1);
  // Defective form I: دعا → يدعو; رمى → يرمي keeps its ي.
  if (past.length === 3 && past.endsWith('ا')) return past.slice(0, -1) + 'و';
  return past;
}

function pastForms(past: string): string[] {
  const last = past[past.length - 1] ?? '';
  if (past.length >= 3 && (last === 'ا' || last === 'ي')) {
    // Defective: دعا دعت دعوا دعوت; نفى نفت نفوا نفيت.
    const root = past.slice(0, -1);
    const glide = last === 'ا' ? 'و' : 'ي';
    return [past, root + 'ت', root + 'تا', root + 'وا', root + 'و', ...['ت', 'نا', 'تم', 'تن'].map((s) => root + glide + s)];
  }
  return PAST_SUFFIXES.map((s) => past + s);
}

function presentForms(stem: string): string[] {
  const last = stem[stem.length - 1] ?? '';
  const endings = WEAK_FINAL.has(last)
    ? // Defective: يدعو يدعون يدعوا تدعين يدعوان.
      ['', 'ان', 'ا'].map((s) => stem + s).concat(['ون', 'وا', 'ين', 'ن', 'و'].map((s) => stem.slice(0, -1) + s))
    : PRESENT_SUFFIXES.map((s) => stem + s);
  const out: string[] = [];
  for (const p of PRESENT_PREFIXES) for (const e of endings) out.push(p + e);
  return out;
}

/** A hollow verb's long vowel before its last letter turns ي in the passive past: قال قيل, اغتال اغتيل, أصاب أصيب. */
function hollowPassive(past: string): string | null {
  return past.length >= 3 && past[past.length - 2] === 'ا' ? past.slice(0, -2) + 'ي' + past.slice(-1) : null;
}

/** Every inflected form of a verb, each once (a form both past and present is reported as past). */
export function conjugate(spec: VerbSpec): VerbForm[] {
  const past = normalizeWord(spec.past);
  const seen = new Set<string>();
  const out: VerbForm[] = [];
  const add = (form: string, tense: Tense) => {
    if (form.length < 2 || seen.has(form)) return;
    seen.add(form);
    out.push({ form, tense });
  };
  for (const f of pastForms(past)) add(f, 'past');
  const passive = hollowPassive(past);
  if (passive) for (const f of pastForms(passive)) add(f, 'past');
  for (const f of presentForms(presentStem(spec))) add(f, 'present');
  return out;
}
