import { DomainError, type MyOfferView, type OfferDecision, type OfferView, type ReferralDetailView, type ReferralView } from '@legalaid/contracts';
import type { Offer, Referral, RoundRanking } from '../domain/referral.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function referralView(r: Referral): ReferralView {
  return {
    referralId: r._id,
    requestId: r.requestId,
    status: r.status,
    fieldOfLaw: r.fieldOfLaw,
    aidForm: r.aidForm,
    createdAt: iso(r.createdAt),
    centreId: r.centreId,
    assignedProviderId: r.assignedProviderId ?? null,
    assignedOrganisationId: r.assignedOrganisationId ?? null,
    round: r.round,
    version: r.version,
  };
}

/** The answer to the provider who accepted or declined an offer: the referral's state and that offer. */
export function offerDecisionView(offerId: string): (r: Referral) => OfferDecision {
  return (r) => {
    const offer = r.offers.find((o) => o.offerId === offerId);
    if (!offer) throw new DomainError('OFFER_NOT_FOUND', `no offer ${offerId}`);
    return { ...referralView(r), offer: offerView(r, offer) };
  };
}

export function offerView(r: Referral, o: Offer): OfferView {
  // "Possible conflict — confirm": the provider answers before learning where and who the matter is.
  const withheld = o.conflictCheck === 'PENDING';
  return {
    offerId: o.offerId,
    referralId: r._id,
    requestId: r.requestId,
    providerId: o.providerId,
    organisationId: o.organisationId,
    fieldOfLaw: r.fieldOfLaw,
    aidForm: r.aidForm,
    provinceCode: r.provinceCode,
    communeCode: withheld ? null : r.communeCode,
    language: withheld ? null : r.language,
    urgent: r.urgency.urgent,
    round: o.round,
    attempt: o.attempt,
    status: o.status,
    conflictCheck: o.conflictCheck ?? null,
    offeredAt: iso(o.offeredAt),
    expiresAt: iso(o.expiresAt),
    respondedAt: o.respondedAt ? iso(o.respondedAt) : null,
    declineReason: o.declineReason,
    hearingAt: r.hearingAt ? iso(r.hearingAt) : null,
    deadlineAt: r.defenceCounselDueAt ? iso(r.defenceCounselDueAt) : r.urgency.deadlineAt ? iso(r.urgency.deadlineAt) : null,
  };
}

/** The offered provider's own place in the round's ranking: why they were chosen. */
export function offerChoice(o: Offer, rankings: RoundRanking[]): MyOfferView['choice'] {
  const ranking = rankings.find((k) => k.round === o.round);
  const mine = ranking?.candidates.find((c) => c.providerId === o.providerId);
  return ranking && mine ? { rank: mine.rank, score: mine.score, candidateCount: ranking.candidateCount, reasons: mine.reasons } : null;
}

/**
 * The full referral; `rankings` (other providers' scores, read from where
 * they are stored) only for those who may read them, null otherwise.
 */
export function referralDetailView(r: Referral, rankings: RoundRanking[] | null): ReferralDetailView {
  const withRankings = rankings !== null;
  return {
    ...referralView(r),
    centreId: r.centreId,
    provinceCode: r.provinceCode,
    communeCode: r.communeCode,
    language: r.language,
    urgent: r.urgency.urgent,
    round: r.round,
    version: r.version,
    assignedProviderId: r.assignedProviderId,
    assignedOrganisationId: r.assignedOrganisationId,
    assignedAt: r.assignedAt ? iso(r.assignedAt) : null,
    escalation: r.escalation
      ? {
          organisationId: r.escalation.organisationId,
          target: r.escalation.target,
          reason: r.escalation.reason,
          escalatedAt: iso(r.escalation.escalatedAt),
          dueAt: r.escalation.dueAt ? iso(r.escalation.dueAt) : null,
          remindedAt: r.escalation.remindedAt ? iso(r.escalation.remindedAt) : null,
        }
      : null,
    offers: r.offers.map((o) => ({ ...offerView(r, o), declineText: withRankings ? o.declineText : null })),
    rankings: (rankings ?? []).map((k) => ({
      round: k.round,
      rankedAt: iso(k.rankedAt),
      considered: k.considered,
      candidates: k.candidates,
      candidateCount: k.candidateCount,
      excludedByReason: k.excludedByReason,
      excluded: k.excluded,
    })),
  };
}

/** Opaque cursors: the last id of a page. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}
export function decodeCursor(cursor: string | null | undefined): string | null {
  return cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : null;
}

export function page<T, N>(rows: T[], first: number, idOf: (t: T) => string, toNode: (t: T) => N): { nodes: N[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } {
  const hasNextPage = rows.length > first;
  const kept = rows.slice(0, first);
  return { nodes: kept.map(toNode), pageInfo: { endCursor: kept.length ? encodeCursor(idOf(kept[kept.length - 1])) : null, hasNextPage } };
}
