import { Schema, type Connection, type Model } from 'mongoose';
import type { Logger } from 'pino';
import {
  DomainError,
  createEvent,
  systemActor,
  type Actor,
  type Context,
  type FailedDelivery,
  type Envelope,
  type EventDefinition,
  type NotificationChannel,
  type NotificationKind,
  type SuppressionReason,
} from '@legalaid/contracts';
import { AggregateStore, type StoredEvents } from '../mongo/aggregate-store.js';
import { outboxSchemaFields } from '../outbox/outbox.js';
import { DuePoller } from '../timers/due-poller.js';
import type { ChannelAdapter, OutgoingMessage } from './channels.js';
import { ChannelError } from './channels.js';
import { claim, deliveryIdFor, dueAtOf, failedAttempt, obsolete, succeeded, type Delivery, type Recipient } from './delivery.js';
import type { SafetyDecision } from './safety.js';
import type { RenderedMessage } from './templates.js';

const DeliverySchema = new Schema(
  {
    _id: String,
    version: Number,
    causeEventId: String,
    kind: String,
    channel: String,
    recipient: { type: { type: String }, ref: String },
    params: { type: Schema.Types.Mixed, default: {} },
    requestId: { type: String, default: null },
    centreId: { type: String, default: null },
    status: String,
    attempts: Number,
    nextAt: { type: Date, default: null },
    lastError: { type: String, default: null },
    suppressedReason: { type: String, default: null },
    createdAt: Date,
    sentAt: { type: Date, default: null },
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'notification_deliveries', versionKey: false, minimize: false },
);
// Operators list a recipient's deliveries, and the failed ones, newest first.
DeliverySchema.index({ 'recipient.ref': 1, createdAt: -1 });
DeliverySchema.index({ status: 1, createdAt: -1 });

export function deliveryModel(conn: Connection): Model<any> {
  return conn.models.NotificationDelivery ?? conn.model('NotificationDelivery', DeliverySchema);
}

/** The events a service publishes about its deliveries (contracts/notifications.ts). */
export interface DeliveryEvents {
  sent: EventDefinition;
  failed: EventDefinition;
  suppressed: EventDefinition;
  retried: EventDefinition;
}

/** A centre's staff reach their centre's deliveries; administrators every one. */
function mayHandle(actor: Actor, centreId: string | null): boolean {
  return actor.role === 'ADMIN' || (actor.role === 'CENTRE_STAFF' && !!actor.organisationId && actor.organisationId === centreId);
}

/** What the service knows when it sends: the address and the rendered text, or null when the message no longer applies. */
export type Composer = (d: Delivery) => Promise<{ to: string; message: RenderedMessage } | null>;

export interface PlannedMessage {
  kind: NotificationKind;
  recipient: Recipient;
  params: Record<string, string>;
  requestId: string | null;
  centreId: string | null;
}

export interface DispatcherOptions {
  context: Extract<Context, 'intake' | 'matching'>;
  store: AggregateStore<Delivery>;
  events: DeliveryEvents;
  channels: Partial<Record<NotificationChannel, ChannelAdapter>>;
  compose: Composer;
  clock: () => Date;
  logger: Logger;
  backoffMs: readonly number[];
  /** How long a claimed attempt may run before another replica may retry it. */
  leaseMs: number;
  pollMs: number;
}

/**
 * Sends planned messages reliably: one delivery document per event,
 * recipient and channel (derived id), each attempt claimed under the
 * delivery's version so one replica sends it, retries with backoff kept as
 * data (a due timer fired by a poller, so an outage or a restart loses
 * nothing), a dead-letter state after the last retry, and an event for each
 * outcome (sent, failed, suppressed) for the ledger — ids, channel and
 * recipient role only.
 */
