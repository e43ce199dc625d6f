/**
 * Every string of the interface, in English and Arabic. The Arabic table is typed against the English keys, so a
 * missing translation fails the type check; `{name}` placeholders are filled by `format`.
 */
import type { EventType, Modality, QuadClass } from '../../src/core/events.js';

export type Lang = 'en' | 'ar';
export const LANGS: readonly Lang[] = ['en', 'ar'];

const en = {
  appTitle: 'Marsad — Arabic news event observatory',
  brand: 'Marsad',
  language: 'العربية',
  languageLabel: 'Switch the interface to Arabic',
  filters: 'Filters',
  type: 'Event type',
  modality: 'Modality',
  country: 'Country',
  countryHint: 'ISO codes, comma-separated (LY,SD)',
  actor: 'Actor',
  actorHint: 'code or name, Arabic or English',
  place: 'Place',
  placeHint: 'name or GeoNames id',
  query: 'Text search',
  queryHint: 'Arabic-aware search of the articles',
  minConfidence: 'Minimum confidence',
  from: 'From',
  to: 'To',
  apply: 'Apply',
  clear: 'Clear all filters',
  export: 'Download',
  exportCsv: 'CSV',
  exportGeojson: 'GeoJSON',
  exportJsonl: 'PLOVER JSON Lines',
  map: 'Map of events',
  legend: 'Event class',
  timeline: 'Events over time',
  timelineHint: 'Drag across the bars to choose a date range',
  clearDates: 'All dates',
  events: 'Events',
  eventCount: '{count} events',
  placeCount: '{count} events at {place}',
  more: 'More events',
  noEvents: 'No event matches these filters.',
  loading: 'Loading…',
  close: 'Close',
  detail: 'Event',
  what: 'What',
  when: 'When',
  where: 'Where',
  who: 'Actor',
  whom: 'Recipient',
  confidence: 'Confidence',
  evidence: 'Evidence',
  source: 'Source',
  readDocument: 'Read the whole article',
  openOriginal: 'Original article',
  precision: 'precision: {precision}',
  publicationDate: 'publication date',
  unknown: 'unknown',
  none: 'none',
  sector: 'sector {sector}',
  coordinates: '{lat}, {lon}',
  casualties: 'Casualties',
  dead: 'dead',
  injured: 'injured',
  arrested: 'arrested',
  document: 'Article',
  layers: 'Highlight',
  layerEntity: 'Named entities',
  layerPlace: 'Places',
  layerDate: 'Dates',
  layerActor: 'Actors',
  layerRecipient: 'Recipients',
  layerTrigger: 'Event words',
  documentEvents: 'Events in this article',
  actorPage: 'Actor',
  actorEvents: 'Events per month',
  asActor: 'as actor',
  asRecipient: 'as recipient',
  counterparts: 'Counterparts',
  eventTypes: 'Event types',
  filterByActor: 'Show only this actor’s events',
  filterByPlace: 'Show only this place’s events',
  filterByDocument: 'Show only this article’s events',
  viewLabel: 'Show',
  viewCanonical: 'Events',
  viewMentions: 'Reports',
  viewHint: 'Events: the reports of one happening merged into one. Reports: every article’s mention on its own.',
  coverage: 'Coverage',
  reported: 'Reported',
  reportedRange: '{first} to {last}',
  disagreements: 'Reports disagree',
  mode: 'Mode',
  openReport: 'Open report {n}',
  reportNumber: 'Report {n}',
  mergeWhy: 'Why these reports were merged',
  mergeFounded: 'Report {n} founded the event',
  mergeJoined: 'Report {n} joined through report {with}',
  partOfEvent: 'This report is one of the reports of a merged event.',
  openCanonical: 'Open the event',
  errorTitle: 'Something went wrong',
  type_AGREE: 'Agree',
  type_CONSULT: 'Consult',
  type_SUPPORT: 'Support',
  type_CONCEDE: 'Concede',
  type_COOPERATE: 'Cooperate',
  type_AID: 'Aid',
  type_RETREAT: 'Retreat',
  type_REQUEST: 'Request',
  type_ACCUSE: 'Accuse',
  type_REJECT: 'Reject',
  type_THREATEN: 'Threaten',
  type_PROTEST: 'Protest',
  type_SANCTION: 'Sanction',
  type_MOBILIZE: 'Mobilize',
  type_COERCE: 'Coerce',
  type_ASSAULT: 'Assault',
  modality_asserted: 'asserted',
  modality_future: 'future',
  modality_hypothetical: 'hypothetical',
  modality_negated: 'negated',
  modality_historical: 'historical',
  modality_reported: 'reported',
  'quad_verbal-cooperation': 'verbal cooperation',
  'quad_material-cooperation': 'material cooperation',
  'quad_verbal-conflict': 'verbal conflict',
  'quad_material-conflict': 'material conflict',
} as const;

