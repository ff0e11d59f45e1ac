import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { Schema, type Connection } from 'mongoose';
import pg from 'pg';
import { DomainError } from '@legalaid/contracts';
import { AggregateStore, connectMongo, ensureIndexes, engineOf, NonPortableWrite, outboxSchemaFields } from '@legalaid/infra';
import { testDbName, testServers } from '../../test/support/servers.js';
import { until } from './helpers.js';

/**
 * The storage port's contract, MongoDB's semantics, checked against whatever
 * server the tests started (FerretDB on PostgreSQL by default; mongod when
 * MONGO_URL names one): conditional save, one winner of a race across two
 * connections, timers due, lookups by indexed fields, ordered lists,
 * counters, and the refusal of writes that FerretDB gets silently wrong.
 */
interface Doc {
  _id: string;
  version: number;
  centreId: string;
  status: string;
  receivedAt: Date;
  offerIds: string[];
  dueAt: Date | null;
  writer?: string;
  appliedEventIds?: string[];
}

const schema = () => {
  const s = new Schema(
    { _id: String, version: Number, centreId: String, status: String, receivedAt: Date, offerIds: { type: [String], index: true }, dueAt: Date, writer: String, appliedEventIds: [String], ...outboxSchemaFields },
    { collection: 'contract_docs', versionKey: false, strict: false },
  );
  s.index({ centreId: 1, status: 1, receivedAt: -1 });
  return s;
};

const t0 = Date.UTC(2026, 11, 1, 1, 0);
const at = (minutes: number) => new Date(t0 + minutes * 60_000);
const doc = (id: string, over: Partial<Doc> = {}): Doc => ({ _id: id, version: 1, centreId: 'c1', status: 'RECEIVED', receivedAt: at(0), offerIds: [], dueAt: null, ...over });

class Docs extends AggregateStore<Doc> {
  byOffer(offerId: string) {
    return this.findOneBy({ offerIds: offerId });
  }
  nextNumber(counter: string) {
    return this.engine.nextNumber(this.model.db, 'contract_counters', counter);
  }
}

