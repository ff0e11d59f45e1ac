import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { connectMongo } from '@legalaid/infra';
import type { Connection } from 'mongoose';
import { LedgerRepository } from '../src/adapters/ledger.repository.js';
import { CheckpointRepository, checkpointIdOf } from '../src/adapters/checkpoint.repository.js';
import { VerifyLedger } from '../src/queries/verify-ledger.query.js';
import { buildEntry, type LedgerRecord } from '../src/domain/ledger.js';
import { keyIdOf, publicKeyPemOf, signCheckpoint } from '../src/domain/checkpoint.js';
import { testDbName, testServers } from '../../../test/support/servers.js';

/**
 * The ledger on a real MongoDB-protocol server: appends under contention,
 * redelivery, and every kind of tampering made directly in the database,
 * detected and located by the service's verification.
 */
const T0 = Date.parse('2025-03-03T01:00:00.000Z');
function record(i: number, tag = 'a'): LedgerRecord {
  return {
    eventId: `${tag}-${i}`,
    type: 'intake.request.received',
    version: 1,
    occurredAt: new Date(T0 + i * 1000).toISOString(),
    actor: { id: 'staff-1', role: 'CENTRE_STAFF' },
    correlationId: `c-${i}`,
    causationId: null,
    payload: { requestId: `req-${i}`, applicantRef: 'ap_abcdefghijklmnop', n: i, empty: {} },
  };
}

