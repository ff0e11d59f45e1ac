import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { type Connection } from 'mongoose';
import { pino } from 'pino';
import {
  AdministrativeUnits,
  bundledAdminUnits,
  bundledEligibilityRules,
  EligibilityRuleBook,
  IntakeRpc,
  newId,
  vietnamCalendar,
  type Actor,
  type InputOf,
} from '@legalaid/contracts';
import { Bus, OutboxRelay } from '@legalaid/infra';
import { IdentityKeysBackfill } from '../src/adapters/identity-keys.backfill.js';
import { IdentityKeyRepository, type KeyEntry } from '../src/adapters/identity-keys.repository.js';
import { InvitationRepository } from '../src/adapters/invitation.repository.js';
import { RequestRepository } from '../src/adapters/request.repository.js';
import { EraseExpired } from '../src/commands/erase-expired.command.js';
import { SubmitRequest } from '../src/commands/submit-request.command.js';
import { WithdrawRequest } from '../src/commands/withdraw-request.command.js';
import type { IntakeSettings } from '../src/config.js';
import { PersonalDataCrypto } from '../src/domain/personal-data-crypto.js';
import { testDbName, testServers } from '../../../test/support/servers.js';
import { aRequest } from './support.js';

/**
 * Duplicate detection and identity lookups through the identity key
 * documents, on the worker's real FerretDB: the use cases run in this
 * process, each "replica" on its own database connection (as separate
 * intake processes would be), so the database commands they send can be
 * watched (command monitoring) and raced.
 */
