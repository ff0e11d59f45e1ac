import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createEvent, DomainError, IntakeRequestAccepted, MatchingRpc, type Actor, type Envelope, type RpcDefinition } from '@legalaid/contracts';
import { Bus, createLogger, RpcClient } from '@legalaid/infra';
import type { z } from 'zod';
import { eventually, startNetwork, type TestNetwork } from '../../../test/support/network.js';
import { resetStreams, testServers } from '../../../test/support/servers.js';

/**
 * What the staff console reads and keeps in matching, on the built process
 * (real NATS JetStream, real database): the organisation directory by kind
 * and province, contact and letterhead data and who may change it, centre
 * staff keeping their own centre's officers, and the batch reads behind the
 * gateway's display joins.
 */
const admin: Actor = { id: 'admin-d', role: 'ADMIN' };
const staff: Actor = { id: 'staff-d', role: 'CENTRE_STAFF', organisationId: 'centre-d' };
const otherStaff: Actor = { id: 'staff-e', role: 'CENTRE_STAFF', organisationId: 'centre-e' };
const barAdmin: Actor = { id: 'bar-admin-d', role: 'ORG_ADMIN', organisationId: 'bar-d' };
const supervisor: Actor = { id: 'sup-d', role: 'SUPERVISOR' };
const officer: Actor = { id: 'user-officer-d', role: 'LAWYER', providerId: 'officer-d', organisationId: 'centre-d' };

