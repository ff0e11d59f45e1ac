import type { Connection, Model } from 'mongoose';

/**
 * The storage port's contract is MongoDB's semantics (docs/storage in the
 * README): load; save conditional on the version, with exactly one winner;
 * find by an indexed field; timers due; list with an equality filter and an
 * order. Services are written against it as plain MongoDB code. What a
 * server lacks is handled here, by one engine per kind of server, chosen once
 * at connect time from what the server reports (`buildInfo`).
 */
export interface StorageEngine {
  readonly server: 'mongodb' | 'ferretdb';

  /**
   * Applies `update` to the document `id` only if it is still at
   * `expectedVersion` (and, with `appliedEventId`, has not recorded that
   * event). Exactly one of several concurrent writers at one version wins.
   * Returns the fields of `before` as they were before the write, or null
   * when nothing was written.
   */
  writeIfAt<B extends object>(model: Model<any>, write: ConditionalWrite): Promise<B | null>;

  /** The fields an aggregate's write sets to keep its next timer (`null`: none). */
  timerFields(dueAt: Date | null, now: Date): Record<string, unknown>;
  /** Ids of aggregates whose timer is due at `now`, earliest first. */
  dueIds(model: Model<any>, now: Date, limit: number): Promise<string[]>;
  /** Called when `dueIds` returned an id whose aggregate had nothing due (a timer the aggregate moved meanwhile). */
  timerSeen?(model: Model<any>, id: string): void;
  /** Indexes the store needs on every aggregate collection with timers. */
  readonly timerIndexes: Record<string, 1>[];

  /** The next value of a named counter (1, 2, …) kept in `collection`: never the same value twice, even across processes. */
  nextNumber(conn: Connection, collection: string, counter: string): Promise<number>;

  /** Documents matching any of the equality filters (each on indexed fields), each once: MongoDB's `$or`. */
  findAny<T>(model: Model<any>, alternatives: readonly Record<string, unknown>[], projection?: Record<string, 0 | 1>): Promise<T[]>;

  /** Removes published entries from a document's outbox without touching anything else. */
  removePublished(model: Model<any>, id: unknown, sent: readonly string[], readAtVersion: number): Promise<boolean>;
}

export interface ConditionalWrite {
  id: string;
  expectedVersion: number;
  /** Sets `version` to `expectedVersion + 1` (engines rely on it: a write that matched moved the version on). */
  update: Record<string, unknown>;
  appliedEventId?: string;
  before?: Record<string, 0 | 1>;
}
