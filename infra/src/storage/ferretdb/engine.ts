import type { Connection, Model } from 'mongoose';
import { isDuplicateKey } from '../../mongo/connection.js';
import type { ConditionalWrite, StorageEngine } from '../engine.js';
import { bucketKey, bucketOf, TimerBuckets } from './timer-buckets.js';
import { VersionClaims } from './version-claims.js';

/**
 * FerretDB v1 (PostgreSQL or SQLite backend). What it lacks, and the measure
 * taken here for each — nothing outside this folder knows:
 * - No isolation between connections (concurrent `updateOne({_id, version})`
 *   all succeed; `$inc` loses updates): a conditional write first takes a
 *   version claim, a unique insert with exactly one winner
 *   (`version-claims.ts`); counters are unique inserts too (`nextNumber`).
 * - No range or sort pushdown: timers are found by an equality on the hour
 *   they are due in (`timer-buckets.ts`).
 * - No `$in` or `$or` pushdown: `findAny` asks once per alternative.
 * - `$pull` by a condition silently changes nothing, and pipeline updates are
 *   missing: published outbox entries are removed by rewriting the array
 *   under the claim.
 * - `findAndModify` has no projection: the document before the write comes
 *   back whole.
 * Equality on a top-level field is pushed down to PostgreSQL and served by
 * the GIN companions of the indexes (`runtime/postgres.ts`).
 */
export class FerretEngine implements StorageEngine {
  readonly server = 'ferretdb' as const;
  readonly timerIndexes = [{ timerBucket: 1 } as Record<string, 1>];
  private readonly claims = new WeakMap<Model<any>, VersionClaims>();
  private readonly buckets = new TimerBuckets();

  private claimsOf(model: Model<any>): VersionClaims {
    let c = this.claims.get(model);
    if (!c) this.claims.set(model, (c = new VersionClaims(model)));
    return c;
  }

  async writeIfAt<B extends object>(model: Model<any>, w: ConditionalWrite): Promise<B | null> {
    const filter: Record<string, unknown> = { _id: w.id, version: w.expectedVersion };
    if (w.appliedEventId) filter.appliedEventIds = { $ne: w.appliedEventId };
    // The update sets version to expectedVersion + 1 (AggregateStore.save): when it matched, the claim is spent.
    const held = await this.claimsOf(model).holding(
      w.id,
      w.expectedVersion,
      () => model.findOneAndUpdate(filter, w.update, { returnDocument: 'before' }).lean<B>(),
      (before) => before !== null,
    );
    return held?.value ?? null;
  }

  timerFields(dueAt: Date | null, now: Date): Record<string, unknown> {
    return { timerDueAt: dueAt, timerBucket: dueAt ? bucketKey(Math.max(bucketOf(dueAt), bucketOf(now))) : null };
  }

  dueIds(model: Model<any>, now: Date, limit: number): Promise<string[]> {
    return this.buckets.dueIds(model, now, limit);
  }

  /**
   * A counter as unique inserts `<counter>#<n>`: the insert that succeeds owns
   * n. The counter document is only a hint of where to start.
   */
  async nextNumber(conn: Connection, collection: string, counter: string): Promise<number> {
    const hints = conn.db!.collection<{ _id: string; seq: number }>(collection);
    const taken = conn.db!.collection<{ _id: string; at: Date }>(`${collection}_taken`);
    let candidate = ((await hints.findOne({ _id: counter }))?.seq ?? 0) + 1;
    for (let attempt = 0; attempt < 1000; attempt++, candidate++) {
      try {
        await taken.insertOne({ _id: `${counter}#${candidate}`, at: new Date() });
      } catch (err) {
        if (isDuplicateKey(err)) continue;
        throw err;
      }
      // Two first uses racing to create the hint: one upsert meets the other's insert; the hint exists then.
      const hint = () => hints.updateOne({ _id: counter }, { $max: { seq: candidate } }, { upsert: true });
      await hint().catch((err) => (isDuplicateKey(err) ? hint() : Promise.reject(err)));
      return candidate;
    }
    throw new Error(`counter ${counter}: no free number found`);
  }

  async findAny<T>(model: Model<any>, alternatives: readonly Record<string, unknown>[], projection?: Record<string, 0 | 1>): Promise<T[]> {
    const seen = new Map<string, T>();
    for (const docs of await Promise.all(alternatives.map((filter) => model.find(filter, projection).lean<T[]>()))) {
      for (const d of docs) seen.set(String((d as { _id: unknown })._id), d);
    }
    return [...seen.values()];
  }

  async removePublished(model: Model<any>, id: unknown, sent: readonly string[], readAtVersion: number): Promise<boolean> {
    const claims = this.claimsOf(model);
    let version: number | undefined = readAtVersion;
    for (let attempt = 0; attempt < 10; attempt++) {
      if (attempt > 0) version = (await model.findById(id, { version: 1 }).lean<{ version: number }>())?.version;
      if (version === undefined) return true;
      const written = await claims.writeAt<{ version: number; outbox: { id: string }[] }, void>(String(id), version, { outbox: 1 }, async (current, filter) => {
        const remaining = current.outbox.filter((e) => !sent.includes(e.id));
        await model.updateOne(filter, remaining.length ? { $set: { outbox: remaining } } : { $set: { outbox: [], hasOutbox: false } });
      });
      if (written.done) return true;
    }
    return false;
  }
}
