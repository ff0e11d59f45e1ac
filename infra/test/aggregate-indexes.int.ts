import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { Schema, type Connection } from 'mongoose';
import { AggregateStore, DuePoller, outboxSchemaFields } from '@legalaid/infra';
import { testDbName, testServers } from '../../test/support/servers.js';
import { silentLogger } from './helpers.js';

interface Doc {
  _id: string;
  version: number;
  dueAt: Date | null;
  fired?: number;
}

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 8, minutes));

/**
 * Timers kept in the due index on the real database: pollers read the small
 * `<collection>_due` collection, never the aggregates by date; an entry is
 * never later than its aggregate's timer, even when a write fails half-way.
 */
describe('due index', () => {
  let conn: Connection;
  let model: mongoose.Model<any>;
  let store: AggregateStore<Doc>;
  const commands: { name: string; collection: unknown }[] = [];

  beforeAll(async () => {
    conn = await mongoose.createConnection(testServers().mongoUrl, { dbName: testDbName('due'), bufferCommands: false, monitorCommands: true }).asPromise();
    conn.getClient().on('commandStarted', (e) => commands.push({ name: e.commandName, collection: e.command[e.commandName] }));
    model = conn.model('DueTest', new Schema({ _id: String, version: Number, dueAt: Date, fired: Number, ...outboxSchemaFields }, { versionKey: false })) as unknown as mongoose.Model<any>;
    store = new AggregateStore<Doc>(model, () => undefined, { dueAt: (d) => d.dueAt });
  });
  afterAll(async () => {
    await conn?.close();
  });

  const entry = async (id: string) => (await conn.collection(`${model.collection.name}_due`).findOne({ _id: id as never }))?.dueAt as Date | undefined;

  it('keeps one entry per aggregate with a timer, moved and removed with it', async () => {
    await store.insert({ _id: 'a', version: 1, dueAt: at(10) }, []);
    await store.insert({ _id: 'b', version: 1, dueAt: null }, []);
    expect(await entry('a')).toEqual(at(10));
    expect(await entry('b')).toBeUndefined();

    await store.save({ _id: 'a', version: 1, dueAt: at(5) }, 1, []); // earlier
    expect(await entry('a')).toEqual(at(5));
    await store.save({ _id: 'a', version: 2, dueAt: at(30) }, 2, []); // later
    expect(await entry('a')).toEqual(at(30));
    await store.save({ _id: 'b', version: 1, dueAt: at(20) }, 1, []);
    expect(await store.dueIds(at(25), 10)).toEqual(['b']);
    expect(await store.dueIds(at(40), 10)).toEqual(['b', 'a']);
    await store.save({ _id: 'a', version: 3, dueAt: null }, 3, []); // cleared
    expect(await entry('a')).toBeUndefined();
    expect(await store.dueIds(at(40), 10)).toEqual(['b']);
  });

  it('answers dueIds without querying the aggregates', async () => {
    commands.length = 0;
    await store.dueIds(at(40), 10);
    expect(commands.map((c) => c.collection)).toEqual([`${model.collection.name}_due`]);
  });

  it('moves no entry on a lost race, and a poller corrects an early entry left by a write that died half-way', async () => {
    await store.insert({ _id: 'c', version: 1, dueAt: at(50) }, []);
    await store.save({ _id: 'c', version: 1, dueAt: at(50) }, 1, []);
    await expect(store.save({ _id: 'c', version: 1, dueAt: at(90) }, 1, [])).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await entry('c')).toEqual(at(50));
    // A writer moving the timer earlier writes the entry first; it died before writing the aggregate.
    await conn.collection(`${model.collection.name}_due`).updateOne({ _id: 'c' as never }, { $set: { dueAt: at(15) } });

    // A poller that finds nothing due corrects the entry from the aggregate.
    const fired: string[] = [];
    const poller = new DuePoller({
      name: 'test',
      intervalMs: 1000,
      logger: silentLogger,
      clock: () => at(19),
      tick: async (now) => {
        for (const id of await store.dueIds(now, 10)) {
          const d = await store.get(id);
          if (d?.dueAt && d.dueAt <= now) fired.push(id);
          else await store.syncDue(id);
        }
        return fired.length;
      },
    });
    await poller.runOnce();
    expect(fired).toEqual([]);
    expect(await entry('c')).toEqual(at(50));
  });

  it('reconciles at start-up: entries for aggregates written without one, orphans dropped', async () => {
    await model.collection.insertOne({ _id: 'legacy' as never, version: 4, dueAt: at(12) });
    await conn.collection(`${model.collection.name}_due`).insertOne({ _id: 'orphan' as never, dueAt: at(1), setAt: new Date(Date.now() - 5 * 60_000) });
    await conn.collection(`${model.collection.name}_due`).insertOne({ _id: 'in-flight' as never, dueAt: at(1), setAt: new Date() });
    expect(await store.dueIds(at(13), 10)).not.toContain('legacy');
    const fixed = await store.reconcileIndexes();
    expect(fixed).toBeGreaterThanOrEqual(2);
    expect(await entry('legacy')).toEqual(at(12));
    expect(await entry('orphan')).toBeUndefined();
    expect(await entry('in-flight')).toEqual(at(1)); // may be an insert in progress: kept for now
    expect(await store.reconcileIndexes()).toBe(0);
  });
});

