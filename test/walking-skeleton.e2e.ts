import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * One request travels for real: GraphQL mutation → gateway → intake (stored,
 * personal data encrypted, RECEIVED) → staff screening accepts it → JetStream
 * → matching (referral recorded), and the query joins what both services know.
 */
describe('walking skeleton', () => {
  let net: TestNetwork;
  let staff: string;

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({ label: 'skeleton', services: ['intake', 'matching'], gateway: true });
    staff = await tokenFor({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
  });
  afterAll(async () => {
    await net?.stopAll();
  });

  const SUBMIT = /* GraphQL */ `
    mutation Submit($input: SubmitLegalAidRequestInput!) {
      submitLegalAidRequest(input: $input) { requestId status }
    }`;
  const GET = /* GraphQL */ `
    query Get($id: ID!) {
      legalAidRequest(id: $id) { id status registerNumber applicantRef applicant { fullName } referral { referralId status } }
    }`;
  const ACCEPT = /* GraphQL */ `
    mutation Accept($input: AcceptLegalAidRequestInput!) {
      acceptLegalAidRequest(input: $input) { requestId status }
    }`;
  const input = {
    channel: 'HOTLINE',
    centreId: 'centre-hcm',
    applicant: { fullName: 'Trần Thị Bình', phone: '0912345678', idNumber: '079123456789', address: { provinceCode: '79', communeCode: '26737' } },
    fieldOfLaw: 'MARRIAGE_FAMILY',
    aidForm: 'ADVICE',
    summary: 'Divorce and custody of two children',
    claimedEligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE',
    urgencyReasons: ['VIOLENCE'],
    consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
  };

  it('submits through the gateway, is accepted by staff screening and referred by matching', async () => {
    const submitted = await gql<{ submitLegalAidRequest: { requestId: string; status: string } }>(net.graphqlUrl!, SUBMIT, { input }, staff);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitLegalAidRequest.status).toBe('RECEIVED');
    const id = submitted.data!.submitLegalAidRequest.requestId;

    // Staff screening replaced the skeleton's automatic acceptance (DESIGN.md §6). A victim of violence
    // is asked about the provider's gender first: without the answer the gateway says what is missing.
    const unasked = await gql(net.graphqlUrl!, ACCEPT, { input: { requestId: id, eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION', 'FINANCIAL_DIFFICULTY_PROOF'] } }, staff);
    expect(unasked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROVIDER_GENDER_PREFERENCE_REQUIRED', details: [expect.objectContaining({ path: 'providerGenderPreference' })] });
    const accepted = await gql<{ acceptLegalAidRequest: { requestId: string; status: string } }>(
      net.graphqlUrl!,
      ACCEPT,
      { input: { requestId: id, eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION', 'FINANCIAL_DIFFICULTY_PROOF'], providerGenderPreference: 'NO_PREFERENCE' } },
      staff,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptLegalAidRequest.status).toBe('ACCEPTED');

    const view = await eventually(async () => {
      const r = await gql<{ legalAidRequest: { status: string; registerNumber: string; applicantRef: string; applicant: { fullName: string }; referral: { referralId: string; status: string } | null } }>(
        net.graphqlUrl!,
        GET,
        { id },
        staff,
      );
      return r.data?.legalAidRequest.referral ? r.data.legalAidRequest : undefined;
    }, 20000, 'matching to hold a referral');
    expect(view.status).toBe('ACCEPTED');
    expect(view.registerNumber).toMatch(/^\d{4}\/centre-hcm\/\d{5}$/);
    expect(view.applicant.fullName).toBe('Trần Thị Bình');
    expect(view.applicantRef).toMatch(/^ap_/);
    // With no provider registered, matching escalates the referral to the centre's own officers.
    expect(view.referral).toEqual({ referralId: expect.stringMatching(/^ref-/), status: expect.stringMatching(/^(PENDING|OFFERED|ESCALATED)$/) });
  });

  it('refuses a request without a token and stores nothing', async () => {
    const r = await gql(net.graphqlUrl!, SUBMIT, { input });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses invalid input with BAD_USER_INPUT naming the field', async () => {
    const r = await gql(net.graphqlUrl!, SUBMIT, { input: { ...input, applicant: { ...input.applicant, phone: 'call me' } } }, staff);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).toContain('applicant.phone');
  });

  it('does not show the applicant to staff of another centre', async () => {
    const submitted = await gql<{ submitLegalAidRequest: { requestId: string } }>(net.graphqlUrl!, SUBMIT, { input }, staff);
    const other = await tokenFor({ sub: 'staff-2', role: 'CENTRE_STAFF', org: 'centre-other' });
    const r = await gql(net.graphqlUrl!, GET, { id: submitted.data!.submitLegalAidRequest.requestId }, other);
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
