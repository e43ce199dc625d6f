import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { buildEventLexicon, loadDefaultEventLexicon } from '../lexicon/events.js';
import { clauseIndex } from './clauses.js';
import { tokenForms } from './patterns.js';
import { matchLexicon } from './lexicon-matches.js';
import { findTriggers } from './triggers.js';

const lexicon = loadDefaultEventLexicon();

function triggers(text: string) {
  const tokens = tokenize(text);
  return findTriggers(text, tokens, clauseIndex(tokens), matchLexicon(tokens, tokenForms(tokens, lexicon.vocabulary, lexicon.known ?? undefined), lexicon), lexicon);
}

function brief(text: string): string[] {
  return triggers(text).map((t) => `${t.type}${t.mode ? '/' + t.mode : ''} ${t.surface}`);
}

describe('findTriggers', () => {
  it.each([
    // Verbs in every person, tense and with clitics.
    ['وسيطرت قوات الجيش على المدينة بعد معارك عنيفة', ['COERCE/seize وسيطرت', 'ASSAULT معارك']],
    ['يسيطرون الآن على المطار وستسيطر القوات على الميناء قريبا', ['COERCE/seize يسيطرون', 'COERCE/seize وستسيطر']],
    ['قالت الحكومة إن المسلحين قصفوها بالصواريخ', ['ASSAULT/heavy-weapons قصفوها']],
    ['اعتقلت الشرطة خمسة مطلوبين وتم اعتقال آخرين', ['COERCE/arrest اعتقلت', 'COERCE/arrest اعتقال']],
    // Passive and light-verb constructions.
    ['قُصفت المدينة بالمدفعية الثقيلة', ['ASSAULT/heavy-weapons قُصفت']],
    ['جرى اعتقال ثلاثة ناشطين في بنغازي', ['COERCE/arrest اعتقال']],
    ['شن الطيران الحربي غارات على مواقع التنظيم', ['ASSAULT/aerial غارات']],
    // The masdar with its arguments.
    ['أعلن الجيش السيطرة على مطار معيتيقة من قبل اللواء السابع', ['COERCE/seize السيطرة على']],
    // Multi-word patterns with gaps; the longest match wins.
    ['أطلق مسلحون مجهولون النار على دورية للشرطة', ['ASSAULT/firearms أطلق مسلحون مجهولون النار']],
    ['أعلنت الأطراف وقف إطلاق النار في المدينة', ['RETREAT/ceasefire وقف إطلاق النار']],
    ['فجر انتحاري نفسه في سوق شعبي', ['ASSAULT/suicide-attack فجر انتحاري نفسه']],
    ['أفرجت السلطات عن عشرين معتقلا', ['RETREAT/release أفرجت']],
    // Mode from the clause: drones refine an air raid.
    ['قصفت طائرات مسيرة تابعة للحوثيين مطار أبها', ['ASSAULT/drone قصفت']],
    ['قصفت المقاتلات مواقع المتمردين', ['ASSAULT/aerial قصفت']],
    // Conditions: خرج is a protest only where a crowd is named.
    ['خرج آلاف المحتجين إلى الشوارع في الخرطوم', ['PROTEST/demo خرج']],
    ['خرج الوزير من الاجتماع غاضبا', ['CONSULT الاجتماع']],
    // Look-alikes: dawn, drones, the Popular Mobilization Forces, organisation names.
    ['وصلت القافلة فجر الخميس إلى المدينة', []],
    ['أعلنت قوات الحشد الشعبي مقتل ثلاثة من عناصرها', ['ASSAULT مقتل']],
    ['عقد مجلس التعاون الخليجي قمة في الرياض', ['CONSULT/multilateral قمة']],
    // Verbal events.
    ['دعا الأمين العام إلى ضبط النفس', ['REQUEST دعا']],
    ['هدد الحوثيون باستهداف السفن في البحر الأحمر', ['THREATEN هدد', 'ASSAULT باستهداف']],
    ['أدانت الخارجية التركية الهجوم على السفارة', ['ACCUSE/disapprove أدانت', 'ASSAULT الهجوم']],
    ['رحبت الجامعة العربية بالاتفاق بين الطرفين', ['SUPPORT رحبت', 'AGREE بالاتفاق']],
    ['استقبل الرئيس وزير الخارجية الروسي في زيارة رسمية', ['CONSULT استقبل', 'CONSULT/visit زيارة']],
    ['فرضت واشنطن عقوبات جديدة على طهران', ['SANCTION عقوبات']],
    ['نشر الجيش قوات إضافية على الحدود', ['MOBILIZE/troops نشر الجيش قوات']],
    ['أضرب عمال الميناء عن العمل', ['PROTEST/strike أضرب عمال الميناء عن العمل']],
    // Sense filter: the same words outside politics ([cue off-TYPE]), anywhere in the sentence.
    ['سقط 19 قتيلا بتصادم حافلتين على طريق الرياض', []],
    ['مقتل أربعة أشخاص وإصابة ستة آخرين في حادث مروري شمال جدة', []],
    ['شن الهلال هجوما قويا في الشوط الثاني من المباراة', []],
    ['استقبل ميناء جدة الإسلامي 12 سفينة محملة بالبضائع', []],
    ['عقد وزير الداخلية مؤتمرا صحفيا في بغداد', []],
    // …but not a patrol (دورية is no league) nor an attack with no such word.
    ['قتل ثلاثة جنود في هجوم على دورية للجيش قرب الحدود', ['ASSAULT قتل', 'ASSAULT هجوم']],
    ['قصفت الطائرات مطار صنعاء الدولي', ['ASSAULT/aerial قصفت']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('reports offsets into the original text, diacritics and clitics included', () => {
    const text = 'وَقَصَفَتْ الطائراتُ المطارَ';
    const [t] = triggers(text);
    expect(t).toBeDefined();
    expect(text.slice(t!.start, t!.end)).toBe('وَقَصَفَتْ');
    expect(t!.tense).toBe('past');
  });

  it('marks the future prefix of an imperfect verb', () => {
    expect(triggers('وستقصف الطائرات المواقع')[0]?.futurePrefix).toBe(true);
    expect(triggers('وتقصف الطائرات المواقع')[0]?.futurePrefix).toBe(false);
  });

  it('checks section headers and conditions when building', () => {
    const sources = (triggers: string) => ({
      triggers: { content: triggers, source: 't.txt' },
      modality: { content: '', source: 'm.txt' },
      contexts: { content: '', source: 'c.txt' },
      counts: { content: '', source: 'n.txt' },
    });
    expect(() => buildEventLexicon(sources('[ATTACK]\n+هاجم\n'))).toThrow(/t.txt:2/);
    expect(() => buildEventLexicon(sources('[PROTEST]\n+خرج @crowd\n'))).toThrow(/@crowd/);
    expect(buildEventLexicon(sources('[PROTEST demo]\n+تظاهر | مظاهرة\n!مظاهرة\n')).triggers.patterns).toHaveLength(1);
  });
});
