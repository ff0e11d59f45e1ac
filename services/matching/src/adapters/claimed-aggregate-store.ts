import { Schema, type Connection, type Model } from 'mongoose';
import { DomainError, type Envelope } from '@legalaid/contracts';
import { AggregateStore, isDuplicateKey, type AggregateDoc, type SaveResult } from '@legalaid/infra';

/** A claim older than this whose aggregate never moved is a writer that died between claim and update. */
const STALE_CLAIM_MS = 15_000;

interface VersionClaim {
  _id: string;
  at: Date;
}

/**
 * Optimistic concurrency that holds on FerretDB v1 too. There, two
 * concurrent `updateOne({_id, version: v})` both match (measured: 30 races
 * of 30), so a version filter alone lets two replicas fire the same timer or
 * lose one of two counter updates. An insert with a unique `_id` is atomic
 * on both servers, so each transition v → v+1 first inserts the claim
 * `<id>@<v+1>`: exactly one writer gets it; the others answer
 * VERSION_CONFLICT (or already-applied) as with mongod.
 */
export class ClaimedAggregateStore<T extends AggregateDoc> extends AggregateStore<T> {
  private readonly claims: Model<VersionClaim>;

  constructor(conn: Connection, model: Model<any>, onEvents: () => void) {
    super(model, onEvents);
    const name = `${model.modelName}VersionClaim`;
    this.claims =
      conn.models[name] ??
      conn.model<VersionClaim>(name, new Schema<VersionClaim>({ _id: String, at: Date }, { collection: `${model.collection.name}_version_claims`, versionKey: false }));
  }

  override async save(doc: T, expectedVersion: number, events: readonly Envelope[], appliedEventId?: string): Promise<SaveResult> {
    const claimId = `${doc._id}@${expectedVersion + 1}`;
    if (!(await this.claim(claimId, doc._id, expectedVersion))) {
      const current = await this.get(doc._id);
      if (!current) throw new DomainError('NOT_FOUND', `no ${this.model.modelName} with id ${doc._id}`);
      if (appliedEventId && current.appliedEventIds?.includes(appliedEventId)) return 'already-applied';
      throw new DomainError('VERSION_CONFLICT', `${this.model.modelName} ${doc._id} changed meanwhile (expected version ${expectedVersion})`);
    }
    let result: SaveResult;
    try {
      result = await super.save(doc, expectedVersion, events, appliedEventId);
    } catch (err) {
      // The update did not happen (the aggregate moved without a claim, or the database failed): free the version.
      await this.claims.deleteOne({ _id: claimId }).catch(() => undefined);
      throw err;
    }
    // The previous claim is no longer needed; at most one claim per aggregate stays.
    await this.claims.deleteOne({ _id: `${doc._id}@${expectedVersion}` }).catch(() => undefined);
    return result;
  }

  private async claim(claimId: string, id: string, expectedVersion: number): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.claims.create([{ _id: claimId, at: new Date() }]);
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      // Someone holds the claim. If it is stale and the aggregate never moved, its writer died: take it over once.
      const existing = await this.claims.findById(claimId).lean<VersionClaim>();
      if (!existing || Date.now() - new Date(existing.at).getTime() < STALE_CLAIM_MS) return false;
      const still = await this.model.exists({ _id: id, version: expectedVersion });
      if (!still) return false;
      await this.claims.deleteOne({ _id: claimId, at: existing.at });
    }
    return false;
  }
}
