import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DeliverPolicy } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { DEAD_LETTER_STREAM, IntakeRequestReceived, streamNameOf, type Envelope } from '@legalaid/contracts';
import { Bus, DEFAULT_ACK_WAIT_MS, MAX_ACK_PENDING, type DeadLetterRecord, startTelemetry, stopTelemetry, withSpan, currentTraceId } from '@legalaid/infra';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { resetStreams, testServers } from '../../test/support/servers.js';
import { receivedEvent, silentLogger, until } from './helpers.js';

const STREAM = streamNameOf('intake');

async function deadLetters(bus: Bus): Promise<DeadLetterRecord[]> {
  const out: DeadLetterRecord[] = [];
  const info = await bus.jsm.streams.info(DEAD_LETTER_STREAM);
  if (info.state.messages === 0) return out;
  const consumer = await bus.js.consumers.get(DEAD_LETTER_STREAM, { deliver_policy: DeliverPolicy.All });
  const batch = await consumer.fetch({ max_messages: info.state.messages, expires: 2000 });
  for await (const m of batch) {
    out.push(m.json<DeadLetterRecord>());
    if (out.length >= info.state.messages) break;
  }
  return out;
}

describe('JetStream bus (real nats-server)', () => {
  const exporter = new InMemorySpanExporter();
  let bus: Bus;

  beforeAll(async () => {
    startTelemetry({ serviceName: 'bus-test', spanProcessors: [new SimpleSpanProcessor(exporter)] });
  });
  afterAll(async () => {
    await stopTelemetry();
  });
  beforeEach(async () => {
    await resetStreams(testServers().natsUrl).catch(() => undefined);
    bus = await Bus.connect({ servers: testServers().natsUrl, name: 'bus-test', logger: silentLogger });
    await bus.ensureStreams();
    exporter.reset();
  });
  afterEach(async () => {
    await bus.close();
  });

  it('ensures streams idempotently: a second ensure changes nothing and keeps messages', async () => {
    await bus.publish(receivedEvent());
    await bus.ensureStreams();
    const info = await bus.jsm.streams.info(STREAM);
    expect(info.state.messages).toBe(1);
    expect(info.config.subjects).toEqual(['legalaid.intake.>']);
  });

  it('stores a duplicate publish once (Nats-Msg-Id = event id)', async () => {
    const event = receivedEvent();
    const first = await bus.publish(event);
    const second = await bus.publish(event);
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect((await bus.jsm.streams.info(STREAM)).state.messages).toBe(1);
  });

  it('refuses to publish an event that breaks its contract', async () => {
    const event = receivedEvent() as Envelope<string, Record<string, unknown>>;
    event.data = { ...event.data, fullName: 'Nguyễn Văn A' };
    await expect(bus.publish(event)).rejects.toThrow(/breaks its contract/);
    expect((await bus.jsm.streams.info(STREAM)).state.messages).toBe(0);
  });

  it('redelivers after a handler throws, then acks when it succeeds', async () => {
    const deliveries: number[] = [];
    await bus.consume({
      stream: STREAM,
      durable: 'flaky',
      backoffMs: [50],
      handlers: new Map([
        [
          IntakeRequestReceived.type,
          async (_e, ctx) => {
            deliveries.push(ctx.deliveryCount);
            if (ctx.deliveryCount < 3) throw new Error('database briefly away');
          },
        ],
      ]),
    });
    await bus.publish(receivedEvent());
    await until(() => (deliveries.length >= 3 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    expect(deliveries).toEqual([1, 2, 3]);
    const info = await bus.jsm.consumers.info(STREAM, 'flaky');
    expect(info.num_ack_pending).toBe(0);
    expect(await deadLetters(bus)).toEqual([]);
  });

  it('dead-letters a message whose handler always fails, with its error, after the last delivery', async () => {
    let calls = 0;
    await bus.consume({
      stream: STREAM,
      durable: 'broken',
      maxDeliver: 3,
      backoffMs: [30, 30],
      handlers: new Map([
        [
          IntakeRequestReceived.type,
          async () => {
            calls++;
            throw new Error('cannot apply: unknown centre');
          },
        ],
      ]),
    });
    const event = receivedEvent();
    await bus.publish(event);
    const dl = await until(async () => {
      const all = await deadLetters(bus);
      return all.length ? all : undefined;
    });
    expect(calls).toBe(3);
    expect(dl).toHaveLength(1);
    expect(dl[0]).toMatchObject({
      originalSubject: IntakeRequestReceived.subject,
      stream: STREAM,
      consumer: 'broken',
      deliveryCount: 3,
      reason: 'HANDLER_FAILED',
      error: 'cannot apply: unknown centre',
    });
    expect(JSON.parse(dl[0].payload).id).toBe(event.id);
    expect(dl[0].headers['Nats-Msg-Id']).toEqual([event.id]);
  });

  it('dead-letters an invalid message at once, without retries, and keeps consuming the next', async () => {
    const handled: string[] = [];
    await bus.consume({
      stream: STREAM,
      durable: 'strict',
      maxDeliver: 5,
      handlers: new Map([[IntakeRequestReceived.type, async (e) => void handled.push(e.id)]]),
    });
    // A forged message straight onto the subject: the personal name breaks the contract.
    const bad = { ...receivedEvent(), data: { ...receivedEvent().data, fullName: 'Nguyễn Văn A' } };
    await bus.js.publish(IntakeRequestReceived.subject, JSON.stringify(bad), { msgID: 'bad-1' });
    await bus.js.publish(IntakeRequestReceived.subject, 'not json at all {', { msgID: 'bad-2' });
    const good = receivedEvent();
    await bus.publish(good);
    await until(() => (handled.includes(good.id) ? true : undefined));
    const dl = await until(async () => {
      const all = await deadLetters(bus);
      return all.length === 2 ? all : undefined;
    });
    expect(dl.map((d) => d.reason)).toEqual(['CONTRACT_VIOLATION', 'CONTRACT_VIOLATION']);
    expect(dl.every((d) => d.deliveryCount === 1)).toBe(true);
    expect(dl[0].error).toMatch(/fullName|Unrecognized/i);
    expect(dl[1].error).toMatch(/unparseable/);
    expect(handled).toEqual([good.id]);
  });

  it('carries the W3C trace context: the consumer span has the publisher trace id', async () => {
    let seenTrace: string | undefined;
    await bus.consume({
      stream: STREAM,
      durable: 'traced',
      handlers: new Map([
        [
          IntakeRequestReceived.type,
          async () => {
            seenTrace = currentTraceId();
          },
        ],
      ]),
    });
    let publishTrace: string | undefined;
    await withSpan('user action', {}, async () => {
      publishTrace = currentTraceId();
      await bus.publish(receivedEvent());
    });
    await until(() => seenTrace);
    expect(publishTrace).toMatch(/^[0-9a-f]{32}$/);
    expect(publishTrace).not.toBe('0'.repeat(32));
    expect(seenTrace).toBe(publishTrace);
    const spans = exporter.getFinishedSpans();
    const consumerSpan = spans.find((s) => s.name === `${IntakeRequestReceived.subject} process`);
    expect(consumerSpan?.spanContext().traceId).toBe(publishTrace);
    expect(consumerSpan?.attributes['messaging.system']).toBe('nats');
  });

  it('lists, inspects and replays a dead letter into the one consumer that failed', async () => {
    let fixed = false;
    let poisonId = '';
    const applied: string[] = [];
    const otherSeen: string[] = [];
    await bus.consume({
      stream: STREAM,
      durable: 'needs-fix',
      maxDeliver: 2,
      backoffMs: [20],
      handlers: new Map([
        [
          IntakeRequestReceived.type,
          async (e) => {
            if (!fixed && e.id === poisonId) throw new Error('unknown centre code');
            applied.push(e.id);
          },
        ],
      ]),
    });
    await bus.consume({ stream: STREAM, durable: 'bystander', handlers: new Map([[IntakeRequestReceived.type, async (e) => void otherSeen.push(e.id)]]) });
    const poison = receivedEvent();
    const next = receivedEvent();
    poisonId = poison.id;
    await bus.publish(poison);
    await bus.publish(next);
    // The message behind the poison keeps flowing while the poison is retried and dead-lettered.
    const listed = await until(async () => {
      const l = await bus.listDeadLetters();
      return l.length ? l : undefined;
    });
    expect(listed).toHaveLength(1);
    expect(listed[0].record).toMatchObject({ consumer: 'needs-fix', reason: 'HANDLER_FAILED', error: 'unknown centre code' });
    expect(otherSeen.sort()).toEqual([poison.id, next.id].sort());
    expect(applied).toEqual([next.id]);

    const seq = listed[0].sequence;
    expect((await bus.getDeadLetter(seq))?.originalSubject).toBe(IntakeRequestReceived.subject);
    expect(await bus.replayDeadLetter(seq)).toEqual({ replayed: false, error: 'unknown centre code' });
    expect(await bus.listDeadLetters()).toHaveLength(1);

    fixed = true;
    expect(await bus.replayDeadLetter(seq)).toEqual({ replayed: true, error: null });
    expect(applied).toEqual([next.id, poison.id]);
    expect(await bus.listDeadLetters()).toEqual([]);
    expect(await bus.replayDeadLetter(seq)).toBeNull();
    // Replay went to the failed consumer only: the bystander saw each event once.
    await new Promise((r) => setTimeout(r, 200));
    expect(otherSeen).toHaveLength(2);
    expect((await bus.jsm.streams.info(STREAM)).state.messages).toBe(2);
  });

  it('uses a short AckWait by default, so a message held by a dead process comes back within seconds', async () => {
    await bus.consume({ stream: STREAM, durable: 'defaults', handlers: new Map() });
    const info = await bus.jsm.consumers.info(STREAM, 'defaults');
    expect(info.config.ack_wait).toBe(nanos(DEFAULT_ACK_WAIT_MS));
    expect(DEFAULT_ACK_WAIT_MS).toBeLessThanOrEqual(5000);
    expect(info.config.max_ack_pending).toBe(MAX_ACK_PENDING);
  });

  it('keeps a long handler and the messages queued behind it from being redelivered (heartbeats), one delivery each', async () => {
    const ackWaitMs = 1000;
    const seen: { id: string; delivery: number }[] = [];
    await bus.consume({
      stream: STREAM,
      durable: 'slow',
      ackWaitMs,
      handlers: new Map([
        [
          IntakeRequestReceived.type,
          async (e, ctx) => {
            seen.push({ id: e.id, delivery: ctx.deliveryCount });
            // The first handler outlives three AckWaits; the others wait their turn behind it, held by this process.
            if (seen.length === 1) await until(() => (Date.now() - started > 3 * ackWaitMs ? true : undefined), 10000);
          },
        ],
      ]),
    });
    const events = [receivedEvent(), receivedEvent(), receivedEvent()];
    const started = Date.now();
    for (const e of events) await bus.publish(e);
    await until(async () => ((await bus.jsm.consumers.info(STREAM, 'slow')).num_ack_pending === 0 && seen.length >= 3 ? true : undefined), 15000);
    expect(seen).toEqual(events.map((e) => ({ id: e.id, delivery: 1 })));
    expect(Date.now() - started).toBeGreaterThan(3 * ackWaitMs);
  });

  it('redelivers what a process held when it died after the AckWait, to the next process on the durable', async () => {
    const ackWaitMs = 1500;
    const doomed = await Bus.connect({ servers: testServers().natsUrl, name: 'doomed', logger: silentLogger });
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const firstDelivery = new Promise<void>((got) =>
      void doomed.consume({
        stream: STREAM,
        durable: 'takeover',
        ackWaitMs,
        handlers: new Map([
          [
            IntakeRequestReceived.type,
            async () => {
              got();
              await held;
            },
          ],
        ]),
      }),
    );
    const event = receivedEvent();
    await bus.publish(event);
    await firstDelivery;
    // The process dies: its connection goes without an ack or a nak.
    await doomed.nc.close();
    const died = Date.now();
    const redelivered: { id: string; delivery: number; afterMs: number }[] = [];
    await bus.consume({
      stream: STREAM,
      durable: 'takeover',
      ackWaitMs,
      handlers: new Map([[IntakeRequestReceived.type, async (e, ctx) => void redelivered.push({ id: e.id, delivery: ctx.deliveryCount, afterMs: Date.now() - died })]]),
    });
    await until(() => (redelivered.length ? true : undefined), 15000);
    release();
    await doomed.close();
    expect(redelivered).toHaveLength(1);
    expect(redelivered[0]).toMatchObject({ id: event.id, delivery: 2 });
    // Redelivered once the AckWait ran out (not at once, and far from the 30 s it used to be).
    expect(redelivered[0].afterMs).toBeGreaterThanOrEqual(ackWaitMs - 600);
    expect(redelivered[0].afterMs).toBeLessThan(ackWaitMs + 5000);
  });
});