const staff: Actor = { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' };
const admin: Actor = { id: 'admin-1', role: 'ADMIN' };
const logger = pino({ level: 'silent' });
const crypto = new PersonalDataCrypto(PersonalDataCrypto.parseKeys(`t1:${randomBytes(32).toString('base64')}`), 't1', randomBytes(32));
const reference = { units: new AdministrativeUnits(bundledAdminUnits), rules: new EligibilityRuleBook(bundledEligibilityRules), calendar: vietnamCalendar };
const config = {
  INTAKE_DEFENCE_COUNSEL_HOURS: 24,
  INTAKE_HEARING_URGENT_WORKING_DAYS: 5,
  INTAKE_DOCUMENTS_DUE_WORKING_DAYS: 5,
  INTAKE_RETENTION_DAYS: 0,
  INTAKE_FEEDBACK_TTL_DAYS: 30,
} as IntakeSettings;
const clock = () => new Date();

type Person = { fullName: string; idNumber: string; phone: string };
let serial = 0;
/** A new person: ID number and phone unique within the run. */
function person(): Person {
  serial++;
  const n = String(Date.now() % 1e6).padStart(6, '0') + String(serial).padStart(4, '0');
  return { fullName: `Nguyễn Văn ${serial}`, idNumber: `07${n}`, phone: `09${n.slice(-8)}` };
}

function submission(p: Person, fieldOfLaw = 'LAND'): InputOf<typeof IntakeRpc.submit> {
  return IntakeRpc.submit.input.parse({
    channel: 'WALK_IN',
    centreId: 'centre-hcm',
    applicant: { ...p, birthDate: '1980-01-01', gender: 'MALE', address: { provinceCode: '79', communeCode: '26737', line: '1 Lê Lợi' } },
    fieldOfLaw,
    aidForm: 'ADVICE',
    summary: 'Tranh chấp ranh giới đất',
    opposingParties: [],
    consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN' },
  });
}

/** One intake replica's repositories and use cases on its own connection. */
class Replica {
  readonly identityKeys: IdentityKeyRepository;
  readonly requests: RequestRepository;
  readonly submitter: SubmitRequest;
  readonly withdrawer: WithdrawRequest;
  readonly eraser: EraseExpired;
  readonly backfill: IdentityKeysBackfill;

  private constructor(readonly conn: Connection, relay: OutboxRelay) {
    this.identityKeys = new IdentityKeyRepository(conn);
    this.requests = new RequestRepository(conn, relay, this.identityKeys);
    this.submitter = new SubmitRequest(this.requests, this.identityKeys, crypto, reference, config, clock);
    this.withdrawer = new WithdrawRequest(this.requests, crypto, clock);
    this.eraser = new EraseExpired(this.requests, this.identityKeys, new InvitationRepository(conn, relay), config, clock, logger);
    this.backfill = new IdentityKeysBackfill(this.requests, this.identityKeys, clock, logger);
  }

  /** The relay is never started here: events stay in the documents' outboxes, which these tests do not read. */
  static async open(dbName: string, bus: Bus): Promise<Replica> {
    const conn = await mongoose.createConnection(testServers().mongoUrl, { dbName, bufferCommands: false, autoIndex: false, monitorCommands: true }).asPromise();
    return new Replica(conn, new OutboxRelay(bus, [], logger));
  }

  submit(p: Person, fieldOfLaw?: string) {
    return this.submitter.execute({ actor: staff, correlationId: 'it', input: submission(p, fieldOfLaw) });
  }

  findByIdentity(q: { idNumber?: string; phone?: string }) {
    return this.requests.findByIndexes(
      { centreId: 'centre-hcm' },
      { idNumberIndex: q.idNumber ? crypto.blindIndex('idNumber', q.idNumber) : undefined, phoneIndex: q.phone ? crypto.blindIndex('phone', q.phone) : undefined },
    );
  }

  /** Every database command sent while `fn` runs. */
  async watch<R>(fn: () => Promise<R>): Promise<{ result: R; commands: { name: string; collection: string; command: Record<string, any> }[] }> {
    const commands: { name: string; collection: string; command: Record<string, any> }[] = [];
    const listener = (e: { commandName: string; command: Record<string, any> }) => commands.push({ name: e.commandName, collection: String(e.command[e.commandName]), command: e.command });
    this.conn.getClient().on('commandStarted', listener);
    try {
      return { result: await fn(), commands };
    } finally {
      this.conn.getClient().off('commandStarted', listener);
    }
  }

  async close(): Promise<void> {
    await this.conn.close();
  }
}

/** The filters a command selects documents with (none for an insert). */
function filtersOf(c: { name: string; command: Record<string, any> }): unknown[] {
  switch (c.name) {
    case 'find':
      return [c.command.filter];
    case 'update':
      return c.command.updates.map((u: { q: unknown }) => u.q);
    case 'delete':
      return c.command.deletes.map((d: { q: unknown }) => d.q);
    case 'insert':
      return [];
    default:
      return [c.command.query ?? c.command.pipeline ?? c.command];
  }
}

const byIdOnly = (f: unknown) => typeof f === 'object' && f !== null && Object.keys(f).length === 1 && typeof (f as { _id: unknown })._id === 'string';

/** A UUIDv7 whose time is `msAgo` in the past. */
function idFrom(msAgo: number): string {
  const hex = (Date.now() - msAgo).toString(16).padStart(12, '0');
  const fresh = newId();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}${fresh.slice(13)}`;
}

describe('identity key documents (duplicates and lookups without scanning requests)', () => {
  const dbName = testDbName('intake_identity_keys');
  let bus: Bus;
  let a: Replica;
  let b: Replica;
  const keyDocs = () => a.identityKeys.model.find({}).lean<{ _id: string; version: number; entries: KeyEntry[] }[]>();
  const keysListing = async (requestId: string) => (await keyDocs()).filter((d) => d.entries.some((e) => e.requestId === requestId)).map((d) => d._id.split(':')[0]).sort();

  beforeAll(async () => {
    bus = await Bus.connect({ servers: testServers().natsUrl, name: 'intake-identity-keys-test', logger });
    a = await Replica.open(dbName, bus);
    b = await Replica.open(dbName, bus);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await bus?.close();
  });

  it('flags an open request of the same person in the same field through the key documents', async () => {
    const p = person();
    const first = await a.submit(p);
    expect(first.possibleDuplicateOf).toEqual([]);
    expect(await keysListing(first.requestId)).toEqual(['id', 'phone', 'ref']);
    const doc = JSON.stringify(await keyDocs());
    for (const secret of [p.fullName, p.idNumber, p.phone]) expect(doc).not.toContain(secret);

    const again = await a.submit(p);
    expect(again.possibleDuplicateOf).toEqual([first.requestId]);
    expect((await a.submit(p, 'LABOUR')).possibleDuplicateOf).toEqual([]);
    // Same phone, another name and ID number: found through the phone's key alone.
    const byPhone = await a.submit({ ...person(), phone: p.phone });
    expect(byPhone.possibleDuplicateOf).toEqual([again.requestId, first.requestId]);

    // Only the key documents lead to the earlier requests: without the entries, nothing is found.
    const dropped = new Set([first.requestId, again.requestId, byPhone.requestId]);
    for (const d of await keyDocs()) await a.identityKeys.model.updateOne({ _id: d._id }, { $set: { entries: d.entries.filter((e) => !dropped.has(e.requestId)) } });
    expect((await a.submit(p)).possibleDuplicateOf).toEqual([]);
  });

  it('flags only open requests, and counts a listed request that is not stored only while its submission may be running', async () => {
    const p = person();
    const first = await a.submit(p);
    await a.withdrawer.execute({ actor: staff, correlationId: 'it', input: { requestId: first.requestId } });
    expect((await a.submit(p, 'LAND')).possibleDuplicateOf).not.toContain(first.requestId);

    // Entries without a request: one from a submission running now (listed, not yet inserted), one left by a crash long ago.
    const q = person();
    const running = newId();
    const crashed = idFrom(3_600_000);
    const ref = `ref:${crypto.applicantRef(submission(q).applicant)}`;
    await a.identityKeys.register([ref], { requestId: crashed, centreId: 'centre-hcm', fieldOfLaw: 'LAND' });
    await a.identityKeys.register([ref], { requestId: running, centreId: 'centre-hcm', fieldOfLaw: 'LAND' });
    expect((await a.submit(q)).possibleDuplicateOf).toEqual([running]);
  });

  it('two replicas submitting the same person at the same moment: the later sees the earlier', async () => {
    // Rounds of two (one per replica) and of four (two per replica): every key is then updated by several writers at once.
    for (const [round, perReplica] of [1, 1, 1, 1, 2, 2, 2, 2].entries()) {
      const p = person();
      const out = await Promise.all([...Array(perReplica)].flatMap(() => [a.submit(p), b.submit(p)]));
      for (const x of out) {
        for (const y of out) {
          if (x === y) continue;
          const seen = x.possibleDuplicateOf.includes(y.requestId) || y.possibleDuplicateOf.includes(x.requestId);
          expect(seen ? 'flagged' : `round ${round}: neither of a pair flagged the other`).toBe('flagged');
        }
        // Every one is listed under every key: no entry was lost to the race.
        expect(await keysListing(x.requestId)).toEqual(['id', 'phone', 'ref']);
      }
    }
  });

  it('submission and identity lookup send no query on requests other than by _id', async () => {
    const p = person();
    await a.submit(p);
    const { result, commands } = await a.watch(async () => {
      const out = [await a.submit(p), await a.submit({ ...person(), idNumber: p.idNumber })];
      const found = await a.findByIdentity({ idNumber: p.idNumber, phone: p.phone });
      return { out, found };
    });
    expect(result.out[1].possibleDuplicateOf).toHaveLength(2);
    expect(result.found).toHaveLength(3);
    const onRequests = commands.filter((c) => c.collection === 'requests');
    expect(onRequests.filter((c) => c.name === 'insert')).toHaveLength(2);
    expect(onRequests.filter((c) => c.name === 'find').length).toBeGreaterThanOrEqual(3 + 3);
    expect(onRequests.filter((c) => c.name !== 'insert' && c.name !== 'find').map((c) => c.name)).toEqual([]);
    // Every command of the path, on any collection, selects by _id alone (the one filter FerretDB filters in SQLite rather than decoding every document).
    const notById = commands.flatMap((c) => filtersOf(c).filter((f) => !byIdOnly(f)).map((f) => `${c.name} ${c.collection} ${JSON.stringify(f)}`));
    expect(notById).toEqual([]);
  });

  it('an erased request leaves the ID-number and phone keys; its pseudonymous reference stays listed', async () => {
    const p = person();
    const gone = await a.submit(p, 'CRIMINAL');
    const stays = await a.submit(p, 'LAND');
    expect((await a.findByIdentity({ idNumber: p.idNumber })).map((r) => r._id)).toEqual([stays.requestId, gone.requestId]);
    await a.withdrawer.execute({ actor: staff, correlationId: 'it', input: { requestId: gone.requestId } });
    const out = await a.eraser.execute({ actor: admin, correlationId: 'it', input: IntakeRpc.eraseExpired.input.parse({}) });
    expect(out.requestIds).toContain(gone.requestId);

    expect((await a.findByIdentity({ idNumber: p.idNumber })).map((r) => r._id)).toEqual([stays.requestId]);
    expect((await a.findByIdentity({ phone: p.phone })).map((r) => r._id)).toEqual([stays.requestId]);
    expect(await keysListing(gone.requestId)).toEqual(['ref']);
    expect(await keysListing(stays.requestId)).toEqual(['id', 'phone', 'ref']);

    // A person whose only request is erased leaves no key with their blind indexes at all.
    const q = person();
    const only = await a.submit(q);
    await a.withdrawer.execute({ actor: staff, correlationId: 'it', input: { requestId: only.requestId } });
    await a.eraser.execute({ actor: admin, correlationId: 'it', input: IntakeRpc.eraseExpired.input.parse({}) });
    const ids = (await keyDocs()).map((d) => d._id);
    expect(ids).not.toContain(`id:${crypto.blindIndex('idNumber', q.idNumber)}`);
    expect(ids).not.toContain(`phone:${crypto.blindIndex('phone', q.phone)}`);
    expect(ids).toContain(`ref:${crypto.applicantRef(submission(q).applicant)}`);
    expect(await a.findByIdentity({ phone: q.phone })).toEqual([]);
  });
});

describe('identity key documents for requests stored before they existed (start-up backfill)', () => {
  const dbName = testDbName('intake_identity_backfill');
  let bus: Bus;
  let r: Replica;

  beforeAll(async () => {
    bus = await Bus.connect({ servers: testServers().natsUrl, name: 'intake-identity-backfill-test', logger });
    r = await Replica.open(dbName, bus);
  });
  afterAll(async () => {
    await r?.close();
    await bus?.close();
  });

  it('builds the key documents once, skips entries already listed, and then finds the old requests', async () => {
    const p = person();
    const idx = { idNumberIndex: crypto.blindIndex('idNumber', p.idNumber), phoneIndex: crypto.blindIndex('phone', p.phone) };
    const applicantRef = crypto.applicantRef(submission(p).applicant);
    const old = [idFrom(3000), idFrom(2000), idFrom(1000)];
    // Requests as an earlier version stored them: no key documents.
    await r.requests.insert(aRequest({ _id: old[0], applicantRef, ...idx, fieldOfLaw: 'LAND' }), []);
    await r.requests.insert(aRequest({ _id: old[1], applicantRef, ...idx, fieldOfLaw: 'LAND', status: 'REJECTED' }), []);
    await r.requests.insert(aRequest({ _id: old[2], applicantRef: 'ap_someoneelse000000000', idNumberIndex: null, phoneIndex: idx.phoneIndex, fieldOfLaw: 'LABOUR' }), []);
    // One key already lists one of them (a replica on the new version wrote it meanwhile).
    await r.identityKeys.register([`id:${idx.idNumberIndex}`], { requestId: old[0], centreId: 'centre-hcm', fieldOfLaw: 'LAND' });
    expect(await r.identityKeys.backfilled()).toBe(false);

    await r.backfill.onApplicationBootstrap();
    expect(await r.identityKeys.backfilled()).toBe(true);
    const docs = async () => new Map((await r.identityKeys.model.find({}).lean<{ _id: string; entries: KeyEntry[] }[]>()).map((d) => [d._id, d.entries.map((e) => e.requestId).sort()]));
    const expected = new Map([
      [`ref:${applicantRef}`, [old[0], old[1]]],
      ['ref:ap_someoneelse000000000', [old[2]]],
      [`id:${idx.idNumberIndex}`, [old[0], old[1]]],
      [`phone:${idx.phoneIndex}`, [old[0], old[1], old[2]]],
    ]);
    expect(await docs()).toEqual(expected);

    // Twice, or on a second replica: nothing doubles. With the marker set, start-up does not scan again.
    await r.backfill.run();
    expect(await docs()).toEqual(expected);
    const { commands } = await r.watch(() => r.backfill.onApplicationBootstrap());
    expect(commands.filter((c) => c.collection === 'requests')).toEqual([]);

    expect((await r.submit(p)).possibleDuplicateOf).toEqual([old[0]]);
    expect((await r.findByIdentity({ phone: p.phone })).map((x) => x._id).slice(1)).toEqual([old[2], old[1], old[0]]);
  });
});
