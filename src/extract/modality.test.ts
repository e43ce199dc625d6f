import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { loadDefaultEventLexicon } from '../lexicon/events.js';
import { clauseIndex } from './clauses.js';
import { assignModality } from './modality.js';
import { tokenForms } from './patterns.js';
import { matchLexicon } from './lexicon-matches.js';
import { findTriggers } from './triggers.js';

const lexicon = loadDefaultEventLexicon();

/** Each trigger as "TYPE surface: modality". */
function modalities(text: string): string[] {
  const tokens = tokenize(text);
  const matches = matchLexicon(tokens, tokenForms(tokens, lexicon.vocabulary, lexicon.known ?? undefined), lexicon);
  const clauses = clauseIndex(tokens);
  const triggers = findTriggers(text, tokens, clauses, matches, lexicon);
  const readings = assignModality(triggers, tokens, clauses, matches);
  return triggers.map((t, i) => `${t.type} ${t.surface}: ${readings[i]?.modality}`);
}

describe('assignModality', () => {
  it.each([
    // asserted
    ['قصفت الطائرات مواقع المسلحين في درنة', ['ASSAULT قصفت: asserted']],
    ['قد قصفت الطائرات المواقع ليلا', ['ASSAULT قصفت: asserted']], // قد + past: "has", asserted
    // future: the prefix سـ, سوف, and cues of readiness and intent that scope over their clause
    ['ستنسحب القوات من المدينة الأسبوع المقبل', ['RETREAT ستنسحب: future']],
    ['سوف تفرض الحكومة حظر التجول', ['COERCE تفرض الحكومة حظر التجول: future']],
    ['تعتزم الحكومة فرض عقوبات على الشركات', ['SANCTION عقوبات: future']],
    ['من المقرر أن تبدأ المحادثات يوم الأحد', ['CONSULT المحادثات: future']],
    // The acceptance construction: readiness is asserted, the strike it prepares is not.
    ['الطائرات على أهبة الاستعداد لقصف مواقع المتمردين', ['MOBILIZE أهبة الاستعداد: asserted', 'ASSAULT لقصف: future']],
    ['تتأهب القوات لشن هجوم على المدينة', ['MOBILIZE تتأهب: asserted', 'ASSAULT هجوم: future']],
    // hypothetical
    ['قد يشن الجيش هجوما على المدينة', ['ASSAULT هجوما: hypothetical']],
    ['ربما قصفت الطائرات القافلة عن طريق الخطأ', ['ASSAULT قصفت: hypothetical']],
    ['في حال تم اعتقال المتهمين ستتم محاكمتهم', ['COERCE اعتقال: hypothetical']],
    ['حذر المسؤولون من هجوم محتمل على العاصمة', ['ASSAULT هجوم: hypothetical']],
    // negated
    ['لم تقصف الطائرات المستشفى', ['ASSAULT تقصف: negated']],
    ['لم يتم اعتقال أي شخص حتى الآن', ['COERCE اعتقال: negated']],
    ['لن تنسحب القوات من المنطقة', ['RETREAT تنسحب: negated']],
    ['نفى الجيش قصف المستشفى في المدينة', ['ASSAULT قصف: negated']],
    ['لا تزال المعارك مستمرة في الضواحي', ['ASSAULT المعارك: asserted']], // لا تزال = still
    // reported: unnamed sources, anywhere in the sentence
    ['قالت مصادر محلية إن مسلحين اختطفوا ثلاثة مهندسين', ['ASSAULT اختطفوا: reported']],
    ['اختطف مسلحون ثلاثة مهندسين بحسب مصادر أمنية', ['ASSAULT اختطف: reported']],
    ['ترددت أنباء عن انسحاب القوات من المطار', ['RETREAT انسحاب: reported']],
    ['أعلن مصدر في قيادة العمليات أن الطيران قصف مواقع التنظيم', ['ASSAULT قصف: reported']],
    ['قال مسؤول في مطار عدن إن مسلحين اقتحموا صالة المسافرين', ['ASSAULT اقتحموا: reported']],
    ['واعتقلت الشرطة خمسة أشخاص، بحسب مسؤول أمني لم يكشف عن اسمه', ['COERCE واعتقلت: reported']],
    ['أوضحت مصادر أمنية أن انفجارا وقع قرب السفارة', ['ASSAULT انفجارا: reported']],
    // a named official or an institution speaks for itself
    ['قال وزير الداخلية إن الشرطة اعتقلت خمسة مطلوبين', ['COERCE اعتقلت: asserted']],
    ['أعلنت وزارة الدفاع أن الطيران قصف مواقع التنظيم', ['ASSAULT قصف: asserted']],
    // governed complements: a request, a threat or a refusal is not the event it names
    ['دعا المبعوث الأممي إلى وقف إطلاق النار', ['REQUEST دعا: asserted', 'RETREAT وقف إطلاق النار: hypothetical']],
    ['هدد الجيش بقصف مواقع المسلحين', ['THREATEN هدد: asserted', 'ASSAULT بقصف: future']],
    ['رفضت الحكومة الانسحاب من المفاوضات', ['REJECT رفضت: asserted', 'RETREAT الانسحاب: negated', 'CONSULT المفاوضات: negated']],
    // scope ends with the clause
    ['قصفت الطائرات المدينة، فيما تستعد القوات لشن هجوم بري', ['ASSAULT قصفت: asserted', 'MOBILIZE تستعد: asserted', 'ASSAULT هجوم: future']],
  ])('%s', (text, expected) => {
    expect(modalities(text)).toEqual(expected);
  });
});
