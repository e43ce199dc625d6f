import { CODER_VERSION, type EventRecord } from './events.js';

/**
 * A PLOVER record for tests: a car bombing in Aden reported on 2015-08-20, without actors or a resolved place;
 * `fields` override any part. One builder, so that a change to EventRecord is made in one test file.
 */
export function bombingRecord(id: string, docId: string, fields: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    date: '2015-08-20',
    date_precision: 'day',
    date_text: null,
    event_type: 'ASSAULT',
    quad_code: 'material-conflict',
    mode: 'explosives',
    context: ['terrorism'],
    modality: 'asserted',
    actor: [],
    recipient: [],
    event_loc: null,
    event_text: 'انفجار',
    text: 'قتل 12 شخصا في انفجار سيارة مفخخة في عدن',
    evidence: { doc_id: docId, sentence: 0, start: 0, end: 41, trigger_start: 14, trigger_end: 20 },
    dead: { min: 12, max: 12, text: '12 شخصا' },
    injured: null,
    arrested: null,
    confidence: 0.8,
    coder: CODER_VERSION,
    ...fields,
  };
}
