import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { Schema, type Connection } from 'mongoose';
import type { RpcReply } from '@legalaid/contracts';
import { AggregateStore, connectMongo, ensureIndexes, outboxSchemaFields, RequestLedger } from '@legalaid/infra';
import { testDbName, testServers } from '../../test/support/servers.js';

/**
 * The retry guard's ledger on the real database: a finished try's reply is
 * kept and answered again; a try whose process died (its entry no longer
 * beats) is taken over by the retry, whose writes of aggregates the dead try
 * already wrote are skipped, so the command applies once.
 */
interface Doc {
  _id: string;
  version: number;
  notes: string[];
  appliedEventIds?: string[];
}

describe('request ledger (real database)', () => {
  const dbName = testDbName('request_guard');
  let conn: Connection;
  let docs: AggregateStore<Doc>;
  let ledger: RequestLedger;
  const options = { ttlMs: 60_000, waitMs: 10_000, beatMs: 200, staleMs: 3000 };

  /** The command under test: adds a note to the document (not idempotent by itself). */
  const addNote = (id: string, note: string) => async (): Promise<RpcReply<{ notes: number }>> => {
    const d = (await docs.get(id))!;
    const next = { ...d, notes: [...d.notes, note] };
    const saved = await docs.save(next, d.version, []);
    return { ok: true, data: { notes: saved === 'saved' ? next.notes.length : d.notes.length } };
  };
  const notesOf = async (id: string) => (await docs.get(id))!.notes;

  beforeAll(async () => {
    conn = await connectMongo(testServers().mongoUrl, dbName, { maxPoolSize: 4 });
    const schema = new Schema({ _id: String, version: Number, notes: [String], appliedEventIds: [String], ...outboxSchemaFields }, { collection: 'guard_docs', versionKey: false });
    docs = new AggregateStore<Doc>(conn.model('GuardDoc', schema) as unknown as mongoose.Model<any>);
    ledger = new RequestLedger(conn, options);
    await ensureIndexes(conn);
  });
  afterAll(async () => {
    await conn?.db?.dropDatabase().catch(() => undefined);
    await conn?.close();
  });

  it('answers a finished request again from its kept reply, without running', async () => {
    await docs.insert({ _id: 'd1', version: 1, notes: [] }, []);
    const first = await ledger.guard('r-1', 'op', 'fp', addNote('d1', 'a'));
    const second = await ledger.guard('r-1', 'op', 'fp', addNote('d1', 'a'));
    expect(second).toEqual(first);
    expect(await notesOf('d1')).toEqual(['a']);
    expect(await ledger.replay('r-1', 'op', 'fp')).toEqual(first);
    // Another request under the same id is refused.
    expect(await ledger.guard('r-1', 'op', 'other input', addNote('d1', 'b'))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await notesOf('d1')).toEqual(['a']);
  });

  it('a retry takes over the entry of a try whose process died, and applies nothing twice', async () => {
    await docs.insert({ _id: 'd2', version: 1, notes: [] }, []);
    const rpc = conn.db!.collection<{ _id: string } & Record<string, unknown>>('rpc_requests');
    // The first try wrote, then its process died before the reply was kept: its entry stays "running" and stops beating.
    await ledger.guard('r-2', 'op', 'fp', addNote('d2', 'a'));
    await rpc.updateOne({ _id: 'r-2' }, { $set: { state: 'running', reply: null, holder: 'a dead process', beatAt: new Date(Date.now() - 10_000) } });

    const retried = await ledger.guard('r-2', 'op', 'fp', addNote('d2', 'a'));
    expect(retried).toEqual({ ok: true, data: { notes: 1 } });
    expect(await notesOf('d2')).toEqual(['a']);
    expect(await rpc.findOne({ _id: 'r-2' })).toMatchObject({ state: 'done' });
  });

  it('a retry sent while the first try runs waits for its reply', async () => {
    await docs.insert({ _id: 'd3', version: 1, notes: [] }, []);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async () => {
      await gate;
      return addNote('d3', 'a')();
    };
    const first = ledger.guard('r-3', 'op', 'fp', slow);
    // The first holds the entry (and beats) before the retry comes.
    const rpc = conn.db!.collection<{ _id: string } & Record<string, unknown>>('rpc_requests');
    for (let i = 0; i < 100 && !(await rpc.findOne({ _id: 'r-3' })); i++) await new Promise((r) => setTimeout(r, 20));
    const second = ledger.guard('r-3', 'op', 'fp', addNote('d3', 'a'));
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(b).toEqual(a);
    expect(await notesOf('d3')).toEqual(['a']);
  });

  it('a reply that does not tell the outcome is not kept: the retry runs again', async () => {
    await docs.insert({ _id: 'd4', version: 1, notes: [] }, []);
    const unavailable = await ledger.guard('r-4', 'op', 'fp', async () => ({ ok: false as const, error: { code: 'SERVICE_UNAVAILABLE' as const, message: 'database away' } }));
    expect(unavailable.ok).toBe(false);
    expect(await ledger.guard('r-4', 'op', 'fp', addNote('d4', 'a'))).toEqual({ ok: true, data: { notes: 1 } });
    expect(await notesOf('d4')).toEqual(['a']);
  });
});
