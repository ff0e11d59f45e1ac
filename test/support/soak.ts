import { expect } from '@jest/globals';
import { DEMO, DEMO_PROVIDERS, loadDemoData } from '../../infra/src/cli/demo.js';
import { eventually, gql, TEST_JWT_SECRET, tokenFor } from './network.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The soak run: `journeys` concurrent journeys through the gateway at `url`
 * (one gateway, or several behind one address): each request is submitted,
 * accepted, offered, taken by whichever provider was offered it, worked and
 * closed. At the end every request is in the same end state in every
 * service, each case opened once, each event on the ledger once, and the
 * ledger verifies.
 */
export async function soakRun(url: string, journeys: number): Promise<void> {
  await loadDemoData({ jwtSecret: TEST_JWT_SECRET, graphqlUrl: url });
  const staff = await tokenFor({ sub: 'soak-staff', role: 'CENTRE_STAFF', org: DEMO.centre });
  const supervisor = await tokenFor({ sub: 'soak-supervisor', role: 'SUPERVISOR', org: DEMO.front });
  const providerTokens = new Map<string, string>();
  for (const p of DEMO_PROVIDERS) providerTokens.set(p.providerId, await tokenFor({ sub: `soak-${p.providerId}`, role: 'LAWYER', org: p.organisationId, providerId: p.providerId }));
  const JOURNEYS = journeys;

  const call = async (token: string, query: string, variables: Json = {}): Promise<Json> => {
    const r = await gql<Json>(url, query, variables, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors).slice(0, 500));
    return r.data!;
  };

  async function journey(i: number): Promise<{ requestId: string; caseId: string; providerId: string }> {
    const submitted = await call(staff, 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }', {
      input: {
        channel: i % 2 ? 'HOTLINE' : 'WALK_IN',
        centreId: DEMO.centre,
        applicant: { fullName: `Người dân số ${i}`, idNumber: String(790100000000 + i), address: { provinceCode: '79', communeCode: '26737' } },
        fieldOfLaw: i % 3 ? 'MARRIAGE_FAMILY' : 'LABOUR',
        aidForm: 'ADVICE',
        summary: `Vụ việc số ${i}`,
        consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
      },
    });
    const requestId = submitted.submitLegalAidRequest.requestId as string;
    await call(staff, 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }', {
      input: { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] },
    });
    // Whoever is offered the matter takes it.
    const offer = await eventually(async () => {
      const d = await call(staff, 'query($id: ID!) { legalAidRequest(id: $id) { referral { offers { offerId providerId status } } } }', { id: requestId });
      return d.legalAidRequest.referral?.offers?.find((o: Json) => o.status === 'OPEN');
    }, 60000, `an offer for journey ${i}`);
    const lawyer = providerTokens.get(offer.providerId)!;
    await call(lawyer, 'mutation($id: ID!) { acceptOffer(offerId: $id) { status } }', { id: offer.offerId });
    const found = await eventually(async () => {
      const d = await call(lawyer, '{ cases(first: 100) { edges { node { id requestId state } } } }');
      return d.cases.edges.map((e: Json) => e.node).find((c: Json) => c.requestId === requestId);
    }, 60000, `the case of journey ${i}`);
    const now = new Date().toISOString();
    await call(lawyer, 'mutation($input: RecordCaseActivityInput!) { recordCaseActivity(input: $input) { state } }', { input: { caseId: found.id, kind: 'FIRST_CONTACT', performedAt: now, hours: 1 } });
    await call(lawyer, 'mutation($input: CloseCaseInput!) { closeCase(input: $input) { state } }', { input: { caseId: found.id, outcome: 'ADVICE_GIVEN', summary: 'Đã tư vấn', totalHours: 1 } });
    return { requestId, caseId: found.id, providerId: offer.providerId };
  }

  // Journeys run in waves so that provider capacity (demo providers take 5 to 10 open matters) is never the bottleneck.
  const results: { requestId: string; caseId: string; providerId: string }[] = [];
  for (let start = 0; start < JOURNEYS; start += 6) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(6, JOURNEYS - start) }, (_, k) => journey(start + k)))));
  }
  expect(new Set(results.map((r) => r.requestId)).size).toBe(JOURNEYS);
  expect(new Set(results.map((r) => r.caseId)).size).toBe(JOURNEYS);

  for (const r of results) {
    const view = await eventually(async () => {
      const d = await call(staff, 'query($id: ID!) { legalAidRequest(id: $id) { status downstreamStatus referral { status assignedProviderId } case { id state outcome } } }', { id: r.requestId });
      return d.legalAidRequest.downstreamStatus === 'CLOSED' ? d.legalAidRequest : undefined;
    }, 60000, `intake to see request ${r.requestId} closed`);
    expect(view).toEqual({
      status: 'ACCEPTED',
      downstreamStatus: 'CLOSED',
      referral: { status: 'ASSIGNED', assignedProviderId: r.providerId },
      case: { id: r.caseId, state: 'CLOSED', outcome: 'ADVICE_GIVEN' },
    });
  }

  // The ledger holds each journey once, in order, and verifies end to end.
  // Oversight reads each context's stream through its own consumer, so one context's events may reach the
  // ledger later than another's: wait until every expected event is there, then check each is there once.
  const expected = ['intake.request.received', 'intake.request.accepted', 'matching.referral.assigned', 'cases.case.opened', 'cases.case.closed'];
  for (const r of results) {
    const trail = await eventually(async () => {
      const d = await call(supervisor, 'query($id: ID!) { auditTrail(requestId: $id) { entries { type inTrail occurredAt } } }', { id: r.requestId });
      const mine = d.auditTrail.entries.filter((e: Json) => e.inTrail);
      const types = mine.map((e: Json) => e.type as string);
      return expected.every((t) => types.includes(t)) ? Object.assign(types, { at: (t: string) => Date.parse(mine[types.indexOf(t)].occurredAt as string) }) : undefined;
    }, 60000, `the trail of ${r.requestId}`);
    for (const once of expected) {
      expect(trail.filter((t: string) => t === once)).toHaveLength(1);
    }
    // Each stream reaches the ledger through its own consumer (two replicas here): the ledger's order is
    // arrival order, so the journey's order is checked on when each event happened.
    expect(trail.at('intake.request.accepted')).toBeLessThan(trail.at('cases.case.closed'));
  }
  const verified = await call(supervisor, '{ verifyAuditLedger { ok checkedEntries firstBroken { sequence } } }');
  expect(verified.verifyAuditLedger).toMatchObject({ ok: true, firstBroken: null });
  expect(verified.verifyAuditLedger.checkedEntries).toBeGreaterThanOrEqual(JOURNEYS * 8);
}