interface Keyed {
  _id: string;
  version: number;
  offerIds: string[];
}

/** Lookups by a key other than `_id` read one small document by `_id`, never the aggregates. */
describe('lookup keys', () => {
  let conn: Connection;
  let model: mongoose.Model<any>;
  let store: AggregateStore<Keyed>;
  const commands: unknown[] = [];

  beforeAll(async () => {
    conn = await mongoose.createConnection(testServers().mongoUrl, { dbName: testDbName('keys'), bufferCommands: false, monitorCommands: true }).asPromise();
    conn.getClient().on('commandStarted', (e) => commands.push(e.command[e.commandName]));
    model = conn.model('KeyTest', new Schema({ _id: String, version: Number, offerIds: [String], ...outboxSchemaFields }, { versionKey: false })) as unknown as mongoose.Model<any>;
    store = new AggregateStore<Keyed>(model, () => undefined, { keys: (d) => d.offerIds.map((o) => `offer:${o}`) });
  });
  afterAll(async () => {
    await conn?.close();
  });

  it('finds an aggregate by a key added on insert or on a later save', async () => {
    await store.insert({ _id: 'r1', version: 1, offerIds: ['o1'] }, []);
    await store.insert({ _id: 'r2', version: 1, offerIds: [] }, []);
    await store.save({ _id: 'r2', version: 1, offerIds: ['o2'] }, 1, []);
    await store.save({ _id: 'r2', version: 2, offerIds: ['o2', 'o3'] }, 2, []);
    commands.length = 0;
    expect((await store.findByKey('offer:o1'))?._id).toBe('r1');
    expect((await store.findByKey('offer:o3'))?._id).toBe('r2');
    expect(await store.findByKey('offer:unknown')).toBeNull();
    expect(new Set(commands)).toEqual(new Set([`${model.collection.name}_keys`, model.collection.name]));
  });

  it('ignores a key whose aggregate does not hold it (its write failed after the key was written)', async () => {
    await store.insert({ _id: 'r3', version: 1, offerIds: [] }, []);
    await expect(store.save({ _id: 'r3', version: 1, offerIds: ['lost'] }, 5, [])).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    await conn.collection(`${model.collection.name}_keys`).updateOne({ _id: 'offer:lost' as never }, { $set: { id: 'r3' } }, { upsert: true });
    expect(await store.findByKey('offer:lost')).toBeNull();
  });

  it('writes the keys of aggregates stored before the keys existed at start-up', async () => {
    await model.collection.insertOne({ _id: 'legacy' as never, version: 3, offerIds: ['old-offer'] });
    expect(await store.findByKey('offer:old-offer')).toBeNull();
    expect(await store.reconcileIndexes()).toBe(1);
    expect((await store.findByKey('offer:old-offer'))?._id).toBe('legacy');
    expect(await store.reconcileIndexes()).toBe(0);
  });
});
