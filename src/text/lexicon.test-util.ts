import { normalizeWord } from './normalize.js';
import { WordTrie } from './trie.js';
import type { TextLexicon } from './types.js';

/** A small lexicon for the text layer's tests (the real one lives in src/lexicon, which src/text may not import). */
export const TEST_NAMES = [
  'بغداد', 'ليبيا', 'فرنسا', 'سوريا', 'لبنان', 'مصر', 'السودان', 'الخرطوم', 'مصراتة', 'بنغازي', 'البحرين', 'طرابلس',
  'الولايات المتحدة', 'الجامعة العربية', 'الأمم المتحدة', 'مجلس الأمن', 'الإمارات العربية المتحدة', 'دبي', 'عدن', 'صور',
  'هيت', 'نيس', 'أبها', 'بورسعيد|بور سعيد', 'خان يونس', 'تل أبيب',
];

export const TEST_WORDS = [
  'والي', 'وزير', 'وزارة', 'بيان', 'كتاب', 'سيطرة', 'سنة', 'بيت', 'مدينة', 'حكومة', 'يعلن', 'الخارجية', 'خارجية',
  'العربية', 'عربية', 'الجامعة', 'جامعة', 'المتحدة', 'الولايات', 'قتل', 'هجوم', 'في', 'من', 'إلى', 'على', 'قوات',
  'عندما', 'بعد', 'ما', 'عند', 'الذي', 'التي', 'إلغاء', 'ألمانيا', 'الله', 'مصري', 'مصرية', 'وصل', 'وفد', 'لقاء',
  'سلام', 'استقلال', 'الاحتلال', 'الاتصالات', 'أموال', 'قرار', 'رئيس', 'الرئيس', 'أعلن', 'اليوم', 'ألم', 'إلا',
  'أدبي', 'مطار', 'أنت', 'أب', 'حيال', 'ذلك', 'بذل', 'أن', 'هما', 'إليكم', 'آليات', 'كم', 'مع', 'شاطئ',
];

export function testLexicon(): TextLexicon {
  const names = new Set(TEST_NAMES.flatMap((entry) => entry.split('|')).map(normalizeWord));
  const known = new Set([...names, ...TEST_WORDS.map(normalizeWord)]);
  const trie = new WordTrie();
  for (const word of known) trie.add(word);
  return { has: (w) => known.has(w), isName: (w) => names.has(w), trie: trie.root };
}
