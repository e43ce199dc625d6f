import { describe, expect, it } from 'vitest';
import type { MergeLink } from '../../src/core/canonical.js';
import type { DocumentRef, Report } from '../../web/src/api.js';
import { groupReports, mergeSteps } from '../../web/src/reports.js';

const AGENCY: DocumentRef = { id: 'doc-agency', title: 'قتلى وجرحى في مواجهات مسلحة بمصراتة', source: 'وكالة الأنباء التجريبية', url: null, publishedAt: '2025-03-14T09:00:00Z' };
const PAPER: DocumentRef = { id: 'doc-paper', title: 'اشتباكات عنيفة على تخوم مصراتة', source: 'مرصد الأخبار', url: null, publishedAt: '2025-03-14T07:30:00Z' };
const WEEKLY: DocumentRef = { id: 'doc-weekly', title: 'أنقرة تعلن جاهزية قواتها في ليبيا', source: 'صحيفة الأفق العربي', url: null, publishedAt: '2025-03-17' };
const UNDATED: DocumentRef = { id: 'doc-undated', title: 'مصراتة: هدوء حذر', source: null, url: null, publishedAt: null };

function report(id: string, document: DocumentRef | null, docId = document?.id ?? 'doc-missing'): Report {
  const text = 'لقي ٣ عسكريين مصرعهم وأُصيب ٧ آخرون بجروح متفاوتة في مواجهات مسلحة بمصراتة';
  return {
    id,
    date: '2025-03-13',
    date_precision: 'day',
    date_text: null,
    event_type: 'ASSAULT',
    quad_code: 'material-conflict',
    mode: null,
    context: [],
    modality: 'asserted',
    actor: [],
    recipient: [],
    event_loc: null,
    event_text: 'مواجهات',
    text,
    evidence: { doc_id: docId, sentence: 0, start: 0, end: text.length, trigger_start: 45, trigger_end: 52 },
    dead: { min: 3, max: 3, text: '٣' },
    injured: null,
    arrested: null,
    confidence: 0.8,
    coder: 'test',
    canonical_id: 'ce-m1',
    document,
  };
}

const numbered = (groups: ReturnType<typeof groupReports>) => groups.map((g) => [g.document?.id ?? null, g.mentions.map((m) => `${m.n}:${m.report.id}`)]);

describe('a canonical event’s reports, by article', () => {
  const cases: { name: string; reports: Report[]; expected: [string | null, string[]][] }[] = [
    { name: 'no reports', reports: [], expected: [] },
    {
      name: 'earliest article first, mentions of one article together, numbered in that order',
      reports: [report('m1', AGENCY), report('m2', WEEKLY), report('m3', PAPER), report('m4', AGENCY)],
      expected: [
        ['doc-paper', ['1:m3']],
        ['doc-agency', ['2:m1', '3:m4']],
        ['doc-weekly', ['4:m2']],
      ],
    },
    {
      name: 'undated articles last; articles published at the same time keep the API’s order',
      reports: [report('m1', UNDATED), report('m2', WEEKLY), report('m3', { ...WEEKLY, id: 'doc-reprint' })],
      expected: [
        ['doc-weekly', ['1:m2']],
        ['doc-reprint', ['2:m3']],
        ['doc-undated', ['3:m1']],
      ],
    },
    {
      name: 'a report whose article is gone is grouped by the document id of its evidence',
      reports: [report('m1', null, 'doc-x'), report('m2', null, 'doc-x'), report('m3', PAPER)],
      expected: [
        ['doc-paper', ['1:m3']],
        [null, ['2:m1', '3:m2']],
      ],
    },
  ];
  for (const { name, reports, expected } of cases) it(name, () => expect(numbered(groupReports(reports))).toEqual(expected));
});

describe('the merge explanation, by report number', () => {
  const groups = groupReports([report('m1', AGENCY), report('m2', WEEKLY), report('m3', PAPER)]);
  const decision = (score: number, reasons: string[]) => ({ same: true, compatible: true, score, reasons });

  it('names each member and the member it joined through by number, in the order they joined', () => {
    const explanation: MergeLink[] = [
      { mention: 'm1', with: null, decision: null },
      { mention: 'm3', with: 'm1', decision: decision(0.62, ['same day 2025-03-13', 'same place (Mişrātah)']) },
      { mention: 'm2', with: 'm3', decision: decision(0.53, ['same place (Mişrātah)', 'sentence similarity 0.16']) },
    ];
    expect(mergeSteps(explanation, groups)).toEqual([
      { n: 2, with: null, reasons: [] },
      { n: 1, with: 2, reasons: ['same day 2025-03-13', 'same place (Mişrātah)'] },
      { n: 3, with: 1, reasons: ['same place (Mişrātah)', 'sentence similarity 0.16'] },
    ]);
  });

  it('falls back to the id of a member the reports do not list, never to «founded»', () => {
    const steps = mergeSteps([{ mention: 'm2', with: 'gone', decision: decision(0.5, ['same article']) }], groups);
    expect(steps).toEqual([{ n: 3, with: 'gone', reasons: ['same article'] }]);
  });
});
