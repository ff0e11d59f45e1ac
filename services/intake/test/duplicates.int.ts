import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connection } from 'mongoose';
import { pino } from 'pino';
import {
  AdministrativeUnits,
  bundledAdminUnits,
  bundledEligibilityRules,
  EligibilityRuleBook,
  IntakeRpc,
  vietnamCalendar,
  type Actor,
  type InputOf,
} from '@legalaid/contracts';
import { Bus, connectMongo, ensureIndexes, OutboxRelay } from '@legalaid/infra';
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
 * Duplicate detection and identity lookups by the pseudonymous reference and
 * the blind indexes, indexed fields of the requests, on the worker's real
 * database: the use cases run in this process, each "replica" on its own
 * database connection (as separate intake processes would be), so the
 * database commands they send can be watched (command monitoring) and raced.
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
    applicant: { ...p, birthDate: '1980-01-01', gender: 'MALE', address: { provinceCode: '79', communeCode: '26734', line: '1 Lê Lợi' } },
    fieldOfLaw,
    aidForm: 'ADVICE',
    summary: 'Tranh chấp ranh giới đất',
    opposingParties: [],
    consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN' },
  });
}

/** One intake replica's repositories and use cases on its own connection. */
class Replica {
  readonly requests: RequestRepository;
  readonly submitter: SubmitRequest;
  readonly withdrawer: WithdrawRequest;
  readonly eraser: EraseExpired;

  private constructor(readonly conn: Connection, relay: OutboxRelay) {
    this.requests = new RequestRepository(conn, relay);
    this.submitter = new SubmitRequest(this.requests, crypto, reference, config, clock);
    this.withdrawer = new WithdrawRequest(this.requests, crypto, clock);
    this.eraser = new EraseExpired(this.requests, new InvitationRepository(conn, relay), config, clock, logger);
  }

