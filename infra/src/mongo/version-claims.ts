import { Schema, type Model } from 'mongoose';
import { isDuplicateKey } from './connection.js';

/** A claim older than this on an aggregate that never moved belongs to a writer that died mid-write. */
export const STALE_CLAIM_MS = 15_000;

interface VersionClaim {
  _id: string;
  at: Date;
}

/**
 * Makes "update if still at version v" hold on FerretDB v1 as it does on
 * mongod. FerretDB (SQLite) lets two concurrent `updateOne({_id, version: v})`
 * both match (measured by the matching and case-tracking work: 30 races of
 * 30), so a version filter alone lets two replicas fire one timer or lose one
 * of two updates. An insert with a unique `_id` is atomic on both servers: a
 * writer first inserts the claim `<id>@<v+1>`, makes its update, then deletes
 * the claim. Once the update is done the version is v+1, so a later holder of
 * the same claim matches nothing. On mongod the claim is redundant and costs
 * one insert and one delete per write.
 */
export class VersionClaims {
  private readonly claims: Model<VersionClaim>;

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

  async release(id: string, version: number): Promise<void> {
    await this.claims.deleteOne({ _id: `${id}@${version + 1}` }).catch(() => undefined);
  }
}
