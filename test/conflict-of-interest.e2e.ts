import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { IntakeRpc, MatchingRpc, type Actor } from '@legalaid/contracts';
import { RpcClient } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * Conflicts of interest without names: intake turns parties into keyed
 * hashes (from the ID number, and from name + birth date); matching learns
 * whom each provider acted for from assignments, and never offers a matter
 * against that person to the same provider. A match by name and birth date
 * alone is a possible conflict: the provider confirms there is none before
 * seeing the matter's brief, or declines.
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

  async function submitAndAccept(
    applicant: { fullName: string; idNumber: string },
    opposing: { fullName: string; idNumber?: string; birthDate?: string }[],
    fieldOfLaw: 'MARRIAGE_FAMILY' | 'LAND' = 'MARRIAGE_FAMILY',
  ): Promise<string> {
    const { requestId } = await rpc.call(
      IntakeRpc.submit,
      {
        channel: 'WALK_IN',
        centreId: 'centre-c',
        applicant: { ...applicant, address: { provinceCode: '79', communeCode: '26737' } },
        opposingParties: opposing,
        fieldOfLaw,
        aidForm: 'ADVICE',
        summary: 'Ly hôn',
        consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
      },
      meta(staff),
    );
    await rpc.call(IntakeRpc.accept, { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] }, meta(staff));
    return requestId;
  }

  const referralOf = (requestId: string, status: 'OFFERED' | 'ESCALATED' = 'OFFERED') =>
    eventually(async () => {
      const r = await rpc.call(MatchingRpc.referralForRequest, { requestId }, meta(staff));
      if (!r) return undefined;
      const detail = await rpc.call(MatchingRpc.referral, { referralId: r.referralId }, meta(staff));
      return detail.status === status ? detail : undefined;
    }, 20000, `referral ${status} for ${requestId}`);

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

  it('honours a conflict a provider declared, by hashes computed by intake, never by name: against an opposing party and against the applicant', async () => {
    const landlord = { fullName: 'Phạm Văn Tài', idNumber: '079170005555' };
    const { partyHashes } = await rpc.call(IntakeRpc.partyHash, landlord, meta(lawyer('officer-c')));
    expect(partyHashes).toEqual([expect.stringMatching(/^ph_/)]);
    await expect(rpc.call(IntakeRpc.partyHash, landlord, { actor: { id: 'sup', role: 'SUPERVISOR' }, correlationId: randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rpc.call(IntakeRpc.partyHash, { fullName: landlord.fullName }, meta(lawyer('officer-c')))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await rpc.call(
      MatchingRpc.registerProvider,
      { providerId: 'officer-c', organisationId: 'centre-c', kind: 'LEGAL_AID_OFFICER', displayName: 'Trợ giúp viên officer-c', gender: 'MALE', fieldsOfLaw: ['MARRIAGE_FAMILY'], aidForms: ['ADVICE', 'PROCEEDINGS'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], capacity: 5, declaredConflicts: partyHashes } as never,
      meta(admin),
    );
    const against = await referralOf(await submitAndAccept({ fullName: 'Võ Thị Lan', idNumber: '079190007777' }, [{ fullName: 'PHAM VAN TAI', idNumber: landlord.idNumber }]));
    const ranking = against.rankings.at(-1)!;
    expect(ranking.candidates.map((c) => c.providerId)).not.toContain('officer-c');
    expect(ranking.excluded).toContainEqual({ providerId: 'officer-c', reasons: expect.arrayContaining(['CONFLICT_OF_INTEREST']) });
    // The landlord asks for help himself: the provider who declared a conflict with him is not offered it either.
    const forHim = await referralOf(await submitAndAccept(landlord, [{ fullName: 'Võ Thị Lan', idNumber: '079190007777' }]));
    expect(forHim.rankings.at(-1)!.excluded).toContainEqual({ providerId: 'officer-c', reasons: expect.arrayContaining(['CONFLICT_OF_INTEREST']) });
  });

  it('a party recorded with an ID number and birth date in one place and without the ID in another is a possible conflict: the provider confirms before seeing the brief; namesakes born on other days raise nothing', async () => {
    const neighbour = { fullName: 'Đỗ Văn Lợi', idNumber: '079160001111', birthDate: '1960-05-06' };
    const { partyHashes } = await rpc.call(IntakeRpc.partyHash, neighbour, meta(lawyer('officer-l')));
    expect(partyHashes).toHaveLength(2);
    await rpc.call(
      MatchingRpc.registerProvider,
      { providerId: 'officer-l', organisationId: 'centre-c', kind: 'LEGAL_AID_OFFICER', displayName: 'Trợ giúp viên officer-l', gender: 'MALE', fieldsOfLaw: ['LAND'], aidForms: ['ADVICE'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], capacity: 10, declaredConflicts: partyHashes } as never,
      meta(admin),
    );

    // Recorded without the ID number, spelled without diacritics: a possible conflict.
    const possible = await referralOf(await submitAndAccept({ fullName: 'Hồ Thị Mai', idNumber: '079195002222' }, [{ fullName: 'DO VAN LOI', birthDate: neighbour.birthDate }], 'LAND'));
    expect(possible.rankings.at(-1)!.candidates).toEqual([expect.objectContaining({ providerId: 'officer-l', possibleConflict: true })]);
    const pending = possible.offers.find((o) => o.status === 'OPEN')!;
    expect(pending).toMatchObject({ providerId: 'officer-l', conflictCheck: 'PENDING' });
    const mine = async () => (await rpc.call(MatchingRpc.myOffers, { includeClosed: false, page: { first: 20 } }, meta(lawyer('officer-l')))).nodes.find((o) => o.offerId === pending.offerId)!;
    // "Possible conflict — confirm": the brief is withheld and the offer cannot be accepted yet.
    expect(await mine()).toMatchObject({ conflictCheck: 'PENDING', communeCode: null, language: null });
    await expect(rpc.call(MatchingRpc.acceptOffer, { offerId: pending.offerId }, meta(lawyer('officer-l')))).rejects.toMatchObject({ code: 'CONFLICT_CHECK_PENDING' });
    await expect(rpc.call(MatchingRpc.clearConflictCheck, { offerId: pending.offerId }, meta(lawyer('officer-a')))).rejects.toMatchObject({ code: 'OFFER_NOT_YOURS' });
    await rpc.call(MatchingRpc.clearConflictCheck, { offerId: pending.offerId }, meta(lawyer('officer-l')));
    expect(await mine()).toMatchObject({ conflictCheck: 'CLEARED', communeCode: '26737', language: 'vie' });
    expect((await rpc.call(MatchingRpc.acceptOffer, { offerId: pending.offerId }, meta(lawyer('officer-l')))).status).toBe('ASSIGNED');

    // A namesake born on another day: no check at all.
    const namesake = await referralOf(await submitAndAccept({ fullName: 'Lý Văn Sơn', idNumber: '079185003333' }, [{ fullName: neighbour.fullName, birthDate: '1975-01-01' }], 'LAND'));
    expect(namesake.offers.find((o) => o.status === 'OPEN')).toMatchObject({ providerId: 'officer-l', conflictCheck: null });

    // By the ID number alone: a conflict, the provider is left out (and nobody else practises land law here).
    const byId = await referralOf(await submitAndAccept({ fullName: 'Mai Thị Cúc', idNumber: '079192004444' }, [{ fullName: 'Đỗ V. Lợi', idNumber: neighbour.idNumber }], 'LAND'), 'ESCALATED');
    expect(byId.rankings.at(-1)!.excluded).toContainEqual({ providerId: 'officer-l', reasons: expect.arrayContaining(['CONFLICT_OF_INTEREST']) });
  });
});
