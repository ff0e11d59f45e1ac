import type { Model } from 'mongoose';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { context, propagation } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Bus } from '../bus/bus.js';
import { metrics } from '../metrics.js';
import type { OutboxEntry } from './outbox.js';
import { engineOf } from '../storage/index.js';
import type { StoredEvents } from '../mongo/aggregate-store.js';

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
  /** How often a pass also queries every aggregate collection for what a process that died left unpublished. */
  fullScanMs?: number;
  batch?: number;
}

interface PendingDoc {
  _id: unknown;
  version: number;
  outbox: OutboxEntry[];
}

/**
 * Publishes events waiting in aggregate documents, then removes them under
 * the aggregate's version claim. Two replicas' relays may publish the same
 * entries at once, or one may die between publishing and removing them: the
 * repeat carries the same Nats-Msg-Id, which JetStream drops within its
 * duplicate window, and consumers ignore an event they applied. Each relay
 * publishes a document's entries in order, so the first copy of each entry
 * reaches the stream in order too. (A lease per document used to prevent the
 * double work; it cost two writes per document published, for a case that
 * de-duplication already covers.) On start-up it publishes whatever a
 * previous run left pending.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  /** Set by stop(): a pass in progress ends after the document it is publishing. */
  private stopping = false;
  private wakeRequested = false;
  private lastFullScan = 0;

  constructor(
    private readonly bus: Pick<Bus, 'publishRaw'>,
    private readonly models: Model<any>[],
    private readonly logger: Logger,
    private readonly options: RelayOptions = {},
  ) {}

  /**
   * Documents this process wrote events to and has not published yet, by
   * `<collection>:<id>`, with the events when the write knew they were all
   * the document held unpublished (then the relay need not read it).
   */
  private readonly pending = new Map<string, { collection: string; id: unknown; stored?: StoredEvents }>();

  /** For `AggregateStore`: a command wrote events to this document. */
  readonly onEvents = (collection: string, id: unknown, stored?: StoredEvents): void => this.notify(collection, id, stored);

  /** Adds the aggregate collections to publish from (known once the application's models are registered). */
  track(models: Model<any>[]): void {
    this.models.push(...models.filter((m) => !this.models.includes(m)));
  }

  start(): void {
    this.stopped = false;
    this.stopping = false;
    this.schedule(0);
  }

  /** Asks for a pass now, for the document a command just wrote events to (or all pending ones). */
  notify(collection?: string, id?: unknown, stored?: StoredEvents): void {
    if (collection !== undefined) {
      const key = `${collection}:${String(id)}`;
      // A second write before the relay ran: the document holds both writes' events, so read it.
      this.pending.set(key, { collection, id, stored: this.pending.has(key) ? undefined : stored });
    }
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

  /**
   * One pass; returns how many events were published. Normally it publishes
   * the documents this process wrote events to; on start-up and every
   * `fullScanMs` it also queries every aggregate collection (FerretDB v1
   * answers with a read of the whole collection), which finds what a process
   * that died left unpublished.
   */
  async pass(): Promise<number> {
    let published = 0;
    const fullScan = Date.now() - this.lastFullScan >= (this.options.fullScanMs ?? 30_000);
    if (fullScan) {
      const startedAt = Date.now();
      for (const model of this.models) {
        const waiting = await model.find({ hasOutbox: true }, { _id: 1 }).lean<{ _id: unknown }[]>();
        metrics.outboxPending.set({ collection: model.collection.name }, waiting.length);
        for (const { _id } of waiting.slice(0, this.options.batch ?? 100)) this.pending.set(`${model.collection.name}:${String(_id)}`, { collection: model.collection.name, id: _id });
      }
      // Only a scan that finished counts: one that failed (database away at start-up) runs again next pass.
      this.lastFullScan = startedAt;
    }
    const byName = new Map(this.models.map((m) => [m.collection.name, m]));
    for (const key of [...this.pending.keys()]) {
      if (this.stopping) break;
      // Read now, not from the list taken above: a write since then may have made the held events incomplete.
      const entry = this.pending.get(key);
      if (!entry) continue;
      const { collection, id, stored } = entry;
      const model = byName.get(collection);
      this.pending.delete(key);
      if (!model) continue;
      try {
        published += await this.publishDocument(model, id, stored);
      } catch (err) {
        // Kept for the next pass unless a command has queued it again meanwhile.
        if (!this.pending.has(key)) this.pending.set(key, { collection, id });
        throw err;
      }
    }
    return published;
  }

  private async publishDocument(model: Model<any>, id: unknown, stored?: StoredEvents): Promise<number> {
    const sent: string[] = [];
    const doc = stored
      ? { version: stored.version, outbox: stored.entries, hasOutbox: true }
      : await model.findById(id, { outbox: 1, version: 1, hasOutbox: 1 }).lean<PendingDoc & { hasOutbox: boolean }>();
    if (!doc?.hasOutbox) return 0;
    try {
      for (const entry of doc.outbox) {
        crashPoint('relay-before-publish');
        const parent = propagation.extract(context.active(), entry.headers ?? {});
        await context.with(parent, () => this.bus.publishRaw(entry.subject, entry.payload, entry.id, natsHeaders()));
        sent.push(entry.id);
        crashPoint('relay-after-publish');
      }
    } finally {
      if (sent.length) await this.removeSent(model, id, sent, doc.version);
    }
    return sent.length;
  }

  /** Removes published entries (each engine knows how to do it without touching the rest of the document). */
  private async removeSent(model: Model<any>, id: unknown, sent: string[], readAtVersion: number): Promise<void> {
    if (!(await engineOf(model.db).removePublished(model, id, sent, readAtVersion))) {
      this.logger.warn({ id }, 'could not mark published outbox entries; they will be republished and deduplicated');
    }
  }
}
