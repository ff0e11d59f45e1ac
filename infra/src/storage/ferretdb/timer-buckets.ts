import type { Collection } from 'mongodb';
import type { Model } from 'mongoose';

/** Width of a timer bucket: an hour (a catch-up after a long stop, or a clock moved by days in a test, walks few of them). */
export const BUCKET_MS = 3_600_000;
/**
 * A bucket is closed this long after its end: a write that read the clock
 * inside the bucket has landed by then (a command times out in seconds).
 */
export const BUCKET_GRACE_MS = 60_000;
/** At most this many buckets (two years) are looked at in one call. */
const BUCKETS_PER_CALL = 2 * 366 * 24;

export function bucketOf(at: Date | number): number {
  return Math.floor(new Date(at).getTime() / BUCKET_MS);
}

export function bucketKey(bucket: number): string {
  return `b${bucket}`;
}

interface Cursor {
  _id: string;
  through: number;
}

/**
 * Timers without a range query. FerretDB v1 never pushes a range (`$lte`)
 * or a sort down to its backend, so `{timerDueAt: {$lte: now}}` reads the
 * whole collection. Each aggregate with a timer also holds the hour it is
 * due in (`timerBucket`, an indexed string; a timer already due is put in the
 * current hour), and the poller asks for one hour at a time by equality,
 * which PostgreSQL answers from the GIN companion of the index.
 *
 * Per collection, `storage_timer_cursors` records the last hour known to
 * be empty and closed; each call walks from the hour after it to now. An
 * hour is closed once it ended more than `BUCKET_GRACE_MS` ago and holds no
 * timer (all fired or moved), so a timer that could not fire keeps its
 * hour open and is retried. The cursor only moves forward (`$max`), so
 * replicas can share it.
 */
export class TimerBuckets {
  private readonly through = new Map<string, number>();

  async dueIds(model: Model<any>, now: Date, limit: number): Promise<string[]> {
    const collection = model.collection.name;
    const cursors = model.db.collection<Cursor>('storage_timer_cursors');
    let through = this.through.get(collection) ?? (await this.start(model, cursors, now));
    const current = bucketOf(now);
    const due: { _id: string; at: number }[] = [];
    let closedThrough = through;
    let open = false;
    for (let b = through + 1; b <= current && b <= through + BUCKETS_PER_CALL && due.length < limit; b++) {
      const docs = await model.find({ timerBucket: bucketKey(b) }, { _id: 1, timerDueAt: 1 }).lean<{ _id: string; timerDueAt: Date | null }[]>();
      if (!open && docs.length === 0 && (b + 1) * BUCKET_MS + BUCKET_GRACE_MS <= now.getTime()) closedThrough = b;
      else open = true;
      for (const d of docs) if (d.timerDueAt && new Date(d.timerDueAt).getTime() <= now.getTime()) due.push({ _id: d._id, at: new Date(d.timerDueAt).getTime() });
    }
    if (closedThrough > through) {
      through = closedThrough;
      await cursors.updateOne({ _id: collection }, { $max: { through } }, { upsert: true });
    }
    this.through.set(collection, through);
    return due
      .sort((a, b) => a.at - b.at)
      .slice(0, limit)
      .map((d) => d._id);
  }

  /** The cursor of a collection: as recorded, or (first use) just before its earliest timer. */
  private async start(model: Model<any>, cursors: Collection<Cursor>, now: Date): Promise<number> {
    const saved = await cursors.findOne({ _id: model.collection.name });
    if (saved) return saved.through;
    // Once per collection: a read of its timers (there is no cursor yet, so no hour is known empty).
    const withTimers = await model.find({ timerBucket: { $type: 'string' } }, { timerBucket: 1 }).lean<{ timerBucket: string }[]>();
    const earliest = Math.min(bucketOf(now), ...withTimers.map((d) => Number(d.timerBucket.slice(1))));
    await cursors.updateOne({ _id: model.collection.name }, { $setOnInsert: { through: earliest - 1 } }, { upsert: true });
    return earliest - 1;
  }
}
