import type { Model } from 'mongoose';
import { DomainError, type Envelope } from '@legalaid/contracts';
import { toOutboxEntries } from '../outbox/outbox.js';
import { isDuplicateKey } from './connection.js';
import { VersionClaims } from './version-claims.js';
import { outboxMarkers } from '../outbox/markers.js';

/** How many applied event ids an aggregate remembers (DESIGN.md §6: keep the list bounded). */
export const APPLIED_EVENT_IDS_KEPT = 200;

export interface AggregateDoc {
  _id: string;
  version: number;
  appliedEventIds?: string[];
}

const OUTBOX_KEYS = new Set(['_id', 'outbox', 'hasOutbox', 'version', 'appliedEventIds', '__v']);

export type SaveResult = 'saved' | 'already-applied';

/**
 * Reads and writes one kind of aggregate with optimistic concurrency
 * (`version`) and its outbox: state and events go in one single-document
 * update — no multi-document transactions, so it runs on mongod and FerretDB.
 */
export class AggregateStore<T extends AggregateDoc> {
  private readonly claims: VersionClaims;

  constructor(
    readonly model: Model<any>,
    private readonly onEvents: () => void = () => undefined,
  ) {
    this.claims = new VersionClaims(model);
  }

  async get(id: string): Promise<T | null> {
    return (await this.model.findById(id, { outbox: 0, hasOutbox: 0 }).lean()) as T | null;
  }

  /**
   * Inserts a new aggregate with its first events. Returns false if a document
   * with the same id exists (a redelivered creating event derives the same id).
   */
  async insert(doc: T, events: readonly Envelope[]): Promise<boolean> {
    const outbox = toOutboxEntries(events);
    if (outbox.length) await outboxMarkers(this.model.db).mark(this.model.collection.name, doc._id);
    try {
      await this.model.create([{ ...doc, outbox, hasOutbox: outbox.length > 0 }]);
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
    if (outbox.length) this.onEvents();
    return true;
  }

  /**
   * Writes the new state if the stored version is still `expectedVersion`.
   * With `appliedEventId`, the update also records that event as applied and
   * writes nothing if it was applied before (idempotent reactions).
   */
  async save(doc: T, expectedVersion: number, events: readonly Envelope[], appliedEventId?: string): Promise<SaveResult> {
    const outbox = toOutboxEntries(events);
    const set: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(doc)) if (!OUTBOX_KEYS.has(k)) set[k] = v;
    set.version = expectedVersion + 1;
    if (appliedEventId) {
      set.appliedEventIds = [...(doc.appliedEventIds ?? []), appliedEventId].slice(-APPLIED_EVENT_IDS_KEPT);
    }
    if (outbox.length) set.hasOutbox = true;
    const update: Record<string, unknown> = { $set: set };
    if (outbox.length) update.$push = { outbox: { $each: outbox } };
    const written = await this.claims.writeAt<{ version: number; appliedEventIds?: string[] }, SaveResult | 'unmatched'>(
      doc._id,
      expectedVersion,
      { appliedEventIds: 1 },
      async (current, filter) => {
        if (appliedEventId && current.appliedEventIds?.includes(appliedEventId)) return 'already-applied';
        // Marked under the claim and before the write: the relay clears markers under the same claim,
        // so it cannot drop this one between our mark and our write; a marker left without events is harmless.
        if (outbox.length) await outboxMarkers(this.model.db).mark(this.model.collection.name, doc._id);
        return (await this.model.updateOne(filter, update)).matchedCount === 1 ? 'saved' : 'unmatched';
      },
    );
    if (written.done && written.value === 'saved' && outbox.length) this.onEvents();
    if (written.done && written.value !== 'unmatched') return written.value;
    const current = (!written.done && written.current) || (await this.get(doc._id));
    if (!current) throw new DomainError('NOT_FOUND', `no ${this.model.modelName} with id ${doc._id}`);
    if (appliedEventId && current.appliedEventIds?.includes(appliedEventId)) return 'already-applied';
    throw new DomainError('VERSION_CONFLICT', `${this.model.modelName} ${doc._id} changed meanwhile (version ${current.version}, expected ${expectedVersion})`);
  }
}

/** Runs fn again when it loses an optimistic-concurrency race. */
export async function retryOnConflict<R>(fn: () => Promise<R>, attempts = 5): Promise<R> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof DomainError && err.code === 'VERSION_CONFLICT') || i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * i));
    }
  }
}
