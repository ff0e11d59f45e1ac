import { connectNats } from '@legalaid/infra';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection } from '@nats-io/transport-node';
import { createClient, type Client } from 'graphql-sse';
import { CasesDeadlineBreached, createEvent, IntakeRequestReceived, MatchingOfferMade, MatchingReferralEscalated, systemActor, type EventDefinition } from '@legalaid/contracts';
import { sseOutcome, startTestGateway, subscribeSse, token } from './helpers.js';
import { testServers } from '../../test/support/servers.js';

/**
 * Subscriptions over server-sent events (graphql-sse protocol, distinct
 * connections), fed by real events on the worker's NATS: each subscriber
 * receives what happens after it subscribed, and only what the access
 * matrix lets it see.
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

const REQUEST_ID = '01934f6e-7c1a-7000-8000-0000000000bb';

function offer(providerId: string, offerId: string) {
  return createEvent(
    MatchingOfferMade,
    {
      referralId: 'ref-1',
      offerId,
      requestId: REQUEST_ID,
      centreId: 'centre-hcm',
      providerId,
      organisationId: 'bar-hcm',
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      urgent: true,
      round: 1,
      attempt: 1,
      offeredAt: '2026-01-05T03:00:00.000Z',
      expiresAt: '2026-01-06T03:00:00.000Z',
    },
    { actor: systemActor('matching'), correlationId: 'corr-sub' },
  );
}

function breach(centreId: string, caseId: string) {
  return createEvent(
    CasesDeadlineBreached,
    {
      caseId,
      requestId: REQUEST_ID,
      applicantRef: 'ap_abcdefghijklmnop1234',
      providerId: 'prov-a',
      organisationId: 'bar-hcm',
      centreId,
      deadlineId: `dl-${caseId}`,
      kind: 'FIRST_CONTACT',
      dueAt: '2026-01-06T03:00:00.000Z',
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      breachedAt: '2026-01-06T03:00:01.000Z',
    },
    { actor: systemActor('case-tracking'), correlationId: 'corr-sub' },
  );
}

/** A request recorded by intake; `urgent` and `duplicate` vary the facts the centre's queues count. */
const received = (requestId: string, centreId: string, facts: { urgent?: boolean; duplicate?: boolean } = {}) =>
  createEvent(
    IntakeRequestReceived,
    {
      requestId,
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
      urgency: facts.urgent ? { urgent: true, reasons: ['HEARING_SOON'], deadlineAt: null } : { urgent: false, reasons: [], deadlineAt: null },
      claimedEligibilityGroup: null,
      possibleDuplicateOf: facts.duplicate ? ['01934f6e-7c1a-7000-8000-000000000999'] : [],
      receivedAt: '2026-01-05T03:00:00.000Z',
    },
    { actor: systemActor('intake'), correlationId: 'corr-sub' },
  );

const publish = (def: EventDefinition, event: unknown) => nc.publish(def.subject, JSON.stringify(event));

const subscribe = (bearer: string, query: string, variables: Record<string, unknown> = {}) => subscribeSse(gateway, clients, bearer, query, variables);

async function settle(check: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
}

