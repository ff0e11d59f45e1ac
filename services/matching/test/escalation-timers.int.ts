import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { type NatsConnection } from '@nats-io/transport-node';
import { createEvent, IntakeRequestAccepted, MatchingRpc, type Actor, type Envelope } from '@legalaid/contracts';
import { Bus, createLogger, RpcClient, connectNats } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from '../../../test/support/network.js';
import { resetStreams, testServers } from '../../../test/support/servers.js';

/**
 * An escalated referral has a deadline in each queue, a reminder before it,
 * and moves up when it passes (bar organisation → centre officers → the
 * centre's director), fired by the referral timer from data in the referral
 * and its due index: a restart of the service in between loses nothing.
 * Real NATS JetStream and database, the built service as a process.
 */
jest.setTimeout(180_000);

const admin: Actor = { id: 'admin-e', role: 'ADMIN' };
const staff: Actor = { id: 'staff-e', role: 'CENTRE_STAFF', organisationId: 'centre-e' };
const ENV = {
  MATCHING_OFFER_CUSTODY_SECONDS: '1',
  MATCHING_MAX_ATTEMPTS: '1',
  // Urgent escalations: 3 s in each queue, reminded halfway.
  MATCHING_ESCALATION_URGENT_SECONDS: '3',
  MATCHING_TIMER_POLL_MS: '100',
};

