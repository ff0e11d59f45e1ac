import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { type NatsConnection } from '@nats-io/transport-node';
import mongoose, { type Connection } from 'mongoose';
import {
  createEvent,
  DomainError,
  IntakeRequestAccepted,
  IntakeRequestWithdrawn,
  MatchingRpc,
  type Actor,
  type Envelope,
  type RpcDefinition,
} from '@legalaid/contracts';
import { connectNats, Bus, createLogger, RpcClient } from '@legalaid/infra';
import type { z } from 'zod';
import { eventually, startNetwork, type TestNetwork } from '../../../test/support/network.js';
import { resetStreams, testServers } from '../../../test/support/servers.js';

/**
 * The offer life cycle on real NATS JetStream and FerretDB, with two
 * replicas of matching sharing one database and racing for the same timers.
 * Intake's acceptance is published on the bus as intake would publish it.
 */
jest.setTimeout(180_000);

const admin: Actor = { id: 'admin-1', role: 'ADMIN' };
const staff: Actor = { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' };
const barAdmin: Actor = { id: 'bar-admin-1', role: 'ORG_ADMIN', organisationId: 'bar-hcm' };
const otherAdmin: Actor = { id: 'firm-admin-1', role: 'ORG_ADMIN', organisationId: 'firm-x' };
const lawyer = (providerId: string): Actor => ({ id: `user-${providerId}`, role: 'LAWYER', providerId, organisationId: 'bar-hcm' });

const ENV = {
  MATCHING_OFFER_CUSTODY_SECONDS: '4',
  MATCHING_OFFER_URGENT_SECONDS: '600',
  MATCHING_MAX_ATTEMPTS: '2',
  MATCHING_TIMER_POLL_MS: '100',
  MATCHING_INDEX_REFRESH_MS: '500',
};

describe('matching: offers, cascade, escalation and timers', () => {
  let first: TestNetwork;
  let second: TestNetwork;
  let bus: Bus;
  let rpc: RpcClient;
  let nc: NatsConnection;
  /** The database both replicas share, read and written directly where a test needs what no operation shows. */
  let db: Connection;
  const seen: Envelope[] = [];

  const call = <D extends RpcDefinition>(def: D, input: z.input<D['input']>, actor: Actor): Promise<z.infer<D['output']>> =>
    rpc.call(def, input, { actor, correlationId: randomUUID() });
  const codeOf = async (p: Promise<unknown>) => p.then(() => 'no error', (e: DomainError) => e.code);

  async function accept(opts: { reasons: ('CUSTODY' | 'VIOLENCE')[]; language?: string }): Promise<string> {
    const requestId = randomUUID();
    const event = createEvent(
      IntakeRequestAccepted,
      {
        requestId,
        applicantRef: `ap_${randomUUID().replace(/-/g, '')}`,
        channel: 'HOTLINE',
        centreId: 'centre-hcm',
        eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE',
        fieldOfLaw: 'CRIMINAL',
        aidForm: 'PROCEEDINGS',
        provinceCode: '79',
        communeCode: '26734',
        language: opts.language ?? 'vie',
        needsInterpreter: false,
        urgency: { urgent: true, reasons: opts.reasons, deadlineAt: null },
        registerNumber: `2025/centre-hcm/${Math.floor(Math.random() * 99999)}`,
        ruleSetId: 'art7-2018',
        evidence: [],
        opposingPartyHashes: ['ph_opposing0000000001'],
        applicantPartyHash: `ph_${randomUUID().replace(/-/g, '')}`,
        preferredProviderGender: null,
        acceptedAt: new Date().toISOString(),
      },
      { actor: { id: 'service:intake', role: 'SYSTEM' }, correlationId: requestId },
    );
    await bus.publish(event);
    return requestId;
  }

  const referralOf = (requestId: string, status: string) =>
    eventually(async () => {
      const r = await call(MatchingRpc.referralForRequest, { requestId }, staff);
      return r && r.status === status ? r : undefined;
    }, 30_000, `referral of ${requestId} to be ${status}`);

  const detail = (referralId: string) => call(MatchingRpc.referral, { referralId }, staff);
  const eventsOf = (type: string, referralId: string) => seen.filter((e) => e.type === type && (e.data as { referralId?: string }).referralId === referralId);

  beforeAll(async () => {
    const { natsUrl } = testServers();
    await resetStreams(natsUrl);
    first = await startNetwork({ label: 'matching_life', services: ['matching'], extraEnv: { matching: ENV } });
    second = await startNetwork({ label: 'matching_life2', services: ['matching'], extraEnv: { matching: { ...ENV, MONGO_DB: first.env.matching.MONGO_DB } } });
    bus = await Bus.connect({ servers: natsUrl, name: 'matching-test', logger: createLogger('matching-test', 'silent') });
    rpc = await RpcClient.connect({ servers: natsUrl, name: 'matching-test-rpc', timeoutMs: 8000 });
    nc = await connectNats({ servers: natsUrl, name: 'test-harness' });
    db = await mongoose.createConnection(testServers().mongoUrl, { dbName: first.env.matching.MONGO_DB }).asPromise();
    nc.subscribe('legalaid.matching.>', {
      callback: (_e, m) => {
        seen.push(m.json() as Envelope);
      },
    });

    await call(MatchingRpc.registerOrganisation, { organisationId: 'bar-hcm', kind: 'BAR_ASSOCIATION', name: 'Đoàn Luật sư TP. Hồ Chí Minh', provinceCode: '79' }, admin);
    await call(
      MatchingRpc.registerOrganisation,
      { organisationId: 'centre-hcm', kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm TGPL TP. Hồ Chí Minh', provinceCode: '79', escalationOrganisationId: 'bar-hcm' },
      admin,
    );
    const profile = {
      organisationId: 'bar-hcm',
      kind: 'PRO_BONO_LAWYER' as const,
      gender: 'FEMALE' as const,
      fieldsOfLaw: ['CRIMINAL' as const],
      aidForms: ['PROCEEDINGS' as const, 'ADVICE' as const],
      languages: ['vie'],
      remoteAdvice: false,
      capacity: 5,
    };
    // a serves the commune itself and ranks first; b and c serve the province; d is a collaborator (no proceedings).
    await call(MatchingRpc.registerProvider, { ...profile, providerId: 'law-a', displayName: 'LS A', areas: [{ provinceCode: '79', communeCode: '26734' }] }, barAdmin);
    await call(MatchingRpc.registerProvider, { ...profile, providerId: 'law-b', displayName: 'LS B', areas: [{ provinceCode: '79', communeCode: null }] }, barAdmin);
    await call(MatchingRpc.registerProvider, { ...profile, providerId: 'law-c', displayName: 'LS C', areas: [{ provinceCode: '79', communeCode: null }], languages: ['vie', 'khm'] }, barAdmin);
    await call(MatchingRpc.registerProvider, { ...profile, providerId: 'collab-d', kind: 'COLLABORATOR', displayName: 'CTV D', areas: [{ provinceCode: '79', communeCode: null }] }, barAdmin);
  });

  afterAll(async () => {
    if (process.env.DEBUG_MATCHING) {
      for (const net of [first, second]) for (const l of net?.processes.get('matching')?.lines ?? []) if (/"level":[45]0/.test(l)) console.log(l.slice(0, 600));
    }
    await Promise.all([first?.stopAll(), second?.stopAll()]);
    await bus?.close();
    await rpc?.close();
    await nc?.close();
    await db?.close();
  });

  it('registers providers and refuses bad registry input with clear errors', async () => {
    const list = await call(MatchingRpc.providers, { fieldOfLaw: 'CRIMINAL', page: { first: 2 } }, staff);
    expect(list.nodes.map((p) => p.providerId)).toEqual(['collab-d', 'law-a']);
    expect(list.pageInfo.hasNextPage).toBe(true);
    const next = await call(MatchingRpc.providers, { fieldOfLaw: 'CRIMINAL', page: { first: 5, after: list.pageInfo.endCursor } }, staff);
    expect(next.nodes.map((p) => p.providerId)).toEqual(['law-b', 'law-c']);

    expect(await codeOf(call(MatchingRpc.updateProvider, { providerId: 'nobody', patch: { capacity: 3 } }, admin))).toBe('PROVIDER_NOT_FOUND');
    expect(await codeOf(call(MatchingRpc.registerProvider, { ...(await call(MatchingRpc.provider, { providerId: 'law-a' }, admin)), organisationId: 'nowhere', providerId: 'law-z', declaredConflicts: [] } as never, admin))).toMatch(/ORGANISATION_NOT_FOUND|VALIDATION_FAILED/);
    expect(await codeOf(call(MatchingRpc.updateProvider, { providerId: 'law-a', patch: { capacity: 3 } }, otherAdmin))).toBe('FORBIDDEN');
    expect(await codeOf(call(MatchingRpc.updateProvider, { providerId: 'law-a', patch: { capacity: 3 } }, lawyer('law-b')))).toBe('FORBIDDEN');
    const a = await call(MatchingRpc.provider, { providerId: 'law-a' }, admin);
    expect(a.capacity).toBe(5); // nothing changed
  });

  it('offers to the best candidate; refuses an offer that is not yours, an unknown offer and a double accept', async () => {
    const requestId = await accept({ reasons: ['VIOLENCE'] });
    const ref = await referralOf(requestId, 'OFFERED');
    const offers = await call(MatchingRpc.myOffers, {}, lawyer('law-a'));
    const offer = offers.nodes.find((o) => o.referralId === ref.referralId)!;
    expect(offer).toMatchObject({ providerId: 'law-a', status: 'OPEN', attempt: 1 });
    // The count is taken only when asked for, on the same filter as the list.
    expect(offers.totalCount).toBeUndefined();
    const counted = await call(MatchingRpc.myOffers, { withTotalCount: true, page: { first: 1 } }, lawyer('law-a'));
    const open = await call(MatchingRpc.myOffers, { page: { first: 100 } }, lawyer('law-a'));
    expect(counted.totalCount).toBe(open.nodes.length);
    expect(counted.totalCount).toBeGreaterThanOrEqual(1);
    expect((await call(MatchingRpc.myOffers, { withTotalCount: true }, lawyer('law-b'))).totalCount).toBe(
      (await call(MatchingRpc.myOffers, { page: { first: 100 } }, lawyer('law-b'))).nodes.length,
    );

    const made = await eventually(async () => eventsOf('matching.offer.made', ref.referralId)[0], 10_000, 'offer.made on the bus');
    expect(made.data).toMatchObject({ providerId: 'law-a', organisationId: 'bar-hcm', centreId: 'centre-hcm' });

    const before = await detail(ref.referralId);
    expect(before.rankings[0].candidates.map((c) => c.providerId)).toEqual(['law-a', 'law-b', 'law-c']);
    expect(before.rankings[0].excluded).toEqual([{ providerId: 'collab-d', reasons: ['KIND_MAY_NOT_PERFORM_FORM'] }]);
    expect(before.rankings[0].candidates[0].reasons.find((r) => r.factor === 'DISTANCE')).toMatchObject({ detail: 'serves the commune' });

    expect(await codeOf(call(MatchingRpc.acceptOffer, { offerId: offer.offerId }, lawyer('law-b')))).toBe('OFFER_NOT_YOURS');
    expect(await codeOf(call(MatchingRpc.acceptOffer, { offerId: 'off-unknown' }, lawyer('law-a')))).toBe('OFFER_NOT_FOUND');
    expect(await codeOf(call(MatchingRpc.acceptOffer, { offerId: offer.offerId }, staff))).toBe('FORBIDDEN');
    expect((await detail(ref.referralId)).version).toBe(before.version); // refusals changed nothing

    const assigned = await call(MatchingRpc.acceptOffer, { offerId: offer.offerId }, lawyer('law-a'));
    expect(assigned).toMatchObject({ status: 'ASSIGNED', assignedProviderId: 'law-a' });
    expect(await codeOf(call(MatchingRpc.acceptOffer, { offerId: offer.offerId }, lawyer('law-a')))).toBe('ILLEGAL_TRANSITION');
    expect(await codeOf(call(MatchingRpc.declineOffer, { offerId: offer.offerId, reason: 'CAPACITY' }, lawyer('law-a')))).toBe('ILLEGAL_TRANSITION');

    const assignedEvent = await eventually(async () => eventsOf('matching.referral.assigned', ref.referralId)[0], 10_000, 'referral.assigned');
    expect(assignedEvent.data).toMatchObject({ requestId, providerId: 'law-a', organisationId: 'bar-hcm', opposingPartyHashes: ['ph_opposing0000000001'], via: 'OFFER_ACCEPTED' });
    // The provider's counters follow from matching's own events.
    await eventually(async () => {
      const p = await call(MatchingRpc.provider, { providerId: 'law-a' }, admin);
      return p.openCases === 1 && p.offersAccepted === 1 ? p : undefined;
    }, 10_000, "law-a's counters");
    expect(eventsOf('matching.referral.assigned', ref.referralId)).toHaveLength(1);
  });

  it('a decline with a reason moves the offer to the next candidate', async () => {
    const requestId = await accept({ reasons: ['VIOLENCE'] });
    const ref = await referralOf(requestId, 'OFFERED');
    const r1 = await detail(ref.referralId);
    const open = r1.offers.find((o) => o.status === 'OPEN')!;
    expect(await codeOf(call(MatchingRpc.declineOffer, { offerId: open.offerId, reason: 'OTHER' } as never, lawyer(open.providerId)))).toBe('VALIDATION_FAILED');
    await call(MatchingRpc.declineOffer, { offerId: open.offerId, reason: 'OTHER', text: 'Đang đi công tác' }, lawyer(open.providerId));
    const r2 = await detail(ref.referralId);
    expect(r2.offers.map((o) => [o.providerId, o.status, o.declineReason])).toEqual([
      [open.providerId, 'DECLINED', 'OTHER'],
      [r1.rankings[0].candidates[1].providerId, 'OPEN', null],
    ]);
    expect(r2.offers[0].declineText).toBe('Đang đi công tác');
    const declined = await eventually(async () => eventsOf('matching.offer.declined', ref.referralId)[0], 10_000, 'offer.declined');
    expect(JSON.stringify(declined)).not.toContain('công tác'); // the text stays in matching
  });

  it('two replicas race for expiry timers: each offer expires exactly once, then the referral escalates; a late accept is refused', async () => {
    const requestId = await accept({ reasons: ['CUSTODY'] });
    const ref = await referralOf(requestId, 'OFFERED');
    const firstOffer = (await detail(ref.referralId)).offers[0];
    const escalated = await referralOf(requestId, 'ESCALATED');
    const d = await detail(escalated.referralId);
    expect(d.offers.map((o) => o.status)).toEqual(['EXPIRED', 'EXPIRED']); // MATCHING_MAX_ATTEMPTS = 2
    expect(d.escalation).toMatchObject({ organisationId: 'bar-hcm', target: 'BAR_ASSOCIATION', reason: 'ATTEMPTS_EXHAUSTED' });
    await new Promise((r) => setTimeout(r, 1500)); // let any duplicate firing show up
    // Core NATS subscribers also see a relay's repeated publish of the same event (JetStream drops it by
    // Nats-Msg-Id), so count distinct events: one expiry event per offer, one escalation.
    const distinct = (type: string) => [...new Map(eventsOf(type, ref.referralId).map((e) => [e.id, e])).values()];
    const expired = distinct('matching.offer.expired');
    expect(expired.map((e) => (e.data as { offerId: string }).offerId).sort()).toEqual(d.offers.map((o) => o.offerId).sort());
    expect(distinct('matching.referral.escalated')).toHaveLength(1);

    expect(await codeOf(call(MatchingRpc.acceptOffer, { offerId: firstOffer.offerId }, lawyer(firstOffer.providerId)))).toBe('OFFER_EXPIRED');

    // The bar organisation's admin sees it in the queue and assigns a member; others may not.
    const queue = await call(MatchingRpc.escalationQueue, { organisationId: 'bar-hcm', withTotalCount: true }, barAdmin);
    expect(queue.nodes.map((n) => n.referralId)).toContain(ref.referralId);
    expect(queue.totalCount).toBe(queue.nodes.length);
    expect((await call(MatchingRpc.escalationQueue, { organisationId: 'centre-hcm', withTotalCount: true }, admin)).totalCount).toBe(0);
    expect(await codeOf(call(MatchingRpc.escalationQueue, { organisationId: 'bar-hcm' }, otherAdmin))).toBe('FORBIDDEN');
    expect(await codeOf(call(MatchingRpc.assignReferral, { referralId: ref.referralId, providerId: 'law-c' }, otherAdmin))).toBe('FORBIDDEN');
    expect(await codeOf(call(MatchingRpc.assignReferral, { referralId: ref.referralId, providerId: 'nobody' }, barAdmin))).toBe('PROVIDER_NOT_FOUND');
    expect(await codeOf(call(MatchingRpc.assignReferral, { referralId: ref.referralId, providerId: 'collab-d' }, barAdmin))).toBe('NOT_ELIGIBLE');
    const done = await call(MatchingRpc.assignReferral, { referralId: ref.referralId, providerId: 'law-c' }, barAdmin);
    expect(done).toMatchObject({ status: 'ASSIGNED', assignedProviderId: 'law-c' });
  });

  it('an offer expires after a restart of every replica (the timer is data)', async () => {
    const requestId = await accept({ reasons: ['CUSTODY'] });
    const ref = await referralOf(requestId, 'OFFERED');
    const offered = await detail(ref.referralId);
    await Promise.all([first.stop('matching'), second.stop('matching')]);
    await new Promise((r) => setTimeout(r, 4500)); // past the 4 s custody window while nothing runs
    await first.start('matching');
    const after = await eventually(async () => {
      const d = await detail(ref.referralId);
      return d.offers[0].status === 'EXPIRED' ? d : undefined;
    }, 20_000, 'the offer to expire after restart');
    expect(after.offers[0].offerId).toBe(offered.offers[0].offerId);
    expect(after.offers).toHaveLength(2); // cascaded to the next candidate
    await second.start('matching');
  });

  it('a withdrawn request cancels the open offer', async () => {
    const requestId = await accept({ reasons: ['VIOLENCE'] });
    const ref = await referralOf(requestId, 'OFFERED');
    await bus.publish(
      createEvent(
        IntakeRequestWithdrawn,
        {
          requestId,
          applicantRef: `ap_${'x'.repeat(16)}`,
          centreId: 'centre-hcm',
          previousStatus: 'ACCEPTED',
          downstreamStatus: 'REFERRED',
          withdrawnAt: new Date().toISOString(),
        } as never,
        { actor: { id: 'service:intake', role: 'SYSTEM' }, correlationId: requestId },
      ),
    );
    const cancelled = await referralOf(requestId, 'CANCELLED');
    const d = await detail(cancelled.referralId);
    expect(d.offers.map((o) => o.status)).toEqual(['WITHDRAWN']);
  });

  // Rankings with their reasons live in referral_rankings, read by `_id`; the referral keeps the candidate ids.
  type RawRound = { round: number; rankingId: string | null; candidates: { providerId: string; organisationId: string }[] };
  type RawReferral = { _id: string; version: number; hasOutbox?: boolean; rounds?: RawRound[]; rankings?: unknown; offers: { providerId: string; round: number; status: string }[] };
  type RawRanking = { _id: string; referralId: string; round: number; rankingId: string; candidates: { providerId: string; reasons: unknown[] }[]; excludedByReason: Record<string, number> };
  const rawReferral = async (id: string) => (await db.collection('referrals').findOne({ _id: id as never })) as unknown as RawReferral;
  const rawRanking = async (id: string) => (await db.collection('referral_rankings').findOne({ _id: id as never })) as unknown as RawRanking | null;
  const rankingOf = (referralId: string, k: RawRound) => rawRanking(`${referralId}:${k.round}:${k.rankingId}`);

  it('keeps only candidate ids in the referral; the full ranking is stored apart and shown by the view', async () => {
    const requestId = await accept({ reasons: ['VIOLENCE'] });
    const ref = await referralOf(requestId, 'OFFERED');
    const raw = await rawReferral(ref.referralId);
    expect(Object.keys(raw)).not.toContain('rankings');
    // The referral's own state (its outbox may still hold the ranked event, which names exclusions, until the relay has run).
    const { outbox: _pending, ...state } = raw as RawReferral & { outbox?: unknown };
    expect(JSON.stringify(state)).not.toMatch(/"factor"|"detail"|"excluded|"score"/); // no score reasons, no exclusions
    expect(raw.rounds).toHaveLength(1);
    const [round] = raw.rounds!;
    expect(round.rankingId).toEqual(expect.any(String));
    const stored = (await rankingOf(ref.referralId, round))!;
    expect(stored).toMatchObject({ referralId: ref.referralId, round: 1, rankingId: round.rankingId });
    expect(stored.candidates.map((c) => c.providerId)).toEqual(round.candidates.map((c) => c.providerId));
    expect(raw.offers[0].providerId).toBe(round.candidates[0].providerId);
    // The reasons make the ranking the large document, not the referral that every step rewrites.
    expect(JSON.stringify(stored).length).toBeGreaterThan(JSON.stringify(raw.rounds).length * 3);

    const view = await detail(ref.referralId);
    expect(view.rankings).toHaveLength(1);
    expect(view.rankings[0].candidates).toEqual(stored.candidates);
    expect(view.rankings[0].excluded).toEqual([{ providerId: 'collab-d', reasons: ['KIND_MAY_NOT_PERFORM_FORM'] }]);
    expect(view.rankings[0].candidates[0].reasons.length).toBeGreaterThan(0);
  });

  it('a ranking redone after a lost race: the referral points at the ranking its offers came from', async () => {
    const requestId = await accept({ reasons: ['VIOLENCE'] });
    const ref = await referralOf(requestId, 'OFFERED');
    const id = ref.referralId;
    // Wait until the relay has published round 1, so it does not touch the referral's claims below.
    const before = await eventually(async () => {
      const r = await rawReferral(id);
      return r.hasOutbox ? undefined : r;
    }, 10_000, 'round 1 published');

    // Another writer holds the move to the next version (the claim every save takes first) ...
    const claims = db.collection('referrals_version_claims');
    const claimId = `${id}@${before.version + 1}`;
    await eventually(async () => claims.insertOne({ _id: claimId as never, at: new Date() }).then(() => true, () => undefined), 5000, 'the version claim');
    const reassigning = call(MatchingRpc.reassignReferral, { referralId: id, providerId: null }, staff);
    // ... while the centre's reassignment ranks round 2, stores that ranking and waits to save.
    const firstTry = await eventually(async () => {
      const rows = (await db.collection('referral_rankings').find({ referralId: id, round: 2 }).toArray()) as unknown as RawRanking[];
      return rows[0];
    }, 10_000, 'the first round-2 ranking');
    expect(firstTry.candidates.map((c) => c.providerId)).toContain('law-a');
    // The other writer wins: its change (law-a ruled out, as a decline would) makes a later ranking differ.
    await db.collection('referrals').updateOne({ _id: id as never }, { $set: { triedProviderIds: ['law-a'], version: before.version + 1 } });
    await claims.deleteOne({ _id: claimId as never });

    const view = await reassigning; // lost the race, retried on fresh state
    expect(view).toMatchObject({ status: 'OFFERED', round: 2 });
    const after = await rawReferral(id);
    const round2 = after.rounds!.find((k) => k.round === 2)!;
    const used = (await rankingOf(id, round2))!;
    expect(used.rankingId).not.toBe(firstTry.rankingId);
    expect(used.candidates.map((c) => c.providerId)).not.toContain('law-a');
    expect(used.excludedByReason.ALREADY_TRIED).toBe(1);
    expect(round2.candidates.map((c) => c.providerId)).toEqual(used.candidates.map((c) => c.providerId));
    const offer2 = after.offers.find((o) => o.round === 2 && o.status === 'OPEN')!;
    expect(offer2.providerId).toBe(used.candidates[0].providerId);
    // Every ranking stored for round 2 before the race was lost is left unreferenced.
    const all = (await db.collection('referral_rankings').find({ referralId: id, round: 2 }).toArray()) as unknown as RawRanking[];
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.filter((k) => k.rankingId !== round2.rankingId).every((k) => k.candidates.some((c) => c.providerId === 'law-a'))).toBe(true);
    // The view shows the ranking that was used.
    const d = await detail(id);
    expect(d.rankings.map((k) => k.round)).toEqual([1, 2]);
    expect(d.rankings[1].candidates).toEqual(used.candidates);
  });

  it('a referral stored with its rankings inline (before they were stored apart) still reads, cascades and shows them', async () => {
    const id = `ref-legacy-${randomUUID()}`;
    const at = new Date(Date.now() - 60_000);
    const reasons = [{ factor: 'DISTANCE', points: 20, detail: 'serves the province' }];
    const inline = {
      round: 1,
      rankedAt: at,
      considered: 4,
      candidateCount: 2,
      candidates: [
        { rank: 1, providerId: 'law-b', organisationId: 'bar-hcm', score: 50, reasons },
        { rank: 2, providerId: 'law-c', organisationId: 'bar-hcm', score: 45, reasons },
      ],
      excludedByReason: { KIND_MAY_NOT_PERFORM_FORM: 1, FIELD_OF_LAW: 1 },
      excluded: [{ providerId: 'collab-d', reasons: ['KIND_MAY_NOT_PERFORM_FORM'] }],
    };
    const offerId = `off-${randomUUID()}`;
    await db.collection('referrals').insertOne({
      _id: id as never,
      version: 2,
      requestId: randomUUID(),
      applicantRef: `ap_${'l'.repeat(16)}`,
      centreId: 'centre-hcm',
      fieldOfLaw: 'CRIMINAL',
      aidForm: 'PROCEEDINGS',
      provinceCode: '79',
      communeCode: '26734',
      language: 'vie',
      urgency: { urgent: true, reasons: ['VIOLENCE'], deadlineAt: null },
      opposingPartyHashes: ['ph_opposing0000000001'],
      applicantPartyHash: null,
      preferredGender: null,
      status: 'OFFERED',
      round: 1,
      triedProviderIds: [],
      offers: [
        { offerId, providerId: 'law-b', organisationId: 'bar-hcm', round: 1, attempt: 1, status: 'OPEN', offeredAt: at, expiresAt: new Date(Date.now() + 3_600_000), respondedAt: null, declineReason: null, declineText: null },
      ],
      offerIds: [offerId],
      offeredProviderIds: ['law-b'],
      openOfferProviderId: 'law-b',
      offerDueAt: new Date(Date.now() + 3_600_000),
      rankings: [inline],
      assignedProviderId: null,
      assignedOrganisationId: null,
      assignedAt: null,
      previousProviderId: null,
      escalation: null,
      escalationOrganisationId: null,
      createdAt: at,
      updatedAt: at,
      outbox: [],
      hasOutbox: false,
    });
    const asView = (k: typeof inline) => ({ ...k, rankedAt: k.rankedAt.toISOString() });
    // Written by an earlier version straight into the collection: found by its offer id through the index, no start-up step.
    expect((await detail(id)).rankings).toEqual([asView(inline)]);
    // The cascade walks the inline ranking's candidates.
    await call(MatchingRpc.declineOffer, { offerId, reason: 'CAPACITY' }, lawyer('law-b'));
    const declined = await detail(id);
    expect(declined.offers.map((o) => [o.providerId, o.status])).toEqual([
      ['law-b', 'DECLINED'],
      ['law-c', 'OPEN'],
    ]);
    expect(declined.rankings).toEqual([asView(inline)]);
    const raw = await rawReferral(id);
    expect(raw.rounds).toEqual([{ round: 1, rankingId: null, rankedAt: at, candidates: inline.candidates.map((c) => ({ providerId: c.providerId, organisationId: c.organisationId })) }]);

    // A new round is stored apart; the view shows both.
    await call(MatchingRpc.reassignReferral, { referralId: id, providerId: null }, staff);
    const d = await detail(id);
    expect(d.rankings.map((k) => k.round)).toEqual([1, 2]);
    expect(d.rankings[0]).toEqual(asView(inline));
    const round2 = (await rawReferral(id)).rounds!.find((k) => k.round === 2)!;
    expect(d.rankings[1].candidates).toEqual((await rankingOf(id, round2))!.candidates);
    expect(d.rankings[1].candidates.map((c) => c.providerId)).not.toContain('law-b'); // declined: not offered again
    expect(d.rankings[1].candidates[0].reasons.length).toBeGreaterThan(0);
  });
});
