import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActorInput, EventRecord, PlaceInput, TimeInput } from '../core/index.js';
import { splitSentences, tokenize } from '../text/index.js';
import { codeEvents } from './events.js';

/** The first occurrence of `surface` in `text` (after `after`, if given) as a span. */
function at(text: string, surface: string, after = ''): { start: number; end: number; surface: string } {
  const start = text.indexOf(surface, after ? text.indexOf(after) + after.length : 0);
  if (start < 0) throw new Error(`"${surface}" is not in the text`);
  return { start, end: start + surface.length, surface };
}

interface Case {
  text: string;
  publishedAt?: string;
  actors?: string[];
  places?: string[];
  adjectives?: string[];
  times?: [string, string, TimeInput['precision']][];
  focus?: string;
}

function code(c: Case): EventRecord[] {
  const { text } = c;
  const actors: ActorInput[] = (c.actors ?? []).map((s) => ({ ...at(text, s), actorId: s }));
  const places: PlaceInput[] = [
    ...(c.places ?? []).map((s): PlaceInput => ({ ...at(text, s), kind: 'place', countryCode: 'XX', lat: 1, lon: 2 })),
    ...(c.adjectives ?? []).map((s): PlaceInput => ({ ...at(text, s), kind: 'adjective', countryCode: 'TR' })),
  ];
  const times: TimeInput[] = (c.times ?? []).map(([s, value, precision]) => ({ ...at(text, s), value, precision }));
  const focus: PlaceInput | null = c.focus ? { start: 0, end: 0, surface: c.focus, kind: 'place', countryCode: 'LY' } : null;
  return codeEvents({
    docId: 'doc',
    text,
    publishedAt: c.publishedAt ?? '2025-05-05',
    tokens: tokenize(text),
    sentences: splitSentences(text),
    actors,
    places,
    times,
    focus,
  });
}

const names = (entities: { entity_text: string }[]) => entities.map((e) => e.entity_text);

describe('codeEvents: the acceptance sentence', () => {
  const text =
    'قالت مصادر إن طائرات مسيرة تابعة لقوات الدعم السريع قصفت أمس مطار بورتسودان، فيما تستعد القوات المسلحة السودانية لشن هجوم مضاد';
  const events = code({
    text,
    actors: ['قوات الدعم السريع', 'القوات المسلحة السودانية'],
    places: ['بورتسودان'],
    adjectives: ['السودانية'],
    times: [['أمس', '2025-05-04', 'day']],
  });
  const strike = events.find((e) => e.event_text === 'قصفت');

  it('codes a reported drone strike by the RSF on Port Sudan airport, yesterday', () => {
    expect(strike).toMatchObject({ event_type: 'ASSAULT', mode: 'drone', modality: 'reported', date: '2025-05-04', date_precision: 'day' });
    expect(names(strike!.actor)).toEqual(['قوات الدعم السريع']);
    expect(names(strike!.recipient)).toEqual(['مطار بورتسودان']);
    expect(strike!.event_loc).toMatchObject({ extracted_place: 'بورتسودان', precision: 'clause' });
  });

  it('codes the Sudanese Armed Forces mobilizing and a future, never asserted, counter-attack', () => {
    const others = events.filter((e) => e !== strike);
    expect(others.some((e) => (e.event_type === 'MOBILIZE' || e.event_type === 'ASSAULT') && names(e.actor).includes('القوات المسلحة السودانية'))).toBe(true);
    const counter = others.find((e) => e.event_type === 'ASSAULT');
    expect(counter?.modality).toBe('future');
    expect(events.filter((e) => e.event_type === 'ASSAULT' && e.modality === 'asserted')).toEqual([]);
    // A coming attack is not dated to yesterday.
    expect(counter?.date_precision).toBe('reported');
  });

  it('cuts every evidence span from the original text around its trigger', () => {
    for (const e of events) {
      expect(e.evidence.start).toBeLessThanOrEqual(e.evidence.trigger_start);
      expect(e.evidence.end).toBeGreaterThanOrEqual(e.evidence.trigger_end);
      expect(text.slice(e.evidence.start, e.evidence.end)).toContain(e.event_text);
    }
  });
});