describe('matching: escalation deadlines, reminders and further escalation', () => {
  let net: TestNetwork;
  let bus: Bus;
  let rpc: RpcClient;
  let nc: NatsConnection;
  const seen = new Map<string, Envelope>();

  beforeAll(async () => {
    const { natsUrl } = testServers();
    await resetStreams(natsUrl);
    net = await startNetwork({ label: 'matching_escalation', services: ['matching'], extraEnv: { matching: ENV } });
    bus = await Bus.connect({ servers: natsUrl, name: 'escalation-test', logger: createLogger('escalation-test', 'silent') });
    rpc = await RpcClient.connect({ servers: natsUrl, name: 'escalation-test-rpc', timeoutMs: 8000 });
    nc = await connectNats({ servers: natsUrl, name: 'escalation-test' });
    // Distinct events by id: a relay may publish an entry twice, which JetStream de-duplicates.
    nc.subscribe('legalaid.matching.referral.>', { callback: (_e, m) => void seen.set((m.json() as Envelope).id, m.json() as Envelope) });
    const meta = { actor: admin, correlationId: randomUUID() };
    await rpc.call(MatchingRpc.registerOrganisation, { organisationId: 'bar-e', kind: 'BAR_ASSOCIATION', name: 'Đoàn Luật sư (e)', provinceCode: '79' }, meta);
    await rpc.call(MatchingRpc.registerOrganisation, { organisationId: 'centre-e', kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm (e)', provinceCode: '79', escalationOrganisationId: 'bar-e' }, meta);
    await rpc.call(
      MatchingRpc.registerProvider,
      { providerId: 'law-e', organisationId: 'bar-e', kind: 'PRO_BONO_LAWYER', displayName: 'LS E', gender: 'MALE', fieldsOfLaw: ['CRIMINAL'], aidForms: ['PROCEEDINGS'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], remoteAdvice: false, capacity: 5 },
      meta,
    );
  });

  afterAll(async () => {
    await net?.stopAll();
    await nc?.close();
    await bus?.close();
    await rpc?.close();
  });

  const ofReferral = (type: string, referralId: string) =>
    [...seen.values()].filter((e) => e.type === type && (e.data as { referralId: string }).referralId === referralId).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));

  it('moves up from the bar organisation to the centre officers to the director, reminding each queue before its deadline', async () => {
    const requestId = randomUUID();
    await bus.publish(
      createEvent(
        IntakeRequestAccepted,
        {
          requestId,
          applicantRef: `ap_${randomUUID().replace(/-/g, '')}`,
          channel: 'REFERRAL_POLICE',
          centreId: 'centre-e',
          eligibilityGroup: 'ACCUSED_16_18',
          fieldOfLaw: 'CRIMINAL',
          aidForm: 'PROCEEDINGS',
          provinceCode: '79',
          communeCode: null,
          language: 'vie',
          needsInterpreter: false,
          urgency: { urgent: true, reasons: ['CUSTODY'], deadlineAt: null },
          registerNumber: '2026/centre-e/00001',
          ruleSetId: 'law-11-2017-art7-am-2025-07',
          evidence: [],
          parties: { applicant: { strong: [], nameBirth: null }, opposing: [] },
          preferredProviderGender: null,
          acceptedAt: new Date().toISOString(),
        },
        { actor: { id: 'service:intake', role: 'SYSTEM' }, correlationId: requestId },
      ),
    );
    const referralId = (await eventually(async () => (await rpc.call(MatchingRpc.referralForRequest, { requestId }, { actor: staff, correlationId: randomUUID() })) ?? undefined, 30_000, 'the referral')).referralId;

    // The one offer lapses; the bar organisation's queue gets the matter with a deadline.
    const atBar = await eventually(async () => ofReferral('matching.referral.escalated', referralId)[0], 30_000, 'the first escalation');
    expect(atBar.data).toMatchObject({ organisationId: 'bar-e', target: 'BAR_ASSOCIATION', reason: 'ATTEMPTS_EXHAUSTED', previousTarget: null });
    const barDue = Date.parse((atBar.data as { dueAt: string }).dueAt);
    expect(barDue - Date.parse((atBar.data as { escalatedAt: string }).escalatedAt)).toBe(3000);
    const queue = await rpc.call(MatchingRpc.escalationQueue, { organisationId: 'bar-e' }, { actor: admin, correlationId: randomUUID() });
    expect(queue.nodes.find((n) => n.referralId === referralId)).toMatchObject({ target: 'BAR_ASSOCIATION', dueAt: new Date(barDue).toISOString() });

    // A restart in between: the timers are data in the referral and its due index.
    await net.stop('matching');
    await net.start('matching');

    const ladder = await eventually(async () => {
      const escalations = ofReferral('matching.referral.escalated', referralId);
      const reminders = ofReferral('matching.referral.escalation-reminder', referralId);
      return escalations.length === 3 && reminders.some((r) => (r.data as { overdue: boolean }).overdue) ? { escalations, reminders } : undefined;
    }, 90_000, 'the escalation up to the director and its overdue notice');
    expect(ladder.escalations.map((e) => [(e.data as { target: string }).target, (e.data as { reason: string }).reason, (e.data as { previousTarget: string | null }).previousTarget])).toEqual([
      ['BAR_ASSOCIATION', 'ATTEMPTS_EXHAUSTED', null],
      ['CENTRE_OFFICERS', 'DEADLINE_PASSED', 'BAR_ASSOCIATION'],
      ['CENTRE_DIRECTOR', 'DEADLINE_PASSED', 'CENTRE_OFFICERS'],
    ]);
    expect(ladder.escalations.slice(1).map((e) => (e.data as { organisationId: string }).organisationId)).toEqual(['centre-e', 'centre-e']);
    // Each queue moved up only once its deadline had passed.
    for (let i = 1; i < 3; i++) {
      expect(Date.parse(ladder.escalations[i].occurredAt)).toBeGreaterThanOrEqual(Date.parse((ladder.escalations[i - 1].data as { dueAt: string }).dueAt));
    }
    // Reminders come before the deadlines (one per queue at most), and the director's passed deadline is announced once.
    for (const r of ladder.reminders.filter((x) => !(x.data as { overdue: boolean }).overdue)) {
      expect(Date.parse((r.data as { remindedAt: string }).remindedAt)).toBeLessThan(Date.parse((r.data as { dueAt: string }).dueAt));
    }
    expect(ladder.reminders.filter((r) => (r.data as { overdue: boolean }).overdue)).toHaveLength(1);
    expect(ladder.reminders.filter((r) => (r.data as { target: string }).target === 'CENTRE_DIRECTOR' && !(r.data as { overdue: boolean }).overdue).length).toBeLessThanOrEqual(1);

    const view = await rpc.call(MatchingRpc.referral, { referralId }, { actor: staff, correlationId: randomUUID() });
    expect(view.escalation).toMatchObject({ organisationId: 'centre-e', target: 'CENTRE_DIRECTOR', reason: 'DEADLINE_PASSED' });
    // The centre's staff work their own queues.
    const own = await rpc.call(MatchingRpc.escalationQueue, { organisationId: 'centre-e' }, { actor: staff, correlationId: randomUUID() });
    expect(own.nodes.find((n) => n.referralId === referralId)).toMatchObject({ target: 'CENTRE_DIRECTOR' });
  });
});
