import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../text/index.js';
import { parsePlaceCues } from './cues.js';

const OWN = `
[type admin1]
محافظة | مقاطعة
[actor]
+قال/يقول
[governor]
موقف
`;

const TRIGGERS = `
[AGREE]
اتفاق | +اتفق | +وقع * اتفاق | اتفاق هدنة
[CONSULT]
محادثات | +التقى
[REQUEST]
+طالب | دعوة
[SANCTION discontinue]
+قطع * العلاقات | مقاطعة
[ASSAULT]
+قصف | هجوم
[PROTEST demo]
+تظاهر | مظاهرة
`;

/** The roles the cues give a word, as `role:word` (the first word of each pattern that starts with it). */
function rolesOf(word: string, withTriggers: boolean): string[] {
  const cues = parsePlaceCues(OWN, 'own.txt', withTriggers ? { content: TRIGGERS, source: 'triggers.txt' } : undefined);
  return (cues.index.startingWith(normalizeWord(word)) ?? []).map((p) => {
    const role = cues.roleOf.get(p);
    return role?.kind === 'type' ? `type:${role.type}` : (role?.kind ?? '?');
  });
}

describe('parsePlaceCues with the event triggers', () => {
  const rows: [string, string, string[]][] = [
    ['a policy verb of the triggers is an actor verb, in every person', 'اتفقت', ['actor']],
    ['…the first word of a longer trigger too (وقع * اتفاق)', 'توقع', ['actor']],
    ['…and a request verb', 'يطالب', ['actor']],
    ['a one-word policy noun is a governor', 'اتفاق', ['governor']],
    ['…with its inflections', 'اتفاقين', ['governor']],
    ['…and its sound plural, which the trigger lists leave out', 'الاتفاقات', ['governor']],
    ['a meeting noun is not: talks are held at a place (محادثات جنيف)', 'محادثات', []],
    ['…but a meeting verb is an actor verb', 'التقت', ['actor']],
    ['a noun that is a place cue keeps only its place role (مقاطعة: boycott, province)', 'مقاطعة', ['type:admin1']],
    ['acts of material conflict are not policy', 'قصفت', []],
    ['…nor protests', 'مظاهرة', []],
    ['the own lists stay', 'قالت', ['actor']],
    ['…with their governors', 'موقف', ['governor']],
  ];
  it.each(rows)('%s: %s', (_why, word, roles) => {
    expect(rolesOf(word, true)).toEqual(roles);
  });

  it('without the triggers only the own lists count', () => {
    expect(rolesOf('اتفقت', false)).toEqual([]);
    expect(rolesOf('قالت', false)).toEqual(['actor']);
  });
});
