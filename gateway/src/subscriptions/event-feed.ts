import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { eventBySubject, SUBJECT_ROOT, type Envelope } from '@legalaid/contracts';
import type { Logger } from 'pino';
import { Repeater, SlidingBuffer } from 'graphql-yoga';

/**
 * Every domain event of the network, as this gateway replica sees it: a core
 * NATS subscription (never a shared durable, so every replica sees every
 * event) on the five-token event subjects `legalaid.<ctx>.<agg>.<event>.v<N>`
 * only — request/reply subjects (`legalaid.rpc.*.*`, which carry personal
 * data in requests) and dead letters have four tokens and never match.
 * Each event is validated against its contract before anyone sees it.
 */
export class EventFeed {
  static readonly SUBJECT = `${SUBJECT_ROOT}.*.*.*.*`;
  /** A slow subscriber keeps the newest events and loses the oldest, never the gateway's memory. */
  static readonly BUFFER = 100;

  private readonly listeners = new Set<(event: Envelope) => void>();
  /** A retried JetStream publish reaches core subscribers twice; the envelope id tells them apart. */
  private readonly recent = new Set<string>();
  private subscription?: Subscription;

  constructor(private readonly logger: Logger) {}

  start(nc: NatsConnection): this {
    this.subscription = nc.subscribe(EventFeed.SUBJECT, {
      callback: (err, msg) => {
        if (err) return this.logger.warn({ error: err.message }, 'event feed subscription error');
        this.deliver(msg.subject, msg.data);
      },
    });
    return this;
  }

  deliver(subject: string, raw: Uint8Array): void {
    const def = eventBySubject(subject);
    if (!def) return;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      this.logger.warn({ subject }, 'event feed: not JSON');
      return;
    }
    const parsed = def.schema.safeParse(json);
    if (!parsed.success) {
      // Only the subject and the failing paths: event data is never logged.
      this.logger.warn({ subject, paths: parsed.error.issues.slice(0, 5).map((i) => i.path.join('.')) }, 'event feed: event breaks its contract');
      return;
    }
    const event = parsed.data as Envelope;
    if (this.recent.has(event.id)) return;
    this.recent.add(event.id);
    if (this.recent.size > 5000) this.recent.delete(this.recent.values().next().value!);
    for (const listener of this.listeners) listener(event);
  }

  /** The events that pass `accept`, from now on, until the subscriber leaves. */
  events(accept: (event: Envelope) => boolean): AsyncIterableIterator<Envelope> {
    return new Repeater<Envelope>(async (push, stop) => {
      const listener = (event: Envelope) => {
        if (accept(event)) void push(event);
      };
      this.listeners.add(listener);
      await stop;
      this.listeners.delete(listener);
    }, new SlidingBuffer(EventFeed.BUFFER));
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  close(): void {
    this.subscription?.unsubscribe();
  }
}
