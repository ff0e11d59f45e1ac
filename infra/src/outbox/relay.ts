import type { Model } from 'mongoose';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { context, propagation } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { Bus } from '../bus/bus.js';
import { metrics } from '../metrics.js';
import type { OutboxEntry } from './outbox.js';
import { VersionClaims } from '../mongo/version-claims.js';
import { outboxMarkers, type OutboxMarkers } from './markers.js';

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
  /** How often a pass also queries every aggregate collection (safety net for lost markers). */
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

  private get markers(): OutboxMarkers {
    return outboxMarkers(this.models[0].db);
  }

  /** Adds the aggregate collections to publish from (known once the application's models are registered). */
  track(models: Model<any>[]): void {
    this.models.push(...models.filter((m) => !this.models.includes(m)));
  }

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

  /**
   * One pass; returns how many events were published. Normally it reads the
   * pending markers; on start-up and every `fullScanMs` it also queries every
   * aggregate collection, which finds events whose marker was lost.
   */
  async pass(): Promise<number> {
    let published = 0;
    const fullScan = Date.now() - this.lastFullScan >= (this.options.fullScanMs ?? 30_000);
    if (fullScan) {
      this.lastFullScan = Date.now();
      for (const model of this.models) {
        const candidates = await model.find({ hasOutbox: true }, { _id: 1 }).limit(this.options.batch ?? 100).lean<{ _id: unknown }[]>();
        for (const { _id } of candidates) {
          if (this.stopping) break;
          published += await this.publishDocument(model, _id);
        }
        metrics.outboxPending.set({ collection: model.collection.name }, await model.countDocuments({ hasOutbox: true }));
      }
    }
    if (this.models.length) {
      const byName = new Map(this.models.map((m) => [m.collection.name, m]));
      for (const marker of await this.markers.list(this.options.batch ?? 100)) {
        if (this.stopping) break;
        const model = byName.get(marker.collection);
        if (!model) continue; // another service's collection in a shared database
        published += await this.publishDocument(model, marker.docId);
      }
    }
    return published;
  }

  private async publishDocument(model: Model<any>, id: unknown): Promise<number> {
    const sent: string[] = [];
    const doc = await model.findById(id, { outbox: 1, version: 1, hasOutbox: 1 }).lean<PendingDoc & { hasOutbox: boolean }>();
    if (!doc?.hasOutbox) {
      await this.clearIdleMarker(model, id, doc?.version);
      return 0;
    }
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

  private readonly claims = new Map<Model<any>, VersionClaims>();

  private claimsFor(model: Model<any>): VersionClaims {
    let c = this.claims.get(model);
    if (!c) this.claims.set(model, (c = new VersionClaims(model)));
    return c;
  }

  /**
   * Drops the marker of a document with nothing to publish, under its version
   * claim, so a command appending events right now (which marks under the
   * same claim) cannot have its marker removed.
   */
  private async clearIdleMarker(model: Model<any>, id: unknown, version: number | undefined): Promise<void> {
    if (version === undefined) {
      // An insert marks before it creates the document: keep a fresh marker, drop one whose insert failed.
      await this.markers.removeIfOlder(model.collection.name, id, 60_000);
      return;
    }
    // Busy or moved on: look again next pass.
    await this.claimsFor(model).writeAt<{ version: number; hasOutbox?: boolean }, void>(String(id), version, { hasOutbox: 1 }, async (current) => {
      if (!current.hasOutbox) await this.markers.remove(model.collection.name, id);
    });
  }

  /**
   * Removes published entries. FerretDB v1 has no `$pull` by condition, so
   * the array is rewritten under the aggregate's version claim: a command on
   * another replica cannot append events in the same instant, and if one did
   * just before, we re-read and try again.
   */
  private async removeSent(model: Model<any>, id: unknown, sent: string[], readAtVersion: number): Promise<void> {
    const claims = this.claimsFor(model);
    let version: number | undefined = readAtVersion;
    for (let attempt = 0; attempt < 10; attempt++) {
      if (attempt > 0) version = (await model.findById(id, { version: 1 }).lean<{ version: number }>())?.version;
      if (version === undefined) return;
      const written = await claims.writeAt<PendingDoc, void>(String(id), version, { outbox: 1 }, async (current, filter) => {
        const remaining = current.outbox.filter((e) => !sent.includes(e.id));
        await model.updateOne(filter, remaining.length ? { $set: { outbox: remaining } } : { $set: { outbox: [], hasOutbox: false } });
        // Still under the claim: no command can be appending (and marking) now.
        if (remaining.length === 0) await this.markers.remove(model.collection.name, id);
      });
      if (written.done) return;
    }
    this.logger.warn({ id }, 'could not mark published outbox entries; they will be republished and deduplicated');
  }
}
