import { connectNats } from '@legalaid/infra';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection } from '@nats-io/transport-node';
import { createClient, type Client } from 'graphql-sse';
import { createEvent, IntakeRequestReceived, MatchingReferralEscalated, systemActor, type EventDefinition } from '@legalaid/contracts';
import { startTestGateway, token, type Claims } from './helpers.js';
import { testServers } from '../../test/support/servers.js';

/**
 * The centre's live feeds (G7) over server-sent events, fed by real events
 * on the worker's NATS: new requests for my centre, and referrals escalated
 * into my queue or, for a centre, sent on to the bar. Each subscriber gets
 * its own scope only. Order is the proof of absence: every subscriber
 * finally receives a "barrier" event of its own, published after every
 * event it must not see, and the feed delivers in publication order.
 */
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let nc: NatsConnection;
const clients: Client[] = [];

beforeAll(async () => {
  gateway = await startTestGateway();
  nc = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
});
afterAll(async () => {
  for (const c of clients) c.dispose();
  await nc?.close();
  await gateway?.close();
});

const uuid = (n: number) => `01934f6e-7c1a-7000-8000-${String(n).padStart(12, '0')}`;
const STAFF_HCM: Claims = { sub: 'staff-hcm', role: 'CENTRE_STAFF', org: 'centre-hcm' };
const STAFF_DN: Claims = { sub: 'staff-dn', role: 'CENTRE_STAFF', org: 'centre-dn' };
const BAR_ADMIN: Claims = { sub: 'bar-admin', role: 'ORG_ADMIN', org: 'bar-hcm' };

const received = (n: number, centreId: string, duplicate = false) =>
  createEvent(
    IntakeRequestReceived,
    {
      requestId: uuid(n),
      applicantRef: 'ap_abcdefghijklmnop1234',
      channel: 'HOTLINE',
      centreId,
      eligibilityGroup: null,
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      provinceCode: '79',
      communeCode: null,
      language: 'vie',
      needsInterpreter: false,
      urgency: { urgent: n % 2 === 0, reasons: n % 2 === 0 ? ['HEARING_SOON'] : [], deadlineAt: null },
      claimedEligibilityGroup: null,
      possibleDuplicateOf: duplicate ? [uuid(999)] : [],
      receivedAt: '2026-01-05T03:00:00.000Z',
    },
    { actor: systemActor('intake'), correlationId: 'corr-feeds' },
  );

const escalated = (n: number, centreId: string, organisationId: string, target: 'BAR_ASSOCIATION' | 'CENTRE_OFFICERS' | 'CENTRE_DIRECTOR') =>
  createEvent(
    MatchingReferralEscalated,
    {
      referralId: `ref-${n}`,
      requestId: uuid(n),
      centreId,
      organisationId,
      target,
      reason: target === 'BAR_ASSOCIATION' ? 'ATTEMPTS_EXHAUSTED' : 'DEADLINE_PASSED',
      attempts: 3,
      escalatedAt: '2026-01-06T03:00:00.000Z',
      dueAt: '2026-01-08T03:00:00.000Z',
      previousTarget: target === 'BAR_ASSOCIATION' ? null : 'BAR_ASSOCIATION',
    },
    { actor: systemActor('matching'), correlationId: 'corr-feeds' },
  );

const publish = (def: EventDefinition, event: unknown) => nc.publish(def.subject, JSON.stringify(event));

