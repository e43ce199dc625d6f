import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODER_VERSION, QUAD_CLASS, type EventRecord, type EventType } from '../../src/core/index.js';
import { defaultEventGoldPath, evaluateEvents, formatEventScore, parseGoldEvents, scoreEvents } from './index.js';

const XML = `<?xml version='1.0' encoding='utf-8'?>
<Validation><Sentences>
<Sentence category="PROTEST" date="20080101" evaluate="true" id="p1" >
<EventText eid="0" eventtext="تظاهر" sourcetext="الطلاب" targettext="الحكومة" />
<EventCoding eid="0" eventcode="" plover="PROTEST" sourcecode="" targetcode="" />
<Text>
تظاهر الطلاب أمس أمام مقر الحكومة &quot;احتجاجا&quot; على الغلاء.
</Text>
<Parse>1	تظاهر	تظاهر	VERB	_	_	0	root	_	_</Parse>
</Sentence>
<Sentence category="ASSAULT" date="20080102" evaluate="true" id="a1" >
<EventText eid="0" eventtext="قتل" sourcetext="مسلحون" targettext="" />
<EventCoding eid="0" eventcode="" plover="ASSAULT" sourcecode="" targetcode="" />
<Text>قتل مسلحون ثلاثة جنود في الموصل.</Text>
</Sentence>
<Sentence category="ASSAULT" date="20080103" evaluate="false" id="skip" >
<EventText eid="0" eventtext="" sourcetext="" targettext="" />
<Text>جملة لا تقيم.</Text>
</Sentence>
</Sentences></Validation>`;

function event(type: EventType, actor: string[], recipient: string[] = []): EventRecord {
  const entity = (entity_text: string) => ({ entity_text, start: 0, end: 0, code: null, sector: null, country: null, name: null, name_ar: null, name_en: null, rule: 'vso' });
  return {
    id: 'x',
    date: null,
    date_precision: null,
    date_text: null,
    event_type: type,
    quad_code: QUAD_CLASS[type],
    mode: null,
    context: [],
    modality: 'asserted',
    actor: actor.map(entity),
    recipient: recipient.map(entity),
    event_loc: null,
    event_text: '',
    text: '',
    evidence: { doc_id: 'x', sentence: 0, start: 0, end: 0, trigger_start: 0, trigger_end: 0 },
    dead: null,
    injured: null,
    arrested: null,
    confidence: 1,
    coder: CODER_VERSION,
  };
}

describe('parseGoldEvents', () => {
  it('reads type, date, text and the event, source and target texts, skipping evaluate="false"', () => {
    const gold = parseGoldEvents(XML, 'gold.xml');
    expect(gold).toHaveLength(2);
    expect(gold[0]).toMatchObject({ id: 'p1', type: 'PROTEST', date: '2008-01-01', eventText: 'تظاهر', sourceText: 'الطلاب', targetText: 'الحكومة' });
    expect(gold[0]!.text).toBe('تظاهر الطلاب أمس أمام مقر الحكومة "احتجاجا" على الغلاء.');
  });

  it('names the sentence that has no text', () => {
    expect(() => parseGoldEvents('<Sentence category="PROTEST" id="bad"><Text> </Text></Sentence>', 'g.xml')).toThrow(/bad has no text/);
  });
});

describe('scoreEvents', () => {
  const gold = parseGoldEvents(XML, 'gold.xml');

  it('scores a perfect coder as perfect', () => {
    const score = scoreEvents(gold, [[event('PROTEST', ['الطلاب'], ['مقر الحكومة'])], [event('ASSAULT', ['مسلحون'])]]);
    expect(score).toMatchObject({ typeFound: 2, withActor: 2, actorMatched: 2, withTarget: 1, targetMatched: 1, otherType: 0 });
    expect(score.types.map((t) => t.f1)).toEqual([1, 1]);
  });

  it('matches actors by a shared word, clitics, article and case ending aside', () => {
    expect(scoreEvents(gold, [[event('PROTEST', ['وطلاب الجامعة'])], [event('ASSAULT', ['المسلحين'])]]).actorMatched).toBe(2);
    expect(scoreEvents(gold, [[event('PROTEST', ['الجامعة'])], [event('ASSAULT', ['في الجيش'])]]).actorMatched).toBe(0);
  });

  it('counts a wrong coder: the other type, no actor, no event', () => {
    const score = scoreEvents(gold, [[event('ASSAULT', ['الشرطة'])], []]);
    expect(score).toMatchObject({ typeFound: 0, actorMatched: 0, otherType: 1 });
    const assault = score.types.find((t) => t.type === 'ASSAULT')!;
    expect(assault).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(formatEventScore(score)).toContain('right type found          0 (0.0%)');
  });

  it('evaluates a coder on a gold file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-events-'));
    const path = join(dir, 'gold.xml');
    writeFileSync(path, XML);
    const seen: (string | null)[] = [];
    const score = evaluateEvents(path, (text, date) => {
      seen.push(date);
      return text.startsWith('تظاهر') ? [event('PROTEST', ['الطلاب'])] : [];
    });
    expect(seen).toEqual(['2008-01-01', '2008-01-02']);
    expect(score.typeFound).toBe(1);
  });

  it.skipIf(!existsSync(defaultEventGoldPath()))('reads the shared development gold: 323 sentences, PROTEST and ASSAULT', () => {
    const score = evaluateEvents(defaultEventGoldPath(), () => []);
    expect(score.sentences).toBe(323);
    expect(score.types.map((t) => t.type)).toEqual(['ASSAULT', 'PROTEST']);
  });
});
