import { ARTICLE } from './names.js';

/**
 * Nisba adjectives (ليبي «Libyan», from ليبيا) point at a country: القوات الليبية, وزير الخارجية التركي.
 * Most are formed regularly from the country's name; the irregular ones (أمريكي, بريطاني, إماراتي, نمساوي…)
 * are listed in data/gazetteer/nisba.txt. Everything here works on normalized keys (ة is ه).
 */

/** Shorter bases are ordinary words too often (a generated «عمي» would be «my uncle»). */
const MIN_BASE_LETTERS = 4;

/**
 * The masculine singular nisba of a one-word country name when Arabic forms it regularly:
 * -يا and -يه drop to -ي (ليبيا → ليبي, السعوديه → سعودي), a final -ا becomes -ي (فرنسا → فرنسي), other
 * endings take -ي (مصر → مصري, السودان → سوداني). Names ending in -ي or -و (مالي, توغو) form none: the
 * adjective would equal the name or is irregular.
 */
export function regularNisba(countryKey: string): string | null {
  if (countryKey.includes(' ')) return null;
  const name = countryKey.startsWith(ARTICLE) ? countryKey.slice(ARTICLE.length) : countryKey;
  let base: string;
  if (name.endsWith('يا') || name.endsWith('يه')) base = name.slice(0, -1);
  else if (name.endsWith('ا')) base = `${name.slice(0, -1)}ي`;
  else if (name.endsWith('ي') || name.endsWith('و') || name.endsWith('ه')) return null;
  else base = `${name}ي`;
  return base.length >= MIN_BASE_LETTERS ? base : null;
}

/** Masculine, feminine (ة written ه), plurals: ليبي ليبيه ليبيون ليبيين ليبيات. */
const SUFFIXES = ['', 'ه', 'ون', 'ين', 'ات'];

/**
 * Every inflected form of a nisba, with and without the article. A two-word nisba (كوري شمالي) agrees
 * word by word: الكوريه الشماليه.
 */
export function nisbaForms(base: string): string[] {
  const words = base.split(' ');
  const forms: string[] = [];
  for (const suffix of SUFFIXES) {
    for (const article of ['', ARTICLE]) forms.push(words.map((w) => article + w + suffix).join(' '));
  }
  return forms;
}
