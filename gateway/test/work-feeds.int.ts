import { connectNats } from '@legalaid/infra';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection } from '@nats-io/transport-node';
import { type Client } from 'graphql-sse';
import {
  CasesDeadlineBreached,
  CasesDeadlineReminder,
  createEvent,
  MatchingOfferExpired,
  MatchingReferralAssigned,
  MatchingReferralEscalated,
  systemActor,
  type EventDefinition,
} from '@legalaid/contracts';
import { sseOutcome, startTestGateway, subscribeSse, token } from './helpers.js';
import { testServers } from '../../test/support/servers.js';

/**
 * The role feeds (G7) on the in-process gateway, fed by real events on the
 * worker's NATS: the lawyer's feed carries their own deadlines and offers,
 * the organisation admin's the escalations, assignments and breaches of their
 * organisation, and nobody receives another's. "Receives nothing" is shown
 * without waiting on a clock: each subscriber is sent a last event of its own
 * after the others, and the feed delivers in order, so once that one arrives
 * everything before it has been decided.
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

const REQUEST_ID = '01934f6e-7c1a-7000-8000-0000000000dd';
const meta = (who: string) => ({ actor: systemActor(who), correlationId: 'corr-feeds' });
const publish = (def: EventDefinition, event: unknown) => nc.publish(def.subject, JSON.stringify(event));
const caseRef = (providerId: string, organisationId: string, caseId: string) => ({
  caseId, requestId: REQUEST_ID, applicantRef: 'ap_abcdefghijklmnop1234', providerId, organisationId, centreId: 'centre-hcm',
  deadlineId: `dl-${caseId}`, kind: 'HEARING' as const, dueAt: '2026-02-06T03:00:00.000Z', fieldOfLaw: 'LAND' as const, aidForm: 'PROCEEDINGS' as const,
});
const reminder = (providerId: string, organisationId: string, caseId: string) =>
  createEvent(CasesDeadlineReminder, { ...caseRef(providerId, organisationId, caseId), remindedAt: '2026-02-05T03:00:00.000Z' }, meta('case-tracking'));
const breach = (providerId: string, organisationId: string, caseId: string) =>
  createEvent(CasesDeadlineBreached, { ...caseRef(providerId, organisationId, caseId), breachedAt: '2026-02-06T03:00:01.000Z' }, meta('case-tracking'));
const expired = (providerId: string, offerId: string) =>
  createEvent(MatchingOfferExpired, { referralId: 'ref-f', offerId, requestId: REQUEST_ID, centreId: 'centre-hcm', providerId, organisationId: 'bar-hcm', expiredAt: '2026-02-05T03:00:00.000Z' }, meta('matching'));
const escalated = (organisationId: string, referralId: string) =>
  createEvent(
    MatchingReferralEscalated,
    { referralId, requestId: REQUEST_ID, centreId: 'centre-hcm', organisationId, target: 'BAR_ASSOCIATION', reason: 'ATTEMPTS_EXHAUSTED', attempts: 3, escalatedAt: '2026-02-05T03:00:00.000Z', dueAt: '2026-02-09T03:00:00.000Z' },
    meta('matching'),
  );
const assigned = (organisationId: string, referralId: string) =>
  createEvent(
    MatchingReferralAssigned,
    {
      referralId, requestId: REQUEST_ID, applicantRef: 'ap_abcdefghijklmnop1234', providerId: 'prov-a', organisationId, centreId: 'centre-hcm', fieldOfLaw: 'LAND', aidForm: 'PROCEEDINGS',
      opposingPartyHashes: [], urgent: false, via: 'ORGANISATION_ASSIGNMENT', round: 1, previousProviderId: null, assignedAt: '2026-02-05T04:00:00.000Z',
    },
    meta('matching'),
  );

const subscribe = (bearer: string, query: string) => subscribeSse(gateway, clients, bearer, query);

async function until(check: () => boolean, what: string, ms = 10000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('lawyerFeed', () => {
  it("carries the lawyer's own deadline reminders, breaches and offers, and nothing of another lawyer's", async () => {
    const Q = 'subscription { lawyerFeed { kind caseId offerId providerId deadline dueAt event { type } } }';
    const a = await subscribe(await token({ sub: 'lawyer-fa', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-fa' }), Q);
    const b = await subscribe(await token({ sub: 'lawyer-fb', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-fb' }), Q);
    publish(CasesDeadlineReminder, reminder('prov-fa', 'bar-hcm', 'case-f1'));
    publish(CasesDeadlineBreached, breach('prov-fa', 'bar-hcm', 'case-f1'));
    publish(MatchingOfferExpired, expired('prov-fa', 'offer-fa'));
    // An event no lawyer's feed carries, though it names prov-fa.
    publish(MatchingReferralAssigned, assigned('bar-hcm', 'ref-fa'));
    publish(MatchingOfferExpired, expired('prov-fb', 'offer-fb-last'));
    publish(MatchingOfferExpired, expired('prov-fa', 'offer-fa-last'));
    await nc.flush();
    await until(() => a.received.some((r) => r.data.lawyerFeed.offerId === 'offer-fa-last'), "lawyer a's last event");
    await until(() => b.received.some((r) => r.data.lawyerFeed.offerId === 'offer-fb-last'), "lawyer b's last event");
    expect(a.errors).toEqual([]);
    expect(a.received.map((r) => r.data.lawyerFeed.kind)).toEqual(['DEADLINE_REMINDER', 'DEADLINE_BREACHED', 'OFFER_EXPIRED', 'OFFER_EXPIRED']);
    expect(a.received[0].data.lawyerFeed).toEqual({
      kind: 'DEADLINE_REMINDER', caseId: 'case-f1', offerId: null, providerId: 'prov-fa', deadline: 'HEARING', dueAt: '2026-02-06T03:00:00.000Z', event: { type: 'cases.case.deadline-reminder' },
    });
    expect(b.received.map((r) => r.data.lawyerFeed.offerId)).toEqual(['offer-fb-last']);
  });
});

describe('organisationFeed', () => {
  it("carries its organisation's escalations, assignments and members' breaches, and nothing of another organisation's", async () => {
    const Q = 'subscription { organisationFeed { kind referralId caseId organisationId target dueAt } }';
    const bar = await subscribe(await token({ sub: 'admin-bar', role: 'ORG_ADMIN', org: 'bar-hcm' }), Q);
    const other = await subscribe(await token({ sub: 'admin-dn', role: 'ORG_ADMIN', org: 'bar-dn' }), Q);
    publish(MatchingReferralEscalated, escalated('bar-hcm', 'ref-o1'));
    publish(CasesDeadlineBreached, breach('prov-a', 'bar-hcm', 'case-o1'));
    // A reminder goes to the lawyer, not to the organisation's feed.
    publish(CasesDeadlineReminder, reminder('prov-a', 'bar-hcm', 'case-o2'));
    publish(MatchingReferralEscalated, escalated('bar-dn', 'ref-dn-last'));
    publish(MatchingReferralAssigned, assigned('bar-hcm', 'ref-o1'));
    await nc.flush();
    await until(() => bar.received.some((r) => r.data.organisationFeed.kind === 'REFERRAL_ASSIGNED'), "the bar's last event");
    await until(() => other.received.some((r) => r.data.organisationFeed.referralId === 'ref-dn-last'), "the other bar's last event");
    expect(bar.received.map((r) => [r.data.organisationFeed.kind, r.data.organisationFeed.referralId ?? r.data.organisationFeed.caseId])).toEqual([
      ['REFERRAL_ESCALATED', 'ref-o1'],
      ['DEADLINE_BREACHED', 'case-o1'],
      ['REFERRAL_ASSIGNED', 'ref-o1'],
    ]);
    expect(bar.received[0].data.organisationFeed).toMatchObject({ organisationId: 'bar-hcm', target: 'BAR_ASSOCIATION', dueAt: '2026-02-09T03:00:00.000Z' });
    expect(other.received.map((r) => r.data.organisationFeed.referralId)).toEqual(['ref-dn-last']);
  });

  it('is refused to centre staff and lawyers', async () => {
    for (const claims of [{ sub: 'staff-f', role: 'CENTRE_STAFF', org: 'centre-hcm' }, { sub: 'lawyer-f', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-f' }]) {
      const results = await sseOutcome(gateway, clients, await token(claims), 'subscription { organisationFeed { kind } }');
      expect(JSON.stringify(results)).toContain('FORBIDDEN');
    }
  });
});
