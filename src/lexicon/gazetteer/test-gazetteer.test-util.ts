import { Lexicon } from '../lexicon.js';
import { parseWordList } from '../wordlist.js';
import { compileGazetteer, type CountryNames } from './compile.js';
import { parsePlaceCues } from './cues.js';
import { parseCuratedList } from './curated.js';
import { gazetteerFrom } from './format.js';
import type { Gazetteer } from './gazetteer.js';
import type { GeoNamesRow } from './geonames.js';

/**
 * A small world for the geoparser's unit tests, made here rather than read from data/ (which changes): real
 * GeoNames rows (ids, coordinates, populations as cities500 has them) for the places the tests name, among them
 * the traps — two Tripolis, two Genevas, Adré in Chad and Idri in Libya both written أدري, towns named like
 * ordinary words (الباب, الجديد, كان) and a foreign town whose Arabic-script name is a common word (نادي).
 */

type Row = [id: number, name: string, arabic: string[], lat: number, lon: number, code: string, cc: string, admin1: string, population: number];

const ROWS: Row[] = [
  [2210247, 'Tripoli', ['طرابلس', 'طرابلس الغرب'], 32.88743, 13.18733, 'PPLC', 'LY', '77', 1150989],
  [266826, 'Tripoli', ['طرابلس'], 34.43352, 35.84415, 'PPLA', 'LB', '09', 229398],
  [88319, 'Benghazi', ['بنغازي'], 32.11486, 20.06859, 'PPLA', 'LY', '69', 807250],
  [2214846, 'Misratah', ['مصراتة'], 32.37535, 15.09254, 'PPLA', 'LY', '72', 386120],
  [2212775, 'Sabha', ['سبها'], 27.03766, 14.42832, 'PPLA', 'LY', '75', 130000],
  [2216645, 'Hun', ['هون'], 29.12684, 15.94772, 'PPLA', 'LY', '64', 18878],
  [2210554, 'Sirte', ['سرت'], 31.20892, 16.58866, 'PPLA', 'LY', '76', 128123],
  [2219960, 'Al Jadid', ['الجديد', 'الجديدة'], 27.05, 14.4, 'PPL', 'LY', '75', 126386],
  [2220309, 'Idri', ['إدري', 'أدري'], 27.44707, 13.05173, 'PPLA', 'LY', '78', 4611],
  [2660646, 'Geneve', ['جنيف'], 46.20222, 6.14569, 'PPLA', 'CH', 'GE', 183981],
  [4893591, 'Geneva', ['جنيف'], 41.88753, -88.30535, 'PPLA2', 'US', 'IL', 21806],
  [276781, 'Beirut', ['بيروت'], 33.89332, 35.50157, 'PPLC', 'LB', '04', 1916100],
  [524901, 'Moscow', ['موسكو'], 55.75222, 37.61556, 'PPLC', 'RU', '48', 10381222],
  [323786, 'Ankara', ['أنقرة'], 39.91987, 32.85427, 'PPLC', 'TR', '68', 3517182],
  [360630, 'Cairo', ['القاهرة'], 30.06263, 31.24967, 'PPLC', 'EG', '11', 9606916],
  [170063, 'Aleppo', ['حلب'], 36.20124, 37.16117, 'PPLA', 'SY', '09', 1602264],
  [174018, 'Al Bab', ['الباب'], 36.37051, 37.5157, 'PPLA2', 'SY', '09', 130745],
  [1538368, 'Kan', ['كان'], 43.67002, 81.5431, 'PPLA4', 'CN', '13', 0],
  [379252, 'Khartoum', ['الخرطوم'], 15.55177, 32.53241, 'PPLC', 'SD', '29', 1974647],
  [379555, 'El Fasher', ['الفاشر'], 13.62793, 25.34936, 'PPLA', 'SD', '55', 252609],
  [245669, 'Adre', ['أدري'], 13.466, 22.199, 'PPL', 'TD', '12', 11928],
  [2202064, 'Nadi', ['نادي'], -17.80309, 177.41617, 'PPL', 'FJ', '01', 42284],
  [2210221, 'Tarhuna', [], 32.43501, 13.6332, 'PPL', 'LY', '82', 210697],
  [2988507, 'Paris', ['باريس'], 48.85341, 2.3488, 'PPLC', 'FR', '11', 2138551],
  [71137, 'Sanaa', ['صنعاء'], 15.35472, 44.20667, 'PPLC', 'YE', '26', 1937451],
];

function row([geonameid, name, arabicNames, lat, lon, featureCode, countryCode, admin1Code, population]: Row): GeoNamesRow {
  return { geonameid, name, asciiName: name, arabicNames, latinNames: [], lat, lon, featureClass: 'P', featureCode, countryCode, admin1Code, population };
}

