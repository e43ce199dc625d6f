import { normalizeWord } from './normalize.js';

/**
 * The regular inflections of an event noun (a masdar such as هجوم, غارة, اعتصام) in unvowelled, normalized
 * spelling, so lexicons list a noun once: the indefinite accusative with its written alif (هجوماً → هجوما),
 * the dual (هجومين, غارتين) and, for nouns in ة, the sound feminine plural (غارات). Broken plurals (هجمات)
 * are irregular and listed by hand. Clitics and the article are the segmenter's job.
 */
export function declineNoun(noun: string): string[] {
  const base = normalizeWord(noun);
  const forms = [base];
  const last = base[base.length - 1] ?? '';
  if (last === 'ه') {
    const stem = base.slice(0, -1);
    forms.push(stem + 'تان', stem + 'تين', stem + 'ات');
  } else if (last !== 'ا' && last !== 'ي' && last !== 'و' && last !== 'ء') {
    forms.push(base + 'ا', base + 'ان', base + 'ين');
  }
  return forms;
}
