import { connectNats } from '@legalaid/infra';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection } from '@nats-io/transport-node';
import { CasesRpc, IntakeRpc, MatchingRpc } from '@legalaid/contracts';
import { devToken } from '../gateway/dist/auth.js';
import { DEMO, DEMO_USERS, loadDemoData } from '../infra/src/cli/demo.js';
import { eventually, gql, startNetwork, TEST_JWT_SECRET, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * The operations the centre staff console uses, through the gateway on the
 * four real services: request queue orders and counts, lookup by register
 * number, the matter's details read back (and logged), case lists by next
 * deadline and their counts, totals on the lists that have them, display
 * joins batched into one service call per kind, the organisation directory
 * and letterhead data, centre staff keeping their own officers, labels for
 * every code, and display names from tokens.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('console operations through the gateway', () => {
  let net: TestNetwork;
  let url: string;
  let nc: NatsConnection;
  const tokens: Record<string, string> = {};
  const rpcSeen: string[] = [];
  const PROVIDER_OF: Record<string, string> = { 'demo-lawyer-1': 'prov-lawyer-1', 'demo-lawyer-2': 'prov-lawyer-2', 'demo-officer': 'prov-officer-1' };

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({
      label: 'console_ops',
      services: ['intake', 'matching', 'case-tracking', 'oversight'],
      gateway: true,
      extraEnv: { matching: { MATCHING_TIMER_POLL_MS: '200', MATCHING_INDEX_REFRESH_MS: '300' } },
    });
    url = net.graphqlUrl!;
    await loadDemoData({ jwtSecret: TEST_JWT_SECRET, graphqlUrl: url });
    for (const u of DEMO_USERS) tokens[u.sub] = await tokenFor(u);
    tokens['named-staff'] = await devToken(TEST_JWT_SECRET, { sub: 'staff-lan', role: 'CENTRE_STAFF', org: DEMO.centre, name: 'Nguyễn Thị Lan' });
    tokens['other-staff'] = await tokenFor({ sub: 'staff-hn', role: 'CENTRE_STAFF', org: 'centre-hn' });
    nc = await connectNats({ servers: testServers().natsUrl, name: 'console-ops-test' });
    // Every request the gateway sends to a service, as NATS carries it (the services answer as a queue group; this only listens).
    nc.subscribe('legalaid.rpc.>', { callback: (_e, m) => void rpcSeen.push(m.subject) });
  }, 180000);

  afterAll(async () => {
    await nc?.close();
    await net?.stopAll();
  });

  const call = async (who: string, query: string, variables: Json = {}): Promise<Json> => {
    const r = await gql<Json>(url, query, variables, tokens[who]);
    if (r.errors) throw new Error(`${who}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const codeOf = async (who: string, query: string, variables: Json = {}) => (await gql<Json>(url, query, variables, tokens[who])).errors?.[0]?.extensions?.code;
  const SUBMIT = 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }';
  const submission = (n: number, extra: Json = {}) => ({
    channel: 'WALK_IN',
    centreId: DEMO.centre,
    applicant: { fullName: `Người Thứ ${n}`, phone: `09876500${String(n).padStart(2, '0')}`, address: { provinceCode: '79', communeCode: '26737' } },
    fieldOfLaw: 'CIVIL',
    aidForm: 'ADVICE',
    summary: `Tranh chấp số ${n}`,
    consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER', 'FEEDBACK_CONTACT'], givenBy: 'APPLICANT', method: 'WRITTEN' },
    ...extra,
  });
  const ids: string[] = [];
  let registerNumber: string;

  it('says who you are, with the name your token gives you', async () => {
    const me = await call('named-staff', '{ me { id role organisationId displayName operations } }');
    expect(me.me).toMatchObject({ id: 'staff-lan', role: 'CENTRE_STAFF', organisationId: DEMO.centre, displayName: 'Nguyễn Thị Lan' });
    expect(me.me.operations).toEqual(expect.arrayContaining(['legalAidRequestDetails', 'caseCounts', 'organisations', 'updateProvider', 'setProviderAvailability']));
    expect(me.me.operations).not.toContain('updateOrganisationContact');
    expect((await call('demo-staff', '{ me { displayName } }')).me.displayName).toBeNull();
  });

  it('lists the queue in the order asked for, finds a request by register number, and counts', async () => {
    for (let n = 1; n <= 3; n++) ids.push((await call('named-staff', SUBMIT, { input: submission(n, n === 2 ? { urgencyReasons: ['VIOLENCE'] } : {}) })).submitLegalAidRequest.requestId);
    const accepted = await call('named-staff', 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { registerNumber } }', {
      input: { requestId: ids[2], eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] },
    });
    registerNumber = accepted.acceptLegalAidRequest.registerNumber;
    await call('named-staff', 'mutation($input: RequestDocumentsInput!) { requestDocuments(input: $input) { status } }', { input: { requestId: ids[0], documents: [{ kind: 'IDENTITY_DOCUMENT' }] } });

    const QUEUE = 'query($order: RequestOrder, $after: String, $filter: RequestFilter) { legalAidRequests(first: 1, after: $after, orderBy: $order, filter: $filter) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const walk = async (order: string, filter: Json = {}) => {
      const out: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page: Json = (await call('named-staff', QUEUE, { order, after, filter })).legalAidRequests;
        out.push(...page.edges.map((e: Json) => e.node.id));
        if (!page.pageInfo.hasNextPage) return out;
        after = page.pageInfo.endCursor;
      }
      throw new Error('the queue did not end');
    };
    expect(await walk('RECEIVED_AT_ASC')).toEqual(ids);
    expect(await walk('RECEIVED_AT_DESC')).toEqual([...ids].reverse());
    expect((await walk('URGENCY'))[0]).toBe(ids[1]);
    expect(await walk('DOCUMENTS_DUE_AT', { status: ['DOCUMENTS_REQUESTED'] })).toEqual([ids[0]]);
    expect(await walk('RECEIVED_AT_ASC', { registerNumber })).toEqual([ids[2]]);
    const badOrder = await gql<Json>(url, QUEUE, { order: 'BY_NAME' }, tokens['named-staff']);
    expect(badOrder.data ?? null).toBeNull();
    expect(badOrder.errors?.[0].message).toContain('RequestOrder');

    const counts = (await call('named-staff', '{ requestCounts { total urgent byStatus { key count } documentsDue { past dueSoon later } } }')).requestCounts;
    expect(counts.total).toBe(3);
    expect(counts.urgent).toBe(1);
    expect(counts.documentsDue.past + counts.documentsDue.dueSoon + counts.documentsDue.later).toBe(1);
    expect((await call('other-staff', '{ requestCounts { total } }')).requestCounts.total).toBe(0);
  });

  it('reads the matter back for the centre, logs it with the reader’s name, and refuses everyone else', async () => {
    const DETAILS = 'query($id: ID!) { legalAidRequestDetails(requestId: $id) { summary opposingParties { fullName } attachedDocuments { kind } referralOfficer { officer } } }';
    expect((await call('named-staff', DETAILS, { id: ids[0] })).legalAidRequestDetails).toEqual({ summary: 'Tranh chấp số 1', opposingParties: [], attachedDocuments: [], referralOfficer: null });
    const log = await call('demo-staff', 'query($id: ID!) { personalDataAccessLog(requestId: $id) { edges { node { actorId actorName fields } } } }', { id: ids[0] });
    expect(log.personalDataAccessLog.edges.map((e: Json) => e.node)).toContainEqual({ actorId: 'staff-lan', actorName: 'Nguyễn Thị Lan', fields: ['summary', 'opposingParties', 'attachedDocuments', 'referralOfficer'] });
    expect(await codeOf('other-staff', DETAILS, { id: ids[0] })).toBe('NOT_FOUND');
    expect(await codeOf('demo-supervisor', DETAILS, { id: ids[0] })).toBe('FORBIDDEN');
    expect(await codeOf('demo-bar-admin', DETAILS, { id: ids[0] })).toBe('FORBIDDEN');
  });

  let lawyer: string;
  it('joins providers onto offers and rankings with one matching call per page', async () => {
    const view = await eventually(async () => {
      const d = await call('demo-staff', 'query($id: ID!) { legalAidRequest(id: $id) { referral { offers { status providerId } } } }', { id: ids[2] });
      return d.legalAidRequest.referral?.offers?.find((o: Json) => o.status === 'OPEN');
    }, 30000, 'an offer for the accepted request');
    lawyer = Object.keys(PROVIDER_OF).find((l) => PROVIDER_OF[l] === view.providerId)!;
    const before = rpcSeen.length;
    const joined = await call(
      'demo-staff',
      'query($id: ID!) { legalAidRequest(id: $id) { referral { offers { provider { displayName } } rankings { candidates { providerId provider { displayName organisation { name } } } excluded { provider { providerId } } } } } }',
      { id: ids[2] },
    );
    const calls = rpcSeen.slice(before);
    const candidates = joined.legalAidRequest.referral.rankings[0].candidates as Json[];
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const c of candidates) expect(c.provider.displayName).toMatch(/^(Luật sư|Trợ giúp viên|Tư vấn viên)/);
    expect(joined.legalAidRequest.referral.offers[0].provider.displayName).toEqual(expect.any(String));
    expect(calls.filter((s) => s === MatchingRpc.providersByIds.subject)).toHaveLength(1);
    expect(calls.filter((s) => s === MatchingRpc.organisationsByIds.subject)).toHaveLength(1);
    expect(calls.filter((s) => s === MatchingRpc.provider.subject)).toHaveLength(0);

    const offers = await call(lawyer, '{ myOffers(first: 1) { totalCount edges { node { offerId provider { providerId } } } } }');
    expect(offers.myOffers.totalCount).toBe(1);
    expect(offers.myOffers.edges[0].node.provider.providerId).toBe(PROVIDER_OF[lawyer]);
    await call(lawyer, 'mutation($id: ID!) { acceptOffer(offerId: $id) { status } }', { id: offers.myOffers.edges[0].node.offerId });
  });

  it('lists cases by next deadline with their provider, and counts them', async () => {
    const row = await eventually(async () => {
      const d = await call('demo-staff', '{ cases(orderBy: NEXT_DEADLINE) { edges { node { caseId requestId nextDeadline { dueAt } provider { displayName } organisation { kind } } } } }');
      return d.cases.edges.map((e: Json) => e.node).find((c: Json) => c.requestId === ids[2]);
    }, 30000, 'the case to open');
    expect(row.provider.displayName).toEqual(expect.any(String));
    expect(row.nextDeadline.dueAt).toEqual(expect.any(String));
    const counts = (await call('demo-staff', '{ caseCounts { total overdue byState { key count } nextDeadline { past dueSoon later } } }')).caseCounts;
    expect(counts).toMatchObject({ total: 1, overdue: 0, byState: [{ key: 'OPEN', count: 1 }] });
    expect(counts.nextDeadline.past + counts.nextDeadline.dueSoon + counts.nextDeadline.later).toBe(1);
    expect((await call(lawyer, '{ caseCounts { total } }')).caseCounts.total).toBe(1);
    expect(await codeOf('demo-staff', '{ caseCounts(filter: { centreId: "centre-hn" }) { total } }')).toBe('FORBIDDEN');
    expect(await codeOf('demo-referrer', '{ caseCounts { total } }')).toBe('FORBIDDEN');
  });

  it('joins a supervision sample’s cases and a finding’s case with one case-tracking call each', async () => {
    const caseId = (await call(lawyer, '{ cases { edges { node { caseId requestId } } } }')).cases.edges.map((e: Json) => e.node).find((c: Json) => c.requestId === ids[2]).caseId;
    await call(lawyer, 'mutation($input: RecordCaseActivityInput!) { recordCaseActivity(input: $input) { state } }', { input: { caseId, kind: 'FIRST_CONTACT', performedAt: new Date().toISOString(), hours: 1 } });
    await call(lawyer, 'mutation($input: CloseCaseInput!) { closeCase(input: $input) { state } }', { input: { caseId, outcome: 'SUCCESSFUL', summary: 'Đã tư vấn xong', totalHours: 1 } });
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    // Oversight learns of the closure from the case-tracking stream: until it has, a plan's sample is empty (and a plan samples once).
    const plan = await eventually(async () => {
      const planId = (await call('demo-supervisor', 'mutation($input: CreateSupervisionPlanInput!) { createSupervisionPlan(input: $input) { planId } }', {
        input: { title: 'Giám sát thử', periodFrom: '2026-01-01', periodTo: today, provinceCodes: ['79'] },
      })).createSupervisionPlan.planId as string;
      const r = await call('demo-supervisor', 'mutation($input: DrawSupervisionSampleInput!) { drawSupervisionSample(input: $input) { sample { caseIds } } }', { input: { planId, size: 1 } });
      return r.drawSupervisionSample.sample.caseIds.length === 1 ? planId : undefined;
    }, 30000, 'a sample with the closed case');
    await call('demo-supervisor', 'mutation($input: RecordFindingInput!) { recordFinding(input: $input) { findingId } }', { input: { planId: plan, caseId, category: 'DEADLINE', severity: 'LOW', note: 'Liên hệ đúng hạn' } });
    const before = rpcSeen.length;
    const read = await call('demo-supervisor', 'query($id: ID) { supervisionPlans(planId: $id) { edges { node { sample { cases { caseId state provider { displayName } } } findings { case { caseId outcome } } } } } }', { id: plan });
    const node = read.supervisionPlans.edges[0].node;
    expect(node.sample.cases).toEqual([{ caseId, state: 'CLOSED', provider: { displayName: expect.any(String) } }]);
    expect(node.findings).toEqual([{ case: { caseId, outcome: 'SUCCESSFUL' } }]);
    expect(rpcSeen.slice(before).filter((s) => s === CasesRpc.casesByIds.subject)).toHaveLength(1);
    expect(rpcSeen.slice(before).filter((s) => s === CasesRpc.case.subject)).toHaveLength(0);
  });

  it('keeps the organisation directory and letterhead data; only the organisation’s admin edits it', async () => {
    const bars = await call('demo-staff', '{ organisations(filter: { kind: BAR_ASSOCIATION, provinceCode: "79" }) { edges { node { id name } } } }');
    expect(bars.organisations.edges.map((e: Json) => e.node.id)).toEqual([DEMO.bar]);
    const UPDATE = 'mutation($input: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $input) { contact { phone email signatoryTitle } version } }';
    const updated = await call('demo-bar-admin', UPDATE, { input: { organisationId: DEMO.bar, contact: { phone: '028 3822 0000', signatoryTitle: 'Chủ nhiệm' } } });
    // The fields given change; the demo's e-mail for the bar organisation stays.
    expect(updated.updateOrganisationContact.contact).toEqual({ phone: '028 3822 0000', email: 'phancong@doanluatsu.example.vn', signatoryTitle: 'Chủ nhiệm' });
    expect(await codeOf('demo-bar-admin', UPDATE, { input: { organisationId: DEMO.centre, contact: { phone: '0281234567' } } })).toBe('FORBIDDEN');
    expect(await codeOf('demo-staff', UPDATE, { input: { organisationId: DEMO.centre, contact: { phone: '0281234567' } } })).toBe('FORBIDDEN');
    expect(await codeOf('demo-bar-admin', UPDATE, { input: { organisationId: DEMO.bar, contact: { email: 'no' } } })).toBe('BAD_USER_INPUT');
  });

  it('lets centre staff keep their own centre’s officers, and refuses another organisation’s provider', async () => {
    const EDIT = 'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { capacity } }';
    expect((await call('demo-staff', EDIT, { input: { providerId: 'prov-officer-1', patch: { capacity: 12 } } })).updateProvider.capacity).toBe(12);
    const AWAY = 'mutation($input: SetProviderAvailabilityInput!) { setProviderAvailability(input: $input) { available } }';
    expect((await call('demo-staff', AWAY, { input: { providerId: 'prov-officer-1', available: true, leave: [] } })).setProviderAvailability.available).toBe(true);
    expect(await codeOf('demo-staff', EDIT, { input: { providerId: 'prov-lawyer-1', patch: { capacity: 1 } } })).toBe('FORBIDDEN');
    expect(await codeOf('demo-staff', AWAY, { input: { providerId: 'prov-lawyer-1', available: false } })).toBe('FORBIDDEN');
    expect(await codeOf('demo-supervisor', EDIT, { input: { providerId: 'prov-officer-1', patch: { capacity: 1 } } })).toBe('FORBIDDEN');
  });

  it('labels every code and event type, and gives each rejection ground its legal basis in both languages', async () => {
    const ref = (await call('demo-staff', '{ referenceData { enumLabels { enum values { code vi en } } eventTypes { code vi } rejectionGrounds { code basis { vi en } } } }')).referenceData;
    const requestStatus = ref.enumLabels.find((e: Json) => e.enum === 'RequestStatus');
    expect(requestStatus.values.find((v: Json) => v.code === 'DOCUMENTS_REQUESTED')).toEqual({ code: 'DOCUMENTS_REQUESTED', vi: 'Chờ bổ sung giấy tờ', en: 'Documents requested' });
    expect(ref.enumLabels.flatMap((e: Json) => e.values).every((v: Json) => v.vi && v.en)).toBe(true);
    expect(ref.eventTypes.find((t: Json) => t.code === 'intake.request.accepted').vi).toBe('Thụ lý yêu cầu');
    expect(ref.rejectionGrounds.find((g: Json) => g.code === 'NOT_ELIGIBLE_PERSON').basis).toEqual({ vi: 'Luật Trợ giúp pháp lý 2017, Điều 7', en: 'Law on Legal Aid 2017, Art. 7' });
    // Without a token too: reference data is public.
    expect((await gql<Json>(url, '{ referenceData { eventTypes { code } } }')).data!.referenceData.eventTypes.length).toBeGreaterThan(40);
    // The rejection letter's basis on the request itself.
    await call('named-staff', 'mutation($input: RejectLegalAidRequestInput!) { rejectLegalAidRequest(input: $input) { status } }', { input: { requestId: ids[1], ground: 'CONFLICT_OF_INTEREST' } });
    const rejected = await call('named-staff', 'query($id: ID!) { legalAidRequest(id: $id) { rejection { ground basis { vi } } consent { recordedBy recordedByName } } }', { id: ids[1] });
    expect(rejected.legalAidRequest.rejection).toEqual({ ground: 'CONFLICT_OF_INTEREST', basis: { vi: 'Luật Trợ giúp pháp lý 2017' } });
    expect(rejected.legalAidRequest.consent).toEqual({ recordedBy: 'staff-lan', recordedByName: 'Nguyễn Thị Lan' });
  });

  it('uses each service operation it names (contracts and gateway agree)', () => {
    for (const def of [IntakeRpc.requestDetails, CasesRpc.caseCounts, MatchingRpc.userNames]) expect(rpcSeen).toContain(def.subject);
  });
});
