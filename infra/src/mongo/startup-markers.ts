import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from './connection.js';

interface StartupMarker {
  _id: string;
  at: Date;
  [detail: string]: unknown;
}

/**
 * One-off start-up work that is done (building an index for documents stored
 * before it existed): a marker per piece of work, so later start-ups skip a
 * read of a whole collection. Setting a marker twice (two replicas finishing
 * together) is harmless. During a rolling upgrade, replicas still on the
 * previous version write without the new index: stop them first, or delete
 * the marker and restart once they are gone.
 */
export class StartupMarkers {
  private readonly model: Model<StartupMarker>;

  constructor(conn: Connection, collection = 'startup_markers') {
    const name = `StartupMarker:${collection}`;
    this.model = conn.models[name] ?? conn.model<StartupMarker>(name, new Schema<StartupMarker>({ _id: String, at: Date }, { collection, versionKey: false, strict: false }));
  }

  async has(name: string): Promise<boolean> {
    return (await this.model.findById(name, { _id: 1 }).lean()) !== null;
  }

  async set(name: string, at: Date, details: Record<string, unknown> = {}): Promise<void> {
    try {
      await this.model.create([{ ...details, _id: name, at }]);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err; // another replica finished first
    }
  }
}
