import {
  DomainError,
  MatchingOfferAccepted,
  MatchingOfferConflictCleared,
  MatchingOfferDeclined,
  MatchingOfferExpired,
  MatchingOfferMade,
  MatchingOfferWithdrawn,
  MatchingReferralAssigned,
  MatchingReferralCancelled,
  MatchingReferralCreated,
  MatchingReferralEscalated,
  MatchingReferralEscalationReminder,
  MatchingReferralRanked,
  type AidForm,
  type DataOf,
  type DeclineReason,
  type EventDefinition,
  type FieldOfLaw,
  type MatterParties,
  type Urgency,
} from '@legalaid/contracts';
import type { Ranking } from './ranking.js';

/**
 * The Referral of one accepted request to one provider, as a state machine:
 *
 *   PENDING ─rank─▶ OFFERED ─accept─▶ ASSIGNED
 *                     │ ▲ decline/expire (next candidate)
 *                     ▼
 *                  ESCALATED ─admin assigns─▶ ASSIGNED
 *   ESCALATED ─deadline passed─▶ ESCALATED one level up (bar organisation → centre officers → director)
 *   PENDING/OFFERED/ESCALATED ─request withdrawn─▶ CANCELLED
 *   ASSIGNED ─case transferred─▶ PENDING (new round, previous provider excluded)
 *
 * Pure: time, ids and the current eligibility of candidates come in as
 * parameters; every step returns the new state and the events it causes.
 */
export type ReferralStatus = 'PENDING' | 'OFFERED' | 'ASSIGNED' | 'ESCALATED' | 'CANCELLED';
export type OfferStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN';
/**
 * Who must place an escalated matter, in the order it moves up when a queue's deadline
 * passes: the bar organisation named by the centre, the centre's own officers, the
 * centre's director. The last two are queues of the centre itself.
 */
export type EscalationLevel = 'BAR_ASSOCIATION' | 'CENTRE_OFFICERS' | 'CENTRE_DIRECTOR';
export type EscalationTarget = { organisationId: string; target: EscalationLevel };
export type EscalationReason = 'ATTEMPTS_EXHAUSTED' | 'NO_CANDIDATE' | 'DEADLINE_PASSED';

/** The queue above this one, or null at the top (the director). */
export function nextEscalationTarget(current: EscalationLevel, centreId: string): EscalationTarget | null {
  if (current === 'BAR_ASSOCIATION') return { organisationId: centreId, target: 'CENTRE_OFFICERS' };
  if (current === 'CENTRE_OFFICERS') return { organisationId: centreId, target: 'CENTRE_DIRECTOR' };
  return null;
}

export interface Escalation {
  organisationId: string;
  target: EscalationLevel;
  reason: EscalationReason;
  escalatedAt: Date;
  /** The queue must place the matter by then, or it moves up (absent on escalations recorded before deadlines). */
  dueAt?: Date;
  /** Halfway to the deadline the queue is reminded, once. */
  remindAt?: Date;
  remindedAt?: Date | null;
  /** At the top queue only: when its passed deadline was announced (no later timer). */
  overdueAt?: Date | null;
}
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
  /**
   * A party matched the provider's conflicts by name and birth date only: PENDING until the
   * provider confirms there is no conflict (CLEARED) or declines with CONFLICT. Until then the
   * offer withholds the brief and cannot be accepted. Null (or absent on older offers): no check needed.
   */
  conflictCheck?: 'PENDING' | 'CLEARED' | null;
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
  candidates: { providerId: string; organisationId: string }[];
}

export function rankingKey(referralId: string, round: number, rankingId: string): string {
  return `${referralId}:${round}:${rankingId}`;
}

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
  escalation: Escalation | null;
  escalationOrganisationId: string | null;
  createdAt: Date;
  updatedAt: Date;
  appliedEventIds?: string[];
}