export type Key = keyof typeof en;

const ar: Record<Key, string> = {
  appTitle: 'مرصد — مرصد أحداث الأخبار العربية',
  brand: 'مرصد',
  language: 'English',
  languageLabel: 'التبديل إلى الواجهة الإنجليزية',
  filters: 'التصفية',
  type: 'نوع الحدث',
  modality: 'الصيغة',
  country: 'البلد',
  countryHint: 'رموز ISO مفصولة بفواصل (LY,SD)',
  actor: 'الفاعل',
  actorHint: 'رمز أو اسم بالعربية أو الإنجليزية',
  place: 'المكان',
  placeHint: 'اسم أو معرّف GeoNames',
  query: 'بحث في النص',
  queryHint: 'بحث في المقالات يراعي خصائص العربية',
  minConfidence: 'أدنى درجة ثقة',
  from: 'من',
  to: 'إلى',
  apply: 'تطبيق',
  clear: 'مسح كل التصفيات',
  export: 'تنزيل',
  exportCsv: 'CSV',
  exportGeojson: 'GeoJSON',
  exportJsonl: 'PLOVER JSON Lines',
  map: 'خريطة الأحداث',
  legend: 'فئة الحدث',
  timeline: 'الأحداث عبر الزمن',
  timelineHint: 'اسحب فوق الأعمدة لاختيار فترة زمنية',
  clearDates: 'كل التواريخ',
  events: 'الأحداث',
  eventCount: '{count} حدثًا',
  placeCount: '{count} حدثًا في {place}',
  more: 'مزيد من الأحداث',
  noEvents: 'لا يوجد حدث يطابق هذه التصفية.',
  loading: 'جارٍ التحميل…',
  close: 'إغلاق',
  detail: 'الحدث',
  what: 'ماذا',
  when: 'متى',
  where: 'أين',
  who: 'الفاعل',
  whom: 'المفعول به',
  confidence: 'درجة الثقة',
  evidence: 'الدليل',
  source: 'المصدر',
  readDocument: 'قراءة المقال كاملًا',
  openOriginal: 'المقال الأصلي',
  precision: 'الدقة: {precision}',
  publicationDate: 'تاريخ النشر',
  unknown: 'غير معروف',
  none: 'لا يوجد',
  sector: 'القطاع {sector}',
  coordinates: '{lat}، {lon}',
  casualties: 'الضحايا',
  dead: 'قتلى',
  injured: 'جرحى',
  arrested: 'معتقلون',
  document: 'المقال',
  layers: 'التظليل',
  layerEntity: 'الكيانات المسماة',
  layerPlace: 'الأماكن',
  layerDate: 'التواريخ',
  layerActor: 'الفاعلون',
  layerRecipient: 'المفعول بهم',
  layerTrigger: 'كلمات الحدث',
  documentEvents: 'الأحداث في هذا المقال',
  actorPage: 'الفاعل',
  actorEvents: 'الأحداث في كل شهر',
  asActor: 'فاعلًا',
  asRecipient: 'مفعولًا به',
  counterparts: 'الأطراف المقابلة',
  eventTypes: 'أنواع الأحداث',
  filterByActor: 'عرض أحداث هذا الفاعل فقط',
  filterByPlace: 'عرض أحداث هذا المكان فقط',
  filterByDocument: 'عرض أحداث هذا المقال فقط',
  viewLabel: 'عرض',
  viewCanonical: 'الأحداث',
  viewMentions: 'التقارير',
  viewHint: 'الأحداث: تقارير الواقعة الواحدة مدمجة في حدث واحد. التقارير: ما ورد في كل مقال على حدة.',
  coverage: 'التغطية',
  reported: 'النشر',
  reportedRange: 'من {first} إلى {last}',
  disagreements: 'تختلف التقارير في',
  mode: 'الأسلوب',
  openReport: 'فتح التقرير {n}',
  reportNumber: 'التقرير {n}',
  mergeWhy: 'لماذا دُمجت هذه التقارير',
  mergeFounded: 'التقرير {n} أسّس الحدث',
  mergeJoined: 'التقرير {n} انضم عبر التقرير {with}',
  partOfEvent: 'هذا التقرير واحد من تقارير حدث مدمج.',
  openCanonical: 'فتح الحدث',
  errorTitle: 'حدث خطأ',
  type_AGREE: 'اتفاق',
  type_CONSULT: 'تشاور',
  type_SUPPORT: 'دعم',
  type_CONCEDE: 'تنازل',
  type_COOPERATE: 'تعاون',
  type_AID: 'مساعدة',
  type_RETREAT: 'انسحاب',
  type_REQUEST: 'طلب',
  type_ACCUSE: 'اتهام',
  type_REJECT: 'رفض',
  type_THREATEN: 'تهديد',
  type_PROTEST: 'احتجاج',
  type_SANCTION: 'عقوبات',
  type_MOBILIZE: 'تعبئة',
  type_COERCE: 'إكراه',
  type_ASSAULT: 'اعتداء',
  modality_asserted: 'مؤكَّد',
  modality_future: 'مستقبلي',
  modality_hypothetical: 'افتراضي',
  modality_negated: 'منفي',
  modality_historical: 'تاريخي',
  modality_reported: 'منقول',
  'quad_verbal-cooperation': 'تعاون لفظي',
  'quad_material-cooperation': 'تعاون مادي',
  'quad_verbal-conflict': 'نزاع لفظي',
  'quad_material-conflict': 'نزاع مادي',
};