const COUNTRIES: CountryNames[] = [
  { code: 'LY', en: 'Libya', ar: ['ليبيا'] },
  { code: 'LB', en: 'Lebanon', ar: ['لبنان'] },
  { code: 'CH', en: 'Switzerland', ar: ['سويسرا'] },
  { code: 'EG', en: 'Egypt', ar: ['مصر'] },
  { code: 'SD', en: 'Sudan', ar: ['السودان'] },
  { code: 'SY', en: 'Syria', ar: ['سوريا'] },
  { code: 'RU', en: 'Russia', ar: ['روسيا'] },
  { code: 'TR', en: 'Turkey', ar: ['تركيا'] },
  { code: 'US', en: 'United States', ar: ['الولايات المتحدة'] },
  { code: 'CN', en: 'China', ar: ['الصين'] },
  { code: 'TD', en: 'Chad', ar: ['تشاد'] },
  { code: 'FJ', en: 'Fiji', ar: ['فيجي'] },
  { code: 'FR', en: 'France', ar: ['فرنسا'] },
  // No GeoNames place of Bouvet Island: a country with no point to stand for it stays out.
  { code: 'BV', en: 'Bouvet Island', ar: ['جزيرة بوفيه'] },
];

export const TEST_CURATED = `
@ cc=LY; code=S.AIRP
مطار معيتيقة|معيتيقة  @ en=Mitiga International Airport; at=32.8942,13.2760  # ICAO HLLM
@ cc=LY; code=S.AIRB
قاعدة الجفرة|قاعدة الجفرة الجوية  @ en=Al Jufra Air Base; near=2216645  # at Hun
@ code=A.ADM1; cc=LY
شعبية مصراتة  @ en=Misrata District; capital=2214846
@ code=L.RGN
الشرق الأوسط  @ en=Middle East; at=29,42
شرق ليبيا|الشرق الليبي  @ en=Cyrenaica; cc=LY; at=30.5,22
@
ترهونة  @ gn=2210221
أمريكي|أميركي  @ of=US
`;

export const TEST_CUES = `
[type city]
مدينة | العاصمة
[type city many]
مدن
[type town]
بلدة | قرية
[type admin1]
محافظة | ولاية | شعبية
[type airport]
مطار
[type base]
قاعدة | معسكر
[type port]
ميناء
[type road]
شارع | طريق
[type site]
مسجد
[type island]
جزيرة
[type region]
منطقة
[type region many]
مناطق
[type town many]
بلدات
[type town two]
بلدتي
[near]
قرب | بالقرب من | ضواحي | محيط
[at]
في | من | إلى | نحو | عبر
[direction E]
شرق | شرقي
[direction W]
غرب | غربي
[direction N]
شمال
[actor]
+دعا | +أعلن | +قال/يقول | +قاد/يقود | +رفض
[governor]
موقف | رد | طلب
[clause]
أن | إن | و
[head]
تل | عين | كفر | الإمام
`;

/** Event triggers: the policy verbs and nouns among them become cues (policyCues); meetings and attacks do not. */
export const TEST_TRIGGERS = `
[AGREE]
اتفاق | +اتفق | +أبرم
[CONSULT]
محادثات | +التقى
[SANCTION expel]
+طرد * السفير
[ASSAULT]
+قصف | هجوم
[CONCEDE]
مقاطعة
`;

const ORDINARY = 'الباب|الجديد|كان|أدري|نادي';

const NAMES = `طرابلس|بنغازي|مصراتة|سبها|سرت|ليبيا|لبنان|مصر|السودان|سوريا|الجامعة العربية|الأمم المتحدة|موسكو|أنقرة|حلب|الفوعة|كفريا`;

const WORDS = `في|من|إلى|على|عن|مع|أن|إن|قال|أعلن|أعلنت|الذي|التي|بعد|قبل|أمس|اليوم|وفد|وزير|الوزير|قوات|اشتباكات
جديد|جديدة|باب|الخلفي|المنزل|البحرية|الوفدان|التقى|اندلعت|بين|حكومة|الوحدة|مسؤولون|سبل|إيصال|المساعدات|وقف|إطلاق
النار|الحدود|آلاف|نزح|قصف|هبطت|طائرة|إقلاعها|الأرض|عادت|الاشتباكات|الحفل|الضباط|أقيم|تدعو|حرب|الحرب|كانت|نادي|بيانات|جديد|البحر|العربي|الجوية|السفينة|استقبل|انفجار|صغير`;

/** The lexicon tells names from words by the list's file name (names…). */
function list(content: string, source: string) {
  return parseWordList(content.replace(/\|/g, '\n'), source);
}

let cached: Gazetteer | undefined;

export function testGazetteer(): Gazetteer {
  if (cached) return cached;
  const curated = parseCuratedList(TEST_CURATED, 'test-curated.txt');
  const words = new Lexicon([...list(NAMES, 'names-test'), ...list(WORDS, 'test-words')]);
  const common = new Lexicon(list(WORDS, 'test-words'));
  const compiled = compileGazetteer({
    geonames: ROWS.map(row),
    countries: COUNTRIES,
    curated,
    ordinaryWords: new Set(list(ORDINARY, 'test-ordinary').flatMap((e) => e.variants)),
    commonWords: common,
    knownNames: new Lexicon(list(NAMES, 'names-test')),
    givenNames: new Set(['سلمان']),
  });
  const cues = parsePlaceCues(TEST_CUES, 'test-cues.txt', { content: TEST_TRIGGERS, source: 'test-triggers.txt' });
  cached = gazetteerFrom(compiled, { cues, words });
  return cached;
}
