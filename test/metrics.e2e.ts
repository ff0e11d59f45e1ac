import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { IntakeRpc, MatchingRpc, type Actor } from '@legalaid/contracts';
import { RpcClient } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/** Every process serves Prometheus metrics an operator can act on. */
describe('metrics', () => {
  let net: TestNetwork;
  let rpc: RpcClient;
  const staff: Actor = { id: 'staff-m', role: 'CENTRE_STAFF', organisationId: 'centre-m' };
  const admin: Actor = { id: 'admin-m', role: 'ADMIN' };
  const meta = (actor: Actor) => ({ actor, correlationId: randomUUID() });

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({ label: 'metrics', services: ['intake', 'matching', 'case-tracking', 'oversight'], gateway: true, extraEnv: { matching: { METRICS_DB_GAUGE_MAX_AGE_MS: '0' } } });
    rpc = await RpcClient.connect({ servers: testServers().natsUrl, name: 'metrics-test', timeoutMs: 5000 });
  });
  afterAll(async () => {
    await rpc?.close();
    await net?.stopAll();
  });

  const scrape = async (name: string) => {
    const ready = await net.processes.get(name)!.ready;
    const port = name === 'gateway' ? new URL(ready.url as string).port : ready.healthPort;
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };
  const value = (text: string, pattern: RegExp) => text.split('\n').filter((l) => pattern.test(l)).reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);

  it('counts operations, events, database commands, outbox and open offers', async () => {
    await rpc.call(MatchingRpc.registerOrganisation, { organisationId: 'centre-m', kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm (m)', provinceCode: '79' }, meta(admin));
    await rpc.call(
      MatchingRpc.registerProvider,
      { providerId: 'prov-m', organisationId: 'centre-m', kind: 'LEGAL_AID_OFFICER', displayName: 'Trợ giúp viên M', gender: 'FEMALE', fieldsOfLaw: ['LAND'], aidForms: ['ADVICE'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], capacity: 5 } as never,
      meta(admin),
    );
    const { requestId } = await rpc.call(
      IntakeRpc.submit,
      {
        channel: 'HOTLINE',
        centreId: 'centre-m',
        applicant: { fullName: 'Người M', address: { provinceCode: '79', communeCode: '26737' } },
        fieldOfLaw: 'LAND',
        aidForm: 'ADVICE',
        summary: 'đất',
        consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
      },
      meta(staff),
    );
    await rpc.call(IntakeRpc.accept, { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] }, meta(staff));

    const matching = await eventually(async () => {
      const t = await scrape('matching');
      // The offer is stored before the event that caused it is acked: wait for both.
      return value(t, /^legalaid_open_offers /) === 1 && value(t, /^legalaid_bus_consumed_total\{.*outcome="ack"/) > 0 ? t : undefined;
    }, 20000, 'matching to report one open offer and an acked event');
    expect(value(matching, /^legalaid_bus_consumed_total\{.*outcome="ack"/)).toBeGreaterThan(0);
    expect(value(matching, /^legalaid_rpc_requests_total\{operation="registerProvider",outcome="ok"\}/)).toBe(1);
    expect(value(matching, /^legalaid_db_commands_total\{command="(insert|update)"\}/)).toBeGreaterThan(0);
    expect(matching).toMatch(/^legalaid_bus_handler_seconds_bucket\{/m);
    expect(matching).toMatch(/^legalaid_outbox_pending\{collection="referrals"\} \d/m);

    const intake = await scrape('intake');
    expect(value(intake, /^legalaid_rpc_requests_total\{operation="acceptRequest",outcome="ok"\}/)).toBe(1);
    expect(value(intake, /^legalaid_bus_published_total\{subject="legalaid\.intake\.request\.accepted\.v1"/)).toBe(1);
    const gateway = await scrape('gateway');
    expect(gateway).toMatch(/^process_cpu_seconds_total /m);
    for (const name of ['case-tracking', 'oversight']) expect(await scrape(name)).toMatch(/^legalaid_deadline_breaches_total|^legalaid_bus_consumer_pending|^process_cpu_seconds_total /m);
  });
});
