import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { IntakeRpc, MatchingRpc, type Actor } from '@legalaid/contracts';
import { RpcClient } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * Conflicts of interest without names: intake turns parties into keyed
 * hashes; matching learns whom each provider acted for from assignments,
 * and never offers a matter against that person to the same provider.
 */
describe('conflict of interest across intake and matching', () => {
  let net: TestNetwork;
  let rpc: RpcClient;
  const staff: Actor = { id: 'staff-c', role: 'CENTRE_STAFF', organisationId: 'centre-c' };
  const admin: Actor = { id: 'admin-c', role: 'ADMIN' };
  const lawyer = (providerId: string): Actor => ({ id: `u-${providerId}`, role: 'LAWYER', organisationId: 'centre-c', providerId });
  const meta = (actor: Actor) => ({ actor, correlationId: randomUUID() });

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({ label: 'conflict', services: ['intake', 'matching'], extraEnv: { matching: { MATCHING_INDEX_REFRESH_MS: '300' } } });
    rpc = await RpcClient.connect({ servers: testServers().natsUrl, name: 'conflict-test', timeoutMs: 5000 });
    await rpc.call(MatchingRpc.registerOrganisation, { organisationId: 'centre-c', kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm (c)', provinceCode: '79' }, meta(admin));
    for (const id of ['officer-a', 'officer-b']) {
      await rpc.call(
        MatchingRpc.registerProvider,
        { providerId: id, organisationId: 'centre-c', kind: 'LEGAL_AID_OFFICER', displayName: `Trợ giúp viên ${id}`, gender: 'FEMALE', fieldsOfLaw: ['MARRIAGE_FAMILY'], aidForms: ['ADVICE', 'PROCEEDINGS'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], capacity: 5 } as never,
        meta(admin),
      );
    }
  });
  afterAll(async () => {
    await rpc?.close();
    await net?.stopAll();
  });

  async function submitAndAccept(applicant: { fullName: string; idNumber: string }, opposing: { fullName: string; idNumber: string }[]): Promise<string> {
    const { requestId } = await rpc.call(
      IntakeRpc.submit,
      {
        channel: 'WALK_IN',
        centreId: 'centre-c',
        applicant: { ...applicant, address: { provinceCode: '79', communeCode: '26737' } },
        opposingParties: opposing,
        fieldOfLaw: 'MARRIAGE_FAMILY',
        aidForm: 'ADVICE',
        summary: 'Ly hôn',
        consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
      },
      meta(staff),
    );
    await rpc.call(IntakeRpc.accept, { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] }, meta(staff));
    return requestId;
  }

  const referralOf = (requestId: string) =>
    eventually(async () => {
      const r = await rpc.call(MatchingRpc.referralForRequest, { requestId }, meta(staff));
      if (!r) return undefined;
      const detail = await rpc.call(MatchingRpc.referral, { referralId: r.referralId }, meta(staff));
      return detail.offers.some((o) => o.status === 'OPEN') ? detail : undefined;
    }, 20000, `an offer for ${requestId}`);

  it('does not offer a matter against a person to the provider who acted for that person', async () => {
    const wife = { fullName: 'Nguyễn Thị Hoa', idNumber: '079188001234' };
    const husband = { fullName: 'Trần Văn Nam', idNumber: '079185004321' };
    // The wife asks for help against her husband; whoever is offered it accepts.
    const first = await referralOf(await submitAndAccept(wife, [husband]));
    const acting = first.offers.find((o) => o.status === 'OPEN')!.providerId;
    await rpc.call(MatchingRpc.acceptOffer, { offerId: first.offers.find((o) => o.status === 'OPEN')!.offerId }, meta(lawyer(acting)));

    // Later the husband asks for help against his wife (spelled without diacritics this time).
    const second = await referralOf(await submitAndAccept(husband, [{ fullName: 'Nguyen Thi Hoa', idNumber: wife.idNumber }]));
    const offeredTo = second.offers.find((o) => o.status === 'OPEN')!.providerId;
    expect(offeredTo).not.toBe(acting);
    const ranking = second.rankings.at(-1)!;
    expect(ranking.candidates.map((c) => c.providerId)).not.toContain(acting);
    expect(ranking.excluded).toContainEqual({ providerId: acting, reasons: expect.arrayContaining(['CONFLICT_OF_INTEREST']) });
    expect(ranking.excludedByReason.CONFLICT_OF_INTEREST).toBe(1);
  });

  it('honours a conflict a provider declared, by a hash computed by intake, never by name', async () => {
    const landlord = { fullName: 'Phạm Văn Tài', idNumber: '079170005555' };
    const { partyHash } = await rpc.call(IntakeRpc.partyHash, landlord, meta(lawyer('officer-c')));
    expect(partyHash).toMatch(/^ph_/);
    await expect(rpc.call(IntakeRpc.partyHash, landlord, { actor: { id: 'sup', role: 'SUPERVISOR' }, correlationId: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await rpc.call(
      MatchingRpc.registerProvider,
      { providerId: 'officer-c', organisationId: 'centre-c', kind: 'LEGAL_AID_OFFICER', displayName: 'Trợ giúp viên officer-c', gender: 'MALE', fieldsOfLaw: ['MARRIAGE_FAMILY'], aidForms: ['ADVICE', 'PROCEEDINGS'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], capacity: 5, declaredConflicts: [partyHash] } as never,
      meta(admin),
    );
    await new Promise((r) => setTimeout(r, 700)); // the provider index catches up (MATCHING_INDEX_REFRESH_MS)
    const referral = await referralOf(await submitAndAccept({ fullName: 'Võ Thị Lan', idNumber: '079190007777' }, [{ fullName: 'PHAM VAN TAI', idNumber: landlord.idNumber }]));
    const ranking = referral.rankings.at(-1)!;
    expect(ranking.candidates.map((c) => c.providerId)).not.toContain('officer-c');
    expect(ranking.excluded).toContainEqual({ providerId: 'officer-c', reasons: expect.arrayContaining(['CONFLICT_OF_INTEREST']) });
  });
});
