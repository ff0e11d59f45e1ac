import { randomBytes, createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { headers as natsHeaders, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import mongoose, { type Connection } from 'mongoose';
import {
  CasesCaseClosed,
  CasesCaseOpened,
  CasesCaseTransferred,
  createEvent,
  IntakeRpc,
  MatchingReferralAssigned,
  MatchingReferralCreated,
  newId,
  systemActor,
  type Actor,
  type Envelope,
  type EventDefinition,
  type InputOf,
  type RpcDefinition,
} from '@legalaid/contracts';
import { connectNats, REQUEST_SIGNATURE_HEADER, RpcClient, signRequest } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from '../../../test/support/network.js';
import { resetStreams, testServers } from '../../../test/support/servers.js';

/**
 * The intake service as a real process (built from dist) on the worker's real
 * NATS JetStream and MongoDB-protocol database: every command and query over
 * request/reply, every event it publishes and every event it reacts to. At
 * the end, every event payload and every log line of the run is scanned for
 * the applicants' personal data.
 */
const staff: Actor = { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' };
const otherStaff: Actor = { id: 'staff-9', role: 'CENTRE_STAFF', organisationId: 'centre-other' };
const supervisor: Actor = { id: 'sup-1', role: 'SUPERVISOR' };
const admin: Actor = { id: 'admin-1', role: 'ADMIN' };
const lawyer1: Actor = { id: 'lawyer-1', role: 'LAWYER', providerId: 'prov-1' };
const lawyer2: Actor = { id: 'lawyer-2', role: 'LAWYER', providerId: 'prov-2' };

/** Personal data used below; none of it may appear in any event or log line. */
const PERSON = { fullName: 'Trần Thị Bình', idNumber: '079123456789', phone: '0912345678', line: '12 Đường Nguyễn Huệ' };
const PERSON2 = { fullName: 'Lê Văn Cường', idNumber: '079198765432', phone: '0987654321', line: '45 Hẻm Lý Tự Trọng' };
const OPPONENT = { fullName: 'Phạm Văn Dũng', idNumber: '079111222333' };
const SUMMARY = 'Chồng đánh đập, cần ly hôn và giành quyền nuôi con';

type SubmitInput = InputOf<typeof IntakeRpc.submit>;

function submission(person = PERSON, overrides: Partial<SubmitInput> = {}): SubmitInput {
  return {
    channel: 'HOTLINE',
    centreId: 'centre-hcm',
    applicant: {
      fullName: person.fullName,
      idNumber: person.idNumber,
      phone: person.phone,
      birthDate: '1990-03-15',
      gender: 'FEMALE',
      address: { provinceCode: '79', communeCode: '26734', line: person.line },
    },
    fieldOfLaw: 'MARRIAGE_FAMILY',
    aidForm: 'ADVICE',
    summary: SUMMARY,
    opposingParties: [OPPONENT],
    urgencyReasons: [],
    consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER', 'FEEDBACK_CONTACT'], givenBy: 'APPLICANT', method: 'WRITTEN' },
    ...overrides,
  } as SubmitInput;
}

describe('intake service (real process, NATS JetStream, database)', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let db: Connection;
  let sub: Subscription;
  let notificationFile: string;
  const events: { subject: string; payload: string }[] = [];

  const call = <D extends RpcDefinition>(def: D, input: unknown, actor: Actor) =>
    rpc.call(def, input as never, { actor, correlationId: `it-${Math.random().toString(36).slice(2)}` });
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err as { code: string; message: string; details?: { path: string; message: string }[] };
    }
    throw new Error('expected the call to fail');
  };
  /** Sends a request exactly as given, bypassing the client's own validation (to prove the service refuses it). */
  const rawCall = async (def: RpcDefinition, input: unknown, actor: Actor = staff) => {
    // Signed like the gateway's requests, but without the client's own validation.
    const data = { actor, correlationId: 'raw', input };
    const h = natsHeaders();
    h.set(REQUEST_SIGNATURE_HEADER, signRequest(Buffer.from(process.env.RPC_SIGNING_KEY!, 'base64'), def.subject, JSON.stringify(data)));
    const msg = await nc.request(def.subject, JSON.stringify({ pattern: def.subject, data, id: 'raw-1' }), { timeout: 5000, headers: h });
    return (msg.json() as { response: { ok: boolean; error?: { code: string; details?: { path: string }[] } } }).response;
  };
  const published = (type: string) => events.filter((e) => e.subject.startsWith(`legalaid.${type}.v`)).map((e) => JSON.parse(e.payload) as Envelope<string, Record<string, unknown>>);
  const eventFor = (type: string, requestId: string) => eventually(async () => published(type).find((e) => e.data.requestId === requestId), 10000, `${type} for ${requestId}`);
  const publishForeign = async (def: EventDefinition, data: unknown, msgId?: string) => {
    const event = createEvent(def, data as never, { actor: systemActor('test'), correlationId: 'corr-foreign' });
    await jetstream(nc).publish(def.subject, JSON.stringify(event), { msgID: msgId ?? event.id });
    return event;
  };
  const requestsCount = () => db.collection('requests').countDocuments();
  const stored = (id: string) => db.collection('requests').findOne({ _id: id as never });
  const view = (id: string, actor: Actor = staff, withPersonalData = false) => call(IntakeRpc.get, { requestId: id, withPersonalData }, actor);

  beforeAll(async () => {
    const { natsUrl, mongoUrl } = testServers();
    await resetStreams(natsUrl);
    notificationFile = join(mkdtempSync(join(tmpdir(), 'intake-notify-')), 'notifications.jsonl');
    nc = await connectNats({ servers: natsUrl, name: 'test-harness' });
    sub = nc.subscribe('legalaid.>');
    void (async () => {
      for await (const m of sub) if (!m.subject.startsWith('legalaid.rpc.')) events.push({ subject: m.subject, payload: m.string() });
    })();
    net = await startNetwork({
      label: 'intake_int',
      services: ['intake'],
      extraEnv: { intake: { LOG_LEVEL: 'debug', INTAKE_NOTIFICATION_FILE: notificationFile, INTAKE_RETENTION_DAYS: '0' } },
    });
    rpc = RpcClient.fromConnection(nc, 8000);
    db = await mongoose.createConnection(mongoUrl, { dbName: net.env.intake.MONGO_DB }).asPromise();
  });

  afterAll(async () => {
    await net?.stopAll();
    await db?.close();
    sub?.unsubscribe();
    await nc?.drain();
  });

  let firstId: string;
  /** Log lines of processes stopped during the run (a restart replaces the process). */
  const earlierLogs: string[] = [];

  it('records a request from the hotline: RECEIVED, personal data sealed, pseudonymous event', async () => {
    const out = await call(IntakeRpc.submit, submission(), staff);
    expect(out.status).toBe('RECEIVED');
    expect(out.possibleDuplicateOf).toEqual([]);
    firstId = out.requestId;

    const doc = await stored(firstId);
    const raw = JSON.stringify(doc);
    for (const secret of [PERSON.fullName, PERSON.idNumber, PERSON.phone, PERSON.line, OPPONENT.fullName, SUMMARY]) expect(raw).not.toContain(secret);
    expect(doc!.personal.k).toBe('t1');

    const received = await eventFor('intake.request.received', firstId);
    expect(received.data).toMatchObject({ channel: 'HOTLINE', centreId: 'centre-hcm', fieldOfLaw: 'MARRIAGE_FAMILY', provinceCode: '79', communeCode: '26734', eligibilityGroup: null });
    expect(received.data.applicantRef).toMatch(/^ap_/);
    expect(received.actor).toEqual(staff);
  });

  it('flags an open request of the same person in the same field, and does not merge it', async () => {
    const again = await call(IntakeRpc.submit, submission({ ...PERSON, fullName: 'TRAN THI BINH' }), staff);
    expect(again.possibleDuplicateOf).toEqual([firstId]);
    const other = await call(IntakeRpc.submit, submission(PERSON, { fieldOfLaw: 'LAND' }), staff);
    expect(other.possibleDuplicateOf).toEqual([]);
    expect((await view(again.requestId)).possibleDuplicateOf).toEqual([firstId]);
    expect((await eventFor('intake.request.received', again.requestId)).data.possibleDuplicateOf).toEqual([firstId]);
  });

  it('asks for missing documents with a working-day limit, and takes them when they arrive', async () => {
    const asked = await call(IntakeRpc.requestDocuments, { requestId: firstId, documents: [{ kind: 'DOMESTIC_VIOLENCE_CONFIRMATION', description: 'Xác nhận của công an phường' }] }, staff);
    expect(asked.status).toBe('DOCUMENTS_REQUESTED');
    expect(Date.parse(asked.documentsDueAt)).toBeGreaterThan(Date.now() + 5 * 86_400_000);
    const ev = await eventFor('intake.request.documents-requested', firstId);
    expect(ev.data.documentKinds).toEqual(['DOMESTIC_VIOLENCE_CONFIRMATION']);
    expect(JSON.stringify(ev)).not.toContain('công an');

    const done = await call(IntakeRpc.completeDocuments, { requestId: firstId, receivedDocuments: [{ kind: 'DOMESTIC_VIOLENCE_CONFIRMATION' }] }, staff);
    expect(done.status).toBe('RECEIVED');
    expect((await eventFor('intake.request.documents-completed', firstId)).data.late).toBe(false);
  });

  it('refuses acceptance without the evidence the rule set needs, and changes nothing', async () => {
    const before = await view(firstId);
    const err = await failure(call(IntakeRpc.accept, { requestId: firstId, eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION'] }, staff));
    expect(err.code).toBe('NOT_ELIGIBLE');
    expect(err.message).toContain('financial difficulty');
    expect((await view(firstId)).version).toBe(before.version);
  });

  it('accepts (thụ lý) with a register number, rule set and evidence; matching gets the facts', async () => {
    const other = await failure(call(IntakeRpc.accept, { requestId: firstId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE'] }, otherStaff));
    expect(other.code).toBe('REQUEST_NOT_FOUND');

    const out = await call(IntakeRpc.accept, { requestId: firstId, eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION', 'FINANCIAL_DIFFICULTY_PROOF'] }, staff);
    expect(out.status).toBe('ACCEPTED');
    expect(out.registerNumber).toMatch(/^\d{4}\/centre-hcm\/00001$/);
    const ruleSet = Date.now() >= Date.parse('2025-07-01T00:00:00+07:00') ? 'law-11-2017-art7-am-2025-07' : 'law-11-2017-art7';
    expect(out.ruleSetId).toBe(ruleSet);

    const ev = await eventFor('intake.request.accepted', firstId);
    expect(ev.data).toMatchObject({ eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', ruleSetId: ruleSet, evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION', 'FINANCIAL_DIFFICULTY_PROOF'] });
    expect((ev.data.urgency as { reasons: string[] }).reasons).toContain('VIOLENCE');
    expect((ev.data.opposingPartyHashes as string[])[0]).toMatch(/^ph_/);

    const again = await failure(call(IntakeRpc.accept, { requestId: firstId, eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION', 'FINANCIAL_DIFFICULTY_PROOF'] }, staff));
    expect(again.code).toBe('ILLEGAL_TRANSITION');
  });

  it('refuses a stale expected version', async () => {
    const err = await failure(call(IntakeRpc.withdraw, { requestId: firstId, expectedVersion: 1 }, staff));
    expect(err.code).toBe('VERSION_CONFLICT');
  });

  it('rejects in writing on a ground that fits; the note stays in intake', async () => {
    const biz = await call(IntakeRpc.submit, submission(PERSON2, { fieldOfLaw: 'BUSINESS_COMMERCE' }), staff);
    const wrong = await failure(call(IntakeRpc.reject, { requestId: firstId, ground: 'BUSINESS_COMMERCE' }, staff));
    expect(wrong.code).toBe('ILLEGAL_TRANSITION');
    const notes = await failure(call(IntakeRpc.reject, { requestId: biz.requestId, ground: 'OTHER' }, staff));
    expect(notes.code).toBe('VALIDATION_FAILED');
    const out = await call(IntakeRpc.reject, { requestId: biz.requestId, ground: 'BUSINESS_COMMERCE', note: 'Tranh chấp hợp đồng mua bán hàng hóa' }, staff);
    expect(out.status).toBe('REJECTED');
    const ev = await eventFor('intake.request.rejected', biz.requestId);
    expect(ev.data.ground).toBe('BUSINESS_COMMERCE');
    expect(JSON.stringify(ev)).not.toContain('hợp đồng');
    expect((await view(biz.requestId)).rejection).toMatchObject({ ground: 'BUSINESS_COMMERCE', note: 'Tranh chấp hợp đồng mua bán hàng hóa' });
  });

  it('shows personal data only to the centre, logging each read with its own event', async () => {
    const plain = await view(firstId);
    expect(plain.applicant).toBeNull();
    const full = await view(firstId, staff, true);
    expect(full.applicant).toMatchObject({ fullName: PERSON.fullName, idNumber: PERSON.idNumber, phone: PERSON.phone, address: { line: PERSON.line } });
    const sup = await view(firstId, supervisor, true);
    expect(sup.applicant).toBeNull();
    expect(sup.applicantRef).toBe(full.applicantRef);
    expect((await failure(view(firstId, otherStaff))).code).toBe('REQUEST_NOT_FOUND');
    expect((await failure(view(firstId, lawyer1))).code).toBe('REQUEST_NOT_FOUND');

    const accessed = await eventually(async () => published('intake.request.personal-data-accessed').find((e) => e.data.requestId === firstId && e.data.purpose === 'CASE_HANDLING'), 10000, 'access event');
    expect(accessed.actor).toEqual(staff);
    expect(accessed.data.fields).toContain('fullName');
    const log = await call(IntakeRpc.accessLog, { requestId: firstId }, supervisor);
    expect(log.items.some((e) => e.actorId === 'staff-1' && e.purpose === 'CASE_HANDLING')).toBe(true);
  });

  it("finds a person's requests by phone through the blind index, logging the lookup", async () => {
    const found = await call(IntakeRpc.findByIdentity, { phone: PERSON.phone }, staff);
    expect(found.items.map((i) => i.id)).toContain(firstId);
    expect((await call(IntakeRpc.findByIdentity, { idNumber: '079000000000' }, staff)).items).toEqual([]);
    expect((await failure(call(IntakeRpc.findByIdentity, { phone: PERSON.phone }, supervisor))).code).toBe('FORBIDDEN');
    await eventually(async () => published('intake.request.personal-data-accessed').find((e) => e.data.purpose === 'IDENTITY_LOOKUP' && e.data.requestId === null), 10000, 'lookup miss logged');
  });

  it('lists with filters and cursor pagination, and counts for dashboards', async () => {
    const page1 = await call(IntakeRpc.list, { filter: {}, page: { first: 2 } }, staff);
    expect(page1.items).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await call(IntakeRpc.list, { filter: {}, page: { first: 10, after: page1.pageInfo.endCursor } }, staff);
    const all = [...page1.items, ...page2.items].map((i) => i.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(await requestsCount());
    const accepted = await call(IntakeRpc.list, { filter: { status: ['ACCEPTED'], fieldOfLaw: ['MARRIAGE_FAMILY'], communeCode: '26734' } }, staff);
    expect(accepted.items.map((i) => i.id)).toEqual([firstId]);
    expect((await call(IntakeRpc.list, { filter: { possibleDuplicate: true } }, staff)).items).toHaveLength(1);
    expect((await call(IntakeRpc.list, { filter: {} }, otherStaff)).items).toEqual([]);
    expect((await failure(call(IntakeRpc.list, { filter: { centreId: 'centre-hcm' } }, otherStaff))).code).toBe('FORBIDDEN');

    const counts = await call(IntakeRpc.counts, { filter: {} }, supervisor);
    expect(counts.total).toBe(all.length);
    expect(counts.byStatus).toMatchObject({ ACCEPTED: 1, REJECTED: 1 });
    expect(counts.byFieldOfLaw.MARRIAGE_FAMILY).toBe(2);
    expect(counts.possibleDuplicates).toBe(1);
    expect(counts.urgent).toBe(1);
  });

  it('follows matching and case-tracking: status moves forward; the assigned lawyer sees contact details until closure', async () => {
    const d0 = await view(firstId);
    const base = { requestId: firstId, applicantRef: d0.applicantRef, centreId: 'centre-hcm', fieldOfLaw: 'MARRIAGE_FAMILY', aidForm: 'ADVICE' };
    const caseRef = { caseId: 'case-1', requestId: firstId, applicantRef: d0.applicantRef, providerId: 'prov-1', organisationId: 'org-1', centreId: 'centre-hcm' };
    // Case opened arrives before matching's events (different streams).
    await publishForeign(CasesCaseOpened, { ...caseRef, referralId: 'ref-1', fieldOfLaw: 'MARRIAGE_FAMILY', aidForm: 'ADVICE', urgent: true, custody: false, openedAt: new Date().toISOString(), firstContactDueAt: new Date(Date.now() + 86_400_000).toISOString() });
    await eventually(async () => ((await view(firstId)).downstreamStatus === 'CASE_OPEN' ? true : undefined), 10000, 'CASE_OPEN');
    await publishForeign(MatchingReferralCreated, { referralId: 'ref-1', ...base, status: 'PENDING' });
    await publishForeign(MatchingReferralAssigned, {
      referralId: 'ref-1', ...base, providerId: 'prov-1', organisationId: 'org-1', opposingPartyHashes: [], urgent: true, via: 'OFFER_ACCEPTED', round: 1, previousProviderId: null, assignedAt: new Date().toISOString(),
    });
    const d1 = await eventually(async () => {
      const v = await view(firstId);
      return v.timeline.some((t) => t.status === 'ASSIGNED') && v.timeline.some((t) => t.status === 'REFERRED') ? v : undefined;
    }, 10000, 'referral and assignment recorded');
    expect(d1.downstreamStatus).toBe('CASE_OPEN');

    const contact = await call(IntakeRpc.revealContact, { requestId: firstId }, lawyer1);
    expect(contact).toMatchObject({ fullName: PERSON.fullName, phone: PERSON.phone, addressLine: PERSON.line });
    expect((await view(firstId, lawyer1)).id).toBe(firstId);
    expect((await failure(call(IntakeRpc.revealContact, { requestId: firstId }, lawyer2))).code).toBe('FORBIDDEN');
    await eventually(async () => published('intake.request.contact-access-changed').find((e) => e.data.requestId === firstId && e.data.change === 'GRANTED'), 10000, 'grant event');
    await eventually(async () => published('intake.request.personal-data-accessed').find((e) => e.data.requestId === firstId && e.actor.id === 'lawyer-1'), 10000, 'lawyer read logged');

    // A transfer takes access away from prov-1; the reassignment gives it to prov-2.
    await publishForeign(CasesCaseTransferred, { ...caseRef, referralId: 'ref-1', reason: 'PROVIDER_UNAVAILABLE', fieldOfLaw: 'MARRIAGE_FAMILY', aidForm: 'ADVICE', transferredAt: new Date().toISOString() });
    await eventually(async () => ((await failure(call(IntakeRpc.revealContact, { requestId: firstId }, lawyer1))).code === 'FORBIDDEN' ? true : undefined), 10000, 'prov-1 revoked');
    expect((await failure(view(firstId, lawyer1))).code).toBe('REQUEST_NOT_FOUND');
    await publishForeign(MatchingReferralAssigned, {
      referralId: 'ref-1', ...base, providerId: 'prov-2', organisationId: 'org-1', opposingPartyHashes: [], urgent: true, via: 'CENTRE_REASSIGNMENT', round: 2, previousProviderId: 'prov-1', assignedAt: new Date().toISOString(),
    });
    await eventually(async () => (await call(IntakeRpc.revealContact, { requestId: firstId }, lawyer2)).fullName, 10000, 'prov-2 granted');

    // Closure: every provider loses access, a feedback invitation goes out.
    const closedData = {
      ...caseRef, caseId: 'case-2', providerId: 'prov-2', state: 'CLOSED', outcome: 'SUCCESSFUL', fieldOfLaw: 'MARRIAGE_FAMILY', aidForm: 'ADVICE', urgent: true, totalHours: 3, activityCount: 2,
      openedAt: new Date(Date.now() - 3600_000).toISOString(), closedAt: new Date().toISOString(), firstContactAt: null, hoursToFirstContact: null, workingDaysToFirstContact: null, breachedDeadlines: 0, policyFeedbackTag: null,
    };
    const closed = await publishForeign(CasesCaseClosed, closedData);
    await eventually(async () => ((await view(firstId)).downstreamStatus === 'CLOSED' ? true : undefined), 10000, 'CLOSED');
    expect((await failure(call(IntakeRpc.revealContact, { requestId: firstId }, lawyer2))).code).toBe('FORBIDDEN');
    const timeline = (await view(firstId)).timeline.map((t) => t.status);
    expect(timeline).toEqual(expect.arrayContaining(['RECEIVED', 'DOCUMENTS_REQUESTED', 'DOCUMENTS_COMPLETED', 'ACCEPTED', 'REFERRED', 'ASSIGNED', 'CASE_OPEN', 'CLOSED']));
    // A status never moves back.
    await publishForeign(MatchingReferralCreated, { referralId: 'ref-9', ...base, status: 'PENDING' });

    const invited = await eventFor('intake.feedback.invited', firstId);
    expect(invited.data).toMatchObject({ caseId: 'case-2', providerId: 'prov-2', hashAlgorithm: 'sha256', applicantRef: d0.applicantRef });
    const lines = await eventually(async () => (existsSync(notificationFile) ? readFileSync(notificationFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { token: string; to: { phone: string }; id: string }) : undefined));
    expect(lines).toHaveLength(1);
    expect(lines[0].to.phone).toBe(PERSON.phone);
    expect(createHash('sha256').update(lines[0].token).digest('hex')).toBe(invited.data.tokenHash);

    // The same closing event delivered again (another message id) sends nothing new.
    await jetstream(nc).publish(CasesCaseClosed.subject, JSON.stringify(closed), { msgID: `${closed.id}-again` });
    await new Promise((r) => setTimeout(r, 1500));
    expect(readFileSync(notificationFile, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(published('intake.feedback.invited').filter((e) => e.data.requestId === firstId)).toHaveLength(1);
    expect((await view(firstId)).downstreamStatus).toBe('CLOSED');
  });

  it("records the applicant's withdrawal and consent withdrawal", async () => {
    const s = await call(IntakeRpc.submit, submission(PERSON2, { fieldOfLaw: 'LABOUR' }), staff);
    const c = await call(IntakeRpc.withdrawConsent, { requestId: s.requestId, purposes: ['FEEDBACK_CONTACT'] }, staff);
    expect(c.status).toBe('RECEIVED');
    expect((await eventFor('intake.request.consent-withdrawn', s.requestId)).data.purposes).toEqual(['FEEDBACK_CONTACT']);
    const w = await call(IntakeRpc.withdraw, { requestId: s.requestId, reason: 'Đã tự hòa giải với công ty' }, staff);
    expect(w.status).toBe('WITHDRAWN');
    const ev = await eventFor('intake.request.withdrawn', s.requestId);
    expect(ev.data).toMatchObject({ previousStatus: 'RECEIVED', downstreamStatus: 'NONE' });
    expect((await failure(call(IntakeRpc.withdraw, { requestId: s.requestId }, staff))).code).toBe('ILLEGAL_TRANSITION');
    expect((await failure(call(IntakeRpc.withdraw, { requestId: firstId }, staff))).code).toBe('ILLEGAL_TRANSITION'); // closed
  });

  it('refuses bad input with a clear error and stores nothing', async () => {
    const before = await requestsCount();
    const unknownUnit = await failure(call(IntakeRpc.submit, submission(PERSON, { applicant: { ...submission().applicant, address: { provinceCode: '79', communeCode: '26737' } } }), staff));
    expect(unknownUnit.code).toBe('UNKNOWN_UNIT');
    expect(unknownUnit.message).toContain('26734');
    const formerProvince = await failure(call(IntakeRpc.submit, submission(PERSON, { applicant: { ...submission().applicant, address: { provinceCode: '74' } } }), staff));
    expect(formerProvince.code).toBe('UNKNOWN_UNIT');

    const missing = await rawCall(IntakeRpc.submit, { ...submission(), consent: undefined, summary: undefined });
    expect(missing.error?.code).toBe('VALIDATION_FAILED');
    expect(missing.error?.details?.map((d) => d.path)).toEqual(expect.arrayContaining(['input.consent', 'input.summary']));
    const oversized = await rawCall(IntakeRpc.submit, { ...submission(), summary: 'x'.repeat(4001) });
    expect(oversized.error?.code).toBe('VALIDATION_FAILED');
    const injectedCentre = await rawCall(IntakeRpc.submit, { ...submission(), centreId: { $gt: '' } });
    expect(injectedCentre.error?.code).toBe('VALIDATION_FAILED');
    const referralWithout = await failure(call(IntakeRpc.submit, submission(PERSON, { channel: 'REFERRAL_COURT' }), staff));
    expect(referralWithout.code).toBe('VALIDATION_FAILED');
    const forbidden = await failure(call(IntakeRpc.submit, submission(), otherStaff));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(await requestsCount()).toBe(before);

    for (const filter of [{ status: { $gt: '' } }, { centreId: { $gt: '' } }, { communeCode: { $ne: null } }, { $where: 'sleep(1000)' }, { status: ['ACCEPTED', { $gt: '' }] }]) {
      const r = await rawCall(IntakeRpc.list, { filter, page: { first: 5 } });
      expect(r.ok).toBe(false);
      expect(r.error?.code).toBe('VALIDATION_FAILED');
    }
    const injectedId = await rawCall(IntakeRpc.get, { requestId: { $gt: '' } });
    expect(injectedId.error?.code).toBe('VALIDATION_FAILED');
    const badCursor = await failure(call(IntakeRpc.list, { filter: {}, page: { first: 5, after: 'bm90LWEtY3Vyc29y' } }, staff));
    expect(badCursor.code).toBe('VALIDATION_FAILED');
    expect(await requestsCount()).toBe(before);
  });

  it('erases personal data of finished requests after retention (ADMIN), keeping pseudonymous facts', async () => {
    expect((await failure(call(IntakeRpc.eraseExpired, {}, staff))).code).toBe('FORBIDDEN');
    const dry = await call(IntakeRpc.eraseExpired, { dryRun: true }, admin);
    expect(dry.erased).toBe(0);
    expect(dry.requestIds).toContain(firstId); // closed; retention is 0 days in this test
    const out = await call(IntakeRpc.eraseExpired, {}, admin);
    expect(out.erased).toBe(dry.requestIds.length);
    const doc = await stored(firstId);
    expect(doc!.personal).toBeNull();
    expect(doc!.idNumberIndex).toBeNull();
    expect(doc!.phoneIndex).toBeNull();
    const v = await view(firstId, staff, true);
    expect(v.applicant).toBeNull();
    expect(v.erasedAt).not.toBeNull();
    expect(v).toMatchObject({ eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', downstreamStatus: 'CLOSED' });
    expect((await call(IntakeRpc.findByIdentity, { idNumber: PERSON.idNumber }, staff)).items.map((i) => i.id)).not.toContain(firstId);
    expect((await call(IntakeRpc.findByIdentity, { phone: PERSON.phone }, staff)).items.map((i) => i.id)).not.toContain(firstId);
    // The pseudonymous reference stays: its statistics and audit trail still join.
    expect(doc!.applicantRef).toEqual(expect.any(String));
    await eventFor('intake.request.erased', firstId);
    // Open requests keep their data.
    const open = (await call(IntakeRpc.list, { filter: { status: ['RECEIVED'] } }, staff)).items[0];
    expect((await stored(open.id))!.personal).not.toBeNull();
    expect((await call(IntakeRpc.eraseExpired, {}, admin)).erased).toBe(0);
  });

  it('after a restart finds a person\'s earlier requests by their indexed fields, with no start-up step', async () => {
    const open = (await call(IntakeRpc.list, { filter: { status: ['RECEIVED'], fieldOfLaw: ['MARRIAGE_FAMILY'] } }, staff)).items[0];
    earlierLogs.push(...net.processes.get('intake')!.lines);
    await net.stop('intake', 'SIGKILL'); // nothing in flight; a graceful stop only takes longer
    await net.start('intake');
    const again = await call(IntakeRpc.submit, submission(), staff);
    expect(again.possibleDuplicateOf).toContain(open.id);
    expect(again.possibleDuplicateOf).not.toContain(firstId); // closed and erased
  });

  it('re-seals personal data with a new active key after rotation', async () => {
    const open = (await call(IntakeRpc.list, { filter: { status: ['RECEIVED'] } }, staff)).items[0];
    const env = net.env.intake;
    earlierLogs.push(...net.processes.get('intake')!.lines);
    await net.stop('intake');
    env.INTAKE_DATA_KEYS = `${env.INTAKE_DATA_KEYS},t2:${randomBytes(32).toString('base64')}`;
    env.INTAKE_ACTIVE_KEY_ID = 't2';
    await net.start('intake');
    const out = await call(IntakeRpc.rotateDataKeys, {}, admin);
    expect(out.activeKeyId).toBe('t2');
    expect(out.resealed).toBeGreaterThan(0);
    expect(out.remaining).toBe(0);
    expect((await stored(open.id))!.personal.k).toBe('t2');
    expect((await view(open.id, staff, true)).applicant?.fullName).toBeDefined();
  });

  it('applies a submission and an acceptance retried with the same request id once, answering the first outcome', async () => {
    const retried = <D extends RpcDefinition>(def: D, input: unknown, requestId: string) =>
      rpc.call(def, input as never, { actor: staff, correlationId: `it-retry-${requestId}`, requestId });
    const before = await requestsCount();
    const submitId = `${newId()}.submitRequest.1`;
    const first = await retried(IntakeRpc.submit, submission(PERSON2, { fieldOfLaw: 'LABOUR' }), submitId);
    const second = await retried(IntakeRpc.submit, submission(PERSON2, { fieldOfLaw: 'LABOUR' }), submitId);
    expect(second).toEqual(first);
    expect(await requestsCount()).toBe(before + 1);
    // A UUIDv7 that keeps the first try's time: lists stay sorted by time.
    expect(first.requestId.slice(0, 13)).toBe(submitId.slice(0, 13));
    await eventFor('intake.request.received', first.requestId);

    const acceptId = `${newId()}.acceptRequest.1`;
    const input = { requestId: first.requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'], expectedVersion: 1 };
    const accepted = await retried(IntakeRpc.accept, input, acceptId);
    // The retry carries the version the first try moved past: the same answer, not a conflict.
    expect(await retried(IntakeRpc.accept, input, acceptId)).toEqual(accepted);
    // A new request id is a new command: refused, the request is accepted already.
    expect((await failure(retried(IntakeRpc.accept, { ...input, expectedVersion: undefined }, `${newId()}.acceptRequest.1`))).code).toBe('ILLEGAL_TRANSITION');
    await eventFor('intake.request.accepted', first.requestId);
    expect(published('intake.request.received').filter((e) => e.data.requestId === first.requestId)).toHaveLength(1);
    expect(published('intake.request.accepted').filter((e) => e.data.requestId === first.requestId)).toHaveLength(1);
    expect((await stored(first.requestId))!.registerNumber).toBe(accepted.registerNumber);
  });

  it('no event and no log line of the run carries a name, ID number, phone, address or the token', async () => {
    expect(events.length).toBeGreaterThan(20);
    const token = JSON.parse(readFileSync(notificationFile, 'utf8').trim().split('\n')[0]).token as string;
    const logLines = net.processes.get('intake')!.lines;
    const allLogs = [...earlierLogs, ...logLines];
    expect(allLogs.length).toBeGreaterThan(10);
    const secrets = [
      PERSON.fullName, PERSON.idNumber, PERSON.phone, PERSON.line, PERSON2.fullName, PERSON2.idNumber, PERSON2.phone, PERSON2.line,
      OPPONENT.fullName, OPPONENT.idNumber, 'TRAN THI BINH', SUMMARY, token,
    ];
    for (const secret of secrets) {
      for (const e of events) expect(e.payload.includes(secret) ? `${e.subject} contains ${secret}` : null).toBeNull();
      for (const line of allLogs) expect(line.includes(secret) ? `log line contains ${secret}: ${line.slice(0, 200)}` : null).toBeNull();
    }
  });
});