/** Subscribes and collects `next` payloads; resolves once the gateway holds the subscription. */
async function subscribe(claims: Claims, query: string) {
  const client = createClient({ url: gateway.url, headers: { authorization: `Bearer ${await token(claims)}` }, retryAttempts: 0 });
  clients.push(client);
  const received: Record<string, unknown>[] = [];
  const errors: unknown[] = [];
  const before = gateway.events.subscriberCount;
  client.subscribe({ query }, { next: (v) => received.push(v as Record<string, unknown>), error: (e) => errors.push(e), complete: () => undefined });
  const deadline = Date.now() + 10_000;
  while (gateway.events.subscriberCount <= before && errors.length === 0) {
    if (Date.now() > deadline) throw new Error('the subscription never reached the gateway');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { received, errors };
}

/** What arrived before the subscriber's own barrier (waits for the barrier). */
async function until<T>(sub: { received: Record<string, unknown>[]; errors: unknown[] }, pick: (r: Record<string, unknown>) => T, isBarrier: (v: T) => boolean): Promise<T[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    expect(sub.errors).toEqual([]);
    const values = sub.received.map(pick);
    const at = values.findIndex(isBarrier);
    if (at >= 0) return values.slice(0, at);
    if (Date.now() > deadline) throw new Error(`the barrier never arrived; received ${JSON.stringify(values)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('requestReceived', () => {
  const Q = 'subscription { requestReceived { requestId centreId channel fieldOfLaw aidForm urgent possibleDuplicate receivedAt event { type } } }';

  it("delivers a centre's new requests to its own staff only, with the facts its queues count and no personal data", async () => {
    const hcm = await subscribe(STAFF_HCM, Q);
    const dn = await subscribe(STAFF_DN, Q);
    publish(IntakeRequestReceived, received(1, 'centre-hcm'));
    publish(IntakeRequestReceived, received(2, 'centre-dn', true));
    publish(IntakeRequestReceived, received(3, 'centre-hcm', true));
    // Barriers, one per subscriber, after every event either must not see.
    publish(IntakeRequestReceived, received(100, 'centre-hcm'));
    publish(IntakeRequestReceived, received(101, 'centre-dn'));
    await nc.flush();
    const id = (r: Record<string, unknown>) => (r.data as { requestReceived: { requestId: string } }).requestReceived.requestId;
    expect(await until(hcm, id, (v) => v === uuid(100))).toEqual([uuid(1), uuid(3)]);
    expect(await until(dn, id, (v) => v === uuid(101))).toEqual([uuid(2)]);
    expect(dn.received[0]).toEqual({
      data: {
        requestReceived: {
          requestId: uuid(2),
          centreId: 'centre-dn',
          channel: 'HOTLINE',
          fieldOfLaw: 'LAND',
          aidForm: 'ADVICE',
          urgent: true,
          possibleDuplicate: true,
          receivedAt: '2026-01-05T03:00:00.000Z',
          event: { type: 'intake.request.received' },
        },
      },
    });
  });

  it('is refused to a lawyer and to a staff token without a centre', async () => {
    for (const claims of [{ sub: 'lawyer-a', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-a' }, { sub: 'staff-x', role: 'CENTRE_STAFF' }]) {
      const client = createClient({ url: gateway.url, headers: { authorization: `Bearer ${await token(claims)}` }, retryAttempts: 0 });
      clients.push(client);
      const results: unknown[] = [];
      await new Promise<void>((resolve) => {
        client.subscribe({ query: 'subscription { requestReceived { requestId } }' }, { next: (v) => results.push(v), error: (e) => (results.push(e), resolve()), complete: () => resolve() });
      });
      expect(JSON.stringify(results)).toContain('FORBIDDEN');
    }
  });
});

describe('referralEscalated', () => {
  const Q = 'subscription { referralEscalated { referralId requestId centreId organisationId target reason escalatedAt dueAt event { type } } }';

  it("reaches the centre whose queue it enters or whose referral went to the bar, and the bar's admins for their queue; never another centre", async () => {
    const hcm = await subscribe(STAFF_HCM, Q);
    const dn = await subscribe(STAFF_DN, Q);
    const bar = await subscribe(BAR_ADMIN, Q);
    publish(MatchingReferralEscalated, escalated(1, 'centre-hcm', 'bar-hcm', 'BAR_ASSOCIATION'));
    publish(MatchingReferralEscalated, escalated(2, 'centre-dn', 'centre-dn', 'CENTRE_OFFICERS'));
    publish(MatchingReferralEscalated, escalated(3, 'centre-hcm', 'centre-hcm', 'CENTRE_OFFICERS'));
    publish(MatchingReferralEscalated, escalated(4, 'centre-dn', 'bar-dn', 'BAR_ASSOCIATION'));
    publish(MatchingReferralEscalated, escalated(100, 'centre-hcm', 'centre-hcm', 'CENTRE_DIRECTOR'));
    publish(MatchingReferralEscalated, escalated(101, 'centre-dn', 'centre-dn', 'CENTRE_DIRECTOR'));
    publish(MatchingReferralEscalated, escalated(102, 'centre-qn', 'bar-hcm', 'BAR_ASSOCIATION'));
    await nc.flush();
    const id = (r: Record<string, unknown>) => (r.data as { referralEscalated: { referralId: string } }).referralEscalated.referralId;
    expect(await until(hcm, id, (v) => v === 'ref-100')).toEqual(['ref-1', 'ref-3']);
    expect(await until(dn, id, (v) => v === 'ref-101')).toEqual(['ref-2', 'ref-4']);
    expect(await until(bar, id, (v) => v === 'ref-102')).toEqual(['ref-1']);
    expect(hcm.received[1]).toEqual({
      data: {
        referralEscalated: {
          referralId: 'ref-3',
          requestId: uuid(3),
          centreId: 'centre-hcm',
          organisationId: 'centre-hcm',
          target: 'CENTRE_OFFICERS',
          reason: 'DEADLINE_PASSED',
          escalatedAt: '2026-01-06T03:00:00.000Z',
          dueAt: '2026-01-08T03:00:00.000Z',
          event: { type: 'matching.referral.escalated' },
        },
      },
    });
  });
});