describe('offerReceived', () => {
  it("delivers an offer made after the lawyer subscribed, and never another lawyer's offer", async () => {
    const lawyerA = await token({ sub: 'lawyer-a', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-a' });
    // Made before the subscription: must not arrive.
    publish(MatchingOfferMade, offer('prov-a', 'offer-before'));
    await nc.flush();
    const sub = await subscribe(lawyerA, 'subscription { offerReceived { offerId requestId urgent expiresAt event { type } } }');
    publish(MatchingOfferMade, offer('prov-b', 'offer-for-b'));
    publish(MatchingOfferMade, offer('prov-a', 'offer-for-a'));
    // Breaks its contract (no expiresAt): dropped by the gateway's validation.
    const broken = offer('prov-a', 'offer-broken') as unknown as { data: Record<string, unknown> };
    delete broken.data.expiresAt;
    publish(MatchingOfferMade, broken);
    publish(MatchingOfferMade, offer('prov-a', 'offer-for-a-2'));
    await nc.flush();
    await settle(() => sub.received.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.errors).toEqual([]);
    expect(sub.received.map((r) => (r.data as { offerReceived: { offerId: string } }).offerReceived.offerId)).toEqual(['offer-for-a', 'offer-for-a-2']);
    expect(sub.received[0]).toEqual({
      data: { offerReceived: { offerId: 'offer-for-a', requestId: REQUEST_ID, urgent: true, expiresAt: '2026-01-06T03:00:00.000Z', event: { type: 'matching.offer.made' } } },
    });
  });

  it('delivers a replayed event (same envelope id) once', async () => {
    const lawyerC = await token({ sub: 'lawyer-c', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-c' });
    const sub = await subscribe(lawyerC, 'subscription { offerReceived { offerId } }');
    const event = offer('prov-c', 'offer-dup');
    publish(MatchingOfferMade, event);
    publish(MatchingOfferMade, event);
    await nc.flush();
    await settle(() => sub.received.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received).toHaveLength(1);
  });

  it('is refused to roles other than lawyers', async () => {
    const staff = await token({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
    const results = await sseOutcome(gateway, clients, staff, 'subscription { offerReceived { offerId } }');
    expect(JSON.stringify(results)).toContain('FORBIDDEN');
  });
});

describe('deadlineBreached', () => {
  it("reaches the centre's staff and supervisors, never another centre's staff", async () => {
    const own = await subscribe(await token({ sub: 'staff-hcm', role: 'CENTRE_STAFF', org: 'centre-hcm' }), 'subscription { deadlineBreached { caseId deadline centreId } }');
    const other = await subscribe(await token({ sub: 'staff-dn', role: 'CENTRE_STAFF', org: 'centre-dn' }), 'subscription { deadlineBreached { caseId } }');
    const supervisor = await subscribe(await token({ sub: 'sup', role: 'SUPERVISOR', org: 'front-hcm' }), 'subscription { deadlineBreached { caseId } }');
    publish(CasesDeadlineBreached, breach('centre-hcm', 'case-1'));
    await nc.flush();
    await settle(() => own.received.length >= 1 && supervisor.received.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(own.received).toEqual([{ data: { deadlineBreached: { caseId: 'case-1', deadline: 'FIRST_CONTACT', centreId: 'centre-hcm' } } }]);
    expect(supervisor.received).toHaveLength(1);
    expect(other.received).toEqual([]);
  });
});

describe('caseUpdated', () => {
  it('follows one case only, for its lawyer', async () => {
    const sub = await subscribe(await token({ sub: 'lawyer-a', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-a' }), 'subscription($id: ID!) { caseUpdated(id: $id) { caseId event { type } } }', {
      id: 'case-7',
    });
    publish(CasesDeadlineBreached, breach('centre-hcm', 'case-8'));
    publish(CasesDeadlineBreached, breach('centre-hcm', 'case-7'));
    await nc.flush();
    await settle(() => sub.received.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received).toEqual([{ data: { caseUpdated: { caseId: 'case-7', event: { type: 'cases.case.deadline-breached' } } } }]);
  });
});

describe('legalAidRequestUpdated', () => {
  it("follows one request for its centre's staff; another centre's staff see nothing of it", async () => {
    const id = '01934f6e-7c1a-7000-8000-0000000000cc';
    const Q = 'subscription($id: ID!) { legalAidRequestUpdated(id: $id) { requestId event { type } } }';
    const own = await subscribe(await token({ sub: 'staff-hcm', role: 'CENTRE_STAFF', org: 'centre-hcm' }), Q, { id });
    const other = await subscribe(await token({ sub: 'staff-dn', role: 'CENTRE_STAFF', org: 'centre-dn' }), Q, { id });
    publish(IntakeRequestReceived, received('01934f6e-7c1a-7000-8000-0000000000dd', 'centre-hcm'));
    publish(IntakeRequestReceived, received(id, 'centre-hcm'));
    await nc.flush();
    await settle(() => own.received.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(own.received).toEqual([{ data: { legalAidRequestUpdated: { requestId: id, event: { type: 'intake.request.received' } } } }]);
    expect(other.received).toEqual([]);
  });
});

// ---- The centre's live feeds (G7). Order is the proof of absence: every subscriber finally receives a
// "barrier" event of its own, published after every event it must not see, and the feed delivers in order.

const uuid = (n: number) => `01934f6e-7c1a-7000-8000-${String(n).padStart(12, '0')}`;
const STAFF_HCM = { sub: 'staff-hcm', role: 'CENTRE_STAFF', org: 'centre-hcm' };
const STAFF_DN = { sub: 'staff-dn', role: 'CENTRE_STAFF', org: 'centre-dn' };

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
    { actor: systemActor('matching'), correlationId: 'corr-sub' },
  );

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
    const hcm = await subscribe(await token(STAFF_HCM), Q);
    const dn = await subscribe(await token(STAFF_DN), Q);
    publish(IntakeRequestReceived, received(uuid(1), 'centre-hcm'));
    publish(IntakeRequestReceived, received(uuid(2), 'centre-dn', { urgent: true, duplicate: true }));
    publish(IntakeRequestReceived, received(uuid(3), 'centre-hcm', { duplicate: true }));
    publish(IntakeRequestReceived, received(uuid(100), 'centre-hcm'));
    publish(IntakeRequestReceived, received(uuid(101), 'centre-dn'));
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
    const hcm = await subscribe(await token(STAFF_HCM), Q);
    const dn = await subscribe(await token(STAFF_DN), Q);
    const bar = await subscribe(await token({ sub: 'bar-admin', role: 'ORG_ADMIN', org: 'bar-hcm' }), Q);
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
