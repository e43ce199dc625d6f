import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotationSpans, evidenceSpans, pieces, type LayerSpan } from '../../web/src/highlight.js';

const sentence = 'قصفت قوات الدعم السريع مدينة الفاشر أمس';

describe('pieces', () => {
  const cases: { name: string; spans: LayerSpan[]; expected: [string, string[]][] }[] = [
    { name: 'no spans', spans: [], expected: [[sentence, []]] },
    {
      name: 'disjoint spans',
      spans: [
        { start: 0, end: 4, layer: 'trigger' },
        { start: 29, end: 35, layer: 'place' },
      ],
      expected: [
        ['قصفت', ['trigger']],
        [' قوات الدعم السريع مدينة ', []],
        ['الفاشر', ['place']],
        [' أمس', []],
      ],
    },
    {
      name: 'a span inside another',
      spans: [
        { start: 5, end: 22, layer: 'entity' },
        { start: 10, end: 22, layer: 'actor' },
      ],
      expected: [
        ['قصفت ', []],
        ['قوات ', ['entity']],
        ['الدعم السريع', ['entity', 'actor']],
        [' مدينة الفاشر أمس', []],
      ],
    },
    {
      name: 'partly overlapping spans',
      spans: [
        { start: 23, end: 35, layer: 'place' },
        { start: 29, end: 39, layer: 'date' },
      ],
      expected: [
        ['قصفت قوات الدعم السريع ', []],
        ['مدينة ', ['place']],
        ['الفاشر', ['place', 'date']],
        [' أمس', ['date']],
      ],
    },
    {
      name: 'spans clipped to the sentence, empty and inverted ones dropped',
      spans: [
        { start: -12, end: 4, layer: 'actor' },
        { start: 36, end: 90, layer: 'date' },
        { start: 8, end: 8, layer: 'place' },
        { start: 20, end: 10, layer: 'entity' },
        { start: 200, end: 210, layer: 'trigger' },
      ],
      expected: [
        ['قصفت', ['actor']],
        [' قوات الدعم السريع مدينة الفاشر ', []],
        ['أمس', ['date']],
      ],
    },
    {
      name: 'the same span on two layers',
      spans: [
        { start: 0, end: 4, layer: 'trigger' },
        { start: 0, end: 4, layer: 'actor' },
      ],
      expected: [
        ['قصفت', ['actor', 'trigger']],
        [' قوات الدعم السريع مدينة الفاشر أمس', []],
      ],
    },
  ];
  for (const { name, spans, expected } of cases) {
    it(name, () => {
      expect(pieces(sentence, spans).map((p) => [p.text, p.layers])).toEqual(expected);
    });
  }

  it('always gives the text back, and a layer exactly where a span of it covers', () => {
    const layers = ['entity', 'actor', 'recipient', 'place', 'date', 'trigger'] as const;
    const span = fc.record({
      start: fc.integer({ min: -5, max: 50 }),
      end: fc.integer({ min: -5, max: 50 }),
      layer: fc.constantFrom(...layers),
    });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), (spans) => {
        const result = pieces(sentence, spans);
        expect(result.map((p) => p.text).join('')).toBe(sentence);
        for (const piece of result) {
          expect(piece.text.length).toBeGreaterThan(0);
          for (let i = piece.start; i < piece.start + piece.text.length; i++) {
            const covering = new Set(spans.filter((s) => s.start <= i && i < s.end).map((s) => s.layer));
            expect(new Set(piece.layers)).toEqual(covering);
          }
        }
      }),
    );
  });
});

describe('evidenceSpans', () => {
  it('moves record offsets into the evidence sentence', () => {
    const base = 100;
    const entity = (start: number, end: number) => ({
      entity_text: sentence.slice(start, end),
      start: base + start,
      end: base + end,
      code: null,
      sector: null,
      country: null,
      name: null,
      name_ar: null,
      name_en: null,
      rule: 'vso',
    });
    const spans = evidenceSpans({
      evidence: { doc_id: 'd', sentence: 2, start: base, end: base + sentence.length, trigger_start: base, trigger_end: base + 4 },
      actor: [entity(5, 22)],
      recipient: [],
      event_loc: {
        extracted_place: 'الفاشر',
        resolved_place: 'El Fasher',
        geonameid: 379555,
        lat: 13.63,
        lon: 25.35,
        country_code: 'SD',
        admin1: null,
        feature_class: 'P',
        feature_code: 'PPLA',
        precision: 'clause',
        resolution: 'exact',
        start: base + 29,
        end: base + 35,
      },
      date_text: { text: 'أمس', start: base + 36, end: base + 39 },
    });
    expect(spans.map((s) => [sentence.slice(s.start, s.end), s.layer])).toEqual([
      ['قصفت', 'trigger'],
      ['قوات الدعم السريع', 'actor'],
      ['الفاشر', 'place'],
      ['أمس', 'date'],
    ]);
  });

  it('leaves out a place found elsewhere in the document (no offsets) and a publication date', () => {
    const spans = evidenceSpans({
      evidence: { doc_id: 'd', sentence: 0, start: 0, end: 10, trigger_start: 0, trigger_end: 4 },
      actor: [],
      recipient: [],
      event_loc: {
        extracted_place: 'طرابلس',
        resolved_place: 'Tripoli',
        geonameid: 2210247,
        lat: 32.9,
        lon: 13.2,
        country_code: 'LY',
        admin1: null,
        feature_class: 'P',
        feature_code: 'PPLC',
        precision: 'document',
        resolution: 'exact',
        start: null,
        end: null,
      },
      date_text: null,
    });
    expect(spans).toEqual([{ start: 0, end: 4, layer: 'trigger' }]);
  });
});

describe('annotationSpans', () => {
  const annotations = {
    entities: [{ start: 5, end: 22 }],
    places: [{ start: 29, end: 35 }],
    dates: [{ start: 36, end: 39 }],
    actors: [{ start: 5, end: 22 }],
    triggers: [{ start: 0, end: 4 }],
  };
  it('gives the spans of the switched-on layers only', () => {
    expect(annotationSpans(annotations, new Set(['place', 'trigger'] as const))).toEqual([
      { start: 29, end: 35, layer: 'place' },
      { start: 0, end: 4, layer: 'trigger' },
    ]);
    expect(annotationSpans(annotations, new Set())).toEqual([]);
    expect(annotationSpans({}, new Set(['entity'] as const))).toEqual([]);
  });
});
