import { Schema, type Model } from 'mongoose';
import { isDuplicateKey } from '../../mongo/connection.js';

/**
 * A claim older than this on an aggregate that never moved belongs to a
 * writer that died mid-write (a live writer holds one for a single command),
 * so a document stays locked at most this long after its writer dies.
 */
export const STALE_CLAIM_MS = Number(process.env.STORAGE_STALE_CLAIM_MS ?? 3000);

interface VersionClaim {
  _id: string;
  at: Date;
}

/**
 * Makes "update if still at version v" hold on FerretDB v1 as it does on
 * MongoDB. FerretDB (SQLite and PostgreSQL alike) does not isolate
 * connections: concurrent `updateOne({_id, version: v})` can all match
 * (measured: 8 winners of 8; 30 races of 30), so a version filter alone lets
 * two replicas fire one timer or lose one of two updates. An insert with a
 * unique `_id` has exactly one winner: a writer first inserts the claim
 * `<id>@<v+1>`, then makes its update. Once an update has moved the version
 * to v+1 nobody can need that claim again (a writer still at v finds the
 * document moved on), so it is left in place rather than deleted — one write
 * fewer per save — and swept in bulk once stale. A claim whose write did not
 * move the version is released at once. Used only by the FerretDB engine;
 * MongoDB needs none.
 */
/** How often claims left by completed writes are swept (one bulk delete of those older than STALE_CLAIM_MS). */
const SWEEP_EVERY_MS = 10_000;

export class VersionClaims {
  private readonly claims: Model<VersionClaim>;
  private lastSweep = Date.now();

  constructor(private readonly model: Model<any>) {
    const name = `${model.modelName}VersionClaim`;
    this.claims =
      model.db.models[name] ??
      model.db.model<VersionClaim>(name, new Schema<VersionClaim>({ _id: String, at: Date }, { collection: `${model.collection.name}_version_claims`, versionKey: false }));
  }

  /**
   * Claims the move of `id` from `version` to the next one. Returns false at
   * once if the aggregate already moved on (a real conflict); waits briefly
   * while another writer holds the claim (e.g. the outbox relay marking
   * events); takes over a stale claim left by a writer that died.
   */
  async acquire(id: string, version: number): Promise<boolean> {
    const claimId = `${id}@${version + 1}`;
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await this.claims.create([{ _id: claimId, at: new Date() }]);
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const current = await this.model.findById(id, { version: 1 }).lean<{ version: number }>();
      if (!current || current.version !== version) return false;
      const existing = await this.claims.findById(claimId).lean<VersionClaim>();
      if (!existing) continue; // released meanwhile
      if (Date.now() - new Date(existing.at).getTime() > STALE_CLAIM_MS) {
        await this.claims.deleteOne({ _id: claimId, at: existing.at });
        continue;
      }
      await new Promise((r) => setTimeout(r, 5 * (attempt + 1)));
    }
    return false;
  }

  /**
   * Runs `write` holding the claim on moving `id` past `version`, with the
   * document as it is now, read under the claim (`projection` picks the
   * fields; `version` is always read). Returns `{ done: false, current }`
   * without writing when the document is at another version or gone, or the
   * claim cannot be had (`current` is then what was read, if anything).
   *
   * `write` gets the filter to update with (`{_id, version}`).
   */
  async writeAt<D extends { version: number }, R>(
    id: string,
    version: number,
    projection: Record<string, 0 | 1>,
    write: (current: D, filter: Record<string, unknown>) => Promise<R>,
  ): Promise<{ done: true; value: R } | { done: false; current: D | null }> {
    if (!(await this.acquire(id, version))) return { done: false, current: null };
    try {
      const current = await this.model.findById(id, { ...projection, version: 1 }).lean<D>();
      if (!current || current.version !== version) return { done: false, current };
      const filter = { _id: id, version };
      return { done: true, value: await write(current, filter) };
    } finally {
      await this.release(id, version);
    }
  }

  /**
   * Runs `write` holding the claim on moving `id` past `version`; undefined
   * when the claim cannot be had. `moved(value)` says the write moved the
   * version past `version`: the claim is then left for the sweep.
   */
  async holding<R>(id: string, version: number, write: () => Promise<R>, moved: (value: R) => boolean = () => false): Promise<{ value: R } | undefined> {
    if (!(await this.acquire(id, version))) return undefined;
    let keep = false;
    try {
      const value = await write();
      keep = moved(value);
      return { value };
    } finally {
      if (keep) this.sweepSometimes();
      else await this.release(id, version);
    }
  }

  /** Removes, in one command now and then, the claims of completed writes (and of writers that died). */
  private sweepSometimes(): void {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    void this.claims.deleteMany({ at: { $lt: new Date(now - STALE_CLAIM_MS) } }).catch(() => undefined);
  }

  async release(id: string, version: number): Promise<void> {
    await this.claims.deleteOne({ _id: `${id}@${version + 1}` }).catch(() => undefined);
  }
}
