import { headers as natsHeaders, nanos, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  JetStreamApiError,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type PubAck,
} from '@nats-io/jetstream';
import {
  DEAD_LETTER_STREAM,
  STREAMS,
  contextOfSubject,
  deadLetterSubject,
  eventBySubject,
  type Context,
  type Envelope,
  type StreamDefinition,
} from '@legalaid/contracts';
import type { Logger } from 'pino';
import { extractTraceContext, injectTraceContext, SpanKind, withSpan } from '../telemetry/spans.js';
import { metrics } from '../metrics.js';
import { connectNats } from './nats-connection.js';
import type { NatsSecurityConfig } from './nats-connection.js';

export const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;

/**
 * JetStream AckWait of every consumer: how long a message held by a process
 * that died stays invisible before it is redelivered. Kept short; living
 * processes extend it with heartbeats (see `consume`).
 */
export const DEFAULT_ACK_WAIT_MS = 4000;

/** Unacknowledged messages the server lets one durable consumer have outstanding. */
export const MAX_ACK_PENDING = 256;

/** Heartbeats per AckWait: three, so one late timer tick on a loaded machine is not a redelivery. */
export function heartbeatInterval(ackWaitMs: number): number {
  return Math.max(200, Math.floor(ackWaitMs / 3));
}

export interface HandlerContext {
  /** Tells the server the handler is still working, so AckWait does not expire. */
  working(): void;
  deliveryCount: number;
  subject: string;
  streamSequence: number;
}

export type EventHandler = (event: Envelope, ctx: HandlerContext) => Promise<void>;

export interface ConsumerSpec {
  /** The stream the consumer reads; a consumer belongs to one stream. */
  stream: string;
  /** Durable name, shared by every replica of the service. */
  durable: string;
  /** Handlers by event type (`intake.request.accepted`); other events are acked and skipped. */
  handlers: Map<string, EventHandler>;
  filterSubject?: string;
  maxDeliver?: number;
  backoffMs?: number[];
  ackWaitMs?: number;
  /** For the dead-letter consumer: a failure is logged and parked, never dead-lettered again. */
  parkFailures?: boolean;
  /** Skip contract validation (the dead-letter consumer reads dead-letter records). */
  raw?: boolean;
}

export interface DeadLetterRecord {
  originalSubject: string;
  stream: string;
  streamSequence: number;
  consumer: string;
  deliveryCount: number;
  reason: 'CONTRACT_VIOLATION' | 'HANDLER_FAILED';
  error: string;
  headers: Record<string, string[]>;
  payload: string;
  failedAt: string;
}

export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

/**
 * The JetStream bus: one per process. Publishes with de-duplication ids,
 * consumes through durable pull consumers with explicit acks, retries with
 * growing delays and moves what cannot be processed to the dead-letter stream.
 */
export class Bus {
  private readonly consumers: { stop: () => void; done: Promise<void>; spec: ConsumerSpec }[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;
  private lagTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    private readonly logger: Logger,
    private readonly owner: Context | undefined,
  ) {}

  /**
   * `owner`: the context of the service this bus belongs to; its dead letters
   * go to `legalaid.dlq.<owner>.<consumer>`, the only dead-letter subjects its
   * NATS permissions allow. Without one (tools, tests) a dead letter is named
   * after the failed message's context.
   */
  static async connect(options: { servers: string; name: string; logger: Logger; security?: NatsSecurityConfig; owner?: Context }): Promise<Bus> {
    const nc = await connectNats(options);
    const jsm = await jetstreamManager(nc);
    const bus = new Bus(nc, jetstream(nc), jsm, options.logger, options.owner);
    void bus.watchStatus();
    return bus;
  }

  private readonly reconnectListeners: (() => void)[] = [];

  /** Calls `listener` after each reconnection to NATS (core messages sent meanwhile were lost). */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  private async watchStatus(): Promise<void> {
    for await (const s of this.nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnect') this.logger.warn({ nats: s.type }, 'NATS connection status changed');
      // A permission the server's table does not grant: a configuration mistake to see at once, not a silent drop.
      if (s.type === 'error') this.logger.error({ nats: s.type, error: s.error?.message }, 'NATS reported an error');
      if (s.type === 'reconnect') for (const l of this.reconnectListeners) l();
    }
  }