export interface PendingEvent {
  def: EventDefinition;
  data: unknown;
}
function ev<D extends EventDefinition>(def: D, data: DataOf<D>): PendingEvent {
  return { def, data };
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
  /** Whether a party matches the provider's conflicts by name and birth date only (checked when the offer is made). */
  possibleConflict: (providerId: string) => boolean;
  /** By when a queue must place a matter of this urgency escalated now. */
  escalationDueAt: (urgency: Urgency, now: Date) => Date;
  escalationTarget: EscalationTarget;
}

/** A reaction that creates a document derives its id from the causing event (DESIGN.md §6). */
export function referralIdFor(acceptedEventId: string): string {
  return `ref-${acceptedEventId}`;
}

export interface RequestFacts {
  requestId: string;
  applicantRef: string;
  centreId: string;
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  provinceCode: string;
  communeCode: string | null;
  language: string;
  /** Absent on referrals opened before it was kept (read as false). */
  needsInterpreter?: boolean;
  urgency: Urgency;
  /** The applicant and the opposing parties as keyed hashes (see partiesOf for referrals opened before). */
  parties?: MatterParties;
  /** Referrals opened before `parties`: one hash per party. */
  opposingPartyHashes?: string[];
  applicantPartyHash?: string | null;
  preferredGender: Gender | null;
  /** The hearing and the defence-counsel deadline intake named (absent on referrals opened before they were kept). */
  hearingAt?: Date | null;
  defenceCounselDueAt?: Date | null;
}

/** The matter's parties; a referral opened before they were kept has one (strong) hash per party. */
export function partiesOf(r: Pick<RequestFacts, 'parties' | 'opposingPartyHashes' | 'applicantPartyHash'>): MatterParties {
  if (r.parties) return r.parties;
  return {
    applicant: { strong: r.applicantPartyHash ? [r.applicantPartyHash] : [], nameBirth: null },
    opposing: (r.opposingPartyHashes ?? []).map((h) => ({ strong: [h], nameBirth: null })),
  };
}

/** Every hash of a party, strong and by name and birth date. */
export function hashesOf(p: MatterParties['applicant']): string[] {
  return [...p.strong, ...(p.nameBirth ? [p.nameBirth] : [])];
}

/**
 * The hashes of the matter's opposing parties that each provider acts for
 * in another assigned matter, by provider.
 */
export function actedForBy(opposing: readonly string[], assigned: readonly Pick<Referral, 'assignedProviderId' | 'parties' | 'applicantPartyHash'>[]): Map<string, string[]> {
  const wanted = new Set(opposing);
  const by = new Map<string, string[]>();
  for (const a of assigned) {
    if (!a.assignedProviderId) continue;
    const hit = hashesOf(partiesOf(a).applicant).filter((h) => wanted.has(h));
    if (hit.length) by.set(a.assignedProviderId, [...(by.get(a.assignedProviderId) ?? []), ...hit]);
  }
  return by;
}