export class NotificationDispatcher {
  readonly poller: DuePoller;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly o: DispatcherOptions) {
    this.poller = new DuePoller({ name: `${o.context}-notifications`, intervalMs: o.pollMs, logger: o.logger, clock: o.clock, tick: (now) => this.tick(now) });
  }

  private event(def: EventDefinition, d: Delivery, now: Date, extra: Record<string, unknown> = {}, by: { actor: Actor; correlationId: string } | null = null): Envelope {
    return createEvent(
      def,
      {
        deliveryId: d._id,
        causeEventId: d.causeEventId,
        kind: d.kind,
        channel: d.channel,
        recipientType: d.recipient.type,
        recipientRef: d.recipient.ref,
        requestId: d.requestId,
        centreId: d.centreId,
        attempts: d.attempts,
        at: now.toISOString(),
        ...extra,
      } as never,
      { actor: by?.actor ?? systemActor(this.o.context), correlationId: by?.correlationId ?? d.requestId ?? d.causeEventId, causationId: d.causeEventId, occurredAt: now },
    );
  }

  /**
   * Records the deliveries a safety decision allows (and the ones it
   * withholds), then sends those due now. A redelivered cause finds them
   * recorded and adds nothing.
   */
  async plan(cause: Envelope, message: PlannedMessage, decision: Pick<SafetyDecision, 'send' | 'suppressed'>): Promise<string[]> {
    const now = this.o.clock();
    const base = { version: 1, causeEventId: cause.id, kind: message.kind, recipient: message.recipient, params: message.params, requestId: message.requestId, centreId: message.centreId, attempts: 0, lastError: null, createdAt: now, sentAt: null };
    const due: string[] = [];
    for (const s of decision.suppressed) {
      const d: Delivery = { ...base, _id: deliveryIdFor(cause.id, message.recipient, s.channel, message.kind), channel: s.channel, status: 'SUPPRESSED', nextAt: null, suppressedReason: s.reason };
      await this.o.store.insert(d, [this.event(this.o.events.suppressed, d, now, { reason: s.reason })]);
    }
    for (const s of decision.send) {
      const d: Delivery = { ...base, _id: deliveryIdFor(cause.id, message.recipient, s.channel, message.kind), channel: s.channel, status: 'PENDING', nextAt: s.notBefore, suppressedReason: null };
      await this.o.store.insert(d, []);
      if (s.notBefore <= now) due.push(d._id);
    }
    for (const id of due) this.track(this.attempt(id));
    return due;
  }

  /** Records a withheld message alone (e.g. no contact on record at all). */
  async suppress(cause: Envelope, message: PlannedMessage, channel: NotificationChannel, reason: SuppressionReason): Promise<void> {
    await this.plan(cause, message, { send: [], suppressed: [{ channel, reason }] });
  }

  private track(p: Promise<unknown>): void {
    const guarded = p.catch((err) => this.o.logger.warn({ error: (err as Error).message }, 'notification attempt failed; the poller retries'));
    this.inFlight.add(guarded);
    void guarded.finally(() => this.inFlight.delete(guarded));
  }

  /** One attempt of one delivery, if it is due and this replica wins its claim. */
  async attempt(id: string): Promise<'sent' | 'retry' | 'failed' | 'skipped'> {
    const d = await this.o.store.get(id);
    if (!d) return 'skipped';
    const now = this.o.clock();
    const claimed = claim(d, now, this.o.leaseMs);
    if (!claimed) return 'skipped';
    try {
      await this.o.store.save(claimed, d.version, []);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'VERSION_CONFLICT') return 'skipped'; // another replica claimed it
      throw err;
    }
    const version = d.version + 1;
    const channel = this.o.channels[d.channel];
    let outcome: Delivery;
    let events: Envelope[];
    let result: 'sent' | 'retry' | 'failed' | 'skipped';
    try {
      if (!channel) throw new ChannelError(`no ${d.channel} channel in this service`, true);
      const composed = await this.o.compose(claimed);
      if (!composed) {
        outcome = obsolete(claimed);
        events = [this.event(this.o.events.suppressed, outcome, this.o.clock(), { reason: 'OBSOLETE' })];
        result = 'skipped';
      } else {
        const out: OutgoingMessage = { deliveryId: d._id, channel: d.channel, to: composed.to, message: composed.message, requestId: d.requestId };
        await channel.send(out);
        outcome = succeeded(claimed, this.o.clock());
        events = [this.event(this.o.events.sent, outcome, this.o.clock())];
        result = 'sent';
      }
    } catch (err) {
      const e = err instanceof ChannelError ? err : new ChannelError(`could not compose or send (${(err as Error).name}: ${(err as Error).message.slice(0, 120)})`, false);
      outcome = failedAttempt(claimed, this.o.clock(), e.message, e.permanent, this.o.backoffMs);
      events = outcome.status === 'FAILED' ? [this.event(this.o.events.failed, outcome, this.o.clock(), { error: e.message.slice(0, 300) })] : [];
      result = outcome.status === 'FAILED' ? 'failed' : 'retry';
      this.o.logger.warn({ deliveryId: d._id, kind: d.kind, channel: d.channel, attempts: outcome.attempts, error: e.message, final: result === 'failed' }, result === 'failed' ? 'notification dead-lettered' : 'notification attempt failed; retry scheduled');
    }
    await this.o.store.save(outcome, version, events);
    if (result === 'sent') this.o.logger.info({ deliveryId: d._id, kind: d.kind, channel: d.channel, attempts: outcome.attempts }, 'notification sent');
    return result;
  }

  async tick(now: Date): Promise<number> {
    let done = 0;
    for (const id of await this.o.store.dueIds(now, 50)) {
      const r = await this.attempt(id);
      if (r !== 'skipped') done++;
    }
    return done;
  }

  /**
   * Puts a dead-lettered delivery back in the queue and attempts it at once
   * (centre staff or an administrator, after fixing the cause). Idempotent:
   * the FAILED → PENDING step is taken under the delivery's version, so of
   * two calls (or two replicas) one retries and the other finds it pending or
   * sent and changes nothing. The `retried` event puts who did it on the
   * ledger, without content.
   */
  async retry(id: string, by: { actor: Actor; correlationId: string } = { actor: systemActor(this.o.context), correlationId: id }): Promise<{ deliveryId: string; retried: boolean; status: Delivery['status']; attempts: number }> {
    const d = await this.o.store.get(id);
    // The service itself (an operator's script) or a person the rule allows; another's delivery looks like none.
    const own = by.actor.role === 'SYSTEM' && by.actor.id === systemActor(this.o.context).id;
    if (!d || !(own || mayHandle(by.actor, d.centreId))) throw new DomainError('NOT_FOUND', `no delivery ${id} you may retry`);
    if (d.status !== 'FAILED') return { deliveryId: id, retried: false, status: d.status, attempts: d.attempts };
    const now = this.o.clock();
    try {
      await this.o.store.save({ ...d, status: 'PENDING', attempts: 0, nextAt: now }, d.version, [this.event(this.o.events.retried, d, now, {}, by)]);
    } catch (err) {
      if (!(err instanceof DomainError && err.code === 'VERSION_CONFLICT')) throw err;
      const current = (await this.o.store.get(id))!;
      return { deliveryId: id, retried: false, status: current.status, attempts: current.attempts };
    }
    this.o.logger.info({ deliveryId: id, kind: d.kind, channel: d.channel, by: by.actor.id }, 'dead-lettered notification put back in the queue');
    this.track(this.attempt(id));
    return { deliveryId: id, retried: true, status: 'PENDING', attempts: 0 };
  }

  /** Dead-lettered deliveries, newest first: the actor's centre's for its staff, any (or one centre's) for administrators. */
  async failed(actor: Actor, input: { centreId?: string; first: number }): Promise<FailedDelivery[]> {
    if (actor.role !== 'ADMIN' && actor.role !== 'CENTRE_STAFF') throw new DomainError('FORBIDDEN', 'failed deliveries are for centre staff and administrators');
    const centreId = actor.role === 'ADMIN' ? input.centreId : actor.organisationId;
    if (input.centreId !== undefined && input.centreId !== centreId) throw new DomainError('FORBIDDEN', `you cannot list the deliveries of ${input.centreId}`);
    if (actor.role !== 'ADMIN' && !centreId) throw new DomainError('FORBIDDEN', 'your token names no centre');
    const docs = await this.o.store.model
      .find({ status: 'FAILED', ...(centreId !== undefined ? { centreId } : {}) }, { outbox: 0 })
      .sort({ createdAt: -1 })
      .limit(input.first)
      .lean<Delivery[]>();
    return docs.map((d) => ({
      deliveryId: d._id,
      sender: this.o.context,
      kind: d.kind,
      channel: d.channel,
      recipientType: d.recipient.type,
      requestId: d.requestId,
      centreId: d.centreId,
      attempts: d.attempts,
      lastError: d.lastError ? d.lastError.slice(0, 300) : null,
      createdAt: new Date(d.createdAt).toISOString(),
    }));
  }

  async start(): Promise<void> {
    await this.poller.start();
  }

  async stop(): Promise<void> {
    await this.poller.stop();
    await Promise.all([...this.inFlight]);
  }
}

/** A delivery store with its due timers (for a service's Nest provider); `clock` is the dispatcher's. */
export function deliveryStore(conn: Connection, onEvents: (collection: string, id: string, stored?: StoredEvents) => void, clock?: () => Date): AggregateStore<Delivery> {
  return new AggregateStore<Delivery>(deliveryModel(conn), onEvents, { dueAt: dueAtOf, clock });
}
