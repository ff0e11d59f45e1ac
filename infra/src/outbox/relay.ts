import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { context, propagation } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Bus } from '../bus/bus.js';
import { metrics } from '../metrics.js';
import type { OutboxEntry } from './outbox.js';

export interface RelayOptions {
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
}

interface PendingDoc {
  _id: unknown;
  outbox: OutboxEntry[];
}

/**
 * Publishes events waiting in aggregate documents, then removes them. Replicas
 * claim a document with a lease before publishing, so two relays do not
 * publish the same entries at once; if one dies mid-way, its lease expires and
 * another republishes (Nats-Msg-Id and idempotent consumers absorb the repeat).
 * On start-up it publishes whatever a previous run left pending.
 */
export class OutboxRelay {
  readonly owner = `relay-${randomUUID()}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private wakeRequested = false;
  private lastGauge = 0;

  constructor(
    private readonly bus: Pick<Bus, 'publishRaw'>,
    private readonly models: Model<any>[],
    private readonly logger: Logger,
    private readonly options: RelayOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a pass now (after a command wrote events). */
  notify(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.pass()
        .then(() => undefined)
        .catch((err) => this.logger.warn({ error: (err as Error).message }, 'outbox pass failed; will retry'))
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const again = this.wakeRequested;
          this.wakeRequested = false;
          this.schedule(again ? 0 : (this.options.pollMs ?? 250));
        });
    }, ms);
    this.timer.unref?.();
  }

  /** One pass over every collection; returns how many events were published. */
  async pass(): Promise<number> {
    let published = 0;
    for (const model of this.models) {
      const now = new Date();
      const candidates = await model
        .find({ hasOutbox: true, $or: [{ outboxLease: null }, { 'outboxLease.until': { $lte: now } }] }, { _id: 1 })
        .limit(this.options.batch ?? 100)
        .lean<{ _id: unknown }[]>();
      for (const { _id } of candidates) {
        if (this.stopped) break;
        published += await this.publishDocument(model, _id);
      }
      if (Date.now() - this.lastGauge > 5000) {
        metrics.outboxPending.set({ collection: model.collection.name }, await model.countDocuments({ hasOutbox: true }));
      }
    }
    if (Date.now() - this.lastGauge > 5000) this.lastGauge = Date.now();
    return published;
  }

  private async publishDocument(model: Model<any>, id: unknown): Promise<number> {
    const now = new Date();
    const claimed = await model
      .findOneAndUpdate(
        { _id: id, hasOutbox: true, $or: [{ outboxLease: null }, { 'outboxLease.until': { $lte: now } }] },
        { $set: { outboxLease: { owner: this.owner, until: new Date(now.getTime() + (this.options.leaseMs ?? 15000)) } } },
        // FerretDB v1 has no projection in findAndModify: read the whole document.
        { returnDocument: 'after' },
      )
      .lean<PendingDoc>();
    if (!claimed) return 0; // another replica holds it
    const sent: string[] = [];
    try {
      for (const entry of claimed.outbox) {
        const parent = propagation.extract(context.active(), entry.headers ?? {});
        await context.with(parent, () => this.bus.publishRaw(entry.subject, entry.payload, entry.id, natsHeaders()));
        sent.push(entry.id);
      }
    } finally {
      if (sent.length > 0) {
        await model.updateOne({ _id: id, 'outboxLease.owner': this.owner }, { $pull: { outbox: { id: { $in: sent } } } });
      }
      // Clear the flag only if nothing new was appended meanwhile; otherwise just release the lease.
      const cleared = await model.updateOne(
        { _id: id, 'outboxLease.owner': this.owner, outbox: { $size: 0 } },
        { $set: { hasOutbox: false }, $unset: { outboxLease: 1 } },
      );
      if (cleared.modifiedCount === 0) {
        await model.updateOne({ _id: id, 'outboxLease.owner': this.owner }, { $unset: { outboxLease: 1 } });
      }
    }
    return sent.length;
  }
}