  /**
   * Creates every stream declared in contracts that is missing, and brings
   * the configuration of the streams this process owns (`owned`, all when
   * omitted) up to date. Idempotent; the same configuration everywhere.
   */
  async ensureStreams(options: { streams?: readonly StreamDefinition[]; owned?: readonly string[]; replicas?: number } = {}): Promise<void> {
    for (const s of options.streams ?? STREAMS) {
      const config = {
        name: s.name,
        subjects: s.subjects,
        description: s.description,
        storage: StorageType.File,
        num_replicas: options.replicas ?? 1,
        duplicate_window: nanos(DUPLICATE_WINDOW_MS),
      };
      const mayUpdate = !options.owned || options.owned.includes(s.name);
      try {
        await this.jsm.streams.info(s.name);
        if (mayUpdate) await this.jsm.streams.update(s.name, config);
      } catch (err) {
        if ((err instanceof JetStreamApiError && err.code === 404) || (err as Error).message?.includes('not found')) {
          try {
            await this.jsm.streams.add(config);
          } catch (addErr) {
            // Another process created it between our info and add: same config, fine.
            if (!(addErr instanceof JetStreamApiError && /already in use/i.test(addErr.message))) throw addErr;
          }
        } else {
          throw err;
        }
      }
    }
  }

  /** Validates an event against its contract and publishes it with Nats-Msg-Id = event id. */
  async publish(event: Envelope): Promise<PubAck> {
    const def = eventBySubject(`legalaid.${event.type}.v${event.version}`);
    if (!def) throw new ContractViolation(`no contract for event ${event.type} v${event.version}`);
    const parsed = def.schema.safeParse(event);
    if (!parsed.success) throw new ContractViolation(`event ${event.type} breaks its contract: ${parsed.error.message}`);
    return this.publishRaw(def.subject, JSON.stringify(event), event.id);
  }

  /** Publishes a serialised, already validated event (the outbox relay's path). */
  async publishRaw(subject: string, payload: string, msgId: string, headers?: MsgHdrs): Promise<PubAck> {
    return withSpan(`${subject} publish`, { kind: SpanKind.PRODUCER, attributes: messagingAttributes(subject, 'publish', msgId) }, async () => {
      const h = headers ?? natsHeaders();
      injectTraceContext(h);
      const ack = await this.js.publish(subject, payload, { msgID: msgId, headers: h });
      metrics.published.inc({ subject, duplicate: String(ack.duplicate) });
      return ack;
    });
  }

  /**
   * Creates (or updates) a durable pull consumer and starts handling its
   * messages, one at a time in stream order.
   *
   * AckWait is short (`DEFAULT_ACK_WAIT_MS`) so that what a dead process held
   * is redelivered within seconds; while this process lives, every message it
   * holds — the one being handled and those received and waiting their turn —
   * gets an in-progress heartbeat (`working()`) several times per AckWait, so
   * a long handler or a queue behind it is never redelivered to a second
   * replica. The server holds at most `MAX_ACK_PENDING` unacknowledged
   * messages per consumer, which bounds what one process can hold.
   */
  async consume(spec: ConsumerSpec): Promise<void> {
    const maxDeliver = spec.maxDeliver ?? 5;
    const ackWaitMs = spec.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
    const config = {
      durable_name: spec.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      max_deliver: maxDeliver,
      ack_wait: nanos(ackWaitMs),
      max_ack_pending: MAX_ACK_PENDING,
      ...(spec.filterSubject ? { filter_subject: spec.filterSubject } : {}),
    };
    try {
      await this.jsm.consumers.add(spec.stream, config);
    } catch (err) {
      if (!/already in use|exists/i.test((err as Error).message)) throw err;
      await this.jsm.consumers.update(spec.stream, spec.durable, config);
    }
    const consumer = await this.js.consumers.get(spec.stream, spec.durable);
    const held: JsMsg[] = [];
    let idle: () => void = () => undefined;
    let wake: Promise<void> = new Promise((r) => (idle = r));
    let stopped = false;
    // Callback mode: every message the client receives is in `held` at once, where the heartbeat reaches it.
    const messages = await consumer.consume({
      max_messages: 32,
      callback: (msg) => {
        held.push(msg);
        idle();
      },
    });
    const heartbeat = setInterval(() => {
      for (const m of held) {
        try {
          m.working();
        } catch {
          // Connection closed or reconnecting: the server redelivers after AckWait, which is the point.
        }
      }
    }, heartbeatInterval(ackWaitMs));
    heartbeat.unref();
    const done = (async () => {
      for (;;) {
        if (held.length === 0) {
          if (stopped) return;
          await wake;
          wake = new Promise((r) => (idle = r));
          continue;
        }
        if (stopped) {
          // Shutting down: hand what is still queued back to the server at once rather than after AckWait.
          for (const m of held.splice(0)) m.nak();
          return;
        }
        const msg = held[0];
        const work = this.handle(msg, { ...spec, maxDeliver });
        this.inFlight.add(work);
        try {
          await work;
        } finally {
          this.inFlight.delete(work);
          held.shift();
        }
      }
    })();
    const stop = () => {
      stopped = true;
      messages.stop();
      clearInterval(heartbeat);
      idle();
    };
    this.consumers.push({ stop, done, spec });
    this.watchLag();
  }

