import { DomainError, MatchingOfferAccepted, MatchingOfferDeclined, MatchingOfferExpired, MatchingOfferMade, MatchingOfferWithdrawn, MatchingReferralAssigned, MatchingReferralCancelled, MatchingReferralCreated, MatchingReferralEscalated, MatchingReferralRanked, } from '@legalaid/contracts';
export function rankingKey(referralId, round, rankingId) {
    return `${referralId}:${round}:${rankingId}`;
}
function ev(def, data) {
    return { def, data };
}
/** A reaction that creates a document derives its id from the causing event (DESIGN.md §6). */
export function referralIdFor(acceptedEventId) {
    return `ref-${acceptedEventId}`;
}
export function openReferral(id, f, now) {
    const referral = {
        _id: id,
        version: 1,
        ...f,
        status: 'PENDING',
        round: 0,
        triedProviderIds: [],
        offers: [],
        offerIds: [],
        offeredProviderIds: [],
        openOfferProviderId: null,
        offerDueAt: null,
        rounds: [],
        assignedProviderId: null,
        assignedOrganisationId: null,
        assignedAt: null,
        previousProviderId: null,
        escalation: null,
        escalationOrganisationId: null,
        createdAt: now,
        updatedAt: now,
    };
    return {
        referral,
        events: [
            ev(MatchingReferralCreated, {
                referralId: id,
                requestId: f.requestId,
                applicantRef: f.applicantRef,
                centreId: f.centreId,
                fieldOfLaw: f.fieldOfLaw,
                aidForm: f.aidForm,
                status: 'PENDING',
            }),
        ],
    };
}
export function openOffer(r) {
    return r.offers.find((o) => o.status === 'OPEN');
}
/** The providers a new ranking must leave out. */
export function excludedFromRanking(r) {
    return new Set(r.triedProviderIds);
}
/**
 * Starts a new ranking round and offers the matter to its best candidate.
 * The referral keeps only the ordered candidate ids; the full ranking comes
 * back for the caller to store under a key made from `rankingId`.
 */
