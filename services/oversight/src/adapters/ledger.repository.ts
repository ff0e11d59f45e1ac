import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { engineOf, isDuplicateKey, MONGO } from '@legalaid/infra';
import { buildEntry, type LedgerEntry, type LedgerRecord } from '../domain/ledger.js';

interface EntryDoc extends Omit<LedgerEntry, 'sequence'> {
  _id: number;
  /** Ids the entry concerns (request, case, referral, plan...), for trails. */
  refs: string[];
  erasedAt?: Date | null;
}

const LedgerEntrySchema = new Schema<EntryDoc>(
  {
    _id: Number,
    eventId: { type: String, required: true, unique: true },
    type: { type: String, required: true },
    occurredAt: String,
    recordedAt: String,
    actor: Schema.Types.Mixed,
    payload: Schema.Types.Mixed,
    payloadHash: String,
    prevHash: String,
    hash: String,
    canonical: String,
    refs: { type: [String], index: true },
    erasedAt: Date,
  },
  // minimize: false keeps an empty payload `{}` as stored, so its hash still matches.
  { collection: 'ledger_entries', versionKey: false, minimize: false },
);

/**
 * Which events are on the ledger, by event id (`_id`), at which sequence. An
 * append checks here instead of querying the entries by `eventId`, which
 * FerretDB v1 answers by reading every entry of the ledger. Written after
 * the entry: a process dying in between leaves an entry without its record,
 * and the redelivered event then meets the entries' unique `eventId` index,
 * which sends it down the slow path that finds the entry and writes the record.
 */
interface EventIdDoc {
  _id: string;
  sequence: number;
}

const LedgerEventIdSchema = new Schema<EventIdDoc>({ _id: String, sequence: Number }, { collection: 'ledger_event_ids', versionKey: false });

export function toEntry(d: EntryDoc): LedgerEntry {
  return {
    sequence: d._id,
    eventId: d.eventId,
    type: d.type,
    occurredAt: d.occurredAt,
    recordedAt: d.recordedAt,
    actor: d.actor,
    payload: d.payload ?? null,
    payloadHash: d.payloadHash,
    prevHash: d.prevHash,
    hash: d.hash,
    canonical: d.canonical,
  };
}

/**
 * The append-only ledger (DESIGN.md §6): entry `_id` is its sequence number,
 * `eventId` is unique. An append writes one document; when it hits a
 * duplicate key (another replica took the sequence, or the event is already
 * there) it reloads the tail and tries again. Nothing in this service updates
 * or deletes an entry.
 */
@Injectable()
export class LedgerRepository {
  readonly model: Model<EntryDoc>;
  private readonly eventIds: Model<EventIdDoc>;
  private tail: { sequence: number; hash: string } | null | undefined;
  /** Appends from this process's consumers go one at a time; replicas race through duplicate keys. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(MONGO) conn: Connection) {
    this.model = (conn.models.LedgerEntry as Model<EntryDoc>) ?? conn.model<EntryDoc>('LedgerEntry', LedgerEntrySchema);
    this.eventIds = (conn.models.LedgerEventId as Model<EventIdDoc>) ?? conn.model<EventIdDoc>('LedgerEventId', LedgerEventIdSchema);
  }

  /** Appends the record unless its event is already on the ledger; returns the entry either way. */
  append(record: LedgerRecord, refs: string[], now: Date): Promise<{ entry: LedgerEntry; appended: boolean }> {
    const run = this.queue.then(() => this.appendNow(record, refs, now));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(record: LedgerRecord, refs: string[], now: Date): Promise<{ entry: LedgerEntry; appended: boolean }> {
    for (let attempt = 1; attempt <= 100; attempt++) {
      const known = await this.eventIds.findById(record.eventId).lean<EventIdDoc>();
      const existing = known ? await this.model.findById(known.sequence).lean<EntryDoc>() : null;
      if (existing) return { entry: toEntry(existing), appended: false };
      if (this.tail === undefined || attempt > 1) this.tail = await this.loadTail();
      const entry = buildEntry(record, this.tail, now);
      try {
        const { sequence, ...rest } = entry;
        await this.model.create([{ _id: sequence, ...rest, refs: [...new Set(refs)].slice(0, 50), erasedAt: null }]);
        this.tail = { sequence: entry.sequence, hash: entry.hash };
        await this.recordEventId(record.eventId, entry.sequence);
        return { entry, appended: true };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        // Another replica took the sequence, or the event is on the ledger without its record (a process died in between).
        const onLedger = await this.model.findOne({ eventId: record.eventId }).lean<EntryDoc>();
        if (onLedger) {
          await this.recordEventId(record.eventId, onLedger._id);
          return { entry: toEntry(onLedger), appended: false };
        }
        await new Promise((r) => setTimeout(r, Math.random() * 10 * Math.min(attempt, 10)));
      }
    }
    throw new Error('could not append to the ledger: too much contention');
  }

  private async recordEventId(eventId: string, sequence: number): Promise<void> {
    try {
      await this.eventIds.create([{ _id: eventId, sequence }]);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }

  async loadTail(): Promise<{ sequence: number; hash: string } | null> {
    const last = await this.model.findOne({}, { _id: 1, hash: 1 }).sort({ _id: -1 }).lean<{ _id: number; hash: string }>();
    return last ? { sequence: last._id, hash: last.hash } : null;
  }

  async get(sequence: number): Promise<LedgerEntry | null> {
    const d = await this.model.findById(sequence).lean<EntryDoc>();
    return d ? toEntry(d) : null;
  }

  /** Entries from..to in sequence order, in batches (the verifier streams through them). */
  async *range(from: number, to: number, batch = 1000): AsyncGenerator<LedgerEntry> {
    let next = from;
    while (next <= to) {
      const docs = await this.model
        .find({ _id: { $gte: next, $lte: to } })
        .sort({ _id: 1 })
        .limit(batch)
        .lean<EntryDoc[]>();
      if (docs.length === 0) return;
      for (const d of docs) yield toEntry(d);
      next = docs[docs.length - 1]._id + 1;
    }
  }

  /** Sequences of the entries that concern any of these ids. */
  async sequencesFor(ids: string[]): Promise<{ sequence: number; payload: Record<string, unknown> | null }[]> {
    // By the refs index, one id at a time on FerretDB (which pushes no `$in` down): a trail is a few dozen entries.
    const docs = await engineOf(this.model.db).findAny<{ _id: number; payload: Record<string, unknown> | null }>(this.model, ids.map((id) => ({ refs: id })), { _id: 1, payload: 1 });
    return docs
      .sort((a, b) => a._id - b._id)
      .slice(0, 20000)
      .map((d) => ({ sequence: d._id, payload: d.payload ?? null }));
  }

  async count(): Promise<number> {
    return this.model.countDocuments({});
  }
}
