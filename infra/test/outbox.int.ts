import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Schema, type Connection, type Model } from 'mongoose';
import { IntakeRequestReceived, streamNameOf } from '@legalaid/contracts';
import {
  AggregateStore,
  Bus,
  connectMongo,
  ensureIndexes,
  freePort,
  OutboxRelay,
  outboxSchemaFields,
  ProcessedEvents,
  startNats,
  type RunningServer,
} from '@legalaid/infra';
import { resetStreams, testDbName, testServers } from '../../test/support/servers.js';
import { receivedEvent, silentLogger, until } from './helpers.js';

interface Thing {
  _id: string;
  version: number;
  label: string;
  appliedEventIds?: string[];
}

const ThingSchema = new Schema({ _id: String, version: Number, label: String, appliedEventIds: [String], ...outboxSchemaFields }, { collection: 'things', versionKey: false });

/** An idempotent consumer: counts each event's effect once, whatever the deliveries. */
async function countingConsumer(bus: Bus, conn: Connection, durable: string) {
  const processed = new ProcessedEvents(conn);
  const effects = new Map<string, number>();
  let deliveries = 0;
  await bus.consume({
    stream: streamNameOf('intake'),
    durable,
    handlers: new Map([
      [
        IntakeRequestReceived.type,
        async (e) => {
          deliveries++;
          await processed.once(durable, e.id, async () => void effects.set(e.id, (effects.get(e.id) ?? 0) + 1));
        },
      ],
    ]),
  });
  return { effects, deliveries: () => deliveries };
}

