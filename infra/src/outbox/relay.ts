import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { context, propagation } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Bus } from '../bus/bus.js';
import { metrics } from '../metrics.js';
import type { OutboxEntry } from './outbox.js';

/**
 * Fault injection for the crash tests (NODE_ENV=test only): with
 * LEGALAID_FAULT=<point> the process kills itself at that point, as a power
 * cut would — after the state was written, before or after its publish.
 */
function crashPoint(point: 'relay-before-publish' | 'relay-after-publish'): void {
  if (process.env.NODE_ENV === 'test' && process.env.LEGALAID_FAULT === point) process.kill(process.pid, 'SIGKILL');
}

export interface RelayOptions {
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
}

interface PendingDoc {
  _id: unknown;
  version: number;
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
  /** Set by stop(): a pass in progress ends after the document it is publishing. */
  private stopping = false;
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
    this.stopping = false;
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
    this.stopping = true;
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
        if (this.stopping) break;
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
        crashPoint('relay-before-publish');
        const parent = propagation.extract(context.active(), entry.headers ?? {});
        await context.with(parent, () => this.bus.publishRaw(entry.subject, entry.payload, entry.id, natsHeaders()));
        sent.push(entry.id);
        crashPoint('relay-after-publish');
      }
    } finally {
      await this.removeSent(model, id, sent);
    }
    return sent.length;
  }

  /**
   * Removes published entries and releases the lease. FerretDB v1 has no
   * `$pull` by condition, so the array is rewritten under the aggregate's
   * version: if a command appended events meanwhile (bumping the version),
   * the update matches nothing and we re-read and try again.
   */
  private async removeSent(model: Model<any>, id: unknown, sent: string[]): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const doc = await model.findById(id, { outbox: 1, version: 1, outboxLease: 1 }).lean<PendingDoc & { version: number; outboxLease?: { owner: string } }>();
      if (!doc || doc.outboxLease?.owner !== this.owner) return; // lease lost: the new holder republishes (deduplicated)
      const remaining = doc.outbox.filter((e) => !sent.includes(e.id));
      const update = remaining.length
        ? { $set: { outbox: remaining }, $unset: { outboxLease: 1 } }
        : { $set: { outbox: [], hasOutbox: false }, $unset: { outboxLease: 1 } };
      const res = await model.updateOne({ _id: id, version: doc.version, 'outboxLease.owner': this.owner }, update);
      if (res.matchedCount === 1) return;
    }
    this.logger.warn({ id }, 'could not mark published outbox entries; they will be republished and deduplicated');
  }
}