export function startRound(r, ranking, rankingId, ctx) {
    if (r.status !== 'PENDING')
        throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is ${r.status}; a ranking round starts only from PENDING`);
    const round = r.round + 1;
    const stored = { ...ranking, _id: rankingKey(r._id, round, rankingId), referralId: r._id, rankingId, round, rankedAt: ctx.now };
    const kept = {
        round,
        rankingId,
        rankedAt: ctx.now,
        candidates: ranking.candidates.map((c) => ({ providerId: c.providerId, organisationId: c.organisationId })),
    };
    const next = { ...r, round, rounds: [...r.rounds, kept], updatedAt: ctx.now };
    const ranked = ev(MatchingReferralRanked, {
        referralId: r._id,
        requestId: r.requestId,
        centreId: r.centreId,
        round,
        considered: ranking.considered,
        candidates: ranking.candidateCount,
        topProviderIds: ranking.candidates.slice(0, 20).map((c) => c.providerId),
        excludedByReason: ranking.excludedByReason,
    });
    const step = offerNext(next, ctx);
    return { referral: step.referral, events: [ranked, ...step.events], ranking: stored };
}
/** Offers to the next ranked candidate of the current round, or escalates when attempts or candidates run out. */
export function offerNext(r, ctx) {
    const thisRound = r.offers.filter((o) => o.round === r.round);
    if (thisRound.length >= ctx.maxAttempts)
        return escalate(r, 'ATTEMPTS_EXHAUSTED', ctx);
    const ranking = r.rounds.find((k) => k.round === r.round);
    const skip = new Set([...r.triedProviderIds, ...thisRound.map((o) => o.providerId)]);
    const next = ranking?.candidates.find((c) => !skip.has(c.providerId) && ctx.stillEligible(c.providerId));
    if (!next)
        return escalate(r, 'NO_CANDIDATE', ctx);
    const offer = {
        offerId: ctx.newOfferId(),
        providerId: next.providerId,
        organisationId: next.organisationId,
        round: r.round,
        attempt: thisRound.length + 1,
        status: 'OPEN',
        offeredAt: ctx.now,
        expiresAt: ctx.expiresAt(r.urgency, ctx.now),
        respondedAt: null,
        declineReason: null,
        declineText: null,
    };
    const referral = {
        ...r,
        status: 'OFFERED',
        offers: [...r.offers, offer],
        offerIds: [...r.offerIds, offer.offerId],
        offeredProviderIds: r.offeredProviderIds.includes(offer.providerId) ? r.offeredProviderIds : [...r.offeredProviderIds, offer.providerId],
        openOfferProviderId: offer.providerId,
        offerDueAt: offer.expiresAt,
        updatedAt: ctx.now,
    };
    return {
        referral,
        events: [
            ev(MatchingOfferMade, {
                ...offerRef(r, offer),
                fieldOfLaw: r.fieldOfLaw,
                aidForm: r.aidForm,
                urgent: r.urgency.urgent,
                round: r.round,
                attempt: offer.attempt,
                offeredAt: offer.offeredAt.toISOString(),
                expiresAt: offer.expiresAt.toISOString(),
            }),
        ],
    };
}
function escalate(r, reason, ctx) {
    const attempts = r.offers.filter((o) => o.round === r.round).length;
    const escalation = { ...ctx.escalationTarget, reason, escalatedAt: ctx.now };
    return {
        referral: {
            ...r,
            status: 'ESCALATED',
            openOfferProviderId: null,
            offerDueAt: null,
            escalation,
            escalationOrganisationId: escalation.organisationId,
            updatedAt: ctx.now,
        },
        events: [
            ev(MatchingReferralEscalated, {
                referralId: r._id,
                requestId: r.requestId,
                centreId: r.centreId,
                organisationId: escalation.organisationId,
                target: escalation.target,
                reason,
                attempts,
                escalatedAt: ctx.now.toISOString(),
            }),
        ],
    };
}
function offerRef(r, o) {
    return { referralId: r._id, offerId: o.offerId, requestId: r.requestId, centreId: r.centreId, providerId: o.providerId, organisationId: o.organisationId };
}
/** Finds the offer the provider answers, refusing with a clear code when it cannot be answered. */
function answerable(r, offerId, providerId, now) {
    const offer = r.offers.find((o) => o.offerId === offerId);
    if (!offer)
        throw new DomainError('OFFER_NOT_FOUND', `no offer ${offerId}`);
    if (offer.providerId !== providerId)
        throw new DomainError('OFFER_NOT_YOURS', `offer ${offerId} was made to another provider`);
    if (offer.status === 'EXPIRED' || (offer.status === 'OPEN' && new Date(offer.expiresAt).getTime() <= now.getTime())) {
        throw new DomainError('OFFER_EXPIRED', `offer ${offerId} expired at ${new Date(offer.expiresAt).toISOString()}; it can no longer be answered`);
    }
    if (offer.status !== 'OPEN')
        throw new DomainError('ILLEGAL_TRANSITION', `offer ${offerId} was already ${offer.status.toLowerCase()}`);
    return offer;
}
function replaceOffer(r, changed) {
    return r.offers.map((o) => (o.offerId === changed.offerId ? changed : o));
}
function assignedEvent(r, providerId, organisationId, via, now) {
    return ev(MatchingReferralAssigned, {
        referralId: r._id,
        requestId: r.requestId,
        applicantRef: r.applicantRef,
        providerId,
        organisationId,
        centreId: r.centreId,
        fieldOfLaw: r.fieldOfLaw,
        aidForm: r.aidForm,
        opposingPartyHashes: r.opposingPartyHashes,
        urgent: r.urgency.urgent,
        via,
        round: Math.max(r.round, 1),
        previousProviderId: r.previousProviderId,
        assignedAt: now.toISOString(),
    });
}
export function acceptOffer(r, offerId, providerId, now) {
    const offer = answerable(r, offerId, providerId, now);
    const accepted = { ...offer, status: 'ACCEPTED', respondedAt: now };
    const referral = {
        ...r,
        status: 'ASSIGNED',
        offers: replaceOffer(r, accepted),
        openOfferProviderId: null,
        offerDueAt: null,
        assignedProviderId: offer.providerId,
        assignedOrganisationId: offer.organisationId,
        assignedAt: now,
        updatedAt: now,
    };
    return {
        referral,
        events: [
            ev(MatchingOfferAccepted, { ...offerRef(r, offer), acceptedAt: now.toISOString() }),
            assignedEvent(r, offer.providerId, offer.organisationId, 'OFFER_ACCEPTED', now),
        ],
    };
}
export function declineOffer(r, offerId, providerId, reason, text, ctx) {
    const offer = answerable(r, offerId, providerId, ctx.now);
    const declined = { ...offer, status: 'DECLINED', respondedAt: ctx.now, declineReason: reason, declineText: reason === 'OTHER' ? text : null };
    const next = {
        ...r,
        offers: replaceOffer(r, declined),
        triedProviderIds: [...r.triedProviderIds, offer.providerId],
        openOfferProviderId: null,
        offerDueAt: null,
    };
    const step = offerNext(next, ctx);
    return { referral: step.referral, events: [ev(MatchingOfferDeclined, { ...offerRef(r, offer), reason, declinedAt: ctx.now.toISOString() }), ...step.events] };
}
/** Fires the offer timer: null when nothing is due (already answered, or not yet due). */
export function expireDueOffer(r, ctx) {
    const offer = openOffer(r);
    if (r.status !== 'OFFERED' || !offer || new Date(offer.expiresAt).getTime() > ctx.now.getTime())
        return null;
    const expired = { ...offer, status: 'EXPIRED', respondedAt: ctx.now };
    const next = {
        ...r,
        offers: replaceOffer(r, expired),
        triedProviderIds: [...r.triedProviderIds, offer.providerId],
        openOfferProviderId: null,
        offerDueAt: null,
    };
    const step = offerNext(next, ctx);
    return { referral: step.referral, events: [ev(MatchingOfferExpired, { ...offerRef(r, offer), expiredAt: ctx.now.toISOString() }), ...step.events] };
}
function withdrawOpen(r, reason, now) {
    const offer = openOffer(r);
    if (!offer)
        return { referral: r, events: [] };
    const withdrawn = { ...offer, status: 'WITHDRAWN', respondedAt: now };
    return {
        referral: { ...r, offers: replaceOffer(r, withdrawn), openOfferProviderId: null, offerDueAt: null },
        events: [ev(MatchingOfferWithdrawn, { ...offerRef(r, offer), reason, withdrawnAt: now.toISOString() })],
    };
}
/**
 * Assigns without an offer: an organisation admin placing an escalated
 * matter with a member, or the centre naming a provider.
 */
export function assignDirectly(r, provider, via, now) {
    if (via === 'ORGANISATION_ASSIGNMENT' && r.status !== 'ESCALATED') {
        throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is ${r.status}; only an escalated referral is assigned from the queue`);
    }
    if (r.status === 'ASSIGNED' || r.status === 'CANCELLED') {
        throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is ${r.status}${r.status === 'ASSIGNED' ? '; an assigned matter moves by transferring its case' : ''}`);
    }
    const w = withdrawOpen(r, 'REASSIGNED', now);
    const referral = {
        ...w.referral,
        status: 'ASSIGNED',
        round: Math.max(r.round, 1),
        assignedProviderId: provider.providerId,
        assignedOrganisationId: provider.organisationId,
        assignedAt: now,
        updatedAt: now,
    };
    return { referral, events: [...w.events, assignedEvent(referral, provider.providerId, provider.organisationId, via, now)] };
}
/**
 * Puts the referral back to PENDING for a new ranking round: the centre asks
 * for one, or case-tracking transferred the case away from its provider
 * (who is then excluded).
 */
export function reopenForNewRound(r, reason, now) {
    if (r.status === 'CANCELLED')
        throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is cancelled`);
    if (reason === 'REASSIGNED' && r.status === 'ASSIGNED') {
        throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is assigned; an assigned matter moves by transferring its case`);
    }
    if (reason === 'CASE_TRANSFERRED' && r.status !== 'ASSIGNED') {
        throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is ${r.status}; only an assigned referral's case can be transferred`);
    }
    const w = withdrawOpen(r, reason, now);
    const previous = r.assignedProviderId;
    const tried = previous && !w.referral.triedProviderIds.includes(previous) ? [...w.referral.triedProviderIds, previous] : w.referral.triedProviderIds;
    return {
        referral: {
            ...w.referral,
            status: 'PENDING',
            triedProviderIds: tried,
            previousProviderId: previous ?? r.previousProviderId,
            assignedProviderId: null,
            assignedOrganisationId: null,
            assignedAt: null,
            escalation: null,
            escalationOrganisationId: null,
            updatedAt: now,
        },
        events: w.events,
    };
}
/** The request was withdrawn: open offers are withdrawn and the referral cancelled; null when nothing is left to cancel. */
export function cancelReferral(r, now) {
    if (r.status === 'ASSIGNED' || r.status === 'CANCELLED')
        return null;
    const w = withdrawOpen(r, 'REQUEST_WITHDRAWN', now);
    return {
        referral: { ...w.referral, status: 'CANCELLED', escalationOrganisationId: null, updatedAt: now },
        events: [
            ...w.events,
            ev(MatchingReferralCancelled, { referralId: r._id, requestId: r.requestId, centreId: r.centreId, reason: 'REQUEST_WITHDRAWN', cancelledAt: now.toISOString() }),
        ],
    };
}
//# sourceMappingURL=referral.js.map