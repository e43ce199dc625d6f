import type { Command } from 'commander';
import { InputError } from '../../core/index.js';
import { clusterEvents } from '../../pipeline/index.js';
import { withStore } from '../context.js';
import { findCanonical } from './explain.js';

interface SplitFlags {
  undo?: boolean;
}

export function registerSplit(program: Command): void {
  program
    .command('split')
    .description('take a mention out of a canonical event (an analyst\'s correction, kept across re-clustering); --undo reverses it')
    .argument('<event>', 'the canonical event id (ce-…) the mention was split from')
    .argument('<mention>', 'the event mention to take out')
    .option('--undo', 'undo an earlier split of this mention from this event')
    .addHelpText('after', '\nExample: marsad explain ce-18ccc2… ; marsad split ce-18ccc2… 7cb4a0… ; marsad split --undo ce-18ccc2… 7cb4a0…')
    .action(async (eventId: string, mentionId: string, flags: SplitFlags, command: Command) => {
      await withStore(command, (store) => {
        if (flags.undo) {
          if (store.removeSplit(eventId, mentionId) === 0) {
            throw new InputError(`mention ${mentionId} was never split from ${eventId}`, 'check the two ids (marsad explain shows them)');
          }
        } else {
          const event = findCanonical(store, eventId);
          if (event.id !== eventId) throw new InputError(`${eventId} is not a canonical event id`, `use ${event.id}, the event it belongs to`);
          if (!event.mentions.includes(mentionId)) {
            throw new InputError(`mention ${mentionId} is not part of ${eventId}`, `marsad explain ${eventId} lists its members`);
          }
          store.addSplit(eventId, mentionId, event.mentions.filter((m) => m !== mentionId));
        }
        const document = store.getEvent(mentionId)?.evidence.doc_id;
        const result = clusterEvents(store, document ? [document] : []);
        process.stdout.write(
          `${flags.undo ? 'undid the split' : 'split'}: ${mentionId} is now in ${store.canonicalIdOf(mentionId) ?? 'no event'} ` +
            `(${result.mentions} mentions re-clustered into ${result.canonicalEvents} events)\n`,
        );
      });
    });
}
