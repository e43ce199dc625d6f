import { describe, expect, it } from 'vitest';
import { DataError } from '../core/index.js';
import { parseActorList } from './actor-list.js';
import { ActorDictionary, codingHolds, loadDefaultActors, slug } from './actors.js';
import { loadDefaultLexicon } from './load.js';

const LIST = `
تركيا = Turkey ; state Q43 ; TR GOV
السودان = Sudan ; state ; SD GOV
الحكومة | حكومة {country} | السلطات = Government of {country} ; institution ; - GOV
القوات الخاصة | قوات خاصة = special forces ; agent ; - MIL
وزير الخارجية = foreign minister ; agent ; - GOV foreign-minister
الأوروبي | الأوروبية = European ; region EUR
قوات الدعم السريع | ~الدعم السريع = Rapid Support Forces ; org ; SD PRM 2013-08..2023-04-15 ; SD REB 2023-04-15..
محمد حمدان دقلو | حميدتي = Mohamed Hamdan Dagalo ; person ; SD REB leader@sd/rapid-support-forces 2013-08..
مولود جاويش أوغلو = Mevlüt Çavuşoğlu ; person ; TR GOV foreign-minister 2014-08-29..2015-08-28 ; TR GOV foreign-minister 2015-11-24..2023-06-04
فريدون سينيرلي أوغلو = Feridun Sinirlioğlu ; person ; TR GOV foreign-minister 2015-08-28..2015-11-24
نوري المالكي | ~المالكي = Nouri al-Maliki ; person ; IQ GOV prime-minister 2006-05-20..2014-09-08
تركي المالكي | ~المالكي = Turki al-Maliki ; person ; SA MIL spokesperson 2017-04..
الحكومة التركية الرسمية = @tr/government
`;

function build(content: string): ActorDictionary {
  return new ActorDictionary(parseActorList(content, 'test.txt'), loadDefaultLexicon());
}

describe('ActorDictionary', () => {
  const dictionary = build(LIST);

  it('generates every institution for every state, named from its template', () => {
    expect(dictionary.stateActor('TR', 'government')).toMatchObject({ id: 'tr/government', kind: 'state', nameEn: 'Government of Turkey', nameAr: 'حكومة تركيا', codings: [{ country: 'TR', sector: 'GOV' }] });
    expect(dictionary.stateActor('SD', 'government')?.nameAr).toBe('حكومة السودان');
    expect(dictionary.stateActor('TR')).toMatchObject({ id: 'tr', nameEn: 'Turkey', wikidata: 'Q43' });
  });

  it('makes readable ids from the country and the English name', () => {
    expect(dictionary.get('sd/rapid-support-forces')?.nameAr).toBe('قوات الدعم السريع');
    expect(dictionary.get('tr/mevlut-cavusoglu')?.nameEn).toBe('Mevlüt Çavuşoğlu');
    expect(slug("Kurdistan Workers' Party (PKK)")).toBe('kurdistan-workers-party-pkk');
  });

  it('links a role to the body it belongs to', () => {
    const hemedti = dictionary.get('sd/mohamed-hamdan-dagalo');
    expect(hemedti && dictionary.officeOf(hemedti.codings[0] as never)?.id).toBe('sd/rapid-support-forces');
  });

  it.each([
    ['2015-08-01', ['Mevlüt Çavuşoğlu']],
    ['2015-10-01', ['Feridun Sinirlioğlu']],
    ['2016', ['Mevlüt Çavuşoğlu']],
    ['2024-01-01', []],
  ])('finds who was Turkey’s foreign minister on %s', (date, names) => {
    expect(dictionary.officeHolders({ role: 'foreign-minister', country: 'TR', date }).map((a) => a.nameEn)).toEqual(names);
  });

  it('finds the leader of a body', () => {
    expect(dictionary.officeHolders({ role: 'leader', of: 'sd/rapid-support-forces', date: '2024-05-01' }).map((a) => a.id)).toEqual(['sd/mohamed-hamdan-dagalo']);
  });

  it('indexes names by first word, longest first, with shared names as one phrase of several actors', () => {
    const phrases = dictionary.namedStartingWith('المالكي');
    expect(phrases).toHaveLength(1);
    expect(phrases[0]).toMatchObject({ ambiguous: true, target: { type: 'actor' } });
    expect(phrases[0]?.target.type === 'actor' && phrases[0].target.actors.map((a) => a.nameEn)).toEqual(['Nouri al-Maliki', 'Turki al-Maliki']);
  });

  it('indexes agents without their article, and aliases under the actor they name', () => {
    expect(dictionary.looseStartingWith('قوات').map((p) => p.words.join(' '))).toContain('قوات خاصه');
    expect(dictionary.looseStartingWith('القوات')).toEqual([]);
    expect(dictionary.byName('الحكومة التركية الرسمية').map((a) => a.id)).toEqual(['tr/government']);
  });

  it('keeps state names out of the scan: the geoparser finds countries', () => {
    expect(dictionary.namedStartingWith('تركيا')).toEqual([]);
    expect(dictionary.byName('تركيا').map((a) => a.id)).toEqual(['tr']);
  });

  it('removes an actor with !variant', () => {
    const trimmed = build(`${LIST}\n!حميدتي\n`);
    expect(trimmed.get('sd/mohamed-hamdan-dagalo')).toBeUndefined();
  });

  it.each([
    ['a role pointing nowhere', 'فلان = Someone ; person ; SD REB leader@sd/nothing', /sd\/nothing/],
    ['two actors with one id', 'تركيا = Turkey ; state ; TR GOV\nتركية = Turkey ; state ; TR GOV', /already used/],
    ['an alias of no actor', 'جيش = @xx/army', /no actor has the id xx\/army/],
    ['a generic variant coded two ways', 'مسلحون = gunmen ; agent ; - UAF\nالمسلحون = rebels ; agent ; - REB', /already a generic actor/],
  ])('rejects %s', (_, content, message) => {
    expect(() => build(content)).toThrow(DataError);
    expect(() => build(content)).toThrow(message);
  });
});