describe('storage port contract', () => {
  const dbName = testDbName('store_contract');
  let a: Connection;
  let b: Connection;
  let storeA: Docs;
  let storeB: Docs;
  // The service's clock, which the timers' poller reads too (pinned here, moved by the test).
  let now = at(0);
  const clock = () => now;

  beforeAll(async () => {
    // Two connections with pools of their own, as two replicas would have.
    a = await connectMongo(testServers().mongoUrl, dbName, { maxPoolSize: 8 });
    b = await connectMongo(testServers().mongoUrl, dbName, { maxPoolSize: 8 });
    storeA = new Docs(a.model('ContractDoc', schema()), () => undefined, { dueAt: (d) => d.dueAt, clock });
    storeB = new Docs(b.model('ContractDoc', schema()), () => undefined, { dueAt: (d) => d.dueAt, clock });
    await ensureIndexes(a);
  });
  afterAll(async () => {
    await a?.db?.dropDatabase().catch(() => undefined);
    await Promise.all([a?.close(), b?.close()]);
  });

  it('chooses the engine from what the server reports', async () => {
    const info = await a.db!.admin().command({ buildInfo: 1 });
    expect(engineOf(a).server).toBe(info.ferretdbVersion === undefined ? 'mongodb' : 'ferretdb');
  });

  it('saves only at the expected version, and an applied event only once', async () => {
    await storeA.insert(doc('s1'), []);
    expect(await storeA.insert(doc('s1'), [])).toBe(false);
    expect(await storeA.save({ ...doc('s1'), status: 'ACCEPTED' }, 1, [], 'event-1')).toBe('saved');
    expect(await storeA.get('s1')).toMatchObject({ version: 2, status: 'ACCEPTED', appliedEventIds: ['event-1'] });
    await expect(storeA.save({ ...doc('s1'), status: 'REJECTED' }, 1, [])).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await storeA.save({ ...doc('s1', { version: 2 }), status: 'REJECTED' }, 2, [], 'event-1')).toBe('already-applied');
    expect((await storeA.get('s1'))!.status).toBe('ACCEPTED');
    await expect(storeA.save(doc('missing'), 1, [])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets exactly one of eight concurrent saves from one version win, across two connections', async () => {
    for (let round = 0; round < 6; round++) {
      const id = `race-${round}`;
      await storeA.insert(doc(id), []);
      const results = await Promise.allSettled(Array.from({ length: 8 }, (_, w) => (w % 2 ? storeB : storeA).save({ ...doc(id), writer: `w${w}` }, 1, [])));
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((r) => r.reason instanceof DomainError && r.reason.code === 'VERSION_CONFLICT')).toBe(true);
      const stored = (await storeB.get(id))!;
      expect(stored.version).toBe(2);
      expect(stored.writer).toMatch(/^w\d$/);
    }
  });

  it('finds timers due, earliest first, as they move, clear and fall due long after', async () => {
    // The engine's timer index exists (declared by the store on a schema that did not name it).
    const indexed = (await storeA.model.collection.indexes()).map((i) => Object.keys(i.key).join(','));
    for (const index of engineOf(a).timerIndexes) expect(indexed).toContain(Object.keys(index).join(','));
    await storeA.insert(doc('t1', { dueAt: at(30) }), []);
    await storeA.insert(doc('t2', { dueAt: at(10) }), []);
    await storeA.insert(doc('t3'), []);
    expect(await storeA.dueIds(at(5), 10)).toEqual([]);
    expect(await storeA.dueIds(at(20), 10)).toEqual(['t2']);
    expect(await storeB.dueIds(at(40), 10)).toEqual(['t2', 't1']);
    expect(await storeA.dueIds(at(40), 1)).toEqual(['t2']);
    // Moved later, cleared, and one set in the past (due at once).
    await storeA.save(doc('t2', { dueAt: at(24 * 60) }), 1, []);
    await storeA.save(doc('t1', { dueAt: null }), 1, []);
    await storeB.save(doc('t3', { dueAt: at(-600) }), 1, []);
    expect(await storeA.dueIds(at(40), 10)).toEqual(['t3']);
    // A timer that could not fire stays due until its aggregate moves it.
    expect(await storeA.dueIds(at(45), 10)).toEqual(['t3']);
    await storeA.save(doc('t3', { version: 2, dueAt: null }), 2, []);
    // Hours later, a timer set in the past (a deadline already breached when written) is due at once.
    now = at(300);
    expect(await storeB.dueIds(at(300), 10)).toEqual([]); // the hour of at(20) is closed now
    await storeA.insert(doc('t5', { dueAt: at(20) }), []);
    expect(await storeB.dueIds(at(301), 10)).toEqual(['t5']);
    await storeA.save(doc('t5', { dueAt: null }), 1, []);
    // A clock days ahead (a long stop) still finds what fell due meanwhile.
    await storeA.insert(doc('t4', { dueAt: at(3 * 24 * 60) }), []);
    expect(await storeA.dueIds(at(5 * 24 * 60), 10)).toEqual(['t2', 't4']);
    expect(await storeB.dueIds(at(5 * 24 * 60), 10)).toEqual(['t2', 't4']);
  });

  it('finds an aggregate by an indexed field, arrays included', async () => {
    await storeA.insert(doc('k1', { offerIds: ['offer-1', 'offer-2'] }), []);
    await storeA.insert(doc('k2', { offerIds: ['offer-3'] }), []);
    expect((await storeB.byOffer('offer-2'))?._id).toBe('k1');
    expect((await storeB.byOffer('offer-3'))?._id).toBe('k2');
    expect(await storeB.byOffer('offer-9')).toBeNull();
    const any = await engineOf(a).findAny<Doc>(storeA.model, [{ offerIds: 'offer-1' }, { offerIds: 'offer-3' }, { offerIds: 'offer-2' }]);
    expect(any.map((d) => d._id).sort()).toEqual(['k1', 'k2']);
  });

  it('lists by an equality filter in order, and pages', async () => {
    for (let i = 0; i < 12; i++) await storeA.insert(doc(`l${String(i).padStart(2, '0')}`, { centreId: 'c-list', status: i % 3 ? 'RECEIVED' : 'ACCEPTED', receivedAt: at(i) }), []);
    const page = async (after?: Date) =>
      (await storeA.model.find({ centreId: 'c-list', status: 'RECEIVED', ...(after ? { receivedAt: { $lt: after } } : {}) }).sort({ receivedAt: -1 }).limit(3).lean<Doc[]>()).map((d) => d._id);
    expect(await page()).toEqual(['l11', 'l10', 'l08']);
    expect(await page(at(8))).toEqual(['l07', 'l05', 'l04']);
    expect(await storeA.model.countDocuments({ centreId: 'c-list', status: 'ACCEPTED' })).toBe(4);
  });

  it('hands out every counter value once, across two connections', async () => {
    const values = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? storeB : storeA).nextNumber('centre:2026')));
    expect([...values].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await storeA.nextNumber('other:2026')).toBe(1);
  });

  it('refuses writes that FerretDB would silently get wrong', async () => {
    const m = storeA.model;
    await expect(m.updateOne({ _id: 'k1' }, { $pull: { offers: { id: 'x' } } })).rejects.toBeInstanceOf(NonPortableWrite);
    await expect(m.updateOne({ 'offers.id': 'x' }, { $set: { status: 'X' } })).rejects.toBeInstanceOf(NonPortableWrite);
    await expect(m.updateOne({ _id: 'k1' }, { $set: { 'offers.$.state': 'X' } })).rejects.toBeInstanceOf(NonPortableWrite);
    await expect(m.updateMany({ _id: 'k1' }, { $set: { 'offers.$[].state': 'X' } })).rejects.toBeInstanceOf(NonPortableWrite);
    // Portable forms pass: an exact scalar pulled, a dotted path set inside an object.
    await m.updateOne({ _id: 'k1' }, { $pull: { offerIds: 'offer-2' } });
    await m.updateOne({ _id: 'k1' }, { $set: { 'meta.note': 'x' } });
    expect(await m.findById('k1').lean<Doc & { meta: { note: string } }>()).toMatchObject({ offerIds: ['offer-1'], meta: { note: 'x' } });
  });

  it('answers lookups and lists from indexes', async () => {
    if (engineOf(a).server === 'mongodb') {
      const plan = JSON.stringify(await storeA.model.find({ offerIds: 'offer-1' }).explain());
      expect(plan).toContain('IXSCAN');
      const list = JSON.stringify(await storeA.model.find({ centreId: 'c-list', status: 'RECEIVED' }).sort({ receivedAt: -1 }).explain());
      expect(list).toContain('IXSCAN');
      return;
    }
    const postgresUrl = testServers().postgresUrl;
    if (!postgresUrl) throw new Error('FerretDB runs on SQLite here: its queries read whole collections. Install PostgreSQL (`apt-get install postgresql`) so the tests run on FerretDB with PostgreSQL.');
    // FerretDB keeps a MongoDB database as a PostgreSQL schema; count scans of the GIN companions of this collection.
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      const scans = async () =>
        (await client.query<{ name: string; n: string }>(
          `SELECT indexrelname AS name, idx_scan AS n FROM pg_stat_user_indexes WHERE schemaname = $1 AND relname LIKE 'contract_docs%' AND indexrelname LIKE '%_gin'`,
          [dbName],
        )).rows;
      const total = async () => (await scans()).reduce((n, r) => n + Number(r.n), 0);
      expect((await scans()).length).toBeGreaterThanOrEqual(4); // _id, offerIds, centreId, status, receivedAt, …
      const before = await total();
      for (let i = 0; i < 5; i++) {
        await storeB.byOffer('offer-1');
        await storeB.get('k2');
        await storeB.model.find({ centreId: 'c-list', status: 'RECEIVED' }).sort({ receivedAt: -1 }).limit(3).lean();
      }
      // PostgreSQL publishes a backend's statistics when it goes idle (within seconds).
      const counted = await until(async () => ((await total()) >= before + 15 ? true : undefined), 30_000);
      expect(counted).toBe(true);
    } finally {
      await client.end();
    }
  });
});

describe('a connection made without the storage port', () => {
  it('gets the engine that is correct on every server', async () => {
    const conn = await mongoose.createConnection(testServers().mongoUrl, { dbName: testDbName('plain') }).asPromise();
    try {
      expect(engineOf(conn).server).toBe('ferretdb');
    } finally {
      await conn.close();
    }
  });
});
