import { Lexicon, parseWordList } from '../../lexicon/index.js';
import { nerResources } from './resources.js';
import type { TaggedSentence } from './train.js';

/**
 * A small world for tests: 40 sentences in which who, where and which organisation follow from the words around
 * them. Every name occurs once or twice, so a tagger must learn the contexts rather than the names.
 */
const list = (text: string, source: string) => new Lexicon(parseWordList(text, source));
const lexicon = list('وزير\nمدينة\nشركة\nقال\nأعلنت', 'words.txt');
export const resources = nerResources(lexicon, {
  names: list('القاهرة\nبغداد\nالأمم المتحدة', 'names.txt').entries,
  givenNames: list('محمد\nخالد', 'given-names.txt').entries,
  titles: list('الرئيس\nوزير الخارجية', 'titles.txt').entries,
  people: ['نبيل فهمي'],
  organisations: ['حركة حماس'],
});

/** Tags written inline: `word/TAG`, O when no tag is given. */
export function sentence(text: string): TaggedSentence {
  const pairs = text.split(' ').map((item) => item.split('/'));
  return { tokens: pairs.map(([word]) => word ?? ''), tags: pairs.map(([, tag]) => tag ?? 'O') };
}

const people = ['محمد عباس', 'خالد مشعل', 'سامي الحلو', 'نبيل فهمي', 'عمرو موسى', 'هشام قنديل', 'فايز السراج', 'حيدر العبادي', 'نوري المالكي', 'علي صالح'];
export const places = ['القاهرة', 'بغداد', 'دمشق', 'عمان', 'الرباط', 'تونس', 'طرابلس', 'بنغازي', 'الموصل', 'حلب'];
const companies = ['أرامكو', 'سابك', 'توتال', 'شل', 'سامسونغ', 'تويوتا', 'نستله', 'سيمنس', 'إريكسون', 'نوكيا'];
const tagged = (words: string, type: string) => words.split(' ').map((w, i) => `${w}/${i === 0 ? 'B' : 'I'}-${type}`).join(' ');
export const training = people.flatMap((person, i) => {
  const [p, q, c] = [tagged(person, 'PERS'), tagged(places[i] ?? '', 'LOC'), tagged(`شركة ${companies[i]}`, 'ORG')];
  const other = tagged(places[(i + 3) % places.length] ?? '', 'LOC');
  return [
    sentence(`قال الرئيس ${p} في مدينة ${q} إن الوضع صعب .`),
    sentence(`وصل وزير الخارجية ${p} إلى ${other} أمس .`),
    sentence(`أعلنت ${c} في ${other} عن اتفاق جديد .`),
    sentence(`وقع انفجار في مدينة ${q} صباح اليوم قرب مقر ${c} .`),
  ];
});

