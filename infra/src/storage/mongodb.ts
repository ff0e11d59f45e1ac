import type { Connection, Model } from 'mongoose';
import { isDuplicateKey } from '../mongo/connection.js';
import type { ConditionalWrite, StorageEngine } from './engine.js';

/**
 * MongoDB: a version-filtered update is atomic, so the filter is the
 * condition and the match decides the one winner; timers are an indexed
 * range on the aggregate itself; counters are `$inc`; the driver's own pool.
 */
export class MongoEngine implements StorageEngine {
  readonly server = 'mongodb' as const;
  readonly timerIndexes = [{ timerDueAt: 1 } as Record<string, 1>];

  async writeIfAt<B extends object>(model: Model<any>, w: ConditionalWrite): Promise<B | null> {
    const filter: Record<string, unknown> = { _id: w.id, version: w.expectedVersion };
    if (w.appliedEventId) filter.appliedEventIds = { $ne: w.appliedEventId };
    return model.findOneAndUpdate(filter, w.update, { projection: { _id: 1, ...(w.before ?? {}) }, returnDocument: 'before' }).lean<B>();
  }

  timerFields(dueAt: Date | null): Record<string, unknown> {
    return { timerDueAt: dueAt };
  }

  async dueIds(model: Model<any>, now: Date, limit: number): Promise<string[]> {
    const docs = await model.find({ timerDueAt: { $lte: now } }, { _id: 1 }).sort({ timerDueAt: 1 }).limit(limit).lean<{ _id: string }[]>();
    return docs.map((d) => d._id);
  }

  async nextNumber(conn: Connection, collection: string, counter: string): Promise<number> {
    const next = () => conn.db!.collection<{ _id: string; seq: number }>(collection).findOneAndUpdate({ _id: counter }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' });
    // Two first uses racing to create the counter: one upsert loses with a duplicate key; the counter exists then.
    const doc = await next().catch((err) => (isDuplicateKey(err) ? next() : Promise.reject(err)));
    return doc!.seq;
  }

  async findAny<T>(model: Model<any>, alternatives: readonly Record<string, unknown>[], projection?: Record<string, 0 | 1>): Promise<T[]> {
    if (!alternatives.length) return [];
    return model.find({ $or: [...alternatives] }, projection).lean<T[]>();
  }

  async removePublished(model: Model<any>, id: unknown, sent: readonly string[]): Promise<boolean> {
    // One atomic update: the published entries go, and the flag follows what is left.
    await model.collection.updateOne({ _id: id as never }, [
      { $set: { outbox: { $filter: { input: '$outbox', cond: { $not: [{ $in: ['$$this.id', [...sent]] }] } } } } },
      { $set: { hasOutbox: { $gt: [{ $size: '$outbox' }, 0] } } },
    ]);
    return true;
  }
}