describe('codeEvents: arguments', () => {
  it.each<[string, Case, string, string[], string[], string]>([
    // [name, case, trigger, actor, recipient, rule of the actor]
    ['VSO', { text: 'قصفت الطائرات الروسية مواقع المعارضة في إدلب', actors: ['الطائرات الروسية', 'المعارضة'] }, 'قصفت', ['الطائرات الروسية'], ['المعارضة'], 'vso'],
    ['SVO', { text: 'الجيش الليبي يسيطر على مدينة سرت', actors: ['الجيش الليبي'] }, 'يسيطر', ['الجيش الليبي'], ['مدينة سرت'], 'svo'],
    ['agent of a masdar', { text: 'أعلن مسؤول السيطرة على مطار طرابلس من قبل قوات الوفاق', actors: ['مسؤول', 'قوات الوفاق'] }, 'السيطرة على', ['قوات الوفاق'], [], 'agent'],
    ['agent of a passive', { text: 'اغتيل القيادي في الحركة على يد مسلحين مجهولين', actors: ['مسلحين مجهولين'] }, 'اغتيل', ['مسلحين مجهولين'], [], 'agent'],
    ['target after ضد', { text: 'شن تنظيم داعش هجوما ضد قوات البيشمركة', actors: ['تنظيم داعش', 'قوات البيشمركة'] }, 'هجوما', ['تنظيم داعش'], ['قوات البيشمركة'], 'clause-subject'],
    ['attacker genitive', { text: 'أسفر هجوم داعش على الجيش العراقي عن خسائر', actors: ['داعش', 'الجيش العراقي'] }, 'هجوم', ['داعش'], ['الجيش العراقي'], 'genitive'],
    ['victim genitive', { text: 'أدان الوزير اعتقال الصحفيين في القاهرة', actors: ['الوزير', 'الصحفيين'] }, 'اعتقال', ['الوزير'], ['الصحفيين'], 'clause-subject'],
    ['compound actor', { text: 'وقعت الحكومة والمعارضة اتفاقا في جنيف', actors: ['الحكومة', 'المعارضة'] }, 'وقعت', ['الحكومة', 'المعارضة'], [], 'vso'],
    ['carried subject', { text: 'هاجم مسلحون نقطة تفتيش، ثم اختطفوا ثلاثة جنود', actors: ['مسلحون'] }, 'اختطفوا', ['مسلحون'], ['ثلاثة جنود'], 'carried'],
    ['nearest, as a fallback', { text: 'وبحسب الشرطة، وقع انفجار قرب السوق', actors: ['الشرطة'] }, 'انفجار', ['الشرطة'], [], 'nearest'],
    ['a group after a quantifier and من', { text: 'تظاهر مئات من المتظاهرين أمام البرلمان', actors: ['المتظاهرين'] }, 'تظاهر', ['المتظاهرين'], [], 'vso'],
    ['X من Y acts as Y', { text: 'اقتحمت قوة من الشرطة العراقية المسجد', actors: ['قوة', 'الشرطة العراقية'] }, 'اقتحمت', ['الشرطة العراقية'], [], 'vso'],
    ['agent by fire', { text: 'قتل ثلاثة جنود برصاص قناصة الجيش', actors: ['جنود', 'قناصة الجيش'] }, 'قتل', ['قناصة الجيش'], ['جنود'], 'agent'],
    ['agent after a relative verb, uncoded', { text: 'قتل ثلاثة أطباء في هجوم مسلح نفذه متطرف إسلامي', actors: [] }, 'قتل', ['متطرف إسلامي'], [], 'agent'],
    ['a plural verb follows its subject', { text: 'قال مسؤولون إن 50 متظاهرا تجمعوا أمام السفارة', actors: ['مسؤولون'] }, 'تجمعوا', ['متظاهرا'], [], 'subject-np'],
    ['the subject after a complementizer', { text: 'قالت الشرطة إن انتحاريا فجر نفسه في السوق', actors: ['الشرطة'] }, 'فجر', ['انتحاريا'], [], 'subject-np'],
    ['uncoded VSO subject with its adjective', { text: 'تظاهر آلاف الإسرائيليين في تل أبيب', actors: [] }, 'تظاهر', ['الإسرائيليين'], [], 'subject-np'],
    ['a masdar spelt like its verb, after a light verb', { text: 'بدأ مسلحون مجهولون قصف الحي الشرقي', actors: [] }, 'قصف', ['مسلحون'], ['الحي الشرقي'], 'clause-subject'],
    ['the light verb of a masdar', { text: 'قامت امرأة بلجيكية بتفجير نفسها قرب دورية', actors: ['امرأة بلجيكية'] }, 'بتفجير', ['امرأة بلجيكية'], [], 'clause-subject'],
  ])('%s', (_name, c, trigger, actor, recipient, rule) => {
    const e = code(c).find((x) => x.event_text.startsWith(trigger));
    expect(e, `no event for ${trigger}`).toBeDefined();
    expect(names(e!.actor)).toEqual(actor);
    expect(names(e!.recipient)).toEqual(recipient);
    expect(e!.actor[0]?.rule).toBe(rule);
  });

  it('takes no subject after a relative pronoun, nor a weapon for an agent', () => {
    const relative = code({ text: 'أصيب العشرات في القصف العشوائي الذي استهدف منطقة دار سعد', actors: [] });
    expect(relative.flatMap((e) => names(e.actor))).not.toContain('منطقة');
    const [weapon] = code({ text: 'قصفت الميليشيات الأحياء السكنية بصواريخ الكاتيوشا', actors: ['الميليشيات'] });
    expect(names(weapon!.actor)).toEqual(['الميليشيات']);
  });

  it('gives a nearest-actor fallback less confidence than a structural reading', () => {
    const [structural] = code({ text: 'قصفت الطائرات الروسية مواقع المعارضة', actors: ['الطائرات الروسية'] });
    const [fallback] = code({ text: 'وبحسب الشرطة، وقع انفجار قرب السوق', actors: ['الشرطة'] });
    expect(fallback!.confidence).toBeLessThan(structural!.confidence);
  });
});

