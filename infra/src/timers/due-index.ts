import { Schema, type Model } from 'mongoose';

interface DueEntry {
  _id: string;
  dueAt: Date;
  setAt: Date;
}

/**
 * When each aggregate's next timer is due, in a small collection of its own
 * (`<collection>_due`, one entry per aggregate with a timer), kept by
 * `AggregateStore` under the aggregate's version claim. Pollers read this
 * collection instead of querying the aggregates on a date, which FerretDB v1
 * answers by reading and decoding every aggregate (an offer-expiry look took
 * 100-290 ms at 50 referrals).
 *
 * The rule that makes it safe without transactions: an entry is never later
 * than its aggregate's timer. A timer moved earlier is written before the
 * aggregate, one moved later or cleared after it; a write that fails between
 * the two leaves an entry that is early, which a poller finds, sees that
 * nothing is due, and corrects (`AggregateStore.syncDue`).
 */
export class DueIndex {
  readonly model: Model<DueEntry>;

  constructor(aggregate: Model<any>) {
    const name = `${aggregate.modelName}DueEntry`;
    this.model =
      aggregate.db.models[name] ??
      aggregate.db.model<DueEntry>(name, new Schema<DueEntry>({ _id: String, dueAt: Date, setAt: Date }, { collection: `${aggregate.collection.name}_due`, versionKey: false }));
  }

  async set(id: string, dueAt: Date | null): Promise<void> {
    if (dueAt) await this.model.updateOne({ _id: id }, { $set: { dueAt, setAt: new Date() } }, { upsert: true });
    else await this.model.deleteOne({ _id: id });
  }

  /** Ids whose entry is due at `now`, earliest first (a scan of this small collection only). */
  async due(now: Date, limit: number): Promise<string[]> {
    const docs = await this.model.find({ dueAt: { $lte: now } }, { _id: 1 }).sort({ dueAt: 1 }).limit(limit).lean<{ _id: string }[]>();
    return docs.map((d) => d._id);
  }

  async all(): Promise<Map<string, DueEntry>> {
    return new Map((await this.model.find({}).lean<DueEntry[]>()).map((e) => [e._id, e]));
  }
}

/** The same instant, or both none. */
export function sameInstant(a: Date | null | undefined, b: Date | null | undefined): boolean {
  return (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null);
}
