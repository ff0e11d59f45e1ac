import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import {
  createEvent,
  DUE_SOON_WORKING_DAYS,
  IntakeRpc,
  MatchingReferralAssigned,
  systemActor,
  vietnamCalendar,
  type Actor,
  type InputOf,
  type RpcDefinition,
} from '@legalaid/contracts';
import { RpcClient, connectNats } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from '../../../test/support/network.js';
import { resetStreams, testServers } from '../../../test/support/servers.js';

/**
 * What the centre's staff read, on the real intake process (NATS, database):
 * the request queue in every order, walked a page at a time with the cursors
 * it gives out; the lookup by register number; the counts with their
 * documents-due buckets, each confined to the reader's centre; and the
 * matter's details read back (the centre: all; the assigned lawyer: the
 * summary), every read in the personal-data access log.
 */
const staff: Actor = { id: 'staff-q1', role: 'CENTRE_STAFF', organisationId: 'centre-queue' };
const otherStaff: Actor = { id: 'staff-q9', role: 'CENTRE_STAFF', organisationId: 'centre-elsewhere' };
const supervisor: Actor = { id: 'sup-q1', role: 'SUPERVISOR' };
const lawyer: Actor = { id: 'lawyer-q1', role: 'LAWYER', providerId: 'prov-q1' };
const otherLawyer: Actor = { id: 'lawyer-q2', role: 'LAWYER', providerId: 'prov-q2' };
const REFERRED = {
  summary: 'Bị hàng xóm lấn chiếm đất, đã hòa giải ở phường không thành',
  opposingParties: [{ fullName: 'Đỗ Văn Tám', idNumber: '079222333444' }, { fullName: 'Đỗ Thị Chín' }],
  attachedDocuments: [{ kind: 'IDENTITY_DOCUMENT', title: 'CCCD bản sao' }, { kind: 'POOR_HOUSEHOLD_CERTIFICATE' }],
  referral: { referrerKind: 'FRONT', organisation: 'UBMTTQ phường Bến Nghé', officer: 'Cán bộ Hồ Văn Mười', officerPhone: '0909000111', documentNumber: '12/GT-MTTQ' },
};

type SubmitInput = InputOf<typeof IntakeRpc.submit>;
const submission = (n: number, overrides: Partial<SubmitInput> = {}): SubmitInput =>
  ({
    channel: 'WALK_IN',
    centreId: 'centre-queue',
    applicant: { fullName: `Người Thứ ${n}`, phone: `09123400${String(n).padStart(2, '0')}`, address: { provinceCode: '79', communeCode: '26737' } },
    fieldOfLaw: 'CIVIL',
    aidForm: 'ADVICE',
    summary: 'Tranh chấp hợp đồng',
    consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN' },
    ...overrides,
  }) as SubmitInput;