describe('audit ledger on the database', () => {
  let conn: Connection;
  let ledger: LedgerRepository;
  let checkpoints: CheckpointRepository;
  let verifier: VerifyLedger;
  const key = generateKeyPairSync('ed25519').privateKey;
  const pem = publicKeyPemOf(key);

  beforeAll(async () => {
    conn = await connectMongo(testServers().mongoUrl, testDbName('ledger'));
    ledger = new LedgerRepository(conn);
    checkpoints = new CheckpointRepository(conn, { notify: () => undefined } as never);
    for (const m of Object.values(conn.models)) await m.createIndexes();
    verifier = new VerifyLedger(ledger, checkpoints);
    await checkpoints.rememberKey(keyIdOf(pem), pem, new Date(T0));
  });
  afterAll(async () => {
    await conn?.close();
  });

  it('appends from two replicas at once without gaps or duplicates, and a redelivered event appends nothing', async () => {
    const other = new LedgerRepository(conn);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? ledger : other).append(record(i + 1, 'race'), [`req-${i + 1}`], new Date(T0 + i))),
    );
    expect(results.every((r) => r.appended)).toBe(true);
    const again = await other.append(record(7, 'race'), [], new Date());
    expect(again).toMatchObject({ appended: false, entry: { eventId: 'race-7' } });
    expect(await ledger.count()).toBe(60);
    const sequences = results.map((r) => r.entry.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(await verifier.verify()).toMatchObject({ ok: true, checkedEntries: 60 });
  });

  it('verifies a ledger of thousands of entries', async () => {
    // Bulk-load 3000 further entries built by the same rules, then sign a checkpoint every 1000.
    let prev = await ledger.loadTail();
    const docs = [];
    for (let i = 1; i <= 3000; i++) {
      const e = buildEntry(record(i), prev, new Date(T0 + i));
      prev = { sequence: e.sequence, hash: e.hash };
      const { sequence, ...rest } = e;
      docs.push({ _id: sequence, ...rest, refs: [`req-${i}`], erasedAt: null });
    }
    for (let i = 0; i < docs.length; i += 500) await ledger.model.insertMany(docs.slice(i, i + 500));
    for (const seq of [1000, 2000, 3000]) {
      const e = (await ledger.get(seq))!;
      const cp = signCheckpoint(e, key, new Date(T0));
      await checkpoints.model.create({ _id: checkpointIdOf(seq), version: 1, ...cp });
    }
    const started = Date.now();
    const result = await verifier.verify();
    expect(result).toEqual({ ok: true, fromSequence: 1, toSequence: 3060, checkedEntries: 3060, checkpointsChecked: 3, firstBroken: null });
    expect(Date.now() - started).toBeLessThan(30000);
    expect(await verifier.verify(1500, 2500)).toMatchObject({ ok: true, checkedEntries: 1001, checkpointsChecked: 1 });
  }, 120000);

  async function tampered(change: () => Promise<void>, restore: () => Promise<void>) {
    await change();
    try {
      return (await verifier.verify()).firstBroken;
    } finally {
      await restore();
      expect((await verifier.verify()).ok).toBe(true);
    }
  }

  it('locates an edited payload', async () => {
    const original = (await ledger.model.findById(1234).lean())!;
    const broken = await tampered(
      () => ledger.model.updateOne({ _id: 1234 }, { $set: { 'payload.n': 999 } }).then(() => undefined),
      () => ledger.model.replaceOne({ _id: 1234 }, original).then(() => undefined),
    );
    expect(broken).toMatchObject({ sequence: 1234, reason: 'PAYLOAD_MISMATCH' });
  });

  it('locates a deleted entry', async () => {
    const original = (await ledger.model.findById(777).lean())!;
    const broken = await tampered(
      () => ledger.model.deleteOne({ _id: 777 }).then(() => undefined),
      () => ledger.model.create([original]).then(() => undefined),
    );
    expect(broken).toMatchObject({ sequence: 777, reason: 'MISSING_ENTRY' });
  });

  /** Replaces stored entries in bulk (FerretDB is slow at one-by-one writes). */
  async function replaceAll(docs: object[]) {
    await ledger.model.deleteMany({ _id: { $in: docs.map((d) => (d as { _id: number })._id) } });
    await ledger.model.insertMany(docs);
  }

  it('locates reordered entries', async () => {
    const [a, b] = await ledger.model.find({ _id: { $in: [500, 501] } }).sort({ _id: 1 }).lean();
    const broken = await tampered(
      () => replaceAll([{ ...b, _id: 500 }, { ...a, _id: 501 }]),
      () => replaceAll([a, b]),
    );
    expect(broken).toMatchObject({ sequence: 500, reason: 'SEQUENCE_MISMATCH' });
  });

  it('detects a tail rewritten with recomputed hashes through the old signed checkpoint, and where', async () => {
    const originals = await ledger.model.find({ _id: { $gte: 1500 } }).sort({ _id: 1 }).lean();
    const rewrite = async () => {
      let prev = await ledger.get(1499);
      const forged = originals.map((o) => {
        const rec: LedgerRecord = { eventId: o.eventId, type: o.type, version: 1, occurredAt: o.occurredAt, actor: o.actor, correlationId: null, causationId: null, payload: { ...o.payload!, n: -1 } };
        const e = buildEntry(rec, prev, new Date(T0));
        prev = e;
        const { sequence, ...rest } = e;
        return { _id: sequence, ...rest, refs: o.refs };
      });
      await replaceAll(forged);
    };
    const broken = await tampered(rewrite, () => replaceAll(originals));
    expect(broken).toMatchObject({ sequence: 2000, reason: 'CHECKPOINT_MISMATCH' });
    expect(broken!.detail).toContain('between entries 1001 and 2000');
  }, 120000);

  it('detects entries removed from the end beyond a signed checkpoint', async () => {
    const originals = await ledger.model.find({ _id: { $gt: 2990 } }).lean();
    const broken = await tampered(
      () => ledger.model.deleteMany({ _id: { $gt: 2990 } }).then(() => undefined),
      () => ledger.model.insertMany(originals).then(() => undefined),
    );
    expect(broken).toMatchObject({ sequence: 2991, reason: 'MISSING_ENTRY' });
  }, 120000);

  it('detects a forged checkpoint signature', async () => {
    const id = checkpointIdOf(2000);
    const original = (await checkpoints.model.findById(id).lean())!;
    const forged = signCheckpoint({ sequence: 2000, hash: original.hash }, generateKeyPairSync('ed25519').privateKey, new Date(T0));
    const broken = await tampered(
      () => checkpoints.model.updateOne({ _id: id }, { $set: { signature: forged.signature } }).then(() => undefined),
      () => checkpoints.model.replaceOne({ _id: id }, original).then(() => undefined),
    );
    expect(broken).toMatchObject({ sequence: 2000, reason: 'CHECKPOINT_SIGNATURE_INVALID' });
  });
  it('checks for a redelivered event by its id record, not by a query on the entries; an entry left without its record appends nothing', async () => {
    const filters: string[] = [];
    const listener = (e: { commandName: string; command: Record<string, unknown> }) => {
      if (e.commandName === 'find' && e.command.find === 'ledger_entries') filters.push(Object.keys((e.command.filter as object) ?? {}).join(','));
    };
    conn.getClient().on('commandStarted', listener);
    try {
      // A replica that loads the tail afresh (the shared one's was left behind by the tampering tests above).
      const first = await new LedgerRepository(conn).append(record(1, 'ids'), [], new Date(T0));
      expect(first.appended).toBe(true);
      expect(filters.filter((f) => f === 'eventId')).toEqual([]);
      // A process died after writing the entry and before its record: the redelivery finds the entry and appends nothing.
      await conn.collection('ledger_event_ids').deleteOne({ _id: 'ids-1' as never });
      const count = await ledger.count();
      const again = await new LedgerRepository(conn).append(record(1, 'ids'), [], new Date());
      expect(again).toMatchObject({ appended: false, entry: { eventId: 'ids-1', sequence: first.entry.sequence } });
      expect(await ledger.count()).toBe(count);
      expect(await conn.collection('ledger_event_ids').findOne({ _id: 'ids-1' as never })).toMatchObject({ sequence: first.entry.sequence });
    } finally {
      conn.getClient().off('commandStarted', listener);
    }
  });
});
