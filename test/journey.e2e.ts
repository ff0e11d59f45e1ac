import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-sse';
import mongoose from 'mongoose';
import { PersonalDataCrypto } from '../services/intake/src/domain/personal-data-crypto.js';
import { DEMO, DEMO_USERS, loadDemoData } from '../infra/src/cli/demo.js';
import { eventually, gql, startNetwork, TEST_JWT_SECRET, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * The whole journey through the gateway, on the four real services: a centre
 * submits and accepts a request, matching offers it, the first lawyer
 * declines, the next one is offered it and accepts, the lawyer works the case
 * and closes it, the citizen gives feedback with the one-time token, and a
 * supervisor audits the trail and verifies the ledger. Lawyers follow their
 * offers by subscription and see only their own.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('journey through the gateway', () => {
  let net: TestNetwork;
  let url: string;
  const tokens: Record<string, string> = {};
  const notifications = join(mkdtempSync(join(tmpdir(), 'journey-')), 'notifications.jsonl');
  const clients: Client[] = [];

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({
      label: 'journey',
      services: ['intake', 'matching', 'case-tracking', 'oversight'],
      gateway: true,
      extraEnv: {
        intake: { INTAKE_NOTIFICATION_FILE: notifications },
        matching: { MATCHING_TIMER_POLL_MS: '200', MATCHING_INDEX_REFRESH_MS: '300' },
        'case-tracking': { CASES_TIMER_POLL_MS: '500' },
        oversight: { OVERSIGHT_TIMER_POLL_MS: '500', OVERSIGHT_CHECKPOINT_EVERY: '10' },
      },
    });
    url = net.graphqlUrl!;
    await loadDemoData({ jwtSecret: TEST_JWT_SECRET, graphqlUrl: url });
    for (const u of DEMO_USERS) tokens[u.sub] = await tokenFor(u);
  }, 120000);

  afterAll(async () => {
    for (const c of clients) c.dispose();
    await net?.stopAll();
  });

  const call = async (who: string | null, query: string, variables: Json = {}): Promise<Json> => {
    const r = await gql<Json>(url, query, variables, who ? tokens[who] : undefined);
    if (r.errors) throw new Error(`${who}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };

  function subscribe(who: string, query: string, variables: Json = {}) {
    const client = createClient({ url, headers: { authorization: `Bearer ${tokens[who]}` }, retryAttempts: 0 });
    clients.push(client);
    const received: Json[] = [];
    client.subscribe({ query, variables }, { next: (v) => received.push(v as Json), error: () => undefined, complete: () => undefined });
    return received;
  }

  const LAWYERS = ['demo-lawyer-1', 'demo-lawyer-2', 'demo-officer'];
  const PROVIDER_OF: Record<string, string> = { 'demo-lawyer-1': 'prov-lawyer-1', 'demo-lawyer-2': 'prov-lawyer-2', 'demo-officer': 'prov-officer-1' };
  let requestId: string;
  let referralId: string;
  let firstLawyer: string;
  let secondLawyer: string;
  let caseId: string;
  const offersSeen: Record<string, Json[]> = {};

  it('the providers are registered and visible', async () => {
    const d = await call('demo-staff', '{ providers(first: 10, filter: { provinceCode: "79" }) { edges { node { id kind organisation { id kind } } } } }');
    expect(d.providers.edges.map((e: Json) => e.node.id).sort()).toEqual(['prov-adviser-1', 'prov-lawyer-1', 'prov-lawyer-2', 'prov-officer-1']);
  });

  it('centre staff submit a request and accept it after screening', async () => {
    for (const l of LAWYERS) offersSeen[l] = subscribe(l, 'subscription { offerReceived { offerId requestId event { type } } }');
    await new Promise((r) => setTimeout(r, 500));
    const submitted = await call('demo-staff', 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId status } }', {
      input: {
        channel: 'WALK_IN',
        centreId: DEMO.centre,
        applicant: { fullName: 'Lò Thị Mai', phone: '0987654321', address: { provinceCode: '79', communeCode: '26734' } },
        fieldOfLaw: 'CIVIL',
        aidForm: 'PROCEEDINGS',
        summary: 'Tranh chấp hợp đồng vay tài sản',
        consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER', 'FEEDBACK_CONTACT'], givenBy: 'APPLICANT', method: 'WRITTEN' },
        claimedEligibilityGroup: 'POOR_HOUSEHOLD',
      },
    });
    expect(submitted.submitLegalAidRequest.status).toBe('RECEIVED');
    requestId = submitted.submitLegalAidRequest.requestId;
    const accepted = await call('demo-staff', 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status registerNumber } }', {
      input: { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] },
    });
    expect(accepted.acceptLegalAidRequest.status).toBe('ACCEPTED');
  });

  const REFERRAL = `query($id: ID!) { legalAidRequest(id: $id) { status downstreamStatus referral { referralId status offers { offerId providerId status } } } }`;

  it('matching offers it to one lawyer, who alone is told by subscription', async () => {
    let last: Json = {};
    const view = await eventually(async () => {
      const d = await call('demo-staff', REFERRAL, { id: requestId });
      last = d;
      return d.legalAidRequest.referral?.offers?.some((o: Json) => o.status === 'OPEN') ? d.legalAidRequest : undefined;
    }, 30000, 'a first offer').catch(async (err: Error) => {
      // Say why: the referral's rankings explain every exclusion.
      const why = await gql<Json>(url, 'query($id: ID!) { legalAidRequest(id: $id) { referral { status rankings { candidateCount excludedByReason { reason count } } } } }', { id: requestId }, tokens['demo-staff']);
      const logs = [...net.processes.values()].flatMap((p) => p.lines.filter((l) => /"level":(40|50)/.test(l)).map((l) => `${p.name}: ${l.slice(0, 400)}`));
      throw new Error(`${err.message}; last view ${JSON.stringify(last)}; rankings ${JSON.stringify(why)}\n${logs.join('\n')}`);
    });
    referralId = view.referral.referralId;
    const open = view.referral.offers.find((o: Json) => o.status === 'OPEN');
    firstLawyer = LAWYERS.find((l) => PROVIDER_OF[l] === open.providerId)!;
    expect(firstLawyer).toBeDefined();
    await eventually(async () => (offersSeen[firstLawyer].length > 0 ? true : undefined), 10000, 'the offer by subscription');
    expect(offersSeen[firstLawyer][0].data.offerReceived).toMatchObject({ offerId: open.offerId, requestId });
    for (const l of LAWYERS.filter((x) => x !== firstLawyer)) expect(offersSeen[l]).toEqual([]);
    const mine = await call(firstLawyer, '{ myOffers { edges { node { offerId status requestId } } } }');
    expect(mine.myOffers.edges.map((e: Json) => e.node)).toEqual([{ offerId: open.offerId, status: 'OPEN', requestId }]);
  });

  it('the first lawyer declines; the matter is offered again to another, who accepts', async () => {
    const mine = await call(firstLawyer, '{ myOffers { edges { node { offerId } } } }');
    // The whole payload is the lawyer's to read: the referral's state and their own offer.
    const declined = await call(firstLawyer, 'mutation($input: DeclineOfferInput!) { declineOffer(input: $input) { referralId status offer { offerId status declineReason } } }', {
      input: { offerId: mine.myOffers.edges[0].node.offerId, reason: 'CAPACITY' },
    });
    expect(declined.declineOffer.referralId).toBe(referralId);
    expect(declined.declineOffer.offer).toEqual({ offerId: mine.myOffers.edges[0].node.offerId, status: 'DECLINED', declineReason: 'CAPACITY' });
    const second = await eventually(async () => {
      const d = await call('demo-staff', REFERRAL, { id: requestId });
      return d.legalAidRequest.referral.offers.find((o: Json) => o.status === 'OPEN');
    }, 30000, 'a second offer');
    secondLawyer = LAWYERS.find((l) => PROVIDER_OF[l] === second.providerId)!;
    expect(secondLawyer).not.toBe(firstLawyer);
    await eventually(async () => (offersSeen[secondLawyer].length > 0 ? true : undefined), 10000, 'the second offer by subscription');
    // The first lawyer's subscription never carried the second lawyer's offer.
    expect(offersSeen[firstLawyer]).toHaveLength(1);
    const accepted = await call(secondLawyer, 'mutation($id: ID!) { acceptOffer(offerId: $id) { status assignedProviderId } }', { id: second.offerId });
    expect(accepted.acceptOffer).toEqual({ status: 'ASSIGNED', assignedProviderId: PROVIDER_OF[secondLawyer] });
  });

  it('a case opens for the lawyer, who records activity and closes it; the request joins it all', async () => {
    const found = await eventually(async () => {
      const d = await call(secondLawyer, '{ cases { edges { node { id requestId state } } } }');
      return d.cases.edges.map((e: Json) => e.node).find((c: Json) => c.requestId === requestId);
    }, 30000, 'the case to open');
    caseId = found.id;
    const updates = subscribe(secondLawyer, 'subscription($id: ID!) { caseUpdated(id: $id) { caseId status event { type } } }', { id: caseId });
    await new Promise((r) => setTimeout(r, 300));
    const contact = await call(secondLawyer, 'query($id: ID!) { applicantContact(requestId: $id) { fullName phone } }', { id: requestId });
    expect(contact.applicantContact).toEqual({ fullName: 'Lò Thị Mai', phone: '0987654321' });
    const ACTIVITY = 'mutation($input: RecordCaseActivityInput!) { recordCaseActivity(input: $input) { state case { activities { kind } } } }';
    const now = new Date().toISOString();
    await call(secondLawyer, ACTIVITY, { input: { caseId, kind: 'FIRST_CONTACT', performedAt: now, hours: 0.5 } });
    const after = await call(secondLawyer, ACTIVITY, { input: { caseId, kind: 'CONSULTATION', performedAt: now, hours: 2, note: 'Đã tư vấn về thời hiệu khởi kiện' } });
    expect(after.recordCaseActivity.state).toBe('IN_PROGRESS');
    expect(after.recordCaseActivity.case.activities.map((a: Json) => a.kind)).toEqual(['FIRST_CONTACT', 'CONSULTATION']);
    const closed = await call(secondLawyer, 'mutation($input: CloseCaseInput!) { closeCase(input: $input) { state case { outcome closure { summary } } } }', {
      input: { caseId, outcome: 'SUCCESSFUL', summary: 'Hòa giải thành, bên vay trả nợ', totalHours: 6 },
    });
    expect(closed.closeCase).toEqual({ state: 'CLOSED', case: { outcome: 'SUCCESSFUL', closure: { summary: 'Hòa giải thành, bên vay trả nợ' } } });
    await eventually(async () => (updates.some((u) => u.data?.caseUpdated?.status === 'CLOSED') ? true : undefined), 10000, 'the case update by subscription');

    const joined = await eventually(async () => {
      const d = await call('demo-staff', 'query($id: ID!) { legalAidRequest(id: $id) { downstreamStatus referral { status } case { id state outcome } timeline { status } } }', { id: requestId });
      return d.legalAidRequest.downstreamStatus === 'CLOSED' ? d.legalAidRequest : undefined;
    }, 20000, 'intake to learn the case closed');
    expect(joined.referral.status).toBe('ASSIGNED');
    expect(joined.case).toEqual({ id: caseId, state: 'CLOSED', outcome: 'SUCCESSFUL' });
  });

  it('the citizen gives feedback with the one-time token, once', async () => {
    const invitation = await eventually(async () => {
      if (!existsSync(notifications)) return undefined;
      return readFileSync(notifications, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Json)
        .find((n) => n.requestId === requestId);
    }, 30000, 'the feedback invitation');
    const FEEDBACK = 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { feedbackId complaintFiled } }';
    const input = { token: invitation.token, rating: 5, answers: { lawyerReachable: true, outcomeExplained: true, paymentRequested: false }, comment: 'Luật sư rất tận tình' };
    const given = await eventually(async () => {
      const r = await gql<Json>(url, FEEDBACK, { input });
      return r.data?.submitFeedback ?? undefined;
    }, 20000, 'oversight to accept the token');
    expect(given.complaintFiled).toBe(false);
    const again = await gql<Json>(url, FEEDBACK, { input });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    // The original comment stays with intake, sealed; it opens only with intake's key.
    const conn = await mongoose.createConnection(testServers().mongoUrl, { dbName: net.env.intake.MONGO_DB, bufferCommands: false }).asPromise();
    try {
      const inv = await conn.db!.collection('feedback_invitations').findOne({ requestId });
      expect(inv?.originalText).toMatchObject({ k: expect.any(String), ct: expect.any(String) });
      expect(JSON.stringify(inv)).not.toContain('Luật sư rất tận tình');
      const crypto = new PersonalDataCrypto(PersonalDataCrypto.parseKeys(net.env.intake.INTAKE_DATA_KEYS), net.env.intake.INTAKE_ACTIVE_KEY_ID, Buffer.from(net.env.intake.INTAKE_INDEX_KEY, 'base64'));
      expect(JSON.parse(crypto.open(inv!.originalText, `feedback:${String(inv!._id)}`))).toEqual({ comment: 'Luật sư rất tận tình', complaint: null });
    } finally {
      await conn.close();
    }
  });

  it('a supervisor audits the trail and verifies the ledger, without personal data', async () => {
    const trail = await eventually(async () => {
      const d = await call('demo-supervisor', 'query($id: ID!) { auditTrail(requestId: $id) { entries { sequence type inTrail } } }', { id: requestId });
      const types = d.auditTrail.entries.filter((e: Json) => e.inTrail).map((e: Json) => e.type);
      return types.includes('cases.case.closed') ? d.auditTrail : undefined;
    }, 30000, 'the ledger to hold the trail');
    const types = trail.entries.filter((e: Json) => e.inTrail).map((e: Json) => e.type);
    expect(types).toEqual(expect.arrayContaining(['intake.request.received', 'intake.request.accepted', 'matching.offer.declined', 'matching.referral.assigned', 'cases.case.opened', 'cases.case.closed']));
    const full = await gql<Json>(url, 'query($id: ID!) { auditTrail(requestId: $id) { document } }', { id: requestId }, tokens['demo-supervisor']);
    expect(JSON.stringify(full)).not.toMatch(/Lò Thị Mai|0987654321|Hòa giải thành/);
    const verified = await call('demo-supervisor', '{ verifyAuditLedger { ok checkedEntries firstBroken { sequence } } }');
    expect(verified.verifyAuditLedger.ok).toBe(true);
    expect(verified.verifyAuditLedger.checkedEntries).toBeGreaterThanOrEqual(trail.entries.length);
    const request = await call('demo-supervisor', 'query($id: ID!) { legalAidRequest(id: $id) { status applicant { fullName } } }', { id: requestId });
    expect(request.legalAidRequest.applicant).toBeNull();
  });

  it('a stopped service answers SERVICE_UNAVAILABLE within the timeout', async () => {
    await net.stop('oversight');
    const t0 = Date.now();
    const r = await gql<Json>(url, '{ verifyAuditLedger { ok } }', {}, tokens['demo-supervisor']);
    expect(r.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - t0).toBeLessThan(Number(net.env.gateway.SERVICE_TIMEOUT_MS) + 1000);
    const ready = await fetch(url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
  });
});