describe('codeEvents: place, date, tolls and contexts', () => {
  it('takes the place of the clause, never one that belongs to an actor', () => {
    const text = 'قصفت القوات التركية قرى في ريف حلب';
    const [e] = code({ text, actors: ['القوات التركية'], places: ['حلب'], adjectives: ['التركية'] });
    expect(e!.event_loc).toMatchObject({ extracted_place: 'حلب', precision: 'clause' });
  });

  it('falls back to the sentence, then to the document focus', () => {
    const inSentence = code({ text: 'في مصراتة، قال مسؤول إن الطائرات قصفت الميناء', places: ['مصراتة'] })[0];
    expect(inSentence!.event_loc?.precision).toBe('sentence');
    const inDocument = code({ text: 'قصفت الطائرات الميناء', focus: 'ليبيا' })[0];
    expect(inDocument!.event_loc).toMatchObject({ extracted_place: 'ليبيا', precision: 'document', start: null });
  });

  it('dates by the clause, else the publication date with precision reported', () => {
    const [dated] = code({ text: 'اعتقلت الشرطة ثلاثة أشخاص يوم الخميس', times: [['يوم الخميس', '2025-05-01', 'day']] });
    expect(dated).toMatchObject({ date: '2025-05-01', date_precision: 'day' });
    const [undated] = code({ text: 'اعتقلت الشرطة ثلاثة أشخاص' });
    expect(undated).toMatchObject({ date: '2025-05-05', date_precision: 'reported' });
    const [unknown] = code({ text: 'اعتقلت الشرطة ثلاثة أشخاص', publishedAt: 'unknown' });
    expect(unknown).toMatchObject({ date: null, date_precision: null });
  });

  it('makes an event dated years before publication historical', () => {
    const [e] = code({ text: 'اجتاح الجيش المدينة في عام 2011', times: [['عام 2011', '2011', 'year']] });
    expect(e!.modality).toBe('historical');
  });

  it.each<[string, Partial<Record<'dead' | 'injured' | 'arrested', { min: number; max: number | null }>>]>([
    ['أسفر الهجوم عن مقتل 12 شخصا وإصابة العشرات', { dead: { min: 12, max: 12 }, injured: { min: 20, max: 99 } }],
    ['قتل ثلاثة جنود في هجوم على نقطة تفتيش', { dead: { min: 3, max: 3 } }],
    ['سقط 7 قتلى و15 جريحا في القصف', { dead: { min: 7, max: 7 }, injured: { min: 15, max: 15 } }],
    ['أسفر التفجير عن مقتل أكثر من 40 شخصا', { dead: { min: 41, max: null } }],
    ['أسفر الهجوم عن مقتل شخصين', { dead: { min: 2, max: 2 } }],
    ['أسفر القصف عن مقتل ١٢ مدنيا وإصابة نحو ثلاثين آخرين', { dead: { min: 12, max: 12 }, injured: { min: 30, max: 30 } }],
    ['ارتفع عدد القتلى في الهجوم', {}],
  ])('reads the toll of «%s»', (text, expected) => {
    const e = code({ text }).find((x) => x.event_type === 'ASSAULT');
    for (const kind of ['dead', 'injured', 'arrested'] as const) {
      if (expected[kind]) expect(e![kind]).toMatchObject(expected[kind]);
      else expect(e![kind]).toBeNull();
    }
  });

  it('reads arrests for a COERCE event', () => {
    const [e] = code({ text: 'اعتقلت قوات الأمن 25 متظاهرا في الجزائر' });
    expect(e).toMatchObject({ event_type: 'COERCE', arrested: { min: 25, max: 25 } });
  });

  it('folds a toll into the attack it belongs to', () => {
    const events = code({ text: 'فجر انتحاري نفسه في سوق ببغداد مما أسفر عن مقتل 12 شخصا' });
    expect(events.map((e) => e.event_type)).toEqual(['ASSAULT']);
    expect(events[0]!.dead).toMatchObject({ min: 12 });
  });

  it('finds contexts from cue words of the sentence', () => {
    const [e] = code({ text: 'فجر انتحاري من تنظيم داعش حزاما ناسفا قرب ثكنة عسكرية' });
    expect(e!.context).toEqual(expect.arrayContaining(['terrorism', 'military']));
  });
});