describe('matching: directory, contact data, centre officers, batch reads', () => {
  let net: TestNetwork;
  let rpc: RpcClient;
  let bus: Bus;
  let nc: NatsConnection;
  const seen: Envelope[] = [];
  const call = <D extends RpcDefinition>(def: D, input: z.input<D['input']>, actor: Actor): Promise<z.infer<D['output']>> => rpc.call(def, input, { actor, correlationId: randomUUID() });
  const codeOf = async (p: Promise<unknown>) => p.then(() => 'no error', (e: DomainError) => e.code);

  beforeAll(async () => {
    const { natsUrl } = testServers();
    await resetStreams(natsUrl);
    net = await startNetwork({ label: 'matching_directory', services: ['matching'], extraEnv: { matching: { MATCHING_INDEX_REFRESH_MS: '300' } } });
    rpc = await RpcClient.connect({ servers: natsUrl, name: 'directory-test-rpc', timeoutMs: 8000 });
    bus = await Bus.connect({ servers: natsUrl, name: 'directory-test', logger: createLogger('directory-test', 'silent') });
    nc = await connect({ servers: natsUrl });
    nc.subscribe('legalaid.matching.>', { callback: (_e, m) => void seen.push(m.json() as Envelope) });
    await call(MatchingRpc.registerOrganisation, { organisationId: 'bar-d', kind: 'BAR_ASSOCIATION', name: 'Đoàn Luật sư D', provinceCode: '79' }, admin);
    await call(
      MatchingRpc.registerOrganisation,
      {
        organisationId: 'centre-d',
        kind: 'LEGAL_AID_CENTRE',
        name: 'Trung tâm TGPL D',
        provinceCode: '79',
        contact: { address: '21 Lý Tự Trọng, Phường Sài Gòn', phone: '028 3829 0000', signatoryTitle: 'Giám đốc' },
      },
      admin,
    );
    await call(MatchingRpc.registerOrganisation, { organisationId: 'centre-e', kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm TGPL E', provinceCode: '01' }, admin);
    await call(MatchingRpc.registerOrganisation, { organisationId: 'ngo-d', kind: 'NGO', name: 'Tổ chức D', provinceCode: '79' }, admin);
    const profile = {
      kind: 'LEGAL_AID_OFFICER' as const,
      gender: 'FEMALE' as const,
      fieldsOfLaw: ['CIVIL' as const],
      aidForms: ['ADVICE' as const],
      languages: ['vie'],
      areas: [{ provinceCode: '79', communeCode: null }],
      remoteAdvice: false,
      capacity: 3,
    };
    await call(MatchingRpc.registerProvider, { ...profile, providerId: 'officer-d', organisationId: 'centre-d', displayName: 'Trợ giúp viên D' }, staff);
    await call(MatchingRpc.registerProvider, { ...profile, providerId: 'officer-e', organisationId: 'centre-e', displayName: 'Trợ giúp viên E' }, otherStaff);
    await call(MatchingRpc.registerProvider, { ...profile, kind: 'PRO_BONO_LAWYER', providerId: 'lawyer-d', organisationId: 'bar-d', displayName: 'Luật sư D' }, barAdmin);
  }, 60000);

  afterAll(async () => {
    await net?.stopAll();
    await rpc?.close();
    await bus?.close();
    await nc?.close();
  });

  it('lists organisations by kind and province, a page at a time', async () => {
    const centres = await call(MatchingRpc.organisations, { kind: 'LEGAL_AID_CENTRE', page: { first: 1 } }, staff);
    expect(centres.nodes.map((o) => o.organisationId)).toEqual(['centre-d']);
    const rest = await call(MatchingRpc.organisations, { kind: 'LEGAL_AID_CENTRE', page: { first: 5, after: centres.pageInfo.endCursor } }, staff);
    expect(rest.nodes.map((o) => o.organisationId)).toEqual(['centre-e']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await call(MatchingRpc.organisations, { provinceCode: '79', page: { first: 10 } }, supervisor)).nodes.map((o) => o.organisationId)).toEqual(['bar-d', 'centre-d', 'ngo-d']);
    expect((await call(MatchingRpc.organisations, { kind: 'LEGAL_AID_CENTRE', provinceCode: '01', page: { first: 10 } }, supervisor)).nodes.map((o) => o.organisationId)).toEqual(['centre-e']);
    expect(await codeOf(call(MatchingRpc.organisations, { kind: 'PARTY' as never, page: { first: 10 } }, staff))).toBe('VALIDATION_FAILED');
  });

  it('keeps contact and letterhead data; only the organisation’s admin or ADMIN changes it', async () => {
    const centre = await call(MatchingRpc.organisation, { organisationId: 'centre-d' }, staff);
    expect(centre.contact).toEqual({ address: '21 Lý Tự Trọng, Phường Sài Gòn', phone: '028 3829 0000', email: null, signatoryName: null, signatoryTitle: 'Giám đốc' });
    expect((await call(MatchingRpc.organisation, { organisationId: 'bar-d' }, staff)).contact).toEqual({ address: null, phone: null, email: null, signatoryName: null, signatoryTitle: null });

    const updated = await call(MatchingRpc.updateOrganisationContact, { organisationId: 'bar-d', contact: { email: 'vanphong@dls.example.vn', signatoryName: 'Nguyễn Văn A', signatoryTitle: 'Chủ nhiệm' } }, barAdmin);
    expect(updated.contact).toEqual({ address: null, phone: null, email: 'vanphong@dls.example.vn', signatoryName: 'Nguyễn Văn A', signatoryTitle: 'Chủ nhiệm' });
    expect(updated.version).toBe(2);
    const ev = await eventually(async () => seen.find((e) => e.type === 'matching.organisation.contact-updated'), 10000, 'the contact-updated event');
    expect(ev.data).toMatchObject({ organisationId: 'bar-d', changed: ['email', 'signatoryName', 'signatoryTitle'] });
    expect(JSON.stringify(ev)).not.toContain('Nguyễn Văn A');

    // A cleared field, a stale version, another organisation's admin, centre staff, bad input: each refused or applied exactly.
    expect((await call(MatchingRpc.updateOrganisationContact, { organisationId: 'bar-d', contact: { signatoryName: null }, expectedVersion: 2 }, admin)).contact.signatoryName).toBeNull();
    expect(await codeOf(call(MatchingRpc.updateOrganisationContact, { organisationId: 'bar-d', contact: { phone: '0283' + '1234567' }, expectedVersion: 2 }, barAdmin))).toBe('VERSION_CONFLICT');
    expect(await codeOf(call(MatchingRpc.updateOrganisationContact, { organisationId: 'centre-d', contact: { phone: '0281234567' } }, barAdmin))).toBe('FORBIDDEN');
    expect(await codeOf(call(MatchingRpc.updateOrganisationContact, { organisationId: 'centre-d', contact: { phone: '0281234567' } }, staff))).toBe('FORBIDDEN');
    expect(await codeOf(call(MatchingRpc.updateOrganisationContact, { organisationId: 'bar-d', contact: { email: 'not-an-address' } }, barAdmin))).toBe('VALIDATION_FAILED');
    expect(await codeOf(call(MatchingRpc.updateOrganisationContact, { organisationId: 'nobody', contact: { email: 'a@b.vn' } }, admin))).toBe('ORGANISATION_NOT_FOUND');
    expect((await call(MatchingRpc.organisation, { organisationId: 'bar-d' }, staff)).contact).toMatchObject({ email: 'vanphong@dls.example.vn', phone: null, signatoryName: null });
  });

  it('lets centre staff edit and set the availability of their own centre’s officers, never another’s', async () => {
    const edited = await call(MatchingRpc.updateProvider, { providerId: 'officer-d', patch: { capacity: 7, languages: ['vie', 'khm'] } }, staff);
    expect(edited).toMatchObject({ capacity: 7, languages: ['vie', 'khm'] });
    const away = await call(MatchingRpc.setProviderAvailability, { providerId: 'officer-d', available: false, leave: [] }, staff);
    expect(away.available).toBe(false);
    expect(await codeOf(call(MatchingRpc.updateProvider, { providerId: 'officer-e', patch: { capacity: 1 } }, staff))).toBe('FORBIDDEN');
    expect(await codeOf(call(MatchingRpc.setProviderAvailability, { providerId: 'officer-e', available: false, leave: [] }, staff))).toBe('FORBIDDEN');
    expect(await codeOf(call(MatchingRpc.updateProvider, { providerId: 'lawyer-d', patch: { capacity: 1 } }, staff))).toBe('FORBIDDEN');
    expect((await call(MatchingRpc.provider, { providerId: 'officer-e' }, admin)).capacity).toBe(3);
  });

  it('reads a page’s providers, organisations and referrals in one call each, leaving out what the reader may not see', async () => {
    const ids = ['lawyer-d', 'officer-d', 'officer-e', 'nobody', 'officer-d'];
    expect((await call(MatchingRpc.providersByIds, { providerIds: ids }, staff)).providers.map((p) => p.providerId).sort()).toEqual(['lawyer-d', 'officer-d', 'officer-e']);
    // An organisation admin sees only its members; a provider only themself.
    expect((await call(MatchingRpc.providersByIds, { providerIds: ids }, barAdmin)).providers.map((p) => p.providerId)).toEqual(['lawyer-d']);
    expect((await call(MatchingRpc.providersByIds, { providerIds: ids }, officer)).providers.map((p) => p.providerId)).toEqual(['officer-d']);
    expect((await call(MatchingRpc.organisationsByIds, { organisationIds: ['bar-d', 'centre-e', 'gone'] }, officer)).organisations.map((o) => o.organisationId).sort()).toEqual(['bar-d', 'centre-e']);
    expect(await codeOf(call(MatchingRpc.providersByIds, { providerIds: Array.from({ length: 101 }, (_, i) => `p-${i}`) }, staff))).toBe('VALIDATION_FAILED');
    expect(await codeOf(call(MatchingRpc.providersByIds, { providerIds: [] }, staff))).toBe('VALIDATION_FAILED');

    const requestId = randomUUID();
    await bus.publish(
      createEvent(
        IntakeRequestAccepted,
        {
          requestId, applicantRef: `ap_${randomUUID().replace(/-/g, '')}`, channel: 'WALK_IN', centreId: 'centre-d', eligibilityGroup: 'POOR_HOUSEHOLD', fieldOfLaw: 'CIVIL', aidForm: 'ADVICE',
          provinceCode: '79', communeCode: null, language: 'vie', needsInterpreter: false, urgency: { urgent: false, reasons: [], deadlineAt: null }, registerNumber: '2026/centre-d/00001',
          ruleSetId: 'art7-2018', evidence: [], opposingPartyHashes: [], applicantPartyHash: `ph_${randomUUID().replace(/-/g, '')}`, preferredProviderGender: null, acceptedAt: new Date().toISOString(),
        },
        { actor: { id: 'service:intake', role: 'SYSTEM' }, correlationId: requestId },
      ),
    );
    const referral = await eventually(async () => (await call(MatchingRpc.referralForRequest, { requestId }, staff)) ?? undefined, 30000, 'the referral');
    const batch = await call(MatchingRpc.referralsByIds, { referralIds: [referral.referralId, 'ref-unknown'] }, staff);
    expect(batch.referrals.map((r) => r.referralId)).toEqual([referral.referralId]);
    expect(batch.referrals[0]).toMatchObject({ requestId, centreId: 'centre-d' });
    expect((await call(MatchingRpc.referralsByIds, { referralIds: [referral.referralId] }, otherStaff)).referrals).toEqual([]);
  });
});
