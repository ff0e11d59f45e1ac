import { describe, expect, it } from '@jest/globals';
import { DomainError, vietnamCalendar } from '@legalaid/contracts';
import { loadKindAidForms } from '../src/domain/kind-aid-forms.js';
import { DEFAULT_OFFER_WINDOWS, offerExpiry } from '../src/domain/offer-policy.js';
import { DEFAULT_RANK_POLICY, rank, toIndexed } from '../src/domain/ranking.js';
import { acceptOffer, assignDirectly, cancelReferral, declineOffer, expireDueOffer, openOffer, openReferral, reopenForNewRound, startRound, } from '../src/domain/referral.js';
import { NOW, ph, provider } from './fixtures.js';
const policy = { ...DEFAULT_RANK_POLICY, kindForms: loadKindAidForms() };
const minutes = (n) => new Date(NOW.getTime() + n * 60_000);
const facts = {
    requestId: '0199a1b2-0000-7000-8000-000000000001',
    applicantRef: 'ap_0123456789abcdef',
    centreId: 'centre-hcm',
    fieldOfLaw: 'CRIMINAL',
    aidForm: 'PROCEEDINGS',
    provinceCode: '79',
    communeCode: '26734',
    language: 'vie',
    urgency: { urgent: true, reasons: ['CUSTODY'], deadlineAt: null },
    opposingPartyHashes: [ph(9)],
    applicantPartyHash: null,
    preferredGender: null,
};
const pool = ['a', 'b', 'c', 'd'].map((id, i) => provider(id, { fieldsOfLaw: ['CRIMINAL'], casesByField: { CRIMINAL: 10 - i * 3 } }));
let offerSeq = 0;
let rankingSeq = 0;
function ctx(now, over = {}) {
    return {
        now,
        newOfferId: () => `off-${++offerSeq}`,
        expiresAt: (u, at) => offerExpiry(u, at, DEFAULT_OFFER_WINDOWS, vietnamCalendar),
        maxAttempts: 3,
        stillEligible: () => true,
        escalationTarget: { organisationId: 'bar-hcm', target: 'BAR_ASSOCIATION' },
        ...over,
    };
}
function ranked(now = NOW, c = {}) {
    const opened = openReferral('ref-1', facts, now);
    const ranking = rank(pool.map(toIndexed), { ...facts, exclude: new Set(), now }, policy);
    return startRound(opened.referral, ranking, `rk-${++rankingSeq}`, ctx(now, c));
}
const types = (s) => s.events.map((e) => e.def.type);
const code = (f) => {
    try {
        f();
    }
    catch (e) {
        return e.code;
    }
    return 'no error';
};
describe('offers', () => {
    it('ranks, keeps the round and offers to the best candidate with an urgency-dependent expiry', () => {
        const s = ranked();
        expect(s.referral.status).toBe('OFFERED');
        expect(types(s)).toEqual(['matching.referral.ranked', 'matching.offer.made']);
        const o = openOffer(s.referral);
        expect(o.providerId).toBe('a'); // most experienced in criminal law
        expect(o.expiresAt).toEqual(minutes(120)); // custody: two hours on the clock
        expect(s.referral.offerDueAt).toEqual(o.expiresAt);
        expect(s.referral.rounds[0].candidates.map((c) => c.providerId)).toEqual(['a', 'b', 'c', 'd']);
    });
    it('keeps only the candidate ids in the referral and returns the full ranking to store apart', () => {
        const s = ranked();
        const rankingId = s.referral.rounds[0].rankingId;
        expect(s.referral.rounds).toEqual([
            { round: 1, rankingId, rankedAt: NOW, candidates: ['a', 'b', 'c', 'd'].map((providerId) => ({ providerId, organisationId: 'bar-hcm' })) },
        ]);
        expect(s.referral.rankings).toBeUndefined();
        expect(JSON.stringify(s.referral)).not.toMatch(/"factor"|"detail"|"excluded|"score"|"considered"/); // no score reasons, no exclusions
        expect(s.ranking).toMatchObject({ _id: `ref-1:1:${rankingId}`, referralId: 'ref-1', round: 1, rankingId, rankedAt: NOW, considered: 4, candidateCount: 4 });
        expect(s.ranking.candidates.map((c) => c.providerId)).toEqual(['a', 'b', 'c', 'd']);
        expect(s.ranking.candidates[0].reasons.find((r) => r.factor === 'EXPERIENCE')).toMatchObject({ detail: '10 earlier matters in CRIMINAL' });
        // The event still carries the counts, from the ranking itself.
        expect(s.events[0].data).toMatchObject({ round: 1, considered: 4, candidates: 4, topProviderIds: ['a', 'b', 'c', 'd'] });
    });
    it('counts non-urgent offers in working days (the day of the offer does not count)', () => {
        const friday = new Date('2025-09-12T03:00:00Z');
        const expiry = offerExpiry({ urgent: false, reasons: [], deadlineAt: null }, friday, DEFAULT_OFFER_WINDOWS, vietnamCalendar);
        expect(expiry.toISOString()).toBe('2025-09-16T16:59:59.999Z'); // end of Tuesday in Viet Nam
    });
    it('accept assigns the referral to the offered provider', () => {
        const s = ranked();
        const o = openOffer(s.referral);
        const a = acceptOffer(s.referral, o.offerId, 'a', minutes(10));
        expect(a.referral.status).toBe('ASSIGNED');
        expect(a.referral.assignedProviderId).toBe('a');
        expect(a.referral.offerDueAt).toBeNull();
        expect(types(a)).toEqual(['matching.offer.accepted', 'matching.referral.assigned']);
        expect(a.events[1].data).toMatchObject({ providerId: 'a', organisationId: 'bar-hcm', via: 'OFFER_ACCEPTED', opposingPartyHashes: [ph(9)] });
    });
    it.each([
        ['unknown offer', (r) => acceptOffer(r, 'off-nope', 'a', minutes(1)), 'OFFER_NOT_FOUND'],
        ['offer that is not yours', (r) => acceptOffer(r, openOffer(r).offerId, 'b', minutes(1)), 'OFFER_NOT_YOURS'],
        ['accept after expiry, before the timer fired', (r) => acceptOffer(r, openOffer(r).offerId, 'a', minutes(121)), 'OFFER_EXPIRED'],
        ['decline after expiry', (r) => declineOffer(r, openOffer(r).offerId, 'a', 'CAPACITY', null, ctx(minutes(200))), 'OFFER_EXPIRED'],
        [
            'double accept',
            (r) => {
                const id = openOffer(r).offerId;
                return acceptOffer(acceptOffer(r, id, 'a', minutes(1)).referral, id, 'a', minutes(2));
            },
            'ILLEGAL_TRANSITION',
        ],
    ])('refuses %s with a clear code', (_n, f, expected) => {
        const s = ranked();
        const before = JSON.stringify(s.referral);
        expect(code(() => f(s.referral))).toBe(expected);
        expect(JSON.stringify(s.referral)).toBe(before); // nothing changed
    });
    it('a late accept of an offer the timer expired is refused with OFFER_EXPIRED', () => {
        const s = ranked();
        const id = openOffer(s.referral).offerId;
        const expired = expireDueOffer(s.referral, ctx(minutes(121)));
        expect(code(() => acceptOffer(expired.referral, id, 'a', minutes(122)))).toBe('OFFER_EXPIRED');
    });
});
describe('cascade and escalation', () => {
    it('decline and expiry move to the next candidates; the third failure escalates to the bar organisation', () => {
        let s = ranked();
        const first = openOffer(s.referral);
        s = declineOffer(s.referral, first.offerId, 'a', 'CONFLICT', null, ctx(minutes(5)));
        expect(types(s)).toEqual(['matching.offer.declined', 'matching.offer.made']);
        expect(openOffer(s.referral).providerId).toBe('b');
        expect(expireDueOffer(s.referral, ctx(minutes(100)))).toBeNull(); // not due yet
        const second = expireDueOffer(s.referral, ctx(minutes(125)));
        expect(types(second)).toEqual(['matching.offer.expired', 'matching.offer.made']);
        expect(openOffer(second.referral).providerId).toBe('c');
        expect(openOffer(second.referral).attempt).toBe(3);
        const third = expireDueOffer(second.referral, ctx(minutes(250)));
        expect(types(third)).toEqual(['matching.offer.expired', 'matching.referral.escalated']);
        expect(third.referral.status).toBe('ESCALATED');
        expect(third.referral.offerDueAt).toBeNull();
        expect(third.events[1].data).toMatchObject({ organisationId: 'bar-hcm', target: 'BAR_ASSOCIATION', reason: 'ATTEMPTS_EXHAUSTED', attempts: 3 });
        expect(third.referral.triedProviderIds).toEqual(['a', 'b', 'c']);
    });
    it('an expired offer fires once: the same state yields nothing the second time', () => {
        const s = ranked();
        const once = expireDueOffer(s.referral, ctx(minutes(121)));
        const again = expireDueOffer(once.referral, ctx(minutes(121)));
        expect(again).toBeNull(); // the next offer is not yet due
    });
    it('skips candidates no longer eligible and escalates to the centre when none is left', () => {
        const s = ranked(NOW, { stillEligible: (id) => id === 'd', escalationTarget: { organisationId: 'centre-hcm', target: 'CENTRE_OFFICERS' } });
        expect(openOffer(s.referral).providerId).toBe('d');
        const d = declineOffer(s.referral, openOffer(s.referral).offerId, 'd', 'OTHER', 'travelling', ctx(minutes(1), { stillEligible: (id) => id === 'd', escalationTarget: { organisationId: 'centre-hcm', target: 'CENTRE_OFFICERS' } }));
        expect(d.referral.status).toBe('ESCALATED');
        expect(d.events[1].data).toMatchObject({ target: 'CENTRE_OFFICERS', reason: 'NO_CANDIDATE', organisationId: 'centre-hcm' });
        expect(d.referral.offers[0].declineText).toBe('travelling');
        expect(JSON.stringify(d.events)).not.toContain('travelling'); // free text stays out of events
    });
    it('escalates at once when no provider passes the filters', () => {
        const opened = openReferral('ref-2', { ...facts, language: 'khm' }, NOW);
        const ranking = rank(pool.map(toIndexed), { ...facts, language: 'khm', exclude: new Set(), now: NOW }, policy);
        const s = startRound(opened.referral, ranking, 'rk-khm', ctx(NOW));
        expect(s.referral.status).toBe('ESCALATED');
        expect(s.referral.rounds).toEqual([{ round: 1, rankingId: 'rk-khm', rankedAt: NOW, candidates: [] }]);
        expect(s.ranking.excludedByReason).toEqual({ LANGUAGE: 4 });
    });
    it('an organisation admin assigns an escalated referral; only escalated ones', () => {
        const s = ranked();
        expect(code(() => assignDirectly(s.referral, { providerId: 'x', organisationId: 'bar-hcm' }, 'ORGANISATION_ASSIGNMENT', minutes(1)))).toBe('ILLEGAL_TRANSITION');
        let r = s.referral;
        for (let i = 0; i < 3; i++)
            r = expireDueOffer(r, ctx(minutes(121 * (i + 1)))).referral;
        expect(r.status).toBe('ESCALATED');
        const a = assignDirectly(r, { providerId: 'x', organisationId: 'bar-hcm' }, 'ORGANISATION_ASSIGNMENT', minutes(500));
        expect(a.referral.status).toBe('ASSIGNED');
        expect(a.events[0].data).toMatchObject({ providerId: 'x', via: 'ORGANISATION_ASSIGNMENT' });
    });
    it('the centre reassigns an offered referral: the open offer is withdrawn', () => {
        const s = ranked();
        const a = assignDirectly(s.referral, { providerId: 'd', organisationId: 'bar-hcm' }, 'CENTRE_REASSIGNMENT', minutes(1));
        expect(types(a)).toEqual(['matching.offer.withdrawn', 'matching.referral.assigned']);
        expect(a.referral.offers[0].status).toBe('WITHDRAWN');
    });
    it('a transferred case starts a new round without the previous provider', () => {
        const s = ranked();
        const assigned = acceptOffer(s.referral, openOffer(s.referral).offerId, 'a', minutes(1)).referral;
        expect(code(() => reopenForNewRound(assigned, 'REASSIGNED', minutes(2)))).toBe('ILLEGAL_TRANSITION');
        const reopened = reopenForNewRound(assigned, 'CASE_TRANSFERRED', minutes(2)).referral;
        expect(reopened.status).toBe('PENDING');
        const ranking = rank(pool.map(toIndexed), { ...facts, exclude: new Set(reopened.triedProviderIds), now: minutes(2) }, policy);
        const round2 = startRound(reopened, ranking, 'rk-2', ctx(minutes(2)));
        expect(round2.referral.round).toBe(2);
        expect(round2.referral.rounds.map((k) => [k.round, k.candidates.map((c) => c.providerId)])).toEqual([
            [1, ['a', 'b', 'c', 'd']],
            [2, ['b', 'c', 'd']],
        ]);
        expect(round2.ranking._id).toBe('ref-1:2:rk-2');
        expect(openOffer(round2.referral).providerId).toBe('b');
        const accepted = acceptOffer(round2.referral, openOffer(round2.referral).offerId, 'b', minutes(3));
        expect(accepted.events[1].data).toMatchObject({ previousProviderId: 'a', round: 2 });
    });
    it('withdrawal cancels an open referral and its offer; an assigned one is left to case-tracking', () => {
        const s = ranked();
        const c = cancelReferral(s.referral, minutes(1));
        expect(c.referral.status).toBe('CANCELLED');
        expect(types(c)).toEqual(['matching.offer.withdrawn', 'matching.referral.cancelled']);
        expect(cancelReferral(c.referral, minutes(2))).toBeNull();
        const assigned = acceptOffer(s.referral, openOffer(s.referral).offerId, 'a', minutes(1)).referral;
        expect(cancelReferral(assigned, minutes(2))).toBeNull();
    });
});
describe('domain errors are values with codes', () => {
    it('uses DomainError', () => {
        const s = ranked();
        expect(() => acceptOffer(s.referral, 'off-x', 'a', NOW)).toThrow(DomainError);
    });
});
//# sourceMappingURL=referral.spec.js.map