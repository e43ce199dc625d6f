import { describe, expect, it } from 'vitest';
import type { ActorMention, PlaceInput, Sector } from '../core/index.js';
import { analyzeText } from '../text/index.js';
import { loadDefaultLexicon } from '../lexicon/load.js';
import { loadDefaultActors } from '../lexicon/actors.js';
import { codeActors, type EntityInput } from './actors.js';

/**
 * Sentences in the register of Arab news agencies. The places and entities stand in for the geoparser's and
 * the tagger's output, written here so these tests check actor coding alone.
 */

/** `[surface, country, kind]`: a nationality adjective, or a place with its GeoNames feature code. */
type PlaceSpec = [string, string, 'adjective' | 'PCLI' | 'PPLA' | 'PPLC'];

function placesIn(text: string, specs: readonly PlaceSpec[]): PlaceInput[] {
  return specs.map(([surface, countryCode, kind]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" is not in the test sentence`);
    return { start, end: start + surface.length, surface, kind: kind === 'adjective' ? 'adjective' : 'place', countryCode, featureCode: kind === 'adjective' ? null : kind };
  });
}

function entitiesIn(text: string, specs: readonly [string, string][]): EntityInput[] {
  return specs.map(([surface, type]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" is not in the test sentence`);
    return { start, end: start + surface.length, type, confidence: 0.9 };
  });
}

interface Case {
  text: string;
  places?: PlaceSpec[];
  entities?: [string, string][];
  date?: string;
  focus?: string;
  expected: Partial<ActorMention>[];
  /** Surfaces that must not be (part of) any actor. */
  absent?: string[];
}

const lexicon = loadDefaultLexicon();
const dictionary = loadDefaultActors();

function code(c: Case): ActorMention[] {
  const { tokens } = analyzeText(c.text, lexicon);
  return codeActors(
    { text: c.text, tokens, places: placesIn(c.text, c.places ?? []), entities: entitiesIn(c.text, c.entities ?? []), date: c.date ?? null, focusCountry: c.focus ?? null },
    dictionary,
  );
}

function check(c: Case): void {
  const found = code(c);
  for (const mention of found) expect(c.text.slice(mention.start, mention.end)).toBe(mention.surface);
  expect(found).toHaveLength(c.expected.length);
  c.expected.forEach((expected, i) => expect(found[i]).toMatchObject(expected));
  for (const surface of c.absent ?? []) expect(found.some((m) => m.surface.includes(surface))).toBe(false);
}

describe('codeActors: the acceptance sentence', () => {
  const text = 'قال وزير الخارجية التركي إن قوات الدعم السريع قصفت الفاشر';
  const places: PlaceSpec[] = [
    ['التركي', 'TR', 'adjective'],
    ['الفاشر', 'SD', 'PPLA'],
  ];

  it('finds a Turkish government person and the Rapid Support Forces, and no actor made of الفاشر', () => {
    check({
      text,
      places,
      expected: [
        { surface: 'وزير الخارجية التركي', kind: 'person', country: 'TR', sector: 'GOV', role: 'foreign-minister', actorId: null, basis: 'title' },
        { surface: 'قوات الدعم السريع', actorId: 'sd/rapid-support-forces', nameEn: 'Rapid Support Forces', country: 'SD', sector: 'REB', basis: 'dictionary' },
      ],
      absent: ['الفاشر'],
    });
  });

  it.each<[string, string, Sector]>([
    ['2015-08-01', 'tr/mevlut-cavusoglu', 'PRM'],
    ['2015-10-01', 'tr/feridun-sinirlioglu', 'PRM'],
    ['2024-05-01', 'tr/hakan-fidan', 'REB'],
  ])('names the office holder and the coding of %s', (date, minister, rsf) => {
    check({
      text,
      places,
      date,
      expected: [
        { surface: 'وزير الخارجية التركي', actorId: minister, kind: 'person', country: 'TR', sector: 'GOV', role: 'foreign-minister' },
        { actorId: 'sd/rapid-support-forces', sector: rsf },
      ],
    });
  });
});

describe('codeActors: named actors', () => {
  it.each<Case>([
    {
      text: 'وأعلن الحوثيون سيطرتهم على مدينة عدن بعد معارك مع المقاومة الشعبية',
      places: [['عدن', 'YE', 'PPLA']],
      expected: [
        { surface: 'الحوثيون', actorId: 'ye/houthis-ansar-allah', country: 'YE', sector: 'REB' },
        { surface: 'المقاومة الشعبية', actorId: 'ye/popular-resistance-yemen', sector: 'PRM' },
      ],
    },
    {
      // The forces of a government are its military; a conjunction stays out of a span (وداعش → داعش).
      text: 'اشتبكت قوات حكومة الوفاق الوطني وداعش في سرت',
      places: [['سرت', 'LY', 'PPLA']],
      expected: [
        { surface: 'قوات حكومة الوفاق الوطني', actorId: null, country: 'LY', sector: 'MIL', nameEn: 'Forces of Government of National Accord' },
        { surface: 'داعش', actorId: 'int/islamic-state', country: null, sector: 'REB' },
      ],
    },
    {
      text: 'وقال المرصد السوري لحقوق الإنسان إن هيئة تحرير الشام وفيلق الرحمن تبادلا القصف',
      date: '2018-03-01',
      expected: [
        { surface: 'المرصد السوري لحقوق الإنسان', actorId: 'ngo/syrian-observatory-for-human-rights', kind: 'ngo', sector: 'CVL' },
        { surface: 'هيئة تحرير الشام', actorId: 'sy/hayat-tahrir-al-sham', sector: 'REB' },
        { surface: 'فيلق الرحمن', actorId: 'sy/faylaq-al-rahman', sector: 'REB' },
      ],
    },
    {
      text: 'دعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين ومنظمة الصحة العالمية إلى فتح الممرات',
      expected: [
        { actorId: 'igo/unhcr', kind: 'igo', country: null, sector: 'REF' },
        { actorId: 'igo/world-health-organization', sector: 'MED', wikidata: 'Q7817' },
      ],
    },
    {
      // A country inside a name is part of the name, not a state acting.
      text: 'أعلنت قوات سوريا الديمقراطية طرد التنظيم من الباغوز',
      places: [['سوريا', 'SY', 'PCLI']],
      expected: [{ surface: 'قوات سوريا الديمقراطية', actorId: 'sy/syrian-democratic-forces', sector: 'REB' }],
    },
    {
      text: 'وصل رجب طيب أردوغان إلى الدوحة حيث استقبله الشيخ تميم بن حمد',
      places: [['الدوحة', 'QA', 'PPLC']],
      date: '2015-12-02',
      expected: [
        { surface: 'رجب طيب أردوغان', actorId: 'tr/recep-tayyip-erdogan', role: 'president', country: 'TR', wikidata: 'Q39723' },
        { surface: 'الشيخ تميم بن حمد', actorId: 'qa/tamim-bin-hamad', role: 'emir', country: 'QA' },
      ],
    },
  ])('$text', check);
});

describe('codeActors: ambiguous names need context', () => {
  it.each<Case>([
    { text: 'قصفت الطائرات القاعدة الجوية في مطار الوطية', expected: [], absent: ['القاعدة'] },
    { text: 'اعتقلت السلطات خمسة من عناصر القاعدة في حضرموت', places: [['حضرموت', 'YE', 'PPLA']], focus: 'YE', expected: [{ surface: 'السلطات', actorId: 'ye/government' }, { surface: 'عناصر القاعدة', actorId: 'int/al-qaeda', sector: 'REB' }] },
    { text: 'تبنى تنظيم القاعدة الهجوم', expected: [{ surface: 'تنظيم القاعدة', actorId: 'int/al-qaeda' }] },
    // A person the tagger found whose name ends like a dictionary name is not that person.
    { text: 'صلى المصلون في جامع حسين بن علي', entities: [['حسين بن علي', 'PERS']], expected: [{ surface: 'المصلون', sector: 'REL' }, { surface: 'حسين بن علي', actorId: null, basis: 'unknown' }] },
    { text: 'قال الرئيس السوري بشار الأسد', places: [['السوري', 'SY', 'adjective']], expected: [{ surface: 'الرئيس السوري بشار الأسد', actorId: 'sy/bashar-al-assad', role: 'president', basis: 'title' }] },
    { text: 'وشارك الشباب في حملة تنظيف الشواطئ', expected: [], absent: ['الشباب'] },
    { text: 'هاجم مسلحو الشباب قاعدة عسكرية', expected: [{ surface: 'مسلحو الشباب', actorId: 'so/al-shabaab', sector: 'REB' }] },
    { text: 'ونقل عن الشباب قولهم إن الهجوم نجح', entities: [['الشباب', 'ORG']], expected: [{ surface: 'الشباب', actorId: 'so/al-shabaab', entityType: 'ORG' }] },
    // Once normalized, المنفى (exile) is written like the surname المنفي, and الجامعة is a university too.
    { text: 'وتعمل حكومة المنفى من الرياض ويدرس الطلاب في الجامعة', expected: [{ surface: 'حكومة', actorId: null, sector: 'GOV' }, { surface: 'الطلاب', sector: 'EDU' }], absent: ['المنفى', 'الجامعة'] },
    // الكاميرون is not a way of writing Cameron's name.
    { text: 'أعلنت الكاميرون حالة الطوارئ', places: [['الكاميرون', 'CM', 'PCLI']], expected: [{ surface: 'الكاميرون', actorId: 'cm', basis: 'state' }] },
    // Two actors share المالكي: the date and the document decide.
    { text: 'وقال العقيد تركي المالكي إن الدفاعات اعترضت صاروخا', date: '2019-01-10', expected: [{ actorId: 'sa/turki-al-maliki', role: 'spokesperson' }] },
    { text: 'وقال المالكي إن الدفاعات اعترضت صاروخا', entities: [['المالكي', 'PERS']], date: '2019-01-10', focus: 'SA', expected: [{ actorId: 'sa/turki-al-maliki' }] },
  ])('$text', check);
});

describe('codeActors: generic agents and nationality adjectives', () => {
  it.each<Case>([
    { text: 'نفذت القوات الخاصة الروسية عملية إنزال', places: [['الروسية', 'RU', 'adjective']], expected: [{ surface: 'القوات الخاصة الروسية', kind: 'agent', actorId: null, country: 'RU', sector: 'MIL', nameEn: 'special forces (Russia)' }] },
    { text: 'اعترضت البحرية التركية سفينة', places: [['التركية', 'TR', 'adjective']], expected: [{ surface: 'البحرية التركية', actorId: 'tr/navy', country: 'TR', sector: 'MIL' }] },
    { text: 'وقال المسؤولون الأوروبيون إن القرار نهائي', expected: [{ surface: 'المسؤولون الأوروبيون', country: 'EUR', sector: 'GOV', nameEn: 'Officials of Europe' }] },
    { text: 'ودعت الحكومة التركية إلى ضبط النفس', places: [['التركية', 'TR', 'adjective']], expected: [{ surface: 'الحكومة التركية', actorId: 'tr/government', kind: 'state', country: 'TR', sector: 'GOV', nameAr: 'حكومة تركيا' }] },
    { text: 'ونفت حكومة تركيا ذلك', places: [['تركيا', 'TR', 'PCLI']], expected: [{ surface: 'حكومة تركيا', actorId: 'tr/government' }] },
    { text: 'أعلنت شرطة دبي القبض على عصابة', places: [['دبي', 'AE', 'PPLA']], expected: [{ surface: 'شرطة دبي', actorId: 'ae/police', sector: 'COP' }, { surface: 'عصابة', sector: 'CRM' }] },
    { text: 'وقصف الطيران الروسي مواقع للمعارضة المسلحة', places: [['الروسي', 'RU', 'adjective']], expected: [{ surface: 'الطيران الروسي', actorId: 'ru/air-force' }, { surface: 'معارضة المسلحة', sector: 'REB' }] },
    { text: 'وأطلق مسلحون مجهولون النار على المتظاهرين', expected: [{ surface: 'مسلحون', sector: 'UAF', kind: 'agent' }, { surface: 'المتظاهرين', sector: 'OPP' }] },
    { text: 'وفرّ آلاف اللاجئين والنازحين من القصف', expected: [{ surface: 'اللاجئين', sector: 'REF' }, { surface: 'النازحين', sector: 'REF' }] },
    { text: 'واعتقلت قوات الأمن صحفيين وأطباء', expected: [{ surface: 'قوات الأمن', sector: 'COP' }, { surface: 'صحفيين', sector: 'JRN' }, { surface: 'أطباء', sector: 'MED' }] },
    { text: 'وصل مئات المهاجرين إلى السواحل الإيطالية', expected: [{ surface: 'المهاجرين', sector: 'REF', country: null }] },
    // A bare institution belongs to the country the document is about.
    { text: 'وقال الجيش إنه صد الهجوم', focus: 'LY', expected: [{ surface: 'الجيش', actorId: 'ly/armed-forces', sector: 'MIL', basis: 'agent' }] },
    { text: 'وقال الجيش إنه صد الهجوم', expected: [{ surface: 'الجيش', actorId: null, country: null, sector: 'MIL', nameEn: 'Armed Forces' }] },
    // A group word before a group's name is that group; before its leader's name, the group he leads.
    { text: 'وقتل عدد من عناصر داعش', expected: [{ surface: 'عناصر داعش', actorId: 'int/islamic-state' }] },
    { text: 'وتقدمت قوات المعارضة السورية نحو حماة', places: [['السورية', 'SY', 'adjective'], ['حماة', 'SY', 'PPLA']], expected: [{ surface: 'قوات المعارضة السورية', actorId: null, country: 'SY', sector: 'OPP', nameEn: 'Forces of opposition (Syria)' }] },
    { text: 'وانتشرت قوات حزب الله على الحدود', expected: [{ surface: 'قوات حزب الله', country: 'LB', sector: 'UAF', nameEn: 'Forces of Hezbollah' }] },
    { text: 'وتقدمت ميليشيا الحوثي نحو مأرب', places: [['مأرب', 'YE', 'PPLA']], expected: [{ surface: 'ميليشيا الحوثي', actorId: 'ye/houthis-ansar-allah', sector: 'REB' }] },
    { text: 'وهاجم مقاتلو الجولاني مواقع النظام', date: '2018-05-01', expected: [{ surface: 'مقاتلو الجولاني', actorId: 'sy/hayat-tahrir-al-sham', sector: 'REB', basis: 'agent' }] },
    // An ambiguous institution word needs its country: البحرية alone is "naval".
    { text: 'وأجريت المناورات البحرية أمس', expected: [] },
  ])('$text', check);
});

describe('codeActors: titles bind a person to a role and a country or body', () => {
  it.each<Case>([
    {
      text: 'وقال وزير الداخلية الفرنسي برنار كازنوف إن الشرطة اعتقلت المشتبه به',
      places: [['الفرنسي', 'FR', 'adjective']],
      entities: [['برنار كازنوف', 'PERS']],
      focus: 'FR',
      expected: [
        { surface: 'وزير الداخلية الفرنسي برنار كازنوف', kind: 'person', nameAr: 'برنار كازنوف', country: 'FR', sector: 'GOV', role: 'interior-minister', actorId: null },
        { surface: 'الشرطة', actorId: 'fr/police', sector: 'COP' },
      ],
    },
    { text: 'وهدد قائد قوات الدعم السريع باقتحام المدينة', expected: [{ surface: 'قائد قوات الدعم السريع', kind: 'person', role: 'leader', country: 'SD', sector: 'REB', nameEn: 'leader of Rapid Support Forces' }] },
    { text: 'وهدد قائد قوات الدعم السريع باقتحام المدينة', date: '2023-06-01', expected: [{ surface: 'قائد قوات الدعم السريع', actorId: 'sd/mohamed-hamdan-dagalo-hemedti', role: 'leader', sector: 'REB' }] },
    {
      text: 'وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن موسكو قلقة',
      places: [['الروسية', 'RU', 'adjective'], ['موسكو', 'RU', 'PPLC']],
      date: '2016-01-01',
      expected: [{ surface: 'المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا', actorId: 'ru/maria-zakharova', role: 'spokesperson', country: 'RU', sector: 'GOV', basis: 'title' }],
    },
    { text: 'أكد خادم الحرمين الشريفين دعم المملكة', date: '2015-08-01', expected: [{ surface: 'خادم الحرمين الشريفين', actorId: 'sa/king-salman', role: 'king', country: 'SA' }] },
    { text: 'واستقبل رئيس الوزراء العراقي وفدا', places: [['العراقي', 'IQ', 'adjective']], date: '2015-08-01', expected: [{ surface: 'رئيس الوزراء العراقي', actorId: 'iq/haider-al-abadi', role: 'prime-minister' }] },
    { text: 'وقال الوزير إن المفاوضات متعثرة', expected: [{ surface: 'الوزير', kind: 'person', role: 'minister', country: null, sector: 'GOV', confidence: 0.6 }] },
    // A word qualifying the title may stand before the name; a former office holder is not looked up by date.
    {
      text: 'وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب طويلة',
      places: [['اليمني', 'YE', 'adjective']],
      date: '2015-08-01',
      expected: [{ surface: 'الرئيس اليمني السابق علي عبد الله صالح', actorId: 'ye/ali-abdullah-saleh', basis: 'title' }],
    },
    { text: 'وانتقد وزير الخارجية التركي السابق السياسة الحالية', places: [['التركي', 'TR', 'adjective']], date: '2015-08-01', expected: [{ surface: 'وزير الخارجية التركي', actorId: null, country: 'TR', role: 'foreign-minister' }] },
    // A bare state office belongs to the document's country; a minister is one of many, a foreign minister is one.
    { text: 'وقال الوزير إن المفاوضات متعثرة', focus: 'SA', date: '2019-01-10', expected: [{ surface: 'الوزير', actorId: null, country: 'SA', sector: 'GOV', confidence: 0.5 }] },
    { text: 'وقال وزير الخارجية إن المفاوضات متعثرة', focus: 'SA', date: '2019-01-10', expected: [{ surface: 'وزير الخارجية', actorId: 'sa/ibrahim-abdulaziz-al-assaf', role: 'foreign-minister', confidence: 0.5 }] },
    // A head of anything: the body after it gives the sector; without one it stays unknown.
    { text: 'وقال رئيس النادي إن الفريق جاهز', expected: [{ surface: 'رئيس', role: 'president', sector: 'UNK' }] },
    { text: 'وأكد الأمين العام لحزب الله أن المقاومة مستمرة', expected: [{ surface: 'الأمين العام لحزب الله', kind: 'person', role: 'secretary-general', country: 'LB', sector: 'UAF' }] },
  ])('$text', check);
});

describe('codeActors: states and what the dictionary does not know', () => {
  it.each<Case>([
    {
      text: 'أعلنت تركيا أن طائراتها قصفت مواقع في سوريا وبالعراق',
      places: [['تركيا', 'TR', 'PCLI'], ['سوريا', 'SY', 'PCLI'], ['العراق', 'IQ', 'PCLI']],
      expected: [{ surface: 'تركيا', actorId: 'tr', kind: 'state', country: 'TR', sector: 'GOV', basis: 'state' }],
    },
    {
      text: 'وقال محمد الفلاني رئيس جمعية الأمل الخيرية إن المساعدات وصلت',
      entities: [['محمد الفلاني', 'PERS'], ['جمعية الأمل الخيرية', 'ORG']],
      expected: [
        { surface: 'محمد الفلاني', kind: 'person', actorId: null, sector: 'UNK', entityType: 'PERS', basis: 'unknown' },
        { surface: 'رئيس جمعية الأمل الخيرية', kind: 'person', role: 'president', nameEn: 'president of جمعية الأمل الخيرية', sector: 'UNK', basis: 'title' },
      ],
    },
    {
      text: 'وندد حزب النهضة الجديدة الليبي بالهجوم',
      places: [['الليبي', 'LY', 'adjective']],
      entities: [['حزب النهضة الجديدة', 'ORG']],
      expected: [{ surface: 'حزب النهضة الجديدة الليبي', kind: 'organization', nameAr: 'حزب النهضة الجديدة', country: 'LY', sector: 'UNK', basis: 'unknown' }],
    },
  ])('$text', check);
});
