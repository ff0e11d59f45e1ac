import { Schema, type Model } from 'mongoose';
import { DomainError, type Envelope } from '@legalaid/contracts';
import { toOutboxEntries, type OutboxEntry } from '../outbox/outbox.js';
import { isDuplicateKey } from './connection.js';
import { StartupMarkers } from './startup-markers.js';
import { VersionClaims } from './version-claims.js';
import { DueIndex, sameInstant } from '../timers/due-index.js';

/** How many applied event ids an aggregate remembers (DESIGN.md §6: keep the list bounded). */
export const APPLIED_EVENT_IDS_KEPT = 200;

export interface AggregateDoc {
  _id: string;
  version: number;
  appliedEventIds?: string[];
}

const OUTBOX_KEYS = new Set(['_id', 'outbox', 'hasOutbox', 'version', 'appliedEventIds', 'timerDueAt', 'lookupKeys', '__v']);

export interface AggregateStoreOptions<T> {
  /**
   * When the aggregate's next timer is due (none: null). The store keeps it in
   * the document (`timerDueAt`) and in the due index pollers read (`dueIds`).
   */
  dueAt?: (doc: T) => Date | null;
  /**
   * Keys the aggregate is looked up by besides its id, each naming at most
   * one aggregate (e.g. `offer:<offerId>`), for `findByKey`. Kept in
   * `<collection>_keys`; a key once written stays (readers check it).
   */
  keys?: (doc: T) => string[];
}

interface KeyEntry {
  _id: string;
  id: string;
}

/** Due entries without an aggregate younger than this may belong to an insert in flight. */
const ORPHAN_DUE_ENTRY_MS = 60_000;

export type SaveResult = 'saved' | 'already-applied';

/**
 * The events a write stored, when they are all the document holds unpublished
 * (it held none before): the outbox relay can publish them without reading
 * the document back.
 */
export interface StoredEvents {
  version: number;
  entries: OutboxEntry[];
}

/**
 * Reads and writes one kind of aggregate with optimistic concurrency
 * (`version`) and its outbox: state and events go in one single-document
 * update — no multi-document transactions, so it runs on mongod and FerretDB.
 */
export class AggregateStore<T extends AggregateDoc> {
  private readonly claims: VersionClaims;
  private readonly due: DueIndex | undefined;
  private readonly keyModel: Model<KeyEntry> | undefined;

  constructor(
    readonly model: Model<any>,
    /** Called after a write that stored events (the outbox relay publishes that document next). */
    private readonly onEvents: (collection: string, id: string, stored?: StoredEvents) => void = () => undefined,
    private readonly options: AggregateStoreOptions<T> = {},
  ) {
    this.claims = new VersionClaims(model);
    if (options.dueAt) this.due = new DueIndex(model);
    if (options.keys) {
      const name = `${model.modelName}LookupKey`;
      this.keyModel =
        model.db.models[name] ?? model.db.model<KeyEntry>(name, new Schema<KeyEntry>({ _id: String, id: String }, { collection: `${model.collection.name}_keys`, versionKey: false }));
    }
  }

  private keysOf(doc: T): string[] {
    return this.options.keys?.(doc) ?? [];
  }

  /**
   * Writes lookup keys before the aggregate that holds them: a key whose
   * aggregate write then fails points at an aggregate without it, which
   * `findByKey` ignores. (FerretDB v1 answers a query on any field but `_id`
   * by reading the whole collection; a key is read by `_id`.)
   */
  private async putKeys(id: string, keys: string[]): Promise<void> {
    for (const key of keys) await this.keyModel!.updateOne({ _id: key }, { $set: { id } }, { upsert: true });
  }

  /** The aggregate that holds `key` (see `AggregateStoreOptions.keys`), or null. */
  async findByKey(key: string): Promise<T | null> {
    if (!this.keyModel) throw new Error(`${this.model.modelName} has no lookup keys`);
    const entry = await this.keyModel.findById(key).lean<KeyEntry>();
    const doc = entry ? await this.get(entry.id) : null;
    return doc && this.keysOf(doc).includes(key) ? doc : null;
  }

