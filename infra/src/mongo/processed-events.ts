import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from './connection.js';

interface ProcessedEvent {
  _id: string;
  consumer: string;
  eventId: string;
  processedAt: Date;
}

const ProcessedEventSchema = new Schema<ProcessedEvent>(
  { _id: String, consumer: String, eventId: String, processedAt: Date },
  { collection: 'processed_events', versionKey: false },
);

/**
 * Idempotency guard for effects that have no aggregate to record the applied
 * event in (DESIGN.md §6): processed ids under a unique key. The effect runs
 * at least once; the guard makes a redelivery after success change nothing.
 */
export class ProcessedEvents {
  private readonly model: Model<ProcessedEvent>;

  constructor(conn: Connection) {
    this.model = conn.models.ProcessedEvent ?? conn.model<ProcessedEvent>('ProcessedEvent', ProcessedEventSchema);
  }

  async has(consumer: string, eventId: string): Promise<boolean> {
    return (await this.model.exists({ _id: `${consumer}:${eventId}` })) !== null;
  }

  /** Runs effect unless this consumer already processed the event; returns whether it ran. */
  async once(consumer: string, eventId: string, effect: () => Promise<void>): Promise<boolean> {
    if (await this.has(consumer, eventId)) return false;
    await effect();
    try {
      await this.model.create([{ _id: `${consumer}:${eventId}`, consumer, eventId, processedAt: new Date() }]);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    return true;
  }
}
