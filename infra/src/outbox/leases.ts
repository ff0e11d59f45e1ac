import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../mongo/connection.js';

interface Lease {
  _id: string;
  owner: string;
  until: Date;
}

/**
 * Which relay replica is publishing a document's outbox. Leases live in
 * their own collection, taken with an atomic unique insert, so claiming one
 * never writes the aggregate document (on FerretDB v1 an unclaimed write
 * there could overwrite a concurrent command's update). A lease left by a
 * replica that died is taken over after it expires.
 */
export class OutboxLeases {
  private readonly model: Model<Lease>;

  constructor(
    conn: Connection,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {
    this.model = conn.models.OutboxLease ?? conn.model<Lease>('OutboxLease', new Schema<Lease>({ _id: String, owner: String, until: Date }, { collection: 'outbox_leases', versionKey: false }));
  }

  async acquire(key: string): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.model.create([{ _id: key, owner: this.owner, until: new Date(Date.now() + this.leaseMs) }]);
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const existing = await this.model.findById(key).lean<Lease>();
      if (existing && new Date(existing.until).getTime() > Date.now()) return false;
      if (existing) await this.model.deleteOne({ _id: key, owner: existing.owner, until: existing.until });
    }
    return false;
  }

  async release(key: string): Promise<void> {
    await this.model.deleteOne({ _id: key, owner: this.owner }).catch(() => undefined);
  }
}