describe('codeEvents: properties', () => {
  const words = ['قصفت', 'الطائرات', 'اعتقال', 'المتظاهرين', 'في', 'لم', '،', '.', 'هجوم', 'على', 'وَقَصَفَتْ', 'ٱلْقُوَّاتُ', '12', 'مقتل', 'ﻻ', '\u200f', 'سيطرتها'];
  it('never throws, and every evidence span lies in the text and holds its trigger', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.array(fc.constantFrom(' ', ' ', '\n'), { minLength: 30, maxLength: 30 }), (ws, seps) => {
        const text = ws.map((w, i) => w + seps[i]).join('');
        for (const e of code({ text })) {
          expect(e.evidence.start).toBeGreaterThanOrEqual(0);
          expect(e.evidence.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(e.evidence.trigger_start, e.evidence.trigger_end)).toBe(e.event_text);
          expect(e.evidence.start <= e.evidence.trigger_start && e.evidence.trigger_end <= e.evidence.end).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('codeEvents: recipients from the object of the trigger', () => {
  const cases: [string, Case, string, string[]][] = [
    ['uncoded people after a verb and its coded subject', { text: 'اعتقلت الشرطة الإيطالية تونسيا وباكستانيا في مدينة بريشيا', actors: ['الشرطة الإيطالية'], places: ['بريشيا'] }, 'اعتقلت', ['تونسيا وباكستانيا']],
    ['a masdar in construct', { text: 'أعلنت الشرطة الألمانية اعتقال سنجاب في مدينة هامبورغ', actors: ['الشرطة الألمانية'] }, 'اعتقال', ['سنجاب']],
    ['the target after على', { text: 'شن مسلحون هجوما على دورية للشرطة قرب العريش', places: ['العريش'] }, 'هجوما', ['دورية للشرطة']],
    ['the marker inside the trigger', { text: 'أعلنت السلطات المغربية القبض على خلية إرهابية في فاس', actors: ['السلطات المغربية'] }, 'القبض على', ['خلية إرهابية']],
    ['the owner of the object', { text: 'وقصفت الطائرات الإسرائيلية موقعين تابعين لحماس', actors: ['الطائرات الإسرائيلية'] }, 'وقصفت', ['موقعين تابعين لحماس']],
    ['a place attacked, with its facility', { text: 'قصفت طائرات حربية مطار بورتسودان', places: ['بورتسودان'] }, 'قصفت', ['مطار بورتسودان']],
    ['no object: an adjective of the masdar', { text: 'اندلعت معارك عنيفة بين الجيش والمتمردين', actors: ['الجيش'] }, 'معارك', []],
    ['no object: a preposition after the verb', { text: 'تظاهر آلاف الطلاب في ساحة الجامعة', actors: [] }, 'تظاهر', []],
  ];
  it.each(cases)('%s', (_, c, trigger, expected) => {
    const event = code(c).find((e) => e.event_text.includes(trigger));
    expect(event, trigger).toBeDefined();
    expect(names(event?.recipient ?? [])).toEqual(expected);
  });
});

describe('codeEvents: one event told twice', () => {
  it('folds a strike and its masdar in the next sentence, and keeps an attack of another day apart', () => {
    const text = 'قصفت طائرات حربية مطار بورتسودان أمس. وأسفر القصف عن تدمير مدرج المطار. وفي الخرطوم هاجم مسلحون سوقا شعبيا يوم الخميس.';
    const times: [string, string, TimeInput['precision']][] = [['أمس', '2025-05-04', 'day'], ['يوم الخميس', '2025-05-01', 'day']];
    const events = code({ text, places: ['بورتسودان', 'الخرطوم'], times }).filter((e) => e.event_type === 'ASSAULT');
    expect(events.map((e) => e.event_text)).toEqual(['قصفت', 'هاجم']);
  });
});
