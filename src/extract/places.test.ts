import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../lexicon/gazetteer/test-gazetteer.test-util.js';
import { analyzeText } from '../text/index.js';
import { recognizePlaces, type Toponym } from './places.js';

const gazetteer = testGazetteer();

function recognize(text: string): Toponym[] {
  return recognizePlaces(analyzeText(text, gazetteer.words).tokens, text, gazetteer);
}

/** A toponym as the tests read it: surface, kind, the kinds of cue before it, the nisba after it. */
function summary(t: Toponym): string {
  const cues = t.cues.map((c) => (c.role.kind === 'type' ? `type:${c.role.type}` : c.role.kind === 'direction' ? `dir:${c.role.direction}` : c.role.kind));
  return [t.surface, t.kind, ...cues, ...t.nisba.map((n) => `nisba:${n}`)].join(' ');
}

describe('recognizePlaces', () => {
  const rows: [string, string, string[]][] = [
    ['a preposition is an "at" cue', 'وصل الوفد إلى سرت.', ['سرت place at']],
    ['the clitic ب stands for في and is left out of the span', 'اجتمعوا بمصراتة.', ['مصراتة place']],
    ['a chain of cues, nearest first', 'قصف في مدينة سرت.', ['سرت place type:city at']],
    ['a direction', 'اشتباكات شرق سرت.', ['سرت place dir:E']],
    ['«near»', 'انفجار بالقرب من سرت.', ['سرت place near']],
    ['a nisba after the name is read with it', 'في جنيف السويسرية.', ['جنيف place at nisba:CH']],
    ['a nisba between the type word and the name', 'العاصمة اللبنانية طرابلس.', ['طرابلس place type:city nisba:LB']],
    ['a nationality adjective alone', 'البحرية الفرنسية.', ['الفرنسية adjective']],
    ['the longest name wins', 'وصل إلى قاعدة الجفرة الجوية.', ['قاعدة الجفرة الجوية place at']],
    ['a type word before a name is a cue, not the name of a town', 'سيطروا على مدينة الباب.', ['الباب place type:city']],
    ['an ordinary word needs a type word: a preposition is not enough', 'عاد إلى الباب.', []],
    ['metonymy: a capital as the subject of a verb of policy, in agreement', 'موسكو تدعو إلى التهدئة.', ['موسكو metonym']],
    ['after a clause word too', 'وقالت إن موسكو تدعو إلى التهدئة.', ['موسكو metonym']],
    ['…and with a negation before its verb', 'موسكو لا تدعو إلى التصعيد.', ['موسكو metonym']],
    ['…a future negation too', 'وقالت إن موسكو لن تدعو إلى التصعيد.', ['موسكو metonym']],
    ['a negation before a verb that does not agree: a place', 'في موسكو لا يدعو أحد إلى التصعيد.', ['موسكو place at']],
    ['a policy verb of the event triggers (اتفق), and a state joined to the metonym by و', 'واتفقت تركيا وروسيا على وقف إطلاق النار.', ['تركيا metonym', 'روسيا metonym']],
    ['…the verb before, with an object pronoun (أبرمته)', 'الاتفاق الذي أبرمته أنقرة مع الوفد.', ['أنقرة metonym']],
    ['a noun of policy in construct (اتفاق موسكو)', 'رحب الوزير باتفاق موسكو الأخير.', ['موسكو metonym']],
    ['…a governor of the own list (رد أنقرة)', 'جاء رد أنقرة سريعا.', ['أنقرة metonym']],
    ['…through من right after it (طلب من مصر)', 'أوقف بناء على طلب من مصر.', ['مصر metonym at']],
    ['a policy noun a few words before مع (الاتفاق النووي مع روسيا)', 'أحيل الاتفاق النووي مع روسيا إلى البرلمان.', ['روسيا metonym']],
    ['…before بين, the second party joined by و', 'الاتفاقات الموقعة بين مصر وتركيا.', ['مصر metonym', 'تركيا metonym']],
    ['a meeting noun is no governor: talks are held at the place', 'انطلقت محادثات موسكو أمس.', ['موسكو place']],
    ['an act of material conflict is no policy: the geoparser keeps the place', 'قصفت تركيا مواقع في سوريا.', ['تركيا place', 'سوريا place at']],
    ['a policy noun then a preposition of place: a place', 'وقع الاتفاق في موسكو.', ['موسكو place at']],
    ['places joined by و stay places', 'في تركيا وروسيا.', ['تركيا place at', 'روسيا place']],
    ['a town is no government', 'رحب الوزير باتفاق مصراتة.', ['مصراتة place']],
    ['the object of a verb of policy, its subject between, what is asked after (بـ)', 'ودعا الوزير موسكو بضرورة التهدئة.', ['موسكو metonym']],
    ['…or after إلى', 'ودعا الوزير أنقرة إلى التهدئة.', ['أنقرة metonym']],
    ['…but with nothing asked of it, a place', 'ودعا الوزير أنقرة أمس.', ['أنقرة place']],
    ['…nor after a preposition before it', 'ودعا الوزير في أنقرة إلى التهدئة.', ['أنقرة place at']],
    ['an unknown word after a singular settlement cue is an unresolved name', 'قصف بلدة سوروتش.', ['سوروتش place type:town']],
    ['…two words when the first begins names', 'قصف بلدة تل مرقان.', ['تل مرقان place type:town']],
    ['…but not after a plural cue', 'في مدن ومحافظات عدة.', []],
    ['…a plural the singular cue also matches by inflection (بلدات) is plural all the same', 'قصفت أربع بلدات كفرنبودة.', []],
    ['…and مناطق is the plural of منطقة', 'عمل مصورا في مناطق نزاع عدة.', []],
    ['…nor a feminine participle, an adjective by its shape: مفاعلة', 'قصفت مدينة محاصرة شمال سرت.', ['سرت place dir:N']],
    ['…مفعولة', 'عثروا على قرية مهجورة قرب سرت.', ['سرت place near']],
    ['…مفعّلة', 'دخلوا بلدة مدمرة.', []],
    ['…a derived stem (مت‑)', 'في مدينة متنازعة.', []],
    ['…a long vowel among the root letters is no participle: a town', 'قصف بلدة مليتة.', ['مليتة place type:town']],
    ['a name of the names list the gazetteer lacks, after a settlement word', 'قصفت بلدة الفوعة.', ['الفوعة place type:town']],
    ['a dual cue word: both names after it, the second joined by و', 'سقطت قذائف على بلدتي الفوعة وكفريا أمس.', ['الفوعة place type:town', 'كفريا place type:town']],
    ['…after a known first name too', 'سقطت قذائف على بلدتي سرت وكفرنبودة.', ['سرت place type:town', 'كفرنبودة place type:town']],
    ['…but not an adjective joined by و', 'على بلدتي كفرنبودة ومحاصرة.', ['كفرنبودة place type:town']],
    ['…nor a name joined by و after a singular cue word', 'قصف بلدة سوروتش وكفرنبودة.', ['سوروتش place type:town']],
    ['a word the lists know after a settlement word, when the text says where it lies (بلدة سروج التركية)', 'انفجار في بلدة وفد السودانية.', ['وفد place type:town at nisba:SD']],
    ['…or a direction after it', 'انفجار ببلدة وفد شرق سرت.', ['وفد place type:town', 'سرت place dir:E']],
    ['…not without', 'انفجار في بلدة وفد أمس.', []],
    ['…nor a word ending in -ية (an adjective)', 'قصف بلدة الحمراوية.', []],
    ['a facility the gazetteer lacks, named after its cue word (the cue word in the name, its clitic out)', 'انفجار بمسجد الإمام الصادق.', ['مسجد الإمام الصادق place type:site']],
    ['…an unknown word after a port', 'استقبل ميناء الزيتيات السفينة.', ['ميناء الزيتيات place type:port']],
    ['…a known bare word with a relative adjective agreeing with the cue', 'في قاعدة وفد الجوية.', ['قاعدة وفد الجوية place type:base at']],
    ['…a number', 'سيطروا على معسكر 21 أمس.', ['معسكر 21 place type:base']],
    ['…any word with the article after a street', 'في شارع الحرية.', ['شارع الحرية place type:road at']],
    ['…but a known indefinite word is a common noun (قاعدة بيانات)', 'أنشأ قاعدة بيانات جديدة.', []],
    ['…and a known definite word after a facility other than a street is no name', 'قصفوا مسجد الوفد أمس.', []],
    ['…even with a relative adjective: a description (مجمع الشركة النفطية)', 'في قاعدة الوفد الجوية.', []],
    ['…and «عن طريق» is «by way of»', 'وصل عن طريق البحر.', []],
    ['…nor after a definite cue word', 'خرجوا إلى الشارع العربي.', []],
    ['a feminine adjective after a settlement word is no name, even one the gazetteer knows (مدينة جديدة)', 'في مدينة جديدة.', []],
    ['…but with the article it is a name (مدينة الجديدة)', 'في مدينة الجديدة.', ['الجديدة place type:city at']],
    ['after a plural settlement word too: an indefinite feminine adjective (بلدات محاصرة)…', 'قصفوا بلدات جديدة.', []],
    ['…but a definite name is its complement (بلدات الباب)', 'قصفوا بلدات الباب.', ['الباب place type:town']],
    ['an unknown word with the article after «منطقة»: areas are named so', 'في منطقة الصوابر شرق سرت.', ['الصوابر place type:region at', 'سرت place dir:E']],
    ['…and after «مدينة» (مدينة الصخيرات)', 'في مدينة الصوابر.', ['الصوابر place type:city at']],
    ['…but not a word the lists know', 'في مدينة الوفد.', []],
    ['an organisation hides the places in its name', 'الجامعة العربية.', []],
    ['a final hamza after alef may be left off: one key for both spellings', 'من صنعاء إلى صنعا.', ['صنعاء place at', 'صنعا place at']],
    ['a place abroad of the third tier needs a type word', 'في نادي الضباط.', []],
  ];

  it.each(rows)('%s', (_why, text, expected) => {
    expect(recognize(text).map(summary)).toEqual(expected);
  });

  it('gives offsets into the original text, diacritics and tatweel included', () => {
    const text = 'قصفٌ في مِصْراتـة أمس';
    const [t] = recognize(text);
    expect(t && text.slice(t.start, t.end)).toBe('مِصْراتـة');
    expect(t?.key).toBe('مصراته');
  });

  it('rates how much the context supports a place: a type word most, a notable place without cue less', () => {
    const [cued] = recognize('في مدينة مصراتة.');
    const [bare] = recognize('مصراتة هادئة.');
    expect(cued?.placeness).toBeGreaterThan(bare?.placeness ?? 1);
    expect(bare?.placeness).toBeGreaterThanOrEqual(0.5);
  });
});
