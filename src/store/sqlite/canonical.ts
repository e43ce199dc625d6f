import type BetterSqlite3 from 'better-sqlite3';
import type {
  CannotLink,
  CanonicalEvent,
  ClusterMention,
  CopyLink,
  EventRecord,
  EventType,
} from '../../core/index.js';
import type { CopyCandidate, DedupStats, MinHash } from '../canonical-types.js';

type Database = BetterSqlite3.Database;

/** Schema version 4: MinHash signatures and bands, copy groups, canonical events and analysts' splits. */
export const CANONICAL_SCHEMA = `
  CREATE TABLE document_signatures (
    document_rowid INTEGER PRIMARY KEY REFERENCES documents (rowid) ON DELETE CASCADE,
    signature      BLOB NOT NULL
  ) STRICT;
  -- One row per LSH band of each document: two documents sharing a key are copy candidates.
  CREATE TABLE document_bands (
    band_key       INTEGER NOT NULL,
    document_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
    PRIMARY KEY (band_key, document_rowid)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX document_bands_document ON document_bands (document_rowid);
  -- Every member of a copy group of two or more, the canonical document included (similarity 1).
  CREATE TABLE document_copies (
    document_rowid  INTEGER PRIMARY KEY REFERENCES documents (rowid) ON DELETE CASCADE,
    canonical_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
    similarity      REAL NOT NULL
  ) STRICT;
  CREATE INDEX document_copies_canonical ON document_copies (canonical_rowid);
  -- record: the merged PLOVER record with its canonical block (what the canonical view lists);
  -- detail: the whole CanonicalEvent (evidence, documents, merge explanation) for explain.
  CREATE TABLE canonical_events (
    rowid                INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    representative_rowid INTEGER NOT NULL UNIQUE REFERENCES events (rowid) ON DELETE CASCADE,
    mentions             INTEGER NOT NULL,
    reports              INTEGER NOT NULL,
    sources              INTEGER NOT NULL,
    first_reported       TEXT,
    last_reported        TEXT,
    record               TEXT NOT NULL,
    detail               TEXT NOT NULL
  ) STRICT;
  ALTER TABLE events ADD COLUMN canonical_rowid INTEGER REFERENCES canonical_events (rowid) ON DELETE SET NULL;
  CREATE INDEX events_canonical ON events (canonical_rowid);
  -- An analyst's split: mention and other must never be merged again (both directions are stored).
  CREATE TABLE event_splits (
    event_id      TEXT NOT NULL,
    mention_rowid INTEGER NOT NULL REFERENCES events (rowid) ON DELETE CASCADE,
    other_rowid   INTEGER NOT NULL REFERENCES events (rowid) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (mention_rowid, other_rowid, event_id)
  ) STRICT;
  CREATE INDEX event_splits_other ON event_splits (other_rowid);
`;

const MENTION_COLUMNS = `
  SELECT e.record, d.id AS documentId, d.source, d.published_at AS publishedAt, coalesce(c.id, d.id) AS copyOf
  FROM events AS e JOIN documents AS d ON d.rowid = e.document_rowid
  LEFT JOIN document_copies AS dc ON dc.document_rowid = d.rowid
  LEFT JOIN documents AS c ON c.rowid = dc.canonical_rowid`;

interface MentionRow {
  record: string;
  documentId: string;
  source: string | null;
  publishedAt: string | null;
  copyOf: string;
}

const toMention = (row: MentionRow): ClusterMention => ({
  record: JSON.parse(row.record) as EventRecord,
  documentId: row.documentId,
  source: row.source,
  publishedAt: row.publishedAt,
  copyOf: row.copyOf,
});

const json = (values: readonly unknown[]): string => JSON.stringify(values);

/** Signatures travel as little-endian bytes so that a database moves between machines unchanged. */
function signatureBlob(signature: Uint32Array): Buffer {
  const buffer = Buffer.alloc(signature.length * 4);
  signature.forEach((v, i) => buffer.writeUInt32LE(v, i * 4));
  return buffer;
}

function signatureOf(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}

/** The SQL of near-duplicates, canonical events and splits; statements prepared once per connection. */
export class CanonicalQueries {
  readonly #db: Database;
  readonly #s;
  readonly #replace: (mentionIds: string[], events: CanonicalEvent[]) => void;
  readonly #setCopyGroup: (canonicalId: string, members: CopyLink[]) => void;