  /** Consumer lag (messages not yet delivered) as a gauge, every few seconds. */
  private watchLag(): void {
    if (this.lagTimer) return;
    this.lagTimer = setInterval(() => {
      for (const { spec } of this.consumers) {
        this.jsm.consumers
          .info(spec.stream, spec.durable)
          .then((info) => metrics.consumerLag.set({ consumer: spec.durable }, info.num_pending + info.num_ack_pending))
          .catch(() => undefined);
      }
    }, 5000);
    this.lagTimer.unref();
  }

  private async handle(msg: JsMsg, spec: ConsumerSpec & { maxDeliver: number }): Promise<void> {
    const consumer = spec.durable;
    const subject = msg.subject;
    let payloadText: string;
    let event: Envelope;
    try {
      payloadText = msg.string();
      const json: unknown = JSON.parse(payloadText);
      if (spec.raw) {
        event = json as Envelope;
      } else {
        const def = eventBySubject(subject);
        if (!def) throw new ContractViolation(`no contract for subject ${subject}`);
        const parsed = def.schema.safeParse(json);
        if (!parsed.success) throw new ContractViolation(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        event = parsed.data;
      }
    } catch (err) {
      // Retrying cannot fix a message that breaks its contract: dead-letter it at once.
      const error = err instanceof ContractViolation ? err.message : `unparseable message: ${(err as Error).message}`;
      this.logger.warn({ consumer, subject, seq: msg.seq, error }, 'message refused by contract');
      if (spec.parkFailures) {
        msg.term();
        return;
      }
      await this.deadLetter(msg, consumer, 'CONTRACT_VIOLATION', error);
      return;
    }

    // '*' receives every (validated) event of the stream, e.g. the audit ledger.
    const handler = spec.raw ? spec.handlers.get('*') : (spec.handlers.get(event.type) ?? spec.handlers.get('*'));
    if (!handler) {
      msg.ack();
      metrics.consumed.inc({ consumer, subject, outcome: 'skipped' });
      return;
    }
    const parent = extractTraceContext(msg.headers);
    const timer = metrics.handlerSeconds.startTimer({ consumer, subject });
    try {
      await withSpan(
        `${subject} process`,
        { kind: SpanKind.CONSUMER, parent, attributes: { ...messagingAttributes(subject, 'process', event.id), 'messaging.consumer.group.name': consumer } },
        () =>
          handler(event, {
            working: () => msg.working(),
            deliveryCount: msg.info.deliveryCount,
            subject,
            streamSequence: msg.seq,
          }),
      );
      // Ack only after the handler's own write is durable (it awaited it).
      await msg.ackAck().catch(() => msg.ack());
      metrics.consumed.inc({ consumer, subject, outcome: 'ack' });
    } catch (err) {
      const error = (err as Error).message ?? String(err);
      const delivery = msg.info.deliveryCount;
      if (spec.parkFailures) {
        this.logger.error({ consumer, subject, seq: msg.seq, error }, 'dead-letter handling failed; parked');
        msg.term();
        return;
      }
      if (delivery >= spec.maxDeliver) {
        this.logger.error({ consumer, subject, seq: msg.seq, delivery, error }, 'handler failed on its last delivery; dead-lettering');
        await this.deadLetter(msg, consumer, 'HANDLER_FAILED', error);
      } else {
        const backoff = spec.backoffMs ?? [200, 1000, 5000, 15000];
        const delay = backoff[Math.min(delivery - 1, backoff.length - 1)];
        this.logger.warn({ consumer, subject, seq: msg.seq, delivery, delay, error }, 'handler failed; will retry');
        msg.nak(delay);
        metrics.consumed.inc({ consumer, subject, outcome: 'retry' });
      }
    } finally {
      timer();
    }
  }

  private async deadLetter(msg: JsMsg, consumer: string, reason: DeadLetterRecord['reason'], error: string): Promise<void> {
    const context = this.owner ?? contextOfSubject(msg.subject) ?? 'oversight';
    const record: DeadLetterRecord = {
      originalSubject: msg.subject,
      stream: msg.info.stream,
      streamSequence: msg.seq,
      consumer,
      deliveryCount: msg.info.deliveryCount,
      reason,
      error: error.slice(0, 2000),
      headers: headersToObject(msg.headers),
      payload: msg.string(),
      failedAt: new Date().toISOString(),
    };
    try {
      // The dead letter's own id makes its publish idempotent if we crash before term().
      await this.publishRaw(deadLetterSubject(context, consumer), JSON.stringify(record), `dlq:${consumer}:${msg.info.stream}:${msg.seq}`);
      msg.term();
      metrics.deadLetters.inc({ consumer, reason });
      metrics.consumed.inc({ consumer, subject: msg.subject, outcome: 'dead_letter' });
    } catch (publishErr) {
      // Could not record the dead letter: leave the message for redelivery rather than lose it.
      this.logger.error({ consumer, error: (publishErr as Error).message }, 'could not publish dead letter; message will be redelivered');
      msg.nak(1000);
    }
  }

  /** Dead letters of this process's consumers (DESIGN.md §6), oldest first. */
  async listDeadLetters(limit = 100): Promise<{ sequence: number; record: DeadLetterRecord }[]> {
    const out: { sequence: number; record: DeadLetterRecord }[] = [];
    const mine = new Set(this.consumers.map((c) => c.spec.durable));
    const info = await this.jsm.streams.info(DEAD_LETTER_STREAM);
    if (info.state.messages === 0) return out;
    // NATS 2.9 has no multi-subject filters: read the (small) dead-letter stream and keep ours.
    const ordered = await this.js.consumers.get(DEAD_LETTER_STREAM, { deliver_policy: DeliverPolicy.All });
    const batch = await ordered.fetch({ max_messages: Math.min(info.state.messages, 10000), expires: 2000 });
    for await (const m of batch) {
      const record = m.json<DeadLetterRecord>();
      if (mine.has(record.consumer) && out.length < limit) out.push({ sequence: m.seq, record });
      if (m.info.pending === 0) break;
    }
    return out.sort((a, b) => a.sequence - b.sequence).slice(0, limit);
  }

  /** One dead letter, if it belongs to one of this process's consumers. */
  async getDeadLetter(sequence: number): Promise<DeadLetterRecord | null> {
    let record: DeadLetterRecord;
    try {
      const stored = await this.jsm.streams.getMessage(DEAD_LETTER_STREAM, { seq: sequence });
      if (!stored) return null;
      record = stored.json<DeadLetterRecord>();
    } catch {
      return null;
    }
    return this.consumers.some((c) => c.spec.durable === record.consumer) ? record : null;
  }

  /**
   * Replays a dead letter by running the failed consumer's handler on it (never
   * a republish, which every other consumer would see again). Handlers are
   * idempotent, so a replay after a partial success changes nothing twice.
   * On success the dead letter is removed.
   */
  async replayDeadLetter(sequence: number): Promise<{ replayed: boolean; error: string | null } | null> {
    const record = await this.getDeadLetter(sequence);
    if (!record) return null;
    const spec = this.consumers.find((c) => c.spec.durable === record.consumer)!.spec;
    try {
      const json: unknown = JSON.parse(record.payload);
      let event = json as Envelope;
      if (!spec.raw) {
        const def = eventBySubject(record.originalSubject);
        if (!def) throw new ContractViolation(`no contract for subject ${record.originalSubject}`);
        const parsed = def.schema.safeParse(json);
        if (!parsed.success) throw new ContractViolation(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        event = parsed.data;
      }
      const handler = spec.raw ? spec.handlers.get('*') : (spec.handlers.get(event.type) ?? spec.handlers.get('*'));
      if (handler) {
        await withSpan(`${record.originalSubject} replay`, { kind: SpanKind.CONSUMER, attributes: messagingAttributes(record.originalSubject, 'process', event.id) }, () =>
          handler(event, { working: () => undefined, deliveryCount: record.deliveryCount + 1, subject: record.originalSubject, streamSequence: record.streamSequence }),
        );
      }
      await this.jsm.streams.deleteMessage(DEAD_LETTER_STREAM, sequence);
      this.logger.info({ consumer: record.consumer, sequence }, 'dead letter replayed');
      return { replayed: true, error: null };
    } catch (err) {
      const error = (err as Error).message ?? String(err);
      this.logger.warn({ consumer: record.consumer, sequence, error }, 'dead letter replay failed; kept');
      return { replayed: false, error };
    }
  }

  /** Stops consuming, lets in-flight handlers finish, then drains the connection. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.lagTimer) clearInterval(this.lagTimer);
    // stop() ends the pull loop at once; close() would wait for the open pull request to expire.
    for (const c of this.consumers) c.stop();
    await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled(this.consumers.map((c) => c.done));
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }
}

export function messagingAttributes(subject: string, operation: string, messageId: string) {
  return {
    'messaging.system': 'nats',
    'messaging.destination.name': subject,
    'messaging.operation.type': operation,
    'messaging.message.id': messageId,
  };
}

function headersToObject(h: MsgHdrs | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!h) return out;
  for (const k of h.keys()) out[k] = h.values(k);
  return out;
}