  private dueOf(doc: T): Date | null {
    return this.options.dueAt?.(doc) ?? null;
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
    const dueAt = this.dueOf(doc);
    // Before the document (an entry is never later than its timer); left behind if the insert fails, and dropped later.
    if (this.due && dueAt) await this.due.set(doc._id, dueAt);
    const keys = this.keysOf(doc);
    if (this.keyModel) await this.putKeys(doc._id, keys);
    try {
      await this.model.create([{ ...doc, ...(this.due ? { timerDueAt: dueAt } : {}), ...(this.keyModel ? { lookupKeys: keys } : {}), outbox, hasOutbox: outbox.length > 0 }]);
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
    if (outbox.length) this.onEvents(this.model.collection.name, doc._id, { version: doc.version, entries: outbox });
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
    const dueAt = this.dueOf(doc);
    if (this.due) set.timerDueAt = dueAt;
    const keys = this.keysOf(doc);
    if (this.keyModel) set.lookupKeys = keys;
    const update: Record<string, unknown> = { $set: set };
    if (outbox.length) update.$push = { outbox: { $each: outbox } };
    let nothingPendingBefore = false;
    const written = await this.claims.writeAt<{ version: number; appliedEventIds?: string[]; timerDueAt?: Date | null; lookupKeys?: string[]; hasOutbox?: boolean }, SaveResult | 'unmatched'>(
      doc._id,
      expectedVersion,
      { appliedEventIds: 1, timerDueAt: 1, lookupKeys: 1, hasOutbox: 1 },
      async (current, filter) => {
        if (appliedEventId && current.appliedEventIds?.includes(appliedEventId)) return 'already-applied';
        nothingPendingBefore = !current.hasOutbox;
        // The due entry moves earlier before the write and later (or away) after it, so it is never late.
        const dueChanged = this.due && (current.timerDueAt === undefined || !sameInstant(current.timerDueAt, dueAt));
        const earlier = dueChanged && dueAt !== null && (!current.timerDueAt || dueAt < current.timerDueAt);
        if (earlier) await this.due!.set(doc._id, dueAt);
        if (this.keyModel) await this.putKeys(doc._id, keys.filter((k) => !current.lookupKeys?.includes(k)));
        if ((await this.model.updateOne(filter, update)).matchedCount !== 1) return 'unmatched';
        if (dueChanged && !earlier) await this.due!.set(doc._id, dueAt);
        return 'saved';
      },
    );
    if (written.done && written.value === 'saved' && outbox.length) {
      this.onEvents(this.model.collection.name, doc._id, nothingPendingBefore ? { version: expectedVersion + 1, entries: outbox } : undefined);
    }
    if (written.done && written.value !== 'unmatched') return written.value;
    const current = (!written.done && written.current) || (await this.get(doc._id));
    if (!current) throw new DomainError('NOT_FOUND', `no ${this.model.modelName} with id ${doc._id}`);
    if (appliedEventId && current.appliedEventIds?.includes(appliedEventId)) return 'already-applied';
    throw new DomainError('VERSION_CONFLICT', `${this.model.modelName} ${doc._id} changed meanwhile (version ${current.version}, expected ${expectedVersion})`);
  }

  /** Ids of aggregates whose timer may be due at `now`, earliest first (from the due index). */
  async dueIds(now: Date, limit: number): Promise<string[]> {
    if (!this.due) throw new Error(`${this.model.modelName} keeps no timers`);
    return this.due.due(now, limit);
  }

  /**
   * Sets the due entry of `id` from the aggregate as it is now, under its
   * version claim (a command moving the timer meanwhile holds the same
   * claim): used when a poller found an early entry with nothing due.
   */
  async syncDue(id: string, read?: T): Promise<void> {
    if (!this.due) return;
    for (let attempt = 0; attempt < 5; attempt++) {
      const doc = attempt === 0 && read ? read : await this.get(id);
      if (!doc) {
        await this.due.set(id, null);
        return;
      }
      const written = await this.claims.writeAt(id, doc.version, {}, async () => this.due!.set(id, this.dueOf(doc)));
      if (written.done) return;
    }
  }

  /**
   * Builds the due index and the lookup keys for aggregates stored before
   * they existed, once (a start-up marker skips it afterwards; writes keep
   * both in step from then on). Reads every aggregate, and drops due entries
   * left by failed inserts (later ones the poller drops when they come due
   * and find no aggregate; `findByKey` ignores a key its aggregate lacks).
   */
  async reconcileIndexes(): Promise<number> {
    if (!this.due && !this.keyModel) return 0;
    const markers = new StartupMarkers(this.model.db);
    const marker = `${this.model.collection.name}:due-and-keys`;
    if (await markers.has(marker)) return 0;
    const entries = this.due ? await this.due.all() : new Map();
    const keys = this.keyModel ? new Set((await this.keyModel.find({}, { _id: 1 }).lean<{ _id: string }[]>()).map((k) => k._id)) : new Set<string>();
    let fixed = 0;
    for await (const raw of this.model.find({}, { outbox: 0 }).lean().cursor()) {
      const doc = raw as unknown as T;
      if (this.due && !sameInstant(entries.get(doc._id)?.dueAt, this.dueOf(doc))) {
        await this.syncDue(doc._id, doc);
        fixed++;
      }
      entries.delete(doc._id);
      const missing = this.keysOf(doc).filter((k) => !keys.has(k));
      if (missing.length) {
        await this.putKeys(doc._id, missing);
        fixed++;
      }
    }
    for (const [id, entry] of entries) {
      if (Date.now() - new Date(entry.setAt).getTime() > ORPHAN_DUE_ENTRY_MS) {
        await this.syncDue(id);
        fixed++;
      }
    }
    await markers.set(marker, new Date(), { fixed });
    return fixed;
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
