import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MatchingRpc, type OfferDecision } from '@legalaid/contracts';
import { getNamedType } from 'graphql';
import { buildSchema } from '../src/schema.js';
import { answer, gql, startTestGateway, token } from './helpers.js';

/**
 * A lawyer reads the whole answer to their offer decision: the payload holds
 * the referral's state and their own offer, never fields of the referral
 * that only the centre may read (its other offers, its rankings).
 */
const OFFER = {
  offerId: 'off-1',
  referralId: 'ref-1',
  requestId: '0190a6f1-7a3b-7c2d-8e4f-5a6b7c8d9e0f',
  providerId: 'prov-1',
  organisationId: 'bar-hcm',
  fieldOfLaw: 'LAND',
  aidForm: 'ADVICE',
  provinceCode: '79',
  communeCode: null,
  language: 'vie',
  urgent: false,
  round: 1,
  attempt: 1,
  offeredAt: '2026-11-30T08:00:00.000Z',
  expiresAt: '2026-11-30T10:00:00.000Z',
  conflictCheck: null,
} as const;
const decision = (status: 'ACCEPTED' | 'DECLINED'): OfferDecision => ({
  referralId: 'ref-1',
  requestId: OFFER.requestId,
  status: status === 'ACCEPTED' ? 'ASSIGNED' : 'OFFERED',
  fieldOfLaw: 'LAND',
  aidForm: 'ADVICE',
  createdAt: '2026-11-30T07:59:00.000Z',
  assignedProviderId: status === 'ACCEPTED' ? 'prov-1' : null,
  assignedOrganisationId: status === 'ACCEPTED' ? 'bar-hcm' : null,
  offer: { ...OFFER, status, respondedAt: '2026-11-30T08:30:00.000Z', declineReason: status === 'DECLINED' ? 'CAPACITY' : null },
});

describe('mutation payloads a lawyer may read in full', () => {
  let g: Awaited<ReturnType<typeof startTestGateway>>;
  let lawyer: string;
  beforeAll(async () => {
    g = await startTestGateway();
    lawyer = await token({ sub: 'lawyer-1', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-1' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('declineOffer answers the decline and the lawyer’s offer, without reading the referral', async () => {
    const matching = await answer(MatchingRpc.declineOffer, () => ({ ok: true, data: decision('DECLINED') }));
    const referral = await answer(MatchingRpc.referral, () => ({ ok: false, error: { code: 'REFERRAL_NOT_FOUND', message: 'no referral ref-1' } }));
    try {
      const r = await gql(g.url, 'mutation($input: DeclineOfferInput!) { declineOffer(input: $input) { referralId requestId status assignedProviderId offer { offerId status declineReason respondedAt } } }', { input: { offerId: 'off-1', reason: 'CAPACITY' } }, lawyer);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({
        declineOffer: { referralId: 'ref-1', requestId: OFFER.requestId, status: 'OFFERED', assignedProviderId: null, offer: { offerId: 'off-1', status: 'DECLINED', declineReason: 'CAPACITY', respondedAt: '2026-11-30T08:30:00.000Z' } },
      });
      expect(matching.calls).toHaveLength(1);
      expect(referral.calls).toHaveLength(0);
    } finally {
      await Promise.all([matching.close(), referral.close()]);
    }
  });

  it('acceptOffer answers the assignment and the accepted offer', async () => {
    const matching = await answer(MatchingRpc.acceptOffer, () => ({ ok: true, data: decision('ACCEPTED') }));
    try {
      const r = await gql(g.url, 'mutation($id: ID!) { acceptOffer(offerId: $id) { status assignedProviderId offer { status } } }', { id: 'off-1' }, lawyer);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ acceptOffer: { status: 'ASSIGNED', assignedProviderId: 'prov-1', offer: { status: 'ACCEPTED' } } });
    } finally {
      await matching.close();
    }
  });

  it('the payload has no field the lawyer could not read (no offers list, no rankings)', async () => {
    const r = await gql(g.url, 'mutation { declineOffer(input: { offerId: "off-1", reason: CAPACITY }) { offers { offerId } } }', {}, lawyer);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].message).toMatch(/Cannot query field "offers" on type "OfferDecisionPayload"/);
  });

  it('assignReferral answers an organisation admin the placement and its provider, without reading the referral', async () => {
    const admin = await token({ sub: 'admin-bar', role: 'ORG_ADMIN', org: 'bar-hcm' });
    const placed = { referralId: 'ref-1', requestId: OFFER.requestId, status: 'ASSIGNED', fieldOfLaw: 'LAND', aidForm: 'ADVICE', createdAt: '2026-11-30T07:59:00.000Z', assignedProviderId: 'prov-1', assignedOrganisationId: 'bar-hcm', round: 1, version: 4 };
    const matching = await answer(MatchingRpc.assignReferral, () => ({ ok: true, data: placed }));
    const referral = await answer(MatchingRpc.referral, () => ({ ok: false, error: { code: 'REFERRAL_NOT_FOUND', message: 'no referral ref-1' } }));
    try {
      const r = await gql(g.url, 'mutation($input: AssignReferralInput!) { assignReferral(input: $input) { referralId requestId status assignedProviderId assignedOrganisationId version } }', { input: { referralId: 'ref-1', providerId: 'prov-1' } }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ assignReferral: { referralId: 'ref-1', requestId: OFFER.requestId, status: 'ASSIGNED', assignedProviderId: 'prov-1', assignedOrganisationId: 'bar-hcm', version: 4 } });
      expect(matching.calls).toHaveLength(1);
      expect(referral.calls).toHaveLength(0);
    } finally {
      await Promise.all([matching.close(), referral.close()]);
    }
  });

  it('no mutation answers a type with fields only some readers may read (the referral, the case, the request)', () => {
    const schema = buildSchema();
    const restricted = new Set(['Referral', 'Case', 'LegalAidRequest']);
    for (const name of restricted) expect(schema.getType(name)).toBeDefined();
    const offending = Object.values(schema.getMutationType()!.getFields())
      .filter((f) => restricted.has(getNamedType(f.type).name))
      .map((f) => `${f.name}: ${getNamedType(f.type).name}`);
    expect(offending).toEqual([]);
  });
});
