import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { Schema, type Connection } from 'mongoose';
import { DomainError } from '@legalaid/contracts';
import { outboxSchemaFields } from '@legalaid/infra';
import { ClaimedAggregateStore } from '../src/adapters/claimed-aggregate-store.js';
import { testDbName, testServers } from '../../../test/support/servers.js';

interface Doc {
  _id: string;
  version: number;
  writer: string;
  appliedEventIds?: string[];
}

/** Concurrent writers from the same version on the real database: exactly one wins, the others learn of the conflict. */
describe('version claims', () => {
  let conn: Connection;
  let store: ClaimedAggregateStore<Doc>;

  beforeAll(async () => {
    conn = await mongoose.createConnection(testServers().mongoUrl, { dbName: testDbName('claims'), bufferCommands: false }).asPromise();
    const model = conn.model('ClaimTest', new Schema({ _id: String, version: Number, writer: String, appliedEventIds: [String], ...outboxSchemaFields }, { versionKey: false }));
    store = new ClaimedAggregateStore<Doc>(conn, model, () => undefined);
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

  it('reports a redelivered event as already applied, not as a conflict', async () => {
    await store.insert({ _id: 'agg-applied', version: 1, writer: 'none' }, []);
    await store.save({ _id: 'agg-applied', version: 1, writer: 'a' }, 1, [], 'event-1');
    await expect(store.save({ _id: 'agg-applied', version: 1, writer: 'a' }, 1, [], 'event-1')).resolves.toBe('already-applied');
  });
});
