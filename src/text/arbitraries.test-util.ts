import fc from 'fast-check';

/** Pieces that stress the text layer: letters, clitics, diacritics, tatweel, digits, presentation forms, controls. */
const PIECES = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ة', 'ى', 'ي', 'و', 'ف', 'ل', 'ك', 'س', 'م', 'ن', 'ه', 'ر', 'ص', 'ع', 'ؤ', 'ئ', 'ء',
  'ال', 'وال', 'بال', 'لل', 'ها', 'هم', 'مصر', 'ليبيا', 'بغداد', 'الولايات', 'المتحدة', 'مصراتة', 'وزير', 'الخارجية',
  'َ', 'ُ', 'ِ', 'ّ', 'ْ', 'ً', 'ٌ', 'ٰ', 'ۖ', 'ـ',
  '٠', '٣', '٫', '٬', '۵', '0', '1', '5', '.', ',', '-', '/', ':', '%', '٪',
  '،', '؛', '؟', '!', '?', '«', '»', '(', ')', '"', '…', '...',
  'ﻻ', 'ﻷ', 'ﺑ', 'ﷺ', 'ﹰ', 'ﷲ',
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202B', '\u202C', '\u2067', '\u2069', '\uFEFF', '\u00AD',
  '😀', '👍🏽', '\uD83D', '\uDE00',
  'a', 'Z', 'U.S.', 'http://x.org/a', 'www.example.com', 'a@b.co', 'د.', 'ص.ب',
  ' ', ' ', '\n', '\t', '\r\n',
];

export function arabicish(): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 })
    .map((parts) => parts.join(''));
}