describe('outbox (real database and NATS)', () => {
  let conn: Connection;
  let model: Model<any>;
  let store: AggregateStore<Thing>;

  beforeAll(async () => {
    conn = await connectMongo(testServers().mongoUrl, testDbName('outbox'));
    model = conn.model('Thing', ThingSchema) as unknown as typeof model;
    await ensureIndexes(conn);
    store = new AggregateStore<Thing>(model);
  });
  afterAll(async () => {
    await conn.close();
  });
  beforeEach(async () => {
    await model.deleteMany({});
    await resetStreams(testServers().natsUrl).catch(() => undefined);
  });

  it('writes state and events in one document; a save with a stale version changes nothing', async () => {
    const e1 = receivedEvent();
    await store.insert({ _id: 't1', version: 1, label: 'new' }, [e1]);
    const raw = await model.findById('t1').lean<{ outbox: { id: string }[]; hasOutbox: boolean }>();
    expect(raw!.hasOutbox).toBe(true);
    expect(raw!.outbox.map((o) => o.id)).toEqual([e1.id]);
    await store.save({ _id: 't1', version: 1, label: 'changed' }, 1, [receivedEvent()]);
    await expect(store.save({ _id: 't1', version: 1, label: 'stale' }, 1, [receivedEvent()])).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    const after = await model.findById('t1').lean<{ label: string; version: number; outbox: unknown[] }>();
    expect(after).toMatchObject({ label: 'changed', version: 2 });
    expect(after!.outbox).toHaveLength(2);
  });

  it('an applied event id guards a reaction: the second apply is reported and changes nothing', async () => {
    await store.insert({ _id: 't2', version: 1, label: 'a' }, []);
    const doc = (await store.get('t2'))!;
    expect(await store.save({ ...doc, label: 'b' }, doc.version, [], 'evt-1')).toBe('saved');
    expect(await store.save({ ...doc, label: 'c' }, doc.version, [], 'evt-1')).toBe('already-applied');
    expect((await store.get('t2'))!.label).toBe('b');
  });

  it('publishes what a process left pending when it died before publishing, once, on restart', async () => {
    const bus = await Bus.connect({ servers: testServers().natsUrl, name: 'outbox-test', logger: silentLogger });
    await bus.ensureStreams();
    try {
      const consumer = await countingConsumer(bus, conn, 'outbox-counter');
      // The "first run" wrote its state and events, then died: no relay ever ran.
      const events = [receivedEvent(), receivedEvent(), receivedEvent()];
      await store.insert({ _id: 't3', version: 1, label: 'x' }, events.slice(0, 2));
      await store.save({ _id: 't3', version: 1, label: 'y' }, 1, events.slice(2));
      expect(consumer.effects.size).toBe(0);

      // The restarted process's relay publishes on start-up.
      const relay = new OutboxRelay(bus, [model], silentLogger, { pollMs: 50 });
      relay.start();
      await until(() => (consumer.effects.size === 3 ? true : undefined));
      await until(async () => ((await model.findById('t3').lean<{ hasOutbox: boolean }>())!.hasOutbox ? undefined : true));
      await relay.stop();

      // A second relay (another replica, or the same one crashing after publishing but before
      // marking) republishes the same entries: de-duplication and the idempotent consumer absorb it.
      await model.updateOne({ _id: 't3' }, { $set: { outbox: (await rawOutbox(bus, events)).entries, hasOutbox: true } });
      const relay2 = new OutboxRelay(bus, [model], silentLogger, { pollMs: 50 });
      expect(await relay2.pass()).toBe(3);
      await new Promise((r) => setTimeout(r, 300));
      expect([...consumer.effects.values()]).toEqual([1, 1, 1]);
      expect([...consumer.effects.keys()].sort()).toEqual(events.map((e) => e.id).sort());
      expect((await bus.jsm.streams.info(streamNameOf('intake'))).state.messages).toBe(3);
    } finally {
      await bus.close();
    }
  });

  it("publishes a write's events without reading the document back when they were all it held unpublished", async () => {
    const bus = await Bus.connect({ servers: testServers().natsUrl, name: 'outbox-stored', logger: silentLogger });
    await bus.ensureStreams();
    const finds: string[] = [];
    const listener = (e: { commandName: string; command: Record<string, unknown> }) => {
      if (e.commandName === 'find' && e.command.find === model.collection.name) finds.push(String((e.command.filter as { _id?: unknown })?._id));
    };
    conn.getClient().on('commandStarted', listener);
    try {
      const consumer = await countingConsumer(bus, conn, 'outbox-stored-counter');
      const relay = new OutboxRelay(bus, [model], silentLogger, { pollMs: 50, fullScanMs: 3_600_000 });
      await relay.pass(); // the start-up scan, before anything is written
      const own = new AggregateStore<Thing>(model, relay.onEvents);
      const [e1, e2, e3] = [receivedEvent(), receivedEvent(), receivedEvent()];
      await own.insert({ _id: 't5', version: 1, label: 'a' }, [e1]);
      finds.length = 0;
      expect(await relay.pass()).toBe(1); // only its own write pending: published from memory
      expect(finds.filter((id) => id === 't5')).toHaveLength(1); // the one read is the claim's re-read before removing it
      // Two writes before the relay runs: the document holds both writes' events, so it is read.
      await own.save({ _id: 't5', version: 1, label: 'b' }, 1, [e2]);
      await own.save({ _id: 't5', version: 2, label: 'c' }, 2, [e3]);
      finds.length = 0;
      expect(await relay.pass()).toBe(2);
      expect(finds.filter((id) => id === 't5').length).toBeGreaterThanOrEqual(2);
      await until(() => (consumer.effects.size === 3 ? true : undefined));
      expect((await model.findById('t5').lean<{ hasOutbox: boolean; outbox: unknown[] }>())).toMatchObject({ hasOutbox: false, outbox: [] });
    } finally {
      conn.getClient().off('commandStarted', listener);
      await bus.close();
    }
  });

  it('publishes promptly, without waiting for a scan, while commands keep writing events to several documents', async () => {
    const bus = await Bus.connect({ servers: testServers().natsUrl, name: 'outbox-busy', logger: silentLogger });
    await bus.ensureStreams();
    try {
      const consumer = await countingConsumer(bus, conn, 'outbox-busy-counter');
      // No periodic scan in this test: everything must go out through what the writes hand the relay.
      const relay = new OutboxRelay(bus, [model], silentLogger, { pollMs: 1000, fullScanMs: 3_600_000 });
      relay.start();
      const own = new AggregateStore<Thing>(model, relay.onEvents);
      const ids = ['b1', 'b2', 'b3', 'b4', 'b5'];
      const written: string[] = [];
      for (const id of ids) {
        const e = receivedEvent();
        await own.insert({ _id: id, version: 1, label: 'new' }, [e]);
        written.push(e.id);
      }
      // Each document written again and again, the documents in parallel, while the relay publishes.
      await Promise.all(
        ids.map(async (id) => {
          for (let i = 0; i < 10; i++) {
            for (;;) {
              const current = (await own.get(id))!;
              const e = receivedEvent();
              try {
                await own.save({ ...current, label: `w${i}` }, current.version, [e]);
                written.push(e.id);
                break;
              } catch (err) {
                if ((err as { code?: string }).code !== 'VERSION_CONFLICT') throw err;
              }
            }
          }
        }),
      );
      await until(() => (written.every((id) => consumer.effects.has(id)) ? true : undefined), 8000);
      await until(async () => ((await model.countDocuments({ _id: { $in: ids }, hasOutbox: true })) === 0 ? true : undefined), 8000);
      await relay.stop();
    } finally {
      await bus.close();
    }
  });

  it('keeps events whose publish failed while the broker was down and publishes them when it is back', async () => {
    // A broker of our own, so we can stop and restart it (same port and store).
    const dataDir = mkdtempSync(join(tmpdir(), 'outbox-nats-'));
    const port = await freePort();
    let nats: RunningServer = await startNats({ dataDir, port });
    const bus = await Bus.connect({ servers: nats.url, name: 'outbox-broker-test', logger: silentLogger });
    await bus.ensureStreams();
    try {
      await nats.stop();
      const event = receivedEvent();
      await store.insert({ _id: 't4', version: 1, label: 'during outage' }, [event]);
      const relay = new OutboxRelay(bus, [model], silentLogger, { pollMs: 50 });
      await expect(relay.pass()).rejects.toThrow();
      expect((await model.findById('t4').lean<{ hasOutbox: boolean }>())!.hasOutbox).toBe(true);

      nats = await startNats({ dataDir, port });
      const consumer = await until(async () => {
        try {
          return await countingConsumer(bus, conn, 'outage-counter');
        } catch {
          return undefined;
        }
      }, 20000);
      relay.start();
      await until(() => (consumer.effects.get(event.id) === 1 ? true : undefined), 20000);
      await relay.stop();
      expect((await model.findById('t4').lean<{ hasOutbox: boolean }>())!.hasOutbox).toBe(false);
    } finally {
      await bus.close();
      await nats.stop();
    }
  });
});

/** Rebuilds outbox entries for events already published (as a relay that crashed before marking would leave them). */
async function rawOutbox(_bus: Bus, events: ReturnType<typeof receivedEvent>[]) {
  const { toOutboxEntries } = await import('@legalaid/infra');
  return { entries: toOutboxEntries(events) };
}
