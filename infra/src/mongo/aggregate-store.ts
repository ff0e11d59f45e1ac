import type { Model } from 'mongoose';
import { appliedRequestMarker, DomainError, type Envelope } from '@legalaid/contracts';
import { commandWriteMarker, noteCommandWrite } from '../nest/request-guard.js';
import { toOutboxEntries, type OutboxEntry } from '../outbox/outbox.js';
import { engineOf } from '../storage/index.js';
import type { StorageEngine } from '../storage/engine.js';
import { isDuplicateKey } from './connection.js';

/** How many applied event ids an aggregate remembers (DESIGN.md §6: keep the list bounded). */
export const APPLIED_EVENT_IDS_KEPT = 200;

export interface AggregateDoc {
  _id: string;
  version: number;
  appliedEventIds?: string[];
}

/** Fields the store keeps beside the aggregate's own; never copied from a loaded document into a write. */
const STORE_KEYS = new Set(['_id', 'outbox', 'hasOutbox', 'version', 'appliedEventIds', 'timerDueAt', 'timerBucket', 'lookupKeys', '__v']);
const NO_OUTBOX = { outbox: 0, hasOutbox: 0, timerBucket: 0, lookupKeys: 0 } as const;

export interface AggregateStoreOptions<T> {
  /**
   * When the aggregate's next timer is due (none: null). The store keeps it
   * in the document, in the same write as the state, and pollers find it
   * with `dueIds`.
   */
  dueAt?: (doc: T) => Date | null;
  /** The clock the timers' poller reads (the service's), so both agree on "now". */
  clock?: () => Date;
}

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
 * The storage port for one kind of aggregate: load; save conditional on the
 * version (exactly one winner) with the events it causes in the same
 * single-document update (the outbox); find by an indexed field; timers due;
 * lists by plain queries on the model (equality on indexed fields, then an
 * order). The semantics are MongoDB's; what the server lacks is made up by
 * its engine (`infra/src/storage`), chosen at connect time.
 */
export class AggregateStore<T extends AggregateDoc> {
  protected readonly engine: StorageEngine;

  constructor(
    readonly model: Model<any>,
    /** Called after a write that stored events (the outbox relay publishes that document next). */
    private readonly onEvents: (collection: string, id: string, stored?: StoredEvents) => void = () => undefined,
    private readonly options: AggregateStoreOptions<T> = {},
  ) {
    this.engine = engineOf(model.db);
    if (options.dueAt) for (const index of this.engine.timerIndexes) model.schema.index(index);
  }

  async get(id: string): Promise<T | null> {
    return (await this.model.findById(id, NO_OUTBOX).lean()) as T | null;
  }

  /** The aggregate matching an equality filter on indexed fields (at most one is expected), or null. */
  protected async findOneBy(filter: Record<string, unknown>): Promise<T | null> {
    return (await this.model.findOne(filter, NO_OUTBOX).lean()) as T | null;
  }

  private timerFields(doc: T): Record<string, unknown> {
    return this.options.dueAt ? this.engine.timerFields(this.options.dueAt(doc) ?? null, (this.options.clock ?? (() => new Date()))()) : {};
  }

  /**
   * Inserts a new aggregate with its first events. Returns false if a document
   * with the same id exists (a redelivered creating event derives the same id).
   */
  async insert(doc: T, events: readonly Envelope[]): Promise<boolean> {
    const outbox = toOutboxEntries(events);
    try {
      await this.model.create([{ ...doc, ...this.timerFields(doc), outbox, hasOutbox: outbox.length > 0 }]);
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
   * writes nothing if it was applied before (idempotent reactions). Inside a
   * guarded command (request-guard.ts) the command's request id is recorded
   * so, on the aggregate's first write of the try: a retry that runs again
   * after its first try died writes nothing twice.
   */
  async save(doc: T, expectedVersion: number, events: readonly Envelope[], explicitAppliedId?: string): Promise<SaveResult> {
    const aggregate = `${this.model.collection.name}:${doc._id}`;
    const commandId = explicitAppliedId ? undefined : commandWriteMarker(aggregate);
    const appliedEventId = explicitAppliedId ?? (commandId ? appliedRequestMarker(commandId) : undefined);
    const outbox = toOutboxEntries(events);
    const set: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(doc)) if (!STORE_KEYS.has(k)) set[k] = v;
    set.version = expectedVersion + 1;
    if (appliedEventId) set.appliedEventIds = [...(doc.appliedEventIds ?? []), appliedEventId].slice(-APPLIED_EVENT_IDS_KEPT);
    if (outbox.length) set.hasOutbox = true;
    Object.assign(set, this.timerFields(doc));
    const update: Record<string, unknown> = { $set: set };
    if (outbox.length) update.$push = { outbox: { $each: outbox } };
    const before = await this.engine.writeIfAt<{ hasOutbox?: boolean }>(this.model, { id: doc._id, expectedVersion, update, appliedEventId, before: { hasOutbox: 1 } });
    if (before) {
      noteCommandWrite(aggregate);
      if (outbox.length) this.onEvents(this.model.collection.name, doc._id, before.hasOutbox ? undefined : { version: expectedVersion + 1, entries: outbox });
      return 'saved';
    }
    const current = await this.model.findById(doc._id, { version: 1, appliedEventIds: 1 }).lean<{ version: number; appliedEventIds?: string[] }>();
    if (!current) throw new DomainError('NOT_FOUND', `no ${this.model.modelName} with id ${doc._id}`);
    if (appliedEventId && current.appliedEventIds?.includes(appliedEventId)) return 'already-applied';
    throw new DomainError('VERSION_CONFLICT', `${this.model.modelName} ${doc._id} changed meanwhile (version ${current.version}, expected ${expectedVersion})`);
  }

  /** Ids of aggregates whose timer is due at `now`, earliest first. */
  async dueIds(now: Date, limit: number): Promise<string[]> {
    if (!this.options.dueAt) throw new Error(`${this.model.modelName} keeps no timers`);
    return this.engine.dueIds(this.model, now, limit);
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
