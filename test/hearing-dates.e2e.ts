import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { CasesRpc, IntakeRpc, MatchingRpc, type Actor } from '@legalaid/contracts';
import { RpcClient } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * A hearing named by the referring court travels from intake's acceptance
 * through matching's referral and assignment to the case, under its own
 * name: however far away it is, and beside a procedural body's
 * defence-counsel deadline, the case holds a HEARING deadline at the
 * hearing's time.
 */
describe('hearing dates from intake to the case', () => {
  let net: TestNetwork;
  let rpc: RpcClient;
  const staff: Actor = { id: 'staff-h', role: 'CENTRE_STAFF', organisationId: 'centre-h' };
  const admin: Actor = { id: 'admin-h', role: 'ADMIN' };
  const lawyer = (providerId: string): Actor => ({ id: `u-${providerId}`, role: 'LAWYER', organisationId: 'centre-h', providerId });
  const meta = (actor: Actor) => ({ actor, correlationId: randomUUID() });

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({ label: 'hearing', services: ['intake', 'matching', 'case-tracking'] });
    rpc = await RpcClient.connect({ servers: testServers().natsUrl, name: 'hearing-test', timeoutMs: 5000 });
    await rpc.call(MatchingRpc.registerOrganisation, { organisationId: 'centre-h', kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm (h)', provinceCode: '79' }, meta(admin));
    await rpc.call(
      MatchingRpc.registerProvider,
      { providerId: 'officer-h', organisationId: 'centre-h', kind: 'LEGAL_AID_OFFICER', displayName: 'Trợ giúp viên h', gender: 'FEMALE', fieldsOfLaw: ['CRIMINAL'], aidForms: ['PROCEEDINGS'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], capacity: 10 } as never,
      meta(admin),
    );
  });
  afterAll(async () => {
    await rpc?.close();
    await net?.stopAll();
  });

  /** Submits a court referral, accepts it, accepts the offer and returns the opened case. */
  async function caseFor(referral: { hearingAt: string; defenceCounselRequested: boolean }) {
    const { requestId } = await rpc.call(
      IntakeRpc.submit,
      {
        channel: 'REFERRAL_COURT',
        centreId: 'centre-h',
        applicant: { fullName: 'Lê Văn Bị Cáo', birthDate: '1990-01-01', address: { provinceCode: '79', communeCode: '26737' } },
        fieldOfLaw: 'CRIMINAL',
        aidForm: 'PROCEEDINGS',
        summary: 'Bị cáo cần người bào chữa',
        referral: { referrerKind: 'COURT', organisation: 'TAND TP. Hồ Chí Minh', ...referral },
        consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
      },
      meta(staff),
    );
    await rpc.call(IntakeRpc.accept, { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] }, meta(staff));
    const offer = await eventually(async () => {
      const r = await rpc.call(MatchingRpc.referralForRequest, { requestId }, meta(staff));
      if (!r) return undefined;
      const detail = await rpc.call(MatchingRpc.referral, { referralId: r.referralId }, meta(staff));
      return detail.offers.find((o) => o.status === 'OPEN');
    }, 30000, `an offer for ${requestId}`);
    await rpc.call(MatchingRpc.acceptOffer, { offerId: offer.offerId }, meta(lawyer(offer.providerId)));
    const summary = await eventually(async () => (await rpc.call(CasesRpc.cases, { requestId, first: 5 }, meta(staff))).items[0], 30000, `the case of ${requestId}`);
    // The acceptance is read by case-tracking on its own stream: wait until both facts are in.
    return eventually(async () => {
      const c = await rpc.call(CasesRpc.case, { caseId: summary.caseId }, meta(staff));
      return c.deadlines.some((d) => d.kind === 'HEARING') ? c : undefined;
    }, 30000, `the hearing deadline of ${requestId}`);
  }

  it('a hearing three months away reaches the case as its HEARING deadline, and the matter is not urgent', async () => {
    const hearingAt = new Date(Date.now() + 90 * 86_400_000);
    hearingAt.setUTCMilliseconds(0);
    const c = await caseFor({ hearingAt: hearingAt.toISOString(), defenceCounselRequested: false });
    const hearing = c.deadlines.filter((d) => d.kind === 'HEARING');
    expect(hearing).toHaveLength(1);
    expect(hearing[0].eventAt).toBe(hearingAt.toISOString());
    expect(c.deadlines.some((d) => d.kind === 'DEFENCE_COUNSEL')).toBe(false);
    expect(c.urgent).toBe(false);
  });

  it('a near hearing and a defence-counsel request each keep their own deadline', async () => {
    const hearingAt = new Date(Date.now() + 3 * 86_400_000);
    hearingAt.setUTCMilliseconds(0);
    const c = await caseFor({ hearingAt: hearingAt.toISOString(), defenceCounselRequested: true });
    const hearing = c.deadlines.filter((d) => d.kind === 'HEARING');
    expect(hearing.map((d) => d.eventAt)).toEqual([hearingAt.toISOString()]);
    const counsel = await eventually(async () => {
      const fresh = await rpc.call(CasesRpc.case, { caseId: c.caseId }, meta(staff));
      return fresh.deadlines.find((d) => d.kind === 'DEFENCE_COUNSEL');
    }, 30000, 'the defence-counsel deadline');
    // 24 hours after receipt (INTAKE_DEFENCE_COUNSEL_HOURS), well before the hearing: not the hearing's time relabelled.
    expect(Date.parse(counsel.dueAt)).toBeLessThan(hearingAt.getTime() - 86_400_000);
    expect(c.urgent).toBe(true);
  });
});
