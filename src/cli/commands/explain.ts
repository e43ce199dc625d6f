import type { Command } from 'commander';
import { InputError, type CanonicalEvent } from '../../core/index.js';
import { compareMentions } from '../../cluster/index.js';
import type { DocumentStore } from '../../store/index.js';
import { printJson, withStore } from '../context.js';

interface ExplainFlags {
  json?: boolean;
}

/** The canonical event an id names: a canonical id itself, or a mention id resolved to its event. */
export function findCanonical(store: DocumentStore, id: string): CanonicalEvent {
  const event = store.getCanonicalEvent(id) ?? store.getCanonicalEvent(store.canonicalIdOf(id) ?? '');
  if (!event) {
    throw new InputError(
      `there is no canonical event or clustered event mention "${id}"`,
      'list ids with marsad events --view canonical (canonical ids start with ce-) or marsad events (mention ids)',
    );
  }
  return event;
}

/** Mentions that were compared with the event's members and kept apart: why each one is not part of it. */
function nearMisses(store: DocumentStore, event: CanonicalEvent) {
  const members = store.mentionsOfDocuments(event.documents).filter((m) => event.mentions.includes(m.record.id));
  const first = event.record.date ?? '';
  const others = store
    .mentionsInWindow(event.record.event_type, shift(first, -2), shift(first, 2))
    .filter((m) => !event.mentions.includes(m.record.id));
  return others
    .flatMap((other) => {
      const best = members
        .map((member) => ({ member: member.record.id, decision: compareMentions(member, other) }))
        .sort((a, b) => b.decision.score - a.decision.score)[0];
      return best && best.decision.compatible ? [{ mention: other.record.id, document: other.documentId, canonical: store.canonicalIdOf(other.record.id), ...best }] : [];
    })
    .sort((a, b) => b.decision.score - a.decision.score)
    .slice(0, 5);
}

function shift(day: string, days: number): string {
  const t = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? day : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('why reports were merged into one canonical event: members, documents, sources, copies, each merge\'s reasons, near misses')
    .argument('<id>', 'a canonical event id (ce-…) or the id of one of its event mentions')
    .option('--json', 'print the canonical event, copies and near misses as JSON')
    .action(async (id: string, flags: ExplainFlags, command: Command) => {
      await withStore(
        command,
        (store) => {
          const event = findCanonical(store, id);
          const copies = store.copyGroups(event.documents).filter((c) => c.documentId !== c.canonicalId);
          const misses = nearMisses(store, event);
          if (flags.json) {
            printJson({ event, copies, nearMisses: misses });
            return;
          }
          const r = event.record;
          const lines = [
            `${event.id}  ${r.event_type}${r.mode ? `/${r.mode}` : ''}  ${r.date ?? 'undated'}  ${r.event_loc?.resolved_place ?? r.event_loc?.extracted_place ?? ''}`,
            `${event.mentions.length} mentions in ${event.reports} reports from ${event.sources} independent sources (${event.source_names.join(', ')}); first reported ${event.first_reported ?? '?'}, last ${event.last_reported ?? '?'}`,
          ];
          for (const c of copies) lines.push(`copy: ${c.documentId} reprints ${c.canonicalId} (similarity ${c.similarity.toFixed(2)})`);
          for (const d of event.disagreements) lines.push(`disagree on ${d.field}: ${d.values.map((v) => `${v.value} (${v.mentions})`).join(' vs ')}`);
          lines.push('', 'members:');
          for (const link of event.explanation) {
            const evidence = event.evidence[event.mentions.indexOf(link.mention)];
            lines.push(`  ${link.mention}  doc ${evidence?.doc_id ?? '?'}`);
            lines.push(link.with === null ? '    founded the event' : `    merged with ${link.with}: ${link.decision?.reasons.join('; ') ?? ''}`);
          }
          if (misses.length > 0) lines.push('', 'near misses (compatible, not enough support):');
          for (const m of misses) lines.push(`  ${m.mention}  doc ${m.document} (in ${m.canonical ?? 'none'}): ${m.decision.reasons.join('; ')}`);
          process.stdout.write(`${lines.join('\n')}\n`);
        },
        { readonly: true },
      );
    });
}
