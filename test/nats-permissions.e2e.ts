import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { connect, nkeyAuthenticator, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { CONTEXTS, DEAD_LETTER_RPCS, DEAD_LETTER_STREAM, IntakeRpc, MatchingRpc, PING_RPCS, SERVICE_CONTEXTS, streamNameOf, systemActor } from '@legalaid/contracts';
import { connectNats, createNatsUser, RpcClient, type NatsIdentity } from '@legalaid/infra';
import { eventually, gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { natsViolations, resetStreams, testNatsSeed, testServers } from './support/servers.js';

/**
 * The worker's NATS server enforces the permission table of
 * infra/src/bus/nats-permissions.ts with one NKey per process, as production
 * does. A whole journey runs with every process on its own credentials and
 * the server refuses nothing; then each probe tries what a process must not.
 */
// Five processes start in beforeAll: on a loaded machine that takes longer than jest's default minute.
jest.setTimeout(240000);

const asIdentity = (identity: NatsIdentity): Promise<NatsConnection> =>
  connect({ servers: testServers().natsUrl, authenticator: nkeyAuthenticator(new TextEncoder().encode(testNatsSeed(identity))) });

/** Resolves with the first asynchronous error the server reports on this connection (a refused publish or subscription). */
function firstError(nc: NatsConnection): Promise<Error> {
  return (async () => {
    for await (const s of nc.status()) if (s.type === 'error' && s.error) return s.error;
    throw new Error('connection closed without an error');
  })();
}

describe('NATS credentials and permissions', () => {
  let net: TestNetwork;
  let violationsBefore: number;

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    violationsBefore = natsViolations().length;
    net = await startNetwork({ label: 'nats_permissions', services: ['intake', 'matching', 'case-tracking', 'oversight'], gateway: true });
  });
  afterAll(async () => {
    await net?.stopAll();
  });

  it('runs a request from submission to referral and into the ledger with every process on its own credentials, and the server refuses nothing', async () => {
    const staff = await tokenFor({ sub: 'staff-perm', role: 'CENTRE_STAFF', org: 'centre-hcm' });
    const submitted = await gql<{ submitLegalAidRequest: { requestId: string } }>(
      net.graphqlUrl!,
      `mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }`,
      {
        input: {
          channel: 'HOTLINE',
          centreId: 'centre-hcm',
          applicant: { fullName: 'Lê Văn Phép', phone: '0912000111', idNumber: '079100000111', address: { provinceCode: '79', communeCode: '26737' } },
          fieldOfLaw: 'MARRIAGE_FAMILY',
          aidForm: 'ADVICE',
          summary: 'Custody dispute',
          claimedEligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE',
          consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
        },
      },
      staff,
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitLegalAidRequest.requestId;
    const accepted = await gql(
      net.graphqlUrl!,
      `mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }`,
      { input: { requestId: id, eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION', 'FINANCIAL_DIFFICULTY_PROOF'], providerGenderPreference: 'NO_PREFERENCE' } },
      staff,
    );
    expect(accepted.errors).toBeUndefined();
    await eventually(async () => {
      const r = await gql<{ legalAidRequest: { referral: { referralId: string } | null } }>(net.graphqlUrl!, `query($id: ID!) { legalAidRequest(id: $id) { referral { referralId } } }`, { id }, staff);
      return r.data?.legalAidRequest.referral ?? undefined;
    }, 20000, 'matching to hold a referral');
    // Oversight read every stream: its ledger consumers are caught up.
    const nc = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
    try {
      const jsm = await jetstreamManager(nc);
      await eventually(async () => {
        const info = await jsm.consumers.info(streamNameOf('matching'), 'oversight-matching');
        return info.num_pending === 0 && info.num_ack_pending === 0 && info.delivered.stream_seq > 0 ? true : undefined;
      }, 20000, 'oversight to read matching events');
    } finally {
      await nc.close();
    }
    // Every service answers the gateway (its /readyz pings all four).
    const ready = await fetch(new URL('/readyz', net.graphqlUrl!));
    expect(ready.status).toBe(200);
    expect(natsViolations().slice(violationsBefore)).toEqual([]);
  });

  it('refuses a client without credentials, and one whose key is not in the table', async () => {
    await expect(connect({ servers: testServers().natsUrl })).rejects.toThrow(/Authorization Violation/);
    const stranger = createNatsUser();
    await expect(connect({ servers: testServers().natsUrl, authenticator: nkeyAuthenticator(new TextEncoder().encode(stranger.seed)) })).rejects.toThrow(/Authorization Violation/);
  });

  it("refuses intake's credentials publishing a matching event, and stores nothing", async () => {
    const harness = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
    const nc = await asIdentity('intake');
    try {
      const jsm = await jetstreamManager(harness);
      const before = (await jsm.streams.info(streamNameOf('matching'))).state.last_seq;
      const forged = JSON.stringify({ id: 'forged-1', type: 'matching.referral.opened', version: 1 });
      await expect(jetstream(nc).publish('legalaid.matching.referral.opened.v1', forged, { msgID: 'forged-1' })).rejects.toThrow(/Permissions Violation for Publish/);
      const refused = firstError(nc);
      nc.publish('legalaid.matching.referral.opened.v1', forged);
      await expect(refused).resolves.toThrow(/Permissions Violation for Publish to "legalaid\.matching\.referral\.opened\.v1"/);
      expect((await jsm.streams.info(streamNameOf('matching'))).state.last_seq).toBe(before);
    } finally {
      await nc.close();
      await harness.close();
    }
  });

  it("refuses intake's credentials recording a dead letter for matching's consumers, and stores nothing", async () => {
    const harness = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
    const nc = await asIdentity('intake');
    try {
      const jsm = await jetstreamManager(harness);
      const before = (await jsm.streams.info(DEAD_LETTER_STREAM)).state.last_seq;
      const record = JSON.stringify({ consumer: 'probe', reason: 'HANDLER_FAILED' });
      await expect(jetstream(nc).publish('legalaid.dlq.matching.matching-open-referral', record, { msgID: `forged-dlq-${before}` })).rejects.toThrow(/Permissions Violation for Publish/);
      expect((await jsm.streams.info(DEAD_LETTER_STREAM)).state.last_seq).toBe(before);
      // Its own subjects are allowed: the faults and fuzz tests see services' dead letters arrive under them.
    } finally {
      await nc.close();
      await harness.close();
    }
  });

  it.each(Object.keys(SERVICE_CONTEXTS) as (keyof typeof SERVICE_CONTEXTS)[])('refuses %s sending requests as the gateway, to any service, itself included', async (service) => {
    const nc = await asIdentity(service);
    try {
      for (const context of CONTEXTS) {
        await expect(nc.request(PING_RPCS[context].subject, '{}', { timeout: 2000 })).rejects.toThrow(/Permissions Violation for Publish/);
      }
      await expect(nc.request(IntakeRpc.submit.subject, '{}', { timeout: 2000 })).rejects.toThrow(/Permissions Violation for Publish/);
    } finally {
      await nc.close();
    }
  });

  it("refuses a service reading other services' requests (which carry personal data) or the gateway's replies", async () => {
    const nc = await asIdentity('matching');
    try {
      for (const subject of ['legalaid.rpc.intake.>', 'legalaid.rpc.>', '>']) {
        const sub = nc.subscribe(subject);
        await expect(sub.closed).resolves.toThrow(/Permissions Violation for Subscription/);
      }
    } finally {
      await nc.close();
    }
  });

  it("lets intake ask matching for an appointed provider's name, and nothing else of matching's; matching answers that for intake alone", async () => {
    const security = (identity: NatsIdentity) => ({ NODE_ENV: 'test' as const, NATS_NKEY_SEED: testNatsSeed(identity) });
    const intake = await RpcClient.connect({ servers: testServers().natsUrl, name: 'intake-probe', timeoutMs: 5000, security: security('intake') });
    const gateway = await RpcClient.connect({ servers: testServers().natsUrl, name: 'gateway-probe-2', timeoutMs: 5000, security: security('gateway') });
    try {
      // Through, and answered: no such provider.
      await expect(intake.call(MatchingRpc.appointedPerformer, { providerId: 'nobody' }, { actor: systemActor('intake'), correlationId: 'permissions-test' })).rejects.toMatchObject({ code: 'PROVIDER_NOT_FOUND' });
      await expect(intake.nc.request(MatchingRpc.provider.subject, '{}', { timeout: 2000 })).rejects.toThrow(/Permissions Violation for Publish/);
      await expect(gateway.call(MatchingRpc.appointedPerformer, { providerId: 'nobody' }, { actor: systemActor('gateway'), correlationId: 'permissions-test' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await intake.close();
      await gateway.close();
    }
  });

  it('lets the gateway send requests but not publish events; lets the operator reach dead letters only', async () => {
    const security = (identity: NatsIdentity) => ({ NODE_ENV: 'test' as const, NATS_NKEY_SEED: testNatsSeed(identity) });
    const meta = { actor: systemActor('permissions-test'), correlationId: 'permissions-test' };
    const gateway = await RpcClient.connect({ servers: testServers().natsUrl, name: 'gateway-probe', timeoutMs: 5000, security: security('gateway') });
    const operator = await RpcClient.connect({ servers: testServers().natsUrl, name: 'operator-probe', timeoutMs: 5000, security: security('operator') });
    try {
      await expect(jetstream(gateway.nc).publish('legalaid.intake.request.accepted.v1', '{}')).rejects.toThrow(/Permissions Violation for Publish/);
      for (const context of CONTEXTS) await expect(gateway.call(PING_RPCS[context], {}, meta)).resolves.toMatchObject({ uptimeSeconds: expect.any(Number) });
      await expect(operator.nc.request(IntakeRpc.submit.subject, '{}', { timeout: 2000 })).rejects.toThrow(/Permissions Violation for Publish/);
      await expect(operator.nc.request(PING_RPCS.intake.subject, '{}', { timeout: 2000 })).rejects.toThrow(/Permissions Violation for Publish/);
      await expect(operator.call(DEAD_LETTER_RPCS.intake.list, { limit: 10 }, { ...meta, actor: { id: 'operator:test', role: 'ADMIN' } })).resolves.toEqual(expect.any(Array));
    } finally {
      await gateway.close();
      await operator.close();
    }
  });
});
