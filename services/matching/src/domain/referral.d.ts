import { type AidForm, type DeclineReason, type EventDefinition, type FieldOfLaw, type Urgency } from '@legalaid/contracts';
import type { Ranking } from './ranking.js';
/**
 * The Referral of one accepted request to one provider, as a state machine:
 *
 *   PENDING ─rank─▶ OFFERED ─accept─▶ ASSIGNED
 *                     │ ▲ decline/expire (next candidate)
 *                     ▼
 *                  ESCALATED ─admin assigns─▶ ASSIGNED
 *   PENDING/OFFERED/ESCALATED ─request withdrawn─▶ CANCELLED
 *   ASSIGNED ─case transferred─▶ PENDING (new round, previous provider excluded)
 *
 * Pure: time, ids and the current eligibility of candidates come in as
 * parameters; every step returns the new state and the events it causes.
 */
export type ReferralStatus = 'PENDING' | 'OFFERED' | 'ASSIGNED' | 'ESCALATED' | 'CANCELLED';
export type OfferStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN';
export type EscalationTarget = {
    organisationId: string;
    target: 'BAR_ASSOCIATION' | 'CENTRE_OFFICERS';
};
export type Gender = 'FEMALE' | 'MALE' | 'OTHER';
export interface Offer {
    offerId: string;
    providerId: string;
    organisationId: string;
    round: number;
    attempt: number;
    status: OfferStatus;
    offeredAt: Date;
    expiresAt: Date;
    respondedAt: Date | null;
    declineReason: DeclineReason | null;
    /** The provider's words for OTHER; stays in matching, never in an event. */
    declineText: string | null;
}
/** A ranking with the round it served and when it was made. */
export interface RoundRanking extends Ranking {
    round: number;
    rankedAt: Date;
}
/**
 * A ranking round's full ranking (every candidate's and excluded provider's
 * reasons), stored apart from the referral and never changed: the referral
 * is read and rewritten on every step, and the reasons would make it large.
 */
export interface StoredRanking extends RoundRanking {
    /** `<referralId>:<round>:<rankingId>` (see rankingKey). */
    _id: string;
    referralId: string;
    rankingId: string;
}
/** What the referral keeps of a ranking round: the candidates in order, for the cascade to walk. */
export interface ReferralRound {
    round: number;
    /** Names the stored ranking; new for each ranking attempt. Null for a round whose ranking the referral holds inline (`rankings`). */
    rankingId: string | null;
    rankedAt: Date;
    candidates: {
        providerId: string;
        organisationId: string;
    }[];
}
export declare function rankingKey(referralId: string, round: number, rankingId: string): string;
export interface Referral extends RequestFacts {
    _id: string;
    version: number;
    status: ReferralStatus;
    round: number;
    /** Providers who declined, let an offer expire or had the matter transferred away: never offered it again. */
    triedProviderIds: string[];
    offers: Offer[];
    /** Flat copies for queries (FerretDB v1 is safest with top-level arrays). */
    offerIds: string[];
    offeredProviderIds: string[];
    openOfferProviderId: string | null;
    /** The timer: when the open offer lapses (DESIGN.md §6 timers as data). */
    offerDueAt: Date | null;
    rounds: ReferralRound[];
    /** Referrals written before rankings were stored apart hold their rounds' full rankings here; read only. */
    rankings?: RoundRanking[];
    assignedProviderId: string | null;
    assignedOrganisationId: string | null;
    assignedAt: Date | null;
    previousProviderId: string | null;
    escalation: {
        organisationId: string;
        target: EscalationTarget['target'];
        reason: 'ATTEMPTS_EXHAUSTED' | 'NO_CANDIDATE';
        escalatedAt: Date;
    } | null;
    escalationOrganisationId: string | null;
    createdAt: Date;
    updatedAt: Date;
    appliedEventIds?: string[];
}
export interface PendingEvent {
    def: EventDefinition;
    data: unknown;
}
export interface Step {
    referral: Referral;
    events: PendingEvent[];
}
/** A new round: the caller stores `ranking` before it saves the referral that points at it. */
export interface RoundStep extends Step {
    ranking: StoredRanking;
}
export interface CascadeContext {
    now: Date;
    newOfferId: () => string;
    /** When an offer made now lapses, for this matter's urgency. */
    expiresAt: (urgency: Urgency, now: Date) => Date;
    /** Offers per round before escalation. */
    maxAttempts: number;
    /** Whether a ranked candidate still passes the hard filters now (the registry may have changed since ranking). */
    stillEligible: (providerId: string) => boolean;
    escalationTarget: EscalationTarget;
}
/** A reaction that creates a document derives its id from the causing event (DESIGN.md §6). */
export declare function referralIdFor(acceptedEventId: string): string;
export interface RequestFacts {
    requestId: string;
    applicantRef: string;
    centreId: string;
    fieldOfLaw: FieldOfLaw;
    aidForm: AidForm;
    provinceCode: string;
    communeCode: string | null;
    language: string;
    urgency: Urgency;
    opposingPartyHashes: string[];
    applicantPartyHash: string | null;
    preferredGender: Gender | null;
}
export declare function openReferral(id: string, f: RequestFacts, now: Date): Step;
export declare function openOffer(r: Referral): Offer | undefined;
/** The providers a new ranking must leave out. */
export declare function excludedFromRanking(r: Referral): Set<string>;
/**
 * Starts a new ranking round and offers the matter to its best candidate.
 * The referral keeps only the ordered candidate ids; the full ranking comes
 * back for the caller to store under a key made from `rankingId`.
 */
export declare function startRound(r: Referral, ranking: Ranking, rankingId: string, ctx: CascadeContext): RoundStep;
/** Offers to the next ranked candidate of the current round, or escalates when attempts or candidates run out. */
export declare function offerNext(r: Referral, ctx: CascadeContext): Step;
export declare function acceptOffer(r: Referral, offerId: string, providerId: string, now: Date): Step;
export declare function declineOffer(r: Referral, offerId: string, providerId: string, reason: DeclineReason, text: string | null, ctx: CascadeContext): Step;
/** Fires the offer timer: null when nothing is due (already answered, or not yet due). */
export declare function expireDueOffer(r: Referral, ctx: CascadeContext): Step | null;
/**
 * Assigns without an offer: an organisation admin placing an escalated
 * matter with a member, or the centre naming a provider.
 */
export declare function assignDirectly(r: Referral, provider: {
    providerId: string;
    organisationId: string;
}, via: 'ORGANISATION_ASSIGNMENT' | 'CENTRE_REASSIGNMENT', now: Date): Step;
/**
 * Puts the referral back to PENDING for a new ranking round: the centre asks
 * for one, or case-tracking transferred the case away from its provider
 * (who is then excluded).
 */
export declare function reopenForNewRound(r: Referral, reason: 'REASSIGNED' | 'CASE_TRANSFERRED', now: Date): Step;
/** The request was withdrawn: open offers are withdrawn and the referral cancelled; null when nothing is left to cancel. */
export declare function cancelReferral(r: Referral, now: Date): Step | null;