export function openReferral(id: string, f: RequestFacts, now: Date): Step {
  const referral: Referral = {
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

export function openOffer(r: Referral): Offer | undefined {
  return r.offers.find((o) => o.status === 'OPEN');
}

/** The providers a new ranking must leave out. */
export function excludedFromRanking(r: Referral): Set<string> {
  return new Set(r.triedProviderIds);
}

/**
 * Starts a new ranking round and offers the matter to its best candidate.
 * The referral keeps only the ordered candidate ids; the full ranking comes
 * back for the caller to store under a key made from `rankingId`.
 */
export function startRound(r: Referral, ranking: Ranking, rankingId: string, ctx: CascadeContext): RoundStep {
  if (r.status !== 'PENDING') throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is ${r.status}; a ranking round starts only from PENDING`);
  const round = r.round + 1;
  const stored: StoredRanking = { ...ranking, _id: rankingKey(r._id, round, rankingId), referralId: r._id, rankingId, round, rankedAt: ctx.now };
  const kept: ReferralRound = {
    round,
    rankingId,
    rankedAt: ctx.now,
    candidates: ranking.candidates.map((c) => ({ providerId: c.providerId, organisationId: c.organisationId })),
  };
  const next: Referral = { ...r, round, rounds: [...r.rounds, kept], updatedAt: ctx.now };
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
export function offerNext(r: Referral, ctx: CascadeContext): Step {
  const thisRound = r.offers.filter((o) => o.round === r.round);
  if (thisRound.length >= ctx.maxAttempts) return escalate(r, 'ATTEMPTS_EXHAUSTED', ctx);
  const ranking = r.rounds.find((k) => k.round === r.round);
  const skip = new Set([...r.triedProviderIds, ...thisRound.map((o) => o.providerId)]);
  const next = ranking?.candidates.find((c) => !skip.has(c.providerId) && ctx.stillEligible(c.providerId));
  if (!next) return escalate(r, 'NO_CANDIDATE', ctx);
  const offer: Offer = {
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
    conflictCheck: ctx.possibleConflict(next.providerId) ? 'PENDING' : null,
  };
  const referral: Referral = {
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
        conflictCheck: offer.conflictCheck === 'PENDING' ? 'PENDING' : null,
      }),
    ],
  };
}

function escalate(r: Referral, reason: 'ATTEMPTS_EXHAUSTED' | 'NO_CANDIDATE', ctx: CascadeContext): Step {
  return escalateTo(r, ctx.escalationTarget, reason, ctx);
}

function escalateTo(r: Referral, to: EscalationTarget, reason: EscalationReason, ctx: CascadeContext): Step {
  const attempts = r.offers.filter((o) => o.round === r.round).length;
  const dueAt = ctx.escalationDueAt(r.urgency, ctx.now);
  const remindAt = new Date(ctx.now.getTime() + Math.floor((dueAt.getTime() - ctx.now.getTime()) / 2));
  const escalation: Escalation = { ...to, reason, escalatedAt: ctx.now, dueAt, remindAt, remindedAt: null, overdueAt: null };
  const previousTarget = r.status === 'ESCALATED' && r.escalation ? r.escalation.target : null;
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
        dueAt: dueAt.toISOString(),
        previousTarget,
      }),
    ],
  };
}

/** The referral's next timer: an open offer's expiry, or an escalation's reminder, deadline or (at the top) overdue notice. */
export function nextTimerAt(r: Referral): Date | null {
  if (r.status === 'OFFERED') return r.offerDueAt;
  const e = r.escalation;
  if (r.status !== 'ESCALATED' || !e?.dueAt || !e.remindAt) return null;
  if (!e.remindedAt) return e.remindAt;
  return e.overdueAt ? null : e.dueAt;
}

/**
 * Fires an escalation's timer: past the deadline the matter moves to the queue above (at the
 * top, the passed deadline is announced once); before it, halfway, the queue is reminded once.
 * Null when nothing is due.
 */
export function fireEscalationTimer(r: Referral, ctx: CascadeContext): Step | null {
  const e = r.escalation;
  if (r.status !== 'ESCALATED' || !e?.dueAt || !e.remindAt) return null;
  const now = ctx.now.getTime();
  if (now >= new Date(e.dueAt).getTime()) {
    const next = nextEscalationTarget(e.target, r.centreId);
    if (next) return escalateTo(r, next, 'DEADLINE_PASSED', ctx);
    if (e.overdueAt) return null;
    const overdue: Referral = { ...r, escalation: { ...e, remindedAt: e.remindedAt ?? ctx.now, overdueAt: ctx.now }, updatedAt: ctx.now };
    return { referral: overdue, events: [reminderEvent(r, e, true, ctx.now)] };
  }
  if (e.remindedAt || now < new Date(e.remindAt).getTime()) return null;
  return { referral: { ...r, escalation: { ...e, remindedAt: ctx.now }, updatedAt: ctx.now }, events: [reminderEvent(r, e, false, ctx.now)] };
}

function reminderEvent(r: Referral, e: Escalation, overdue: boolean, now: Date): PendingEvent {
  return ev(MatchingReferralEscalationReminder, {
    referralId: r._id,
    requestId: r.requestId,
    centreId: r.centreId,
    organisationId: e.organisationId,
    target: e.target,
    escalatedAt: new Date(e.escalatedAt).toISOString(),
    dueAt: new Date(e.dueAt!).toISOString(),
    overdue,
    remindedAt: now.toISOString(),
  });
}

function offerRef(r: Referral, o: Offer) {
  return { referralId: r._id, offerId: o.offerId, requestId: r.requestId, centreId: r.centreId, providerId: o.providerId, organisationId: o.organisationId };
}

/** Finds the offer the provider answers, refusing with a clear code when it cannot be answered. */
function answerable(r: Referral, offerId: string, providerId: string, now: Date): Offer {
  const offer = r.offers.find((o) => o.offerId === offerId);
  if (!offer) throw new DomainError('OFFER_NOT_FOUND', `no offer ${offerId}`);
  if (offer.providerId !== providerId) throw new DomainError('OFFER_NOT_YOURS', `offer ${offerId} was made to another provider`);
  if (offer.status === 'EXPIRED' || (offer.status === 'OPEN' && new Date(offer.expiresAt).getTime() <= now.getTime())) {
    throw new DomainError('OFFER_EXPIRED', `offer ${offerId} expired at ${new Date(offer.expiresAt).toISOString()}; it can no longer be answered`);
  }
  if (offer.status !== 'OPEN') throw new DomainError('ILLEGAL_TRANSITION', `offer ${offerId} was already ${offer.status.toLowerCase()}`);
  return offer;
}

function replaceOffer(r: Referral, changed: Offer): Offer[] {
  return r.offers.map((o) => (o.offerId === changed.offerId ? changed : o));
}

function assignedEvent(r: Referral, providerId: string, organisationId: string, via: DataOf<typeof MatchingReferralAssigned>['via'], now: Date): PendingEvent {
  return ev(MatchingReferralAssigned, {
    referralId: r._id,
    requestId: r.requestId,
    applicantRef: r.applicantRef,
    providerId,
    organisationId,
    centreId: r.centreId,
    fieldOfLaw: r.fieldOfLaw,
    aidForm: r.aidForm,
    opposingPartyHashes: partiesOf(r).opposing.flatMap(hashesOf),
    urgent: r.urgency.urgent,
    hearingAt: r.hearingAt ? new Date(r.hearingAt).toISOString() : null,
    defenceCounselDueAt: r.defenceCounselDueAt ? new Date(r.defenceCounselDueAt).toISOString() : null,
    via,
    round: Math.max(r.round, 1),
    previousProviderId: r.previousProviderId,
    assignedAt: now.toISOString(),
  });
}

export function acceptOffer(r: Referral, offerId: string, providerId: string, now: Date): Step {
  const offer = answerable(r, offerId, providerId, now);
  if (offer.conflictCheck === 'PENDING') {
    throw new DomainError('CONFLICT_CHECK_PENDING', `offer ${offerId} has a possible conflict: confirm there is none (clearConflictCheck) or decline with CONFLICT before accepting`);
  }
  const accepted: Offer = { ...offer, status: 'ACCEPTED', respondedAt: now };
  const referral: Referral = {
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

/**
 * The provider confirms that the possible conflict is not one (the party matched by name and
 * birth date is someone else): the offer shows its brief and may be accepted. A provider who
 * finds it is a conflict declines with CONFLICT instead.
 */
export function clearConflictCheck(r: Referral, offerId: string, providerId: string, now: Date): Step {
  const offer = answerable(r, offerId, providerId, now);
  if (offer.conflictCheck !== 'PENDING') throw new DomainError('ILLEGAL_TRANSITION', `offer ${offerId} has no possible conflict to confirm`);
  return {
    referral: { ...r, offers: replaceOffer(r, { ...offer, conflictCheck: 'CLEARED' }), updatedAt: now },
    events: [ev(MatchingOfferConflictCleared, { ...offerRef(r, offer), clearedAt: now.toISOString() })],
  };
}

export function declineOffer(r: Referral, offerId: string, providerId: string, reason: DeclineReason, text: string | null, ctx: CascadeContext): Step {
  const offer = answerable(r, offerId, providerId, ctx.now);
  const declined: Offer = { ...offer, status: 'DECLINED', respondedAt: ctx.now, declineReason: reason, declineText: reason === 'OTHER' ? text : null };
  const next: Referral = {
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
export function expireDueOffer(r: Referral, ctx: CascadeContext): Step | null {
  const offer = openOffer(r);
  if (r.status !== 'OFFERED' || !offer || new Date(offer.expiresAt).getTime() > ctx.now.getTime()) return null;
  const expired: Offer = { ...offer, status: 'EXPIRED', respondedAt: ctx.now };
  const next: Referral = {
    ...r,
    offers: replaceOffer(r, expired),
    triedProviderIds: [...r.triedProviderIds, offer.providerId],
    openOfferProviderId: null,
    offerDueAt: null,
  };
  const step = offerNext(next, ctx);
  return { referral: step.referral, events: [ev(MatchingOfferExpired, { ...offerRef(r, offer), expiredAt: ctx.now.toISOString() }), ...step.events] };
}

function withdrawOpen(r: Referral, reason: 'REQUEST_WITHDRAWN' | 'REASSIGNED' | 'CASE_TRANSFERRED', now: Date): Step {
  const offer = openOffer(r);
  if (!offer) return { referral: r, events: [] };
  const withdrawn: Offer = { ...offer, status: 'WITHDRAWN', respondedAt: now };
  return {
    referral: { ...r, offers: replaceOffer(r, withdrawn), openOfferProviderId: null, offerDueAt: null },
    events: [ev(MatchingOfferWithdrawn, { ...offerRef(r, offer), reason, withdrawnAt: now.toISOString() })],
  };
}

/**
 * Assigns without an offer: an organisation admin placing an escalated
 * matter with a member, or the centre naming a provider.
 */
export function assignDirectly(
  r: Referral,
  provider: { providerId: string; organisationId: string },
  via: 'ORGANISATION_ASSIGNMENT' | 'CENTRE_REASSIGNMENT',
  now: Date,
): Step {
  if (via === 'ORGANISATION_ASSIGNMENT' && r.status !== 'ESCALATED') {
    throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is ${r.status}; only an escalated referral is assigned from the queue`);
  }
  if (r.status === 'ASSIGNED' || r.status === 'CANCELLED') {
    throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is ${r.status}${r.status === 'ASSIGNED' ? '; an assigned matter moves by transferring its case' : ''}`);
  }
  const w = withdrawOpen(r, 'REASSIGNED', now);
  const referral: Referral = {
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
export function reopenForNewRound(r: Referral, reason: 'REASSIGNED' | 'CASE_TRANSFERRED', now: Date): Step {
  if (r.status === 'CANCELLED') throw new DomainError('ILLEGAL_TRANSITION', `referral ${r._id} is cancelled`);
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
export function cancelReferral(r: Referral, now: Date): Step | null {
  if (r.status === 'ASSIGNED' || r.status === 'CANCELLED') return null;
  const w = withdrawOpen(r, 'REQUEST_WITHDRAWN', now);
  return {
    referral: { ...w.referral, status: 'CANCELLED', escalationOrganisationId: null, updatedAt: now },
    events: [
      ...w.events,
      ev(MatchingReferralCancelled, { referralId: r._id, requestId: r.requestId, centreId: r.centreId, reason: 'REQUEST_WITHDRAWN', cancelledAt: now.toISOString() }),
    ],
  };
}
