import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClusterMention } from '../core/index.js';
import { MentionGraph, cannotLinkSet, clusterComponent, clusterMentions, type EventCluster } from './cluster.js';
import { buildCanonical } from './merge.js';
import { HOUTHIS, SHEIKH_OTHMAN, TAIZ, mention } from './test-mentions.test-util.js';

/** A day of Aden and Taiz news: one bombing told four ways (one a reprint), a shelling the same day, a raid in Taiz. */
const bombing = [
  mention('m1', {}, { documentId: 'aawsat', source: 'aawsat', publishedAt: '2015-08-20T11:40:00' }),
  mention('m2', { text: 'ارتفعت حصيلة التفجير الذي استهدف سوق الشيخ عثمان إلى 15 قتيلا', event_loc: SHEIKH_OTHMAN, dead: { min: 15, max: 15, text: '15 قتيلا' }, date_precision: 'reported' }, { documentId: 'alriyadh', source: 'alriyadh', publishedAt: '2015-08-20T19:05:00' }),
  mention('m3', { text: 'لقي 12 مدنيا مصرعهم أمس بتفجير سيارة مفخخة في سوق بمدينة عدن' }, { documentId: 'okaz', source: 'okaz', publishedAt: '2015-08-21T06:30:00' }),
  mention('m4', {}, { documentId: 'sabq', source: 'sabq', publishedAt: '2015-08-20T13:15:00', copyOf: 'aawsat' }),
];
const shelling = mention('m5', { mode: 'heavy-weapons', actor: [HOUTHIS], dead: null, injured: { min: 3, max: 3, text: '3' }, text: 'قصفت ميليشيات الحوثي بقذائف الهاون ميناء المعلا في مدينة عدن' }, { documentId: 'aawsat-2', source: 'aawsat' });
const secondBombing = mention('m6', { dead: { min: 40, max: 40, text: '40 قتيلا' }, text: 'قتل 40 شخصا في تفجير انتحاري استهدف مسجدا في عدن' }, { documentId: 'sabanews', source: 'sabanews' });
const taiz = mention('m7', { event_loc: TAIZ, mode: 'aerial', actor: [], text: 'شنت طائرات التحالف غارات على مواقع للمتمردين في تعز' }, { documentId: 'spa', source: 'spa' });
const all = [...bombing, shelling, secondBombing, taiz];

const canon = (clusters: EventCluster[]) =>
  clusters.map((c) => buildCanonical(c)).map((e) => ({ id: e.id, mentions: [...e.mentions].sort(), reports: e.reports, sources: e.sources, record: e.record })).sort((a, b) => a.id.localeCompare(b.id));

describe('clusterMentions', () => {
  it('merges one event told by three outlets and a reprint: 4 reports, 3 independent sources; other events stay apart', () => {
    const events = canon(clusterMentions(all));
    expect(events.map((e) => e.mentions)).toEqual([['m1', 'm2', 'm3', 'm4'], ['m5'], ['m6'], ['m7']]);
    expect(events[0]).toMatchObject({ id: 'ce-m1', reports: 4, sources: 3 });
    const merged = buildCanonical(clusterMentions(all)[0]!);
    expect(merged.disagreements).toContainEqual({ field: 'dead', values: [{ value: '12', mentions: 3 }, { value: '15', mentions: 1 }] });
    expect(merged.record.dead?.min).toBe(12);
    expect(merged.first_reported).toBe('2015-08-20T11:40:00');
    expect(merged.last_reported).toBe('2015-08-21T06:30:00');
    expect(merged.evidence).toHaveLength(4);
    expect(merged.explanation.filter((l) => l.with !== null).every((l) => l.decision?.same && l.decision.reasons.length > 2)).toBe(true);
  });

  it('is a function of the set of mentions: any order gives the same canonical events', () => {
    const expected = canon(clusterMentions(all));
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        expect(canon(clusterMentions(shuffled))).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('re-clustering the component of newly arrived mentions gives what clustering everything at once gives', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), fc.integer({ min: 1, max: all.length - 1 }), (order, cut) => {
        // First batch clustered alone, then the second batch's components re-clustered with what they touch.
        const byMention = new Map<string, EventCluster>();
        for (const c of clusterMentions(order.slice(0, cut))) for (const m of c.members) byMention.set(m.record.id, c);
        const graph = new MentionGraph();
        graph.add(order);
        const component = graph.component(order.slice(cut));
        for (const c of clusterComponent(component, graph, new Set())) for (const m of c.members) byMention.set(m.record.id, c);
        expect(canon([...new Set(byMention.values())])).toEqual(canon(clusterMentions(all)));
      }),
      { numRuns: 50 },
    );
  });

  it('honours an analyst\u2019s split, and undoing it restores the merge', () => {
    const split = canon(clusterMentions(all, [{ a: 'm2', b: 'm1' }, { a: 'm2', b: 'm3' }, { a: 'm2', b: 'm4' }]));
    expect(split.map((e) => e.mentions)).toContainEqual(['m2']);
    expect(split.map((e) => e.mentions)).toContainEqual(['m1', 'm3', 'm4']);
    expect(canon(clusterMentions(all, []))).toEqual(canon(clusterMentions(all)));
    expect(cannotLinkSet([{ a: 'x', b: 'y' }])).toEqual(cannotLinkSet([{ a: 'y', b: 'x' }]));
  });

  it('keeps undated mentions as events of their own', () => {
    const undated = (id: string) => mention(id, { date: null, date_precision: null });
    expect(canon(clusterMentions([undated('u1'), undated('u2')])).map((e) => e.mentions)).toEqual([['u1'], ['u2']]);
  });
});

describe('buildCanonical', () => {
  it('takes the representative among members carrying the merged date, and a stable id from the earliest member', () => {
    const members: ClusterMention[] = [
      mention('b2', { date: '2015-08-20', date_precision: 'reported' }),
      mention('a1', { date: '2015-08-19', date_precision: 'day', confidence: 0.6 }),
      mention('c3', { date: '2015-08-19', date_precision: 'day', confidence: 0.9 }),
    ];
    const event = buildCanonical({ members, links: members.map((m) => ({ mention: m.record.id, with: null, decision: null })) });
    expect(event.id).toBe('ce-a1');
    expect(event.record).toMatchObject({ id: 'ce-a1', date: '2015-08-19', date_precision: 'day' });
    expect(event.representative).toBe('c3');
    expect(event.record.text).toBe(members[2]!.record.text);
  });
});