  /** The relay is never started here: events stay in the documents' outboxes, where these tests read them. */
  static async open(dbName: string, bus: Bus): Promise<Replica> {
    const conn = await connectMongo(testServers().mongoUrl, dbName, { maxPoolSize: 4 });
    const replica = new Replica(conn, new OutboxRelay(bus, [], logger));
    await ensureIndexes(conn);
    return replica;
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

/** Fields of `requests` with an index (RequestSchema): every lookup of these use cases filters on them alone. */
const INDEXED = new Set(['_id', 'applicantRef', 'idNumberIndex', 'phoneIndex', 'centreId']);

describe('duplicates and identity lookups on indexed fields', () => {
  const dbName = testDbName('intake_duplicates');
  let bus: Bus;
  let a: Replica;
  let b: Replica;
  const stored = (id: string) => a.requests.model.findById(id).lean<{ possibleDuplicateOf: string[]; duplicateFlagged: boolean; outbox: { subject: string }[] }>();

  beforeAll(async () => {
    bus = await Bus.connect({ servers: testServers().natsUrl, name: 'intake-duplicates-test', logger });
    a = await Replica.open(dbName, bus);
    b = await Replica.open(dbName, bus);
  });
  afterAll(async () => {
    await a?.conn.db?.dropDatabase().catch(() => undefined);
    await a?.close();
    await b?.close();
    await bus?.close();
  });

  it('flags an open request of the same person in the same field, by reference, ID number or phone', async () => {
    const p = person();
    const first = await a.submit(p);
    expect(first.possibleDuplicateOf).toEqual([]);
    const doc = JSON.stringify(await a.requests.model.findById(first.requestId, { applicantRef: 1, idNumberIndex: 1, phoneIndex: 1 }).lean());
    for (const secret of [p.fullName, p.idNumber, p.phone]) expect(doc).not.toContain(secret);

    const again = await a.submit(p);
    expect(again.possibleDuplicateOf).toEqual([first.requestId]);
    expect((await a.submit(p, 'LABOUR')).possibleDuplicateOf).toEqual([]);
    // Same phone, another name and ID number: found through the phone's blind index alone.
    const byPhone = await a.submit({ ...person(), phone: p.phone });
    expect(byPhone.possibleDuplicateOf).toEqual([again.requestId, first.requestId]);
    // Same ID number, another name and phone.
    const byId = await b.submit({ ...person(), idNumber: p.idNumber });
    expect(byId.possibleDuplicateOf).toEqual([again.requestId, first.requestId]);
  });

  it('flags only open requests', async () => {
    const p = person();
    const first = await a.submit(p);
    await a.withdrawer.execute({ actor: staff, correlationId: 'it', input: { requestId: first.requestId } });
    expect((await a.submit(p, 'LAND')).possibleDuplicateOf).not.toContain(first.requestId);
  });

  it('two replicas submitting the same person at the same moment: the later sees the earlier, and says so in an event', async () => {
    // Rounds of two (one per replica) and of four (two per replica).
    for (const [round, perReplica] of [1, 1, 1, 1, 2, 2, 2, 2].entries()) {
      const p = person();
      const out = await Promise.all([...Array(perReplica)].flatMap(() => [a.submit(p), b.submit(p)]));
      for (const x of out) {
        for (const y of out) {
          if (x === y) continue;
          const seen = x.possibleDuplicateOf.includes(y.requestId) || y.possibleDuplicateOf.includes(x.requestId);
          expect(seen ? 'flagged' : `round ${round}: neither of a pair flagged the other`).toBe('flagged');
        }
        // What a submission answered is what its request holds; a flag found after the insert has its own event.
        const s = (await stored(x.requestId))!;
        expect([...s.possibleDuplicateOf].sort()).toEqual([...x.possibleDuplicateOf].sort());
        expect(s.duplicateFlagged).toBe(x.possibleDuplicateOf.length > 0);
        const subjects = s.outbox.map((e) => e.subject);
        expect(subjects[0]).toBe('legalaid.intake.request.received.v1');
        if (subjects.length > 1) expect(subjects.slice(1)).toEqual(['legalaid.intake.request.duplicate-flagged.v1']);
      }
    }
  });

  it('submission and identity lookup filter only on indexed fields', async () => {
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
    const unindexed = onRequests.flatMap((c) =>
      filtersOf(c)
        .flatMap((f) => ((f as { $or?: unknown[] }).$or ?? [f]) as Record<string, unknown>[])
        .filter((f) => Object.keys(f).some((k) => !INDEXED.has(k)))
        .map((f) => `${c.name} ${JSON.stringify(f)}`),
    );
    expect(unindexed).toEqual([]);
  });

  it('an erased request is no longer found by ID number or phone; its pseudonymous reference stays', async () => {
    const p = person();
    const gone = await a.submit(p, 'CRIMINAL');
    const stays = await a.submit(p, 'LAND');
    expect((await a.findByIdentity({ idNumber: p.idNumber })).map((r) => r._id)).toEqual([stays.requestId, gone.requestId]);
    await a.withdrawer.execute({ actor: staff, correlationId: 'it', input: { requestId: gone.requestId } });
    const out = await a.eraser.execute({ actor: admin, correlationId: 'it', input: IntakeRpc.eraseExpired.input.parse({}) });
    expect(out.requestIds).toContain(gone.requestId);

    expect((await a.findByIdentity({ idNumber: p.idNumber })).map((r) => r._id)).toEqual([stays.requestId]);
    expect((await a.findByIdentity({ phone: p.phone })).map((r) => r._id)).toEqual([stays.requestId]);
    const erased = await a.requests.model.findById(gone.requestId, { applicantRef: 1, idNumberIndex: 1, phoneIndex: 1 }).lean<Record<string, unknown>>();
    expect(erased).toMatchObject({ idNumberIndex: null, phoneIndex: null });
    expect(erased!.applicantRef).toBe(crypto.applicantRef(submission(p, 'CRIMINAL').applicant));
  });
});