describe('intake: what staff read (queue orders, register number, counts, details)', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  let rpc: RpcClient;
  const call = <D extends RpcDefinition>(def: D, input: unknown, actor: Actor = staff) => rpc.call(def, input as never, { actor, correlationId: `q-${Math.random().toString(36).slice(2)}` });
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err as { code: string; details?: { path: string }[] };
    }
    throw new Error('expected the call to fail');
  };

  /** Walks every page of one order, one item per page, with the cursors the service gives out. */
  async function walk(orderBy: string, filter: Record<string, unknown> = {}, actor: Actor = staff): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: { items: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = await call(
        IntakeRpc.list,
        { filter, orderBy, page: { first: 1, ...(after ? { after } : {}) } },
        actor,
      );
      ids.push(...page.items.map((r) => r.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('the list did not end');
  }

  const ids: Record<'plain1' | 'urgentLate' | 'urgentSoon' | 'plain2', string> = { plain1: '', urgentLate: '', urgentSoon: '', plain2: '' };
  let registerNumber: string;

  beforeAll(async () => {
    const { natsUrl } = testServers();
    await resetStreams(natsUrl);
    nc = await connectNats({ servers: natsUrl, name: 'staff-reads-test' });
    rpc = RpcClient.fromConnection(nc, 8000);
    net = await startNetwork({ label: 'intake_queue', services: ['intake'], extraEnv: { intake: { INTAKE_DOCUMENTS_DUE_WORKING_DAYS: '1' } } });
    const day = 86_400_000;
    // Submitted one after another: their UUIDv7 ids (and receipt times) increase in this order.
    ids.plain1 = (await call(IntakeRpc.submit, submission(1))).requestId;
    ids.urgentLate = (await call(IntakeRpc.submit, submission(2, { deadlineAt: new Date(Date.now() + 20 * day).toISOString() }))).requestId;
    ids.urgentSoon = (await call(IntakeRpc.submit, submission(3, { deadlineAt: new Date(Date.now() + 3 * day).toISOString() }))).requestId;
    ids.plain2 = (await call(IntakeRpc.submit, submission(4))).requestId;
    await call(IntakeRpc.submit, submission(5, { centreId: 'centre-elsewhere' }), otherStaff);
    await call(IntakeRpc.requestDocuments, { requestId: ids.plain2, documents: [{ kind: 'IDENTITY_DOCUMENT' }] });
    await call(IntakeRpc.requestDocuments, { requestId: ids.plain1, documents: [{ kind: 'IDENTITY_DOCUMENT' }] });
    registerNumber = (await call(IntakeRpc.accept, { requestId: ids.urgentLate, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] })).registerNumber;
  }, 60000);

  afterAll(async () => {
    await net?.stopAll();
    await nc?.drain();
  });

  it('orders by receipt, newest or oldest first, page after page', async () => {
    const all = [ids.plain1, ids.urgentLate, ids.urgentSoon, ids.plain2];
    expect(await walk('RECEIVED_AT_ASC')).toEqual(all);
    expect(await walk('RECEIVED_AT_DESC')).toEqual([...all].reverse());
  });

  it('orders urgent requests first by their deadline, then the rest oldest first', async () => {
    expect(await walk('URGENCY')).toEqual([ids.urgentSoon, ids.urgentLate, ids.plain1, ids.plain2]);
  });

  it('orders the documents queue by due date (ties by receipt), and puts requests without one last', async () => {
    // plain2 was asked first, but both fall due at the end of the same working day: receipt breaks the tie.
    expect(await walk('DOCUMENTS_DUE_AT', { status: ['DOCUMENTS_REQUESTED'] })).toEqual([ids.plain1, ids.plain2]);
    const everything = await walk('DOCUMENTS_DUE_AT');
    expect(everything.slice(0, 2)).toEqual([ids.plain1, ids.plain2]);
    expect(everything.slice(2).sort()).toEqual([ids.urgentLate, ids.urgentSoon].sort());
  });

  it('refuses a cursor of another order, or one it never gave out, with the field named', async () => {
    const page = await call(IntakeRpc.list, { orderBy: 'URGENCY', page: { first: 1 } });
    const wrongOrder = await failure(call(IntakeRpc.list, { orderBy: 'RECEIVED_AT_ASC', page: { first: 1, after: page.pageInfo.endCursor } }));
    expect(wrongOrder.code).toBe('VALIDATION_FAILED');
    expect(wrongOrder.details?.[0].path).toBe('page.after');
    const forged = Buffer.from(JSON.stringify(['URGENCY', { $gt: '' }, 'x'])).toString('base64url');
    expect((await failure(call(IntakeRpc.list, { orderBy: 'URGENCY', page: { first: 1, after: forged } }))).code).toBe('VALIDATION_FAILED');
    expect((await failure(call(IntakeRpc.list, { orderBy: 'BY_NAME' }))).code).toBe('VALIDATION_FAILED');
  });

  it('finds a request by its register number, in the reader’s centre only', async () => {
    expect(registerNumber).toMatch(/^\d{4}\/centre-queue\/00001$/);
    const found = await call(IntakeRpc.list, { filter: { registerNumber } });
    expect(found.items.map((r: { id: string }) => r.id)).toEqual([ids.urgentLate]);
    expect(found.items[0].registerNumber).toBe(registerNumber);
    expect((await call(IntakeRpc.list, { filter: { registerNumber } }, otherStaff)).items).toEqual([]);
    expect((await call(IntakeRpc.list, { filter: { registerNumber: '2020/centre-queue/99999' } })).items).toEqual([]);
    expect((await failure(call(IntakeRpc.list, { filter: { registerNumber: { $ne: null } } }))).code).toBe('VALIDATION_FAILED');
  });

  it('counts the centre’s requests with the documents-due buckets', async () => {
    const c = await call(IntakeRpc.counts, {});
    expect(c.total).toBe(4);
    expect(c.urgent).toBe(2);
    expect(c.byStatus).toEqual({ RECEIVED: 1, ACCEPTED: 1, DOCUMENTS_REQUESTED: 2 });
    // One working day to bring documents: due by the end of the next working day, within the "soon" window.
    const due = (await call(IntakeRpc.get, { requestId: ids.plain1 })).documentsDueAt as string;
    expect(Date.parse(due)).toBeLessThanOrEqual(vietnamCalendar.addWorkingDays(new Date(), DUE_SOON_WORKING_DAYS).getTime());
    expect(c.documentsDue).toEqual({ past: 0, dueSoon: 2, later: 0 });
    const filtered = await call(IntakeRpc.counts, { filter: { status: ['RECEIVED', 'ACCEPTED'] } });
    expect(filtered.total).toBe(2);
    expect(filtered.documentsDue).toEqual({ past: 0, dueSoon: 0, later: 0 });
    const elsewhere = await call(IntakeRpc.counts, {}, otherStaff);
    expect(elsewhere.total).toBe(1);
    expect(elsewhere.documentsDue).toEqual({ past: 0, dueSoon: 0, later: 0 });
    expect((await call(IntakeRpc.counts, { filter: { centreId: 'centre-queue' } }, supervisor)).total).toBe(4);
    expect((await failure(call(IntakeRpc.counts, { filter: { centreId: 'centre-queue' } }, otherStaff))).code).toBe('FORBIDDEN');
  });
  it('reads the matter back: all of it for the centre, the summary for the assigned lawyer, each read logged', async () => {
    const { requestId } = await call(IntakeRpc.submit, submission(6, { channel: 'REFERRAL_FRONT', ...REFERRED, consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' } } as Partial<SubmitInput>));
    const details = await call(IntakeRpc.requestDetails, { requestId });
    expect(details).toEqual({
      requestId,
      summary: REFERRED.summary,
      opposingParties: [
        { fullName: 'Đỗ Văn Tám', idNumber: '079222333444' },
        { fullName: 'Đỗ Thị Chín', idNumber: null },
      ],
      attachedDocuments: [
        { kind: 'IDENTITY_DOCUMENT', title: 'CCCD bản sao' },
        { kind: 'POOR_HOUSEHOLD_CERTIFICATE', title: null },
      ],
      referralOfficer: { officer: 'Cán bộ Hồ Văn Mười', officerPhone: '0909000111', documentNumber: '12/GT-MTTQ' },
    });
    const log = async () => (await call(IntakeRpc.accessLog, { requestId, page: { first: 20 } })).items as { actorId: string; purpose: string; fields: string[] }[];
    expect((await log()).find((e) => e.actorId === staff.id)).toMatchObject({ purpose: 'CASE_HANDLING', fields: ['summary', 'opposingParties', 'attachedDocuments', 'referralOfficer'] });

    // Nobody else reads it: another centre and supervisors learn nothing, an unassigned lawyer is refused.
    expect((await failure(call(IntakeRpc.requestDetails, { requestId }, otherStaff))).code).toBe('REQUEST_NOT_FOUND');
    expect((await failure(call(IntakeRpc.requestDetails, { requestId }, supervisor))).code).toBe('FORBIDDEN');
    expect((await failure(call(IntakeRpc.requestDetails, { requestId }, lawyer))).code).toBe('REQUEST_NOT_FOUND');

    // Matching assigns the matter to prov-q1: that lawyer reads the summary, and only the summary.
    const view = await call(IntakeRpc.get, { requestId });
    const assigned = createEvent(
      MatchingReferralAssigned,
      {
        referralId: `ref-${requestId}`, requestId, applicantRef: view.applicantRef, providerId: 'prov-q1', organisationId: 'bar-q', centreId: 'centre-queue', fieldOfLaw: 'CIVIL', aidForm: 'ADVICE',
        opposingPartyHashes: [], urgent: false, via: 'OFFER_ACCEPTED', round: 1, previousProviderId: null, assignedAt: new Date().toISOString(),
      },
      { actor: systemActor('matching'), correlationId: 'corr-assign' },
    );
    await jetstream(nc).publish(MatchingReferralAssigned.subject, JSON.stringify(assigned), { msgID: assigned.id });
    const forLawyer = await eventually(async () => call(IntakeRpc.requestDetails, { requestId }, lawyer), 15000, 'the lawyer to be granted the matter');
    expect(forLawyer).toEqual({ requestId, summary: REFERRED.summary, opposingParties: null, attachedDocuments: null, referralOfficer: null });
    expect((await log()).find((e) => e.actorId === lawyer.id)).toMatchObject({ purpose: 'CASE_HANDLING', fields: ['summary'] });
    expect((await failure(call(IntakeRpc.requestDetails, { requestId }, otherLawyer))).code).toBe('REQUEST_NOT_FOUND');
    expect((await failure(call(IntakeRpc.requestDetails, { requestId: 'not-a-uuid' }))).code).toBe('VALIDATION_FAILED');
  });
  it('filters the access log by actor, purpose and period for supervisors (G29), within a centre for its staff', async () => {
    const { requestId } = await call(IntakeRpc.submit, submission(7));
    const start = new Date();
    await call(IntakeRpc.requestDetails, { requestId });
    await call(IntakeRpc.revealContact, { requestId });
    const between = new Date();
    type Row = { actorId: string; purpose: string; requestId: string | null; accessedAt: string };
    const read = async (input: Record<string, unknown>, who: Actor = supervisor) => (await call(IntakeRpc.accessLog, { ...input, page: { first: 100 } }, who)).items as Row[];
    const mine = await eventually(async () => {
      const rows = await read({ actorId: staff.id, accessedFrom: start.toISOString() });
      return rows.filter((r) => r.requestId === requestId).length >= 2 ? rows : undefined;
    }, 10000, 'both reads in the log');
    expect(mine.every((r) => r.actorId === staff.id && Date.parse(r.accessedAt) >= start.getTime())).toBe(true);
    const contact = await read({ requestId, purpose: 'CONTACT_APPLICANT' });
    expect(contact.length).toBeGreaterThanOrEqual(1);
    expect(contact.every((r) => r.purpose === 'CONTACT_APPLICANT' && r.requestId === requestId)).toBe(true);
    expect(await read({ requestId, purpose: 'CASE_HANDLING' })).not.toEqual([]);
    expect(await read({ requestId, accessedTo: start.toISOString() })).toEqual([]);
    expect(await read({ actorId: 'nobody-at-all', requestId })).toEqual([]);
    expect((await read({ requestId, accessedFrom: start.toISOString(), accessedTo: new Date(Date.now() + 60_000).toISOString() })).length).toBeGreaterThanOrEqual(2);
    // Another centre's staff see none of it, whatever the filter; bad filters are refused.
    expect(await read({ actorId: staff.id, requestId }, otherStaff)).toEqual([]);
    expect((await failure(call(IntakeRpc.accessLog, { purpose: 'GOSSIP' }, supervisor))).code).toBe('VALIDATION_FAILED');
    expect((await failure(call(IntakeRpc.accessLog, { accessedFrom: between.toISOString(), accessedTo: start.toISOString() }, supervisor))).code).toBe('VALIDATION_FAILED');
    expect((await failure(call(IntakeRpc.accessLog, { actorId: { $ne: null } }, supervisor))).code).toBe('VALIDATION_FAILED');
  });
});
