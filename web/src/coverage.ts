/**
 * How a canonical event was reported: how many sources and reports, when it was first and last reported, what the
 * reports disagree on, every report with its evidence sentence one click from its own detail, and (folded) why
 * the reports were merged. A report's detail links back to its event.
 */
import type { CanonicalBlock, Disagreement, MergeLink } from '../../src/core/canonical.js';
import type { Report } from './api.js';
import type { Ctx } from './context.js';
import { h } from './dom.js';
import { evidenceSpans } from './highlight.js';
import { isModality, modalityLabel, plural, type Key } from './i18n.js';
import { highlighted } from './marks.js';
import { groupReports, mergeSteps, type MergeStep, type NumberedReport, type ReportGroup } from './reports.js';
import { sourceBlock } from './source.js';

/** "3 sources · 4 reports": the badge of a list row and of the detail. */
export function coverageBadge(ctx: Ctx, block: CanonicalBlock): HTMLElement {
  return h('span', { class: 'badge coverage' }, `${plural(ctx.lang, 'sources', block.sources)} · ${plural(ctx.lang, 'reports', block.reports)}`);
}

const FIELD_KEYS: Readonly<Record<string, Key>> = {
  date: 'when',
  place: 'where',
  mode: 'mode',
  modality: 'modality',
  actor: 'who',
  recipient: 'whom',
  dead: 'dead',
  injured: 'injured',
  arrested: 'arrested',
};

/** A field and its values, each with how many reports gave it; a value keeps its own direction beside its count. */
function disagreement(ctx: Ctx, d: Disagreement): HTMLElement {
  const key = FIELD_KEYS[d.field];
  const value = (v: string) => (d.field === 'modality' && isModality(v) ? modalityLabel(ctx.lang, v) : v);
  return h(
    'li',
    {},
    h('strong', {}, key ? ctx.t(key) : d.field),
    ' ',
    ...d.values.flatMap((v, i) => [i > 0 && ' · ', h('bdi', {}, value(v.value)), ` (${v.mentions})`]),
  );
}

/** The reported range: one day when the first and the last report came out the same day. */
function reportedRange(ctx: Ctx, block: CanonicalBlock): string {
  const first = block.first_reported?.slice(0, 10) ?? ctx.t('unknown');
  const last = block.last_reported?.slice(0, 10) ?? ctx.t('unknown');
  return first === last ? first : ctx.t('reportedRange', { first, last });
}

/** Rows for the detail's list of facts. */
export function coverageRows(ctx: Ctx, block: CanonicalBlock): [string, HTMLElement][] {
  return [
    [ctx.t('coverage'), coverageBadge(ctx, block)],
    [ctx.t('reported'), h('bdi', {}, reportedRange(ctx, block))],
  ];
}

function mention(ctx: Ctx, { n, report }: NumberedReport): HTMLElement {
  return h(
    'li',
    { class: 'report', 'data-id': report.id },
    h('span', { class: 'report-number' }, ctx.t('reportNumber', { n })),
    h('blockquote', { class: 'report-evidence', dir: 'rtl', lang: 'ar' }, highlighted(report.text, evidenceSpans(report))),
    h('button', { type: 'button', class: 'link open-report', onclick: () => ctx.open({ kind: 'event', id: report.id }) }, ctx.t('openReport', { n })),
  );
}

function group(ctx: Ctx, { document, mentions }: ReportGroup): HTMLElement {
  const docId = mentions[0]?.report.evidence.doc_id;
  return h(
    'li',
    { class: 'report-group' },
    document && sourceBlock(ctx, document),
    docId && h('button', { type: 'button', class: 'link', onclick: () => ctx.open({ kind: 'document', id: docId }) }, ctx.t('readDocument')),
    h('ol', { class: 'report-mentions' }, ...mentions.map((m) => mention(ctx, m))),
  );
}

function step(ctx: Ctx, s: MergeStep): HTMLElement {
  const line = s.with === null ? ctx.t('mergeFounded', { n: s.n }) : ctx.t('mergeJoined', { n: s.n, with: s.with });
  return h('li', {}, line, s.reasons.length > 0 && h('div', { class: 'meta reasons', dir: 'ltr' }, s.reasons.join(' · ')));
}

/** The sections under a canonical event's evidence: disagreements, the reports, the merge explanation. */
export function coverageSections(ctx: Ctx, block: CanonicalBlock, reports: readonly Report[], explanation: readonly MergeLink[]): HTMLElement[] {
  const groups = groupReports(reports);
  const steps = mergeSteps(explanation, groups);
  const sections: HTMLElement[] = [];
  if (block.disagreements.length > 0) {
    sections.push(h('h3', {}, ctx.t('disagreements')), h('ul', { class: 'disagreements' }, ...block.disagreements.map((d) => disagreement(ctx, d))));
  }
  sections.push(h('h3', {}, ctx.t('viewMentions')), h('ol', { class: 'report-groups' }, ...groups.map((g) => group(ctx, g))));
  if (steps.length > 1) {
    sections.push(h('details', { class: 'merge-explanation' }, h('summary', {}, ctx.t('mergeWhy')), h('ul', {}, ...steps.map((s) => step(ctx, s)))));
  }
  return sections;
}

/** On a report's detail: the canonical event it was merged into. */
export function partOf(ctx: Ctx, canonicalId: string): HTMLElement {
  return h(
    'p',
    { class: 'part-of' },
    ctx.t('partOfEvent'),
    ' ',
    h('button', { type: 'button', class: 'link open-canonical', onclick: () => ctx.open({ kind: 'event', id: canonicalId }) }, ctx.t('openCanonical')),
  );
}
