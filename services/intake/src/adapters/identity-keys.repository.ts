import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey, MONGO, StartupMarkers, VersionClaims } from '@legalaid/infra';

/** A request listed under a key: enough to pick duplicate candidates and scope a lookup without reading the request. */
export interface KeyEntry {
  requestId: string;
  centreId: string;
  fieldOfLaw: string;
}

interface KeyDoc {
  _id: string;
  version: number;
  entries: KeyEntry[];
}

interface Identity {
  applicantRef: string | null;
  idNumberIndex: string | null;
  phoneIndex: string | null;
}

/** The keys a request is found by: its pseudonymous reference (`ref:`) and the blind indexes of its ID number (`id:`) and phone (`phone:`). */
export function identityKeysOf(r: Identity): string[] {
  return [...(r.applicantRef ? [`ref:${r.applicantRef}`] : []), ...blindIndexKeysOf(r)];
}

/** The keys that go with the personal data on erasure; `ref:` stays, as the applicantRef stays on the request. */
export function blindIndexKeysOf(r: Pick<Identity, 'idNumberIndex' | 'phoneIndex'>): string[] {
  return [...(r.idNumberIndex ? [`id:${r.idNumberIndex}`] : []), ...(r.phoneIndex ? [`phone:${r.phoneIndex}`] : [])];
}

const KeySchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    entries: { type: [{ _id: false, requestId: String, centreId: String, fieldOfLaw: String }], default: [] },
  },
  { collection: 'request_identity_keys', versionKey: false },
);

const BACKFILLED = 'request-identity-keys';

const BATCH = 500;
const ATTEMPTS = 20;

/**
 * One small document per identity key (`request_identity_keys`, `_id`
 * `<kind>:<value>`) listing the requests that carry it. FerretDB v1 filters
 * only `{_id: <string>}` inside SQLite; any other filter (applicantRef, a
 * blind index, status) decodes every request first, about ten times the
 * cost. So duplicate detection and identity lookups read these documents by
 * `_id` and then the requests by `_id`. Holds keyed hashes and ids only,
 * never plaintext; the values are never logged.
 *
 * Every change to a key document runs under a version claim (`VersionClaims`),
 * read and written in one step: two replicas adding to one key serialise, so
 * of two simultaneous submissions of one person the later sees the earlier.
 */
@Injectable()
export class IdentityKeyRepository {
  readonly model: Model<KeyDoc>;
  private readonly markers: StartupMarkers;
  private readonly claims: VersionClaims;

  constructor(@Inject(MONGO) conn: Connection) {
    this.model = conn.models.RequestIdentityKey ?? conn.model('RequestIdentityKey', KeySchema);
    this.markers = new StartupMarkers(conn, 'intake_migrations');
    this.claims = new VersionClaims(this.model);
  }

  /** Lists `entry` under each key and returns the entries of other requests that were already there. */
  async register(keys: readonly string[], entry: KeyEntry): Promise<KeyEntry[]> {
    const seen: KeyEntry[] = [];
    for (const key of keys) {
      const before = await this.change(key, (entries) => (entries.some((e) => e.requestId === entry.requestId) ? entries : [...entries, entry]));
      seen.push(...before.filter((e) => e.requestId !== entry.requestId));
    }
    return seen;
  }

  /** Takes a request off the keys; a key left with no request goes, so an erased blind index is not kept anywhere. */
  async unregister(keys: readonly string[], requestId: string): Promise<void> {
    for (const key of keys) await this.change(key, (entries) => entries.filter((e) => e.requestId !== requestId));
  }

  /** The entries under the keys, read by `_id` (a lookup needs no claim). */
  async entriesOf(keys: readonly string[]): Promise<KeyEntry[]> {
    const out: KeyEntry[] = [];
    for (const key of keys) {
      const doc = await this.model.findById(key, { entries: 1 }).lean<Pick<KeyDoc, 'entries'>>();
      if (doc) out.push(...doc.entries);
    }
    return out;
  }

  /** Whether the key documents were built from the requests stored before they existed. */
  async backfilled(): Promise<boolean> {
    return this.markers.has(BACKFILLED);
  }

  /**
   * Adds the requests' entries to their keys, skipping entries already there
   * (safe to run twice, or on two replicas at once). New keys go in batches;
   * a key that exists meanwhile (a submission on another replica) is merged
   * under its claim.
   */
  async fill(byKey: ReadonlyMap<string, KeyEntry[]>): Promise<void> {
    const keys = [...byKey.keys()];
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH);
      let taken: string[] = [];
      try {
        await this.model.collection.insertMany(
          batch.map((k) => ({ _id: k as never, version: 1, entries: byKey.get(k)! })),
          { ordered: false },
        );
      } catch (err) {
        const errors = ([] as { index: number; code?: number }[]).concat((err as { writeErrors?: { index: number; code?: number }[] }).writeErrors ?? []);
        if (errors.length === 0 || errors.some((e) => e.code !== 11000)) throw err;
        taken = errors.map((e) => batch[e.index]);
      }
      for (const key of taken) {
        const add = byKey.get(key)!;
        await this.change(key, (entries) => [...entries, ...add.filter((a) => !entries.some((e) => e.requestId === a.requestId))]);
      }
    }
  }

  async markBackfilled(at: Date, counts: { requests: number; keys: number }): Promise<void> {
    await this.markers.set(BACKFILLED, at, counts);
  }

  /**
   * Applies `next` to one key's entries under its claim and returns the
   * entries as they were; an empty result deletes the key. A new key is one
   * insert: its unique `_id` is checked through the `_id` index, which
   * FerretDB v1.24 (SQLite) uses for inserts only (its lookup by `_id`
   * compares every row: measured 2 ms at 500 rows, 19 ms at 6,000), so the
   * key is read only once the insert says it exists, and a new person's
   * submission costs the same at any size. A lost claim means another
   * writer moved the key: read it again and retry.
   */
  private async change(key: string, next: (entries: KeyEntry[]) => KeyEntry[]): Promise<KeyEntry[]> {
    const created = next([]);
    let exists = false;
    for (let attempt = 1; ; attempt++) {
      if (!exists && created.length > 0) {
        try {
          await this.model.create([{ _id: key, version: 1, entries: created }]);
          return [];
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
        }
      }
      const doc = await this.model.findById(key, { version: 1 }).lean<{ version: number }>();
      exists = doc !== null;
      if (!doc && created.length === 0) return [];
      if (doc) {
        // The entries as read under the claim, or null if the write matched nothing.
        const written = await this.claims.writeAt<KeyDoc, KeyEntry[] | null>(key, doc.version, { entries: 1 }, async (current, filter) => {
          const entries = next(current.entries);
          if (sameEntries(entries, current.entries)) return current.entries;
          const res =
            entries.length === 0
              ? (await this.model.deleteOne(filter)).deletedCount
              : (await this.model.updateOne(filter, { $set: { entries, version: current.version + 1 } })).matchedCount;
          return res === 1 ? current.entries : null;
        });
        if (written.done && written.value) return written.value;
      }
      // The key's value is a blind index: the message names no key.
      if (attempt >= ATTEMPTS) throw new Error('an identity key stayed contended; try again');
      await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
    }
  }
}

function sameEntries(a: KeyEntry[], b: KeyEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.requestId === b[i].requestId);
}
