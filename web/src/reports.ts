/**
 * A canonical event's reports as the detail shows them: grouped by article (one article can mention the event in
 * several sentences), earliest article first, each mention numbered so that the merge explanation can name it by
 * its number instead of an opaque id. Nothing here touches the DOM.
 */
import type { MergeLink } from '../../src/core/canonical.js';
import type { DocumentRef, Report } from './api.js';

export interface NumberedReport {
  n: number;
  report: Report;
}

export interface ReportGroup {
  document: DocumentRef | null;
  mentions: NumberedReport[];
}

/** Undated articles sort last: they say nothing about who reported first. */
const publishedKey = (document: DocumentRef | null) => document?.publishedAt ?? '\uffff';

/** The reports grouped by article, articles by publication time (then as the API listed them), numbered from 1. */
export function groupReports(reports: readonly Report[]): ReportGroup[] {
  const byArticle = new Map<string, { document: DocumentRef | null; reports: Report[] }>();
  for (const report of reports) {
    const key = report.document?.id ?? report.evidence.doc_id;
    const group = byArticle.get(key) ?? { document: report.document, reports: [] };
    group.reports.push(report);
    byArticle.set(key, group);
  }
  // Array.prototype.sort is stable: articles published together keep the API's order.
  const ordered = [...byArticle.values()].sort((a, b) => publishedKey(a.document).localeCompare(publishedKey(b.document)));
  let n = 0;
  return ordered.map((group) => ({ document: group.document, mentions: group.reports.map((report) => ({ n: ++n, report })) }));
}

/** One line of the merge explanation: report `n` founded the event (`with` null) or joined through another one. */
export interface MergeStep {
  n: number | string;
  /** The report it was compared with: its number, or its id when the reports do not list it. */
  with: number | string | null;
  /** The rules that fired, as the API words them (the last one gives the support and the signals). */
  reasons: readonly string[];
}

/** The explanation in the order the members joined, each mention named by its number in `groups`. */
export function mergeSteps(explanation: readonly MergeLink[], groups: readonly ReportGroup[]): MergeStep[] {
  const numbers = new Map(groups.flatMap((group) => group.mentions.map(({ n, report }) => [report.id, n] as const)));
  const name = (id: string) => numbers.get(id) ?? id;
  return explanation.map((link) => ({
    n: name(link.mention),
    with: link.with === null ? null : name(link.with),
    reasons: link.decision?.reasons ?? [],
  }));
}
