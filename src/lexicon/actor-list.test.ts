import { describe, expect, it } from 'vitest';
import { DataError } from '../core/index.js';
import { parseActorList } from './actor-list.js';

describe('parseActorList', () => {
  it.each([
    {
      line: 'قوات الدعم السريع | ~الدعم السريع = Rapid Support Forces ; org ; SD PRM 2013-08..2023-04-15 ; SD REB 2023-04-15..',
      expected: {
        variants: ['قوات الدعم السريع', 'الدعم السريع'],
        ambiguous: [false, true],
        nameEn: 'Rapid Support Forces',
        kind: 'organization',
        codings: [
          { country: 'SD', sector: 'PRM', role: null, of: null, from: '2013-08', to: '2023-04-15' },
          { country: 'SD', sector: 'REB', role: null, of: null, from: '2023-04-15', to: null },
        ],
      },
    },
    {
      line: 'رجب طيب أردوغان | أردوغان = Recep Tayyip Erdoğan ; person Q39723 ; TR GOV president 2014-08-28.. ; TR PTY leader@tr/akp ..2014-08-27',
      expected: {
        nameEn: 'Recep Tayyip Erdoğan',
        kind: 'person',
        wikidata: 'Q39723',
        codings: [
          { country: 'TR', sector: 'GOV', role: 'president', of: null, from: '2014-08-28', to: null },
          { country: 'TR', sector: 'PTY', role: 'leader', of: 'tr/akp', from: null, to: '2014-08-27' },
        ],
      },
    },
    {
      line: 'الحكومة | حكومة {country} = Government of {country} ; institution ; - GOV',
      expected: { variants: ['الحكومة'], templates: ['حكومة {country}'], kind: 'institution', codings: [{ country: null, sector: 'GOV', role: null, of: null, from: null, to: null }] },
    },
    { line: 'الأوروبي | الأوروبية = European ; region EUR', expected: { kind: 'region', region: 'EUR', codings: [] } },
    { line: 'وزير الخارجية = foreign minister ; agent office ; - GOV foreign-minister', expected: { kind: 'agent', office: true, codings: [{ role: 'foreign-minister' }] } },
    { line: 'جيش الاحتلال | قوات الاحتلال = @il/armed-forces', expected: { aliasOf: 'il/armed-forces', variants: ['جيش الاحتلال', 'قوات الاحتلال'] } },
    { line: '!الدعم السريع', expected: { remove: true, variants: ['الدعم السريع'] } },
    { line: 'الأمم المتحدة = United Nations ; igo Q1065 ; - GOV   # a trailing comment', expected: { kind: 'igo', wikidata: 'Q1065', nameEn: 'United Nations' } },
  ])('$line', ({ line, expected }) => {
    const [entry] = parseActorList(line, 'test.txt');
    expect(entry).toMatchObject({ source: 'test.txt', line: 1, ...expected });
  });

  it.each([
    ['قوات الدعم السريع', 'no `=`'],
    ['قوات الدعم السريع = Rapid Support Forces', 'no coding'],
    ['قوات الدعم السريع = Rapid Support Forces ; SDN REB', 'not an ISO alpha-2'],
    ['قوات الدعم السريع = Rapid Support Forces ; SD REBEL', 'not a PLOVER sector'],
    ['قوات الدعم السريع = Rapid Support Forces ; SD REB 2023-15..', 'not a date range'],
    ['قوات الدعم السريع = Rapid Support Forces ; SD REB 2023..2013', 'ends before it starts'],
    ['قوات الدعم السريع = Rapid Support Forces ; SD REB Leader', 'neither a role nor a date range'],
    ['قوات الدعم السريع = Rapid Support Forces ; militia ; SD REB', 'not an ISO alpha-2'],
    ['الحكومة = Government ; institution ; - GOV', 'exactly one {country}'],
    ['حكومة {country} = Government ; org ; - GOV', 'only an institution'],
    ['الأوروبية = European ; region', 'region code'],
    ['وزير = minister ; agent office ; - GOV', 'an `office` needs a role'],
    ['جيش الاحتلال = @Il Army', 'not an actor id'],
    ['!الدعم السريع = Rapid Support Forces', 'names variants only'],
  ])('rejects %s', (line, problem) => {
    expect(() => parseActorList(`# header\n${line}`, 'bad.txt')).toThrow(DataError);
    expect(() => parseActorList(`# header\n${line}`, 'bad.txt')).toThrow(new RegExp(`bad\\.txt:2: .*${problem.replace(/[{}()]/g, '\\$&')}`));
  });
});