  constructor(db: Database) {
    this.#db = db;
    this.#s = {
      putSignature: db.prepare('INSERT OR REPLACE INTO document_signatures (document_rowid, signature) VALUES (?, ?)'),
      putBand: db.prepare('INSERT OR IGNORE INTO document_bands (band_key, document_rowid) VALUES (?, ?)'),
      candidates: db.prepare<[string], { id: string; publishedAt: string | null; signature: Buffer }>(`
        SELECT DISTINCT d.id, d.published_at AS publishedAt, s.signature
        FROM documents AS self
        JOIN document_bands AS mine ON mine.document_rowid = self.rowid
        JOIN document_bands AS other ON other.band_key = mine.band_key AND other.document_rowid <> self.rowid
        JOIN documents AS d ON d.rowid = other.document_rowid
        JOIN document_signatures AS s ON s.document_rowid = d.rowid
        WHERE self.id = ?`),
      signature: db.prepare<[string], { signature: Buffer }>(
        'SELECT s.signature FROM document_signatures AS s JOIN documents AS d ON d.rowid = s.document_rowid WHERE d.id = ?',
      ),
      groups: db.prepare<[string], CopyLink>(`
        SELECT m.id AS documentId, c.id AS canonicalId, g.similarity
        FROM document_copies AS g JOIN documents AS m ON m.rowid = g.document_rowid
        JOIN documents AS c ON c.rowid = g.canonical_rowid
        WHERE g.canonical_rowid IN (
          SELECT x.canonical_rowid FROM document_copies AS x JOIN documents AS d ON d.rowid = x.document_rowid
          WHERE d.id IN (SELECT value FROM json_each(?)))
        ORDER BY c.id, m.id`),
      putCopy: db.prepare(`
        INSERT OR REPLACE INTO document_copies (document_rowid, canonical_rowid, similarity)
        SELECT m.rowid, c.rowid, @similarity FROM documents AS m, documents AS c WHERE m.id = @documentId AND c.id = @canonicalId`),
      mentionsOfDocuments: db.prepare<[string], MentionRow>(
        `${MENTION_COLUMNS} WHERE d.id IN (SELECT value FROM json_each(?))`,
      ),
      mentionsInWindow: db.prepare<[string, string, string], MentionRow>(
        `${MENTION_COLUMNS} WHERE e.event_type = ? AND e.date >= ? AND e.date <= ?`,
      ),
      canonicalOfMentions: db.prepare<[string], { rowid: number }>(`
        SELECT DISTINCT e.canonical_rowid AS rowid FROM events AS e
        WHERE e.id IN (SELECT value FROM json_each(?)) AND e.canonical_rowid IS NOT NULL`),
      deleteCanonical: db.prepare<[number]>('DELETE FROM canonical_events WHERE rowid = ?'),
      insertCanonical: db.prepare(`
        INSERT INTO canonical_events (id, representative_rowid, mentions, reports, sources, first_reported, last_reported, record, detail)
        SELECT @id, e.rowid, @mentions, @reports, @sources, @firstReported, @lastReported, @record, @detail
        FROM events AS e WHERE e.id = @representative`),
      linkMembers: db.prepare<[number | bigint, string]>(
        'UPDATE events SET canonical_rowid = ? WHERE id IN (SELECT value FROM json_each(?))',
      ),
      getCanonical: db.prepare<[string], { detail: string }>('SELECT detail FROM canonical_events WHERE id = ?'),
      canonicalIdOf: db.prepare<[string], { id: string }>(`
        SELECT c.id FROM events AS e JOIN canonical_events AS c ON c.rowid = e.canonical_rowid WHERE e.id = ?`),
      cannotLinks: db.prepare<[string, string], CannotLink>(`
        SELECT DISTINCT a.id AS a, b.id AS b FROM event_splits AS s
        JOIN events AS a ON a.rowid = s.mention_rowid JOIN events AS b ON b.rowid = s.other_rowid
        WHERE a.id IN (SELECT value FROM json_each(?)) OR b.id IN (SELECT value FROM json_each(?))`),
      addSplit: db.prepare(`
        INSERT OR IGNORE INTO event_splits (event_id, mention_rowid, other_rowid, created_at)
        SELECT @eventId, a.rowid, b.rowid, @at FROM events AS a, events AS b WHERE a.id = @a AND b.id = @b`),
      removeSplit: db.prepare(`
        DELETE FROM event_splits WHERE event_id = @eventId
          AND (mention_rowid = (SELECT rowid FROM events WHERE id = @mention) OR other_rowid = (SELECT rowid FROM events WHERE id = @mention))`),
      stats: db.prepare<[], DedupStats>(`
        SELECT (SELECT count(*) FROM canonical_events) AS canonicalEvents,
               (SELECT count(*) FROM events WHERE canonical_rowid IS NOT NULL) AS clusteredMentions,
               (SELECT count(*) FROM document_copies WHERE document_rowid <> canonical_rowid) AS copies,
               (SELECT count(DISTINCT canonical_rowid) FROM document_copies) AS copyGroups`),
    };
    this.#replace = db.transaction((mentionIds: string[], events: CanonicalEvent[]) => {
      for (const { rowid } of this.#s.canonicalOfMentions.all(json(mentionIds))) this.#s.deleteCanonical.run(rowid);
      for (const event of events) {
        const block = {
          id: event.id,
          reports: event.reports,
          sources: event.sources,
          first_reported: event.first_reported,
          last_reported: event.last_reported,
          mentions: event.mentions,
          disagreements: event.disagreements,
        };
        const result = this.#s.insertCanonical.run({
          id: event.id,
          representative: event.representative,
          mentions: event.mentions.length,
          reports: event.reports,
          sources: event.sources,
          firstReported: event.first_reported,
          lastReported: event.last_reported,
          record: JSON.stringify({ ...event.record, canonical: block }),
          detail: JSON.stringify(event),
        });
        this.#s.linkMembers.run(result.lastInsertRowid, json(event.mentions));
      }
    });
    this.#setCopyGroup = db.transaction((canonicalId: string, members: CopyLink[]) => {
      for (const member of members) this.#s.putCopy.run({ documentId: member.documentId, canonicalId, similarity: member.similarity });
    });
  }

  /** Called inside putDocuments' transaction for each new document. */
  putMinHash(documentRowid: number | bigint, minhash: MinHash): void {
    this.#s.putSignature.run(documentRowid, signatureBlob(minhash.signature));
    for (const key of minhash.bands) this.#s.putBand.run(key, documentRowid);
  }

  copyCandidates(documentId: string): CopyCandidate[] {
    return this.#s.candidates.all(documentId).map((row) => ({
      documentId: row.id,
      publishedAt: row.publishedAt,
      signature: signatureOf(row.signature),
    }));
  }

  signature(documentId: string): Uint32Array | null {
    const row = this.#s.signature.get(documentId);
    return row ? signatureOf(row.signature) : null;
  }

  copyGroups(documentIds: string[]): CopyLink[] {
    return this.#s.groups.all(json(documentIds));
  }

  setCopyGroup(canonicalId: string, members: CopyLink[]): void {
    this.#setCopyGroup(canonicalId, members);
  }

  mentionsOfDocuments(documentIds: string[]): ClusterMention[] {
    return this.#s.mentionsOfDocuments.all(json(documentIds)).map(toMention);
  }

  mentionsInWindow(type: EventType, from: string, to: string): ClusterMention[] {
    return this.#s.mentionsInWindow.all(type, from, to).map(toMention);
  }

  replaceCanonicalEvents(mentionIds: string[], events: CanonicalEvent[]): void {
    this.#replace(mentionIds, events);
  }

  getCanonicalEvent(id: string): CanonicalEvent | null {
    const row = this.#s.getCanonical.get(id);
    return row ? (JSON.parse(row.detail) as CanonicalEvent) : null;
  }

  canonicalIdOf(mentionId: string): string | null {
    return this.#s.canonicalIdOf.get(mentionId)?.id ?? null;
  }

  cannotLinks(mentionIds: string[]): CannotLink[] {
    const ids = json(mentionIds);
    return this.#s.cannotLinks.all(ids, ids);
  }

  addSplit(eventId: string, mentionId: string, otherIds: string[], at: string): void {
    this.#db.transaction(() => {
      for (const other of otherIds) {
        this.#s.addSplit.run({ eventId, a: mentionId, b: other, at });
        this.#s.addSplit.run({ eventId, a: other, b: mentionId, at });
      }
    })();
  }

  removeSplit(eventId: string, mentionId: string): number {
    return this.#s.removeSplit.run({ eventId, mention: mentionId }).changes;
  }

  stats(): DedupStats {
    return this.#s.stats.get()!;
  }
}