export const DICTIONARY: Readonly<Record<Lang, Readonly<Record<Key, string>>>> = { en, ar };

/** Nouns counted in the interface, each with its plural forms (Arabic has six: Intl.PluralRules picks one). */
type Noun = 'sources' | 'reports';
type PluralForms = { readonly other: string } & { readonly [K in Intl.LDMLPluralRule]?: string };

const PLURALS: Readonly<Record<Lang, Readonly<Record<Noun, PluralForms>>>> = {
  en: {
    sources: { one: '1 source', other: '{count} sources' },
    reports: { one: '1 report', other: '{count} reports' },
  },
  ar: {
    sources: { zero: 'لا مصادر', one: 'مصدر واحد', two: 'مصدران', few: '{count} مصادر', many: '{count} مصدرًا', other: '{count} مصدر' },
    reports: { zero: 'لا تقارير', one: 'تقرير واحد', two: 'تقريران', few: '{count} تقارير', many: '{count} تقريرًا', other: '{count} تقرير' },
  },
};

/** `count` of `noun` in the language's plural form: "3 sources", "مصدران". */
export function plural(lang: Lang, noun: Noun, count: number): string {
  const forms = PLURALS[lang][noun];
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replace('{count}', String(count));
}

export const MODALITIES: readonly Modality[] = ['asserted', 'future', 'hypothetical', 'negated', 'historical', 'reported'];

/** The string for `key`, with each `{name}` replaced by `values[name]`. */
export function format(lang: Lang, key: Key, values: Readonly<Record<string, string | number>> = {}): string {
  return DICTIONARY[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export function typeLabel(lang: Lang, type: EventType): string {
  return DICTIONARY[lang][`type_${type}`];
}

export function modalityLabel(lang: Lang, modality: Modality): string {
  return DICTIONARY[lang][`modality_${modality}`];
}

export function quadLabel(lang: Lang, quad: QuadClass): string {
  return DICTIONARY[lang][`quad_${quad}`];
}

export function isModality(value: string): value is Modality {
  return (MODALITIES as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ar';
}

export function direction(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