describe('codingHolds', () => {
  it.each([
    [{ from: '2014-08-28', to: null }, '2015-01-01', true],
    [{ from: '2014-08-28', to: null }, '2014-08-27', false],
    [{ from: null, to: '2015' }, '2015-12-31', true],
    [{ from: null, to: '2015-06' }, '2015-07-01', false],
    [{ from: '2011', to: '2012-08' }, '2012-08-31', true],
  ])('%o at %s → %s', (coding, date, holds) => {
    expect(codingHolds(coding, date)).toBe(holds);
  });
});

describe('the shipped dictionary', () => {
  const dictionary = loadDefaultActors();

  it('holds at least 600 written entries besides the generated institutions', () => {
    const written = dictionary.actors.filter((a) => !(a.kind === 'state' && a.id.includes('/')));
    expect(written.length + dictionary.agents.length).toBeGreaterThanOrEqual(600);
    expect(dictionary.actors.filter((a) => a.kind === 'state' && !a.id.includes('/')).length).toBeGreaterThanOrEqual(195);
  });

  it.each([
    ['داعش', 'int/islamic-state', 'REB'],
    ['هيئة تحرير الشام', 'sy/hayat-tahrir-al-sham', 'REB'],
    ['أنصار الله', 'ye/houthis-ansar-allah', 'REB'],
    ['قوات الدعم السريع', 'sd/rapid-support-forces', 'REB'],
    ['الجيش الوطني الليبي', 'ly/libyan-national-army', 'MIL'],
    ['حكومة الوفاق الوطني', 'ly/government-of-national-accord', 'GOV'],
    ['حزب الله', 'lb/hezbollah', 'UAF'],
    ['حماس', 'ps/hamas', 'REB'],
    ['حركة الشباب', 'so/al-shabaab', 'REB'],
    ['قوات سوريا الديمقراطية', 'sy/syrian-democratic-forces', 'REB'],
    ['الحشد الشعبي', 'iq/popular-mobilization-forces', 'PRM'],
    ['المجلس الانتقالي الجنوبي', 'ye/southern-transitional-council', 'REB'],
    ['مفوضية اللاجئين', 'igo/unhcr', 'REF'],
    ['اليونيسف', 'igo/unicef', 'CVL'],
    ['منظمة الصحة العالمية', 'igo/world-health-organization', 'MED'],
    ['أطباء بلا حدود', 'ngo/medecins-sans-frontieres', 'MED'],
    ['الجامعة العربية', 'igo/arab-league', 'GOV'],
  ])('knows %s', (name, id, sector) => {
    const actor = dictionary.byName(name).find((a) => a.id === id);
    expect(actor).toBeDefined();
    expect(actor?.codings.map((c) => c.sector)).toContain(sector);
  });
});
