import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { Schema, type Connection } from 'mongoose';
import { DomainError } from '@legalaid/contracts';
import { IntakeRequestReceived, streamNameOf } from '@legalaid/contracts';
import { AggregateStore, Bus, OutboxRelay, outboxSchemaFields } from '@legalaid/infra';
import { resetStreams, testDbName, testServers } from '../../test/support/servers.js';
import { receivedEvent, silentLogger, until } from './helpers.js';

interface Doc {
  _id: string;
  version: number;
  writer: string;
  appliedEventIds?: string[];
}

/**
 * Concurrent writers from the same version on the real database, each on its
 * own connection (a pool of many, as separate replicas would be): exactly one
 * wins, the others learn of the conflict — on FerretDB v1 too, where a version
 * filter alone lets several through.
 */
describe('version claims', () => {
  let conn: Connection;
  let store: AggregateStore<Doc>;
  let model: mongoose.Model<any>;

  beforeAll(async () => {
    conn = await mongoose.createConnection(testServers().mongoUrl, { dbName: testDbName('claims'), bufferCommands: false }).asPromise();
    model = conn.model('ClaimTest', new Schema({ _id: String, version: Number, writer: String, appliedEventIds: [String], ...outboxSchemaFields }, { versionKey: false })) as unknown as mongoose.Model<any>;
    store = new AggregateStore<Doc>(model);
  });
  afterAll(async () => {
    await conn?.close();
  });

  it('lets exactly one of ten concurrent saves from the same version through', async () => {
    for (let round = 0; round < 5; round++) {
      const id = `agg-${round}`;
      await store.insert({ _id: id, version: 1, writer: 'none' }, []);
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, w) => store.save({ _id: id, version: 1, writer: `w${w}` }, 1, [])));
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect((r.reason as DomainError).code).toBe('VERSION_CONFLICT');
      const stored = await store.get(id);
      expect(stored!.version).toBe(2);
      // The next transition works as usual.
      await expect(store.save({ ...stored!, writer: 'next' }, 2, [])).resolves.toBe('saved');
    }
  });

  it('a save costs at most two writes (on FerretDB the claim and the update: a spent claim is swept later, not deleted one by one), and a spent claim blocks nobody', async () => {
    const counted = await mongoose.createConnection(testServers().mongoUrl, { dbName: conn.db!.databaseName, bufferCommands: false, monitorCommands: true }).asPromise();
    try {
      const countedModel = counted.model('ClaimTest', model.schema) as unknown as mongoose.Model<any>;
      const countedStore = new AggregateStore<Doc>(countedModel);
      await countedStore.insert({ _id: 'agg-writes', version: 1, writer: 'none' }, []);
      const writes: string[] = [];
      const WRITE_COMMANDS = new Set(['insert', 'update', 'delete', 'findAndModify']);
      counted.getClient().on('commandStarted', (e: { commandName: string }) => {
        if (WRITE_COMMANDS.has(e.commandName)) writes.push(e.commandName);
      });
      await expect(countedStore.save({ _id: 'agg-writes', version: 1, writer: 'a' }, 1, [])).resolves.toBe('saved');
      expect(writes.length).toBeGreaterThanOrEqual(1);
      expect(writes.length).toBeLessThanOrEqual(2);
      expect(writes).not.toContain('delete');
      // A writer still at version 1 learns of the conflict; the next version's save is not held up.
      await expect(store.save({ _id: 'agg-writes', version: 1, writer: 'late' }, 1, [])).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      await expect(store.save({ _id: 'agg-writes', version: 2, writer: 'b' }, 2, [])).resolves.toBe('saved');
      expect((await store.get('agg-writes'))!).toMatchObject({ version: 3, writer: 'b' });
    } finally {
      await counted.close();
    }
  });

  it('reports a redelivered event as already applied, not as a conflict', async () => {
    await store.insert({ _id: 'agg-applied', version: 1, writer: 'none' }, []);
    await store.save({ _id: 'agg-applied', version: 1, writer: 'a' }, 1, [], 'event-1');
    await expect(store.save({ _id: 'agg-applied', version: 1, writer: 'a' }, 1, [], 'event-1')).resolves.toBe('already-applied');
  });

  it('loses no event when commands on two replicas append while both relays remove published entries', async () => {
    await resetStreams(testServers().natsUrl);
    const bus = await Bus.connect({ servers: testServers().natsUrl, name: 'claims-relay', logger: silentLogger });
    await bus.ensureStreams();
    const seen = new Set<string>();
    await bus.consume({ stream: streamNameOf('intake'), durable: 'claims-counter', handlers: new Map([[IntakeRequestReceived.type, async (e) => void seen.add(e.id)]]) });
    const relays = [new OutboxRelay(bus, [model], silentLogger, { pollMs: 5 }), new OutboxRelay(bus, [model], silentLogger, { pollMs: 5 })];
    relays.forEach((r) => r.start());
    // Two replicas: each writes through a store whose events its own relay publishes.
    const replicas = relays.map((r) => new AggregateStore<Doc>(model, r.onEvents));
    try {
      await store.insert({ _id: 'agg-relay', version: 1, writer: 'none' }, []);
      const appended: string[] = [];
      // Three writers append events (retrying on conflict) while two relays publish and mark.
      await Promise.all(
        [0, 1, 2].map(async (w) => {
          for (let i = 0; i < 8; i++) {
            for (;;) {
              const current = (await store.get('agg-relay'))!;
              const event = receivedEvent();
              try {
                await replicas[w % 2].save({ ...current, writer: `w${w}-${i}` }, current.version, [event]);
                appended.push(event.id);
                break;
              } catch (err) {
                if ((err as DomainError).code !== 'VERSION_CONFLICT') throw err;
              }
            }
          }
        }),
      );
      expect(appended).toHaveLength(24);
      await until(() => (appended.every((id) => seen.has(id)) ? true : undefined), 20000);
      await until(async () => ((await model.findById('agg-relay').lean<{ hasOutbox: boolean }>())!.hasOutbox ? undefined : true), 20000);
      expect((await store.get('agg-relay'))!.version).toBe(25);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await bus.close();
    }
  });
});
