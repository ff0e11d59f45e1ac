import type { MatterParties, RequestFacts, Urgency, UrgencyReason, EligibilityGroup } from '@legalaid/contracts';
import type { LegalAidRequest } from './legal-aid-request.js';

/** The pseudonymous facts every request event starts with. */
export function factsOf(r: LegalAidRequest): RequestFacts {
  return {
    requestId: r._id,
    applicantRef: r.applicantRef,
    channel: r.channel,
    centreId: r.centreId,
    eligibilityGroup: r.eligibilityGroup,
    fieldOfLaw: r.fieldOfLaw,
    aidForm: r.aidForm,
    provinceCode: r.provinceCode,
    communeCode: r.communeCode,
    language: r.language,
    needsInterpreter: r.needsInterpreter,
    urgency: r.urgency,
  };
}

/**
 * The matter's parties as keyed hashes. A request recorded before they were kept has one
 * hash per party (from the ID number, or else the name), read as a strong one as it always was.
 */
export function partiesOf(r: LegalAidRequest): MatterParties {
  if (r.parties) return r.parties;
  return {
    applicant: { strong: r.applicantPartyHash ? [r.applicantPartyHash] : [], nameBirth: null },
    opposing: (r.opposingPartyHashes ?? []).map((h) => ({ strong: [h], nameBirth: null })),
  };
}

/**
 * The hearing and the procedural body's defence-counsel deadline, each under its own name:
 * urgency's `deadlineAt` is only the earliest of the known deadlines, and a far hearing is not in it.
 */
export function proceduralDatesOf(r: LegalAidRequest): { hearingAt: string | null; defenceCounselDueAt: string | null } {
  const ref = r.referral;
  const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
  // Requests recorded before the deadline was kept: the old reading of urgency.
  const legacyDefenceCounsel = r.urgency.reasons.includes('DEFENCE_COUNSEL_DEADLINE') ? r.urgency.deadlineAt : null;
  return { hearingAt: iso(ref?.hearingAt), defenceCounselDueAt: iso(ref?.defenceCounselDueAt === undefined ? legacyDefenceCounsel : ref.defenceCounselDueAt) };
}

/** Adds the urgency a screened group implies (violence, trafficking); deadlines stay as set at receipt. */
export function urgencyWithGroup(u: Urgency, group: EligibilityGroup): Urgency {
  const reasons = new Set<UrgencyReason>(u.reasons);
  if (group === 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE') reasons.add('VIOLENCE');
  if (group === 'TRAFFICKING_VICTIM' || group === 'FIN_DIFFICULTY_TRAFFICKING') reasons.add('TRAFFICKING');
  const ordered = [...reasons].sort();
  return { urgent: ordered.length > 0 || u.deadlineAt !== null, reasons: ordered, deadlineAt: u.deadlineAt };
}

/** Contact-access changes between two versions of a request, as event data. */
export function contactAccessChanges(
  before: LegalAidRequest,
  after: LegalAidRequest,
): { providerId: string; change: 'GRANTED' | 'REVOKED'; reason: 'ASSIGNED' | 'TRANSFERRED' | 'CLOSED' | 'WITHDRAWN' | 'CONSENT_WITHDRAWN'; at: string }[] {
  const out: { providerId: string; change: 'GRANTED' | 'REVOKED'; reason: 'ASSIGNED' | 'TRANSFERRED' | 'CLOSED' | 'WITHDRAWN' | 'CONSENT_WITHDRAWN'; at: string }[] = [];
  const wasActive = new Set(before.contactAccess.filter((g) => g.revokedAt === null).map((g) => g.providerId));
  for (const g of after.contactAccess) {
    if (g.revokedAt === null && !wasActive.has(g.providerId)) out.push({ providerId: g.providerId, change: 'GRANTED', reason: 'ASSIGNED', at: new Date(g.grantedAt).toISOString() });
    if (g.revokedAt !== null && wasActive.has(g.providerId)) out.push({ providerId: g.providerId, change: 'REVOKED', reason: g.revokeReason ?? 'CLOSED', at: new Date(g.revokedAt).toISOString() });
  }
  return out;
}
