import {
  DomainError,
  vnDate,
  type AidForm,
  type Channel,
  type ConsentPurpose,
  type DownstreamStatus,
  type EligibilityGroup,
  type EvidenceKind,
  type FieldOfLaw,
  type MatterParties,
  type RejectionGround,
  type RequestStatus,
  type Urgency,
  type WorkingCalendar,
} from '@legalaid/contracts';
import type { Sealed } from './personal-data-crypto.js';

export type { RequestStatus, DownstreamStatus };

/** Statuses in which a request is still open for duplicate detection and withdrawal. */
export const OPEN_STATUSES: readonly RequestStatus[] = ['RECEIVED', 'DOCUMENTS_REQUESTED', 'ACCEPTED'];

export interface ContactGrant {
  providerId: string;
  grantedAt: Date;
  revokedAt: Date | null;
  revokeReason: 'TRANSFERRED' | 'CLOSED' | 'WITHDRAWN' | 'CONSENT_WITHDRAWN' | null;
}

export interface ReferralRecord {
  referrerKind: 'FRONT' | 'NGO' | 'COMMUNE' | 'POLICE' | 'PROCURACY' | 'COURT';
  organisation: string;
  officer: string | null;
  officerPhone: string | null;
  /** Older requests have none. */
  officerEmail?: string | null;
  documentNumber: string | null;
  proceduralStage: string | null;
  hearingAt: Date | null;
  custodySince: string | null;
  defenceCounselRequested: boolean;
  /** The procedural body's deadline for defence counsel, fixed at receipt (absent on requests recorded before it was kept). */
  defenceCounselDueAt?: Date | null;
}

export interface ConsentRecord {
  purposes: ConsentPurpose[];
  givenBy: 'APPLICANT' | 'GUARDIAN' | 'REPRESENTATIVE';
  method: 'WRITTEN' | 'ORAL_RECORDED' | 'ELECTRONIC';
  recordedAt: Date;
  recordedBy: string;
  withdrawn: { purpose: ConsentPurpose; at: Date }[];
}

export type TimelineStatus = RequestStatus | DownstreamStatus | 'DOCUMENTS_COMPLETED';

/**
 * The stored legal aid request (yêu cầu trợ giúp pháp lý). Personal fields
 * live only in `personal` (sealed) and the blind indexes; everything else is
 * pseudonymous facts that survive erasure.
 */
export interface LegalAidRequest {
  _id: string;
  version: number;
  status: RequestStatus;
  downstreamStatus: DownstreamStatus;
  channel: Channel;
  centreId: string;
  applicantRef: string;
  /** Null once erased after the retention period. */
  personal: Sealed | null;
  /** The key `personal` is sealed with, for rotation queries. */
  keyId: string | null;
  idNumberIndex: string | null;
  phoneIndex: string | null;
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  claimedEligibilityGroup: EligibilityGroup | null;
  eligibilityGroup: EligibilityGroup | null;
  ruleSetId: string | null;
  /** The legal basis the acceptance cited (citeBasis of the group's rule). */
  eligibilityBasis?: string | null;
  evidence: EvidenceKind[];
  provinceCode: string;
  communeCode: string | null;
  language: string;
  needsInterpreter: boolean;
  /** Age in whole years on the day of receipt (the birth date itself stays sealed); screening needs only this. */
  ageAtReceipt: number | null;
  urgency: Urgency;
  /** The applicant and opposing parties as keyed hashes (no personal data), for providers' conflict checks. */
  parties?: MatterParties;
  /** Requests recorded before `parties`: one hash per party, from the ID number or else the name. */
  opposingPartyHashes?: string[];
  applicantPartyHash?: string;
  preferredProviderGender: 'FEMALE' | 'MALE' | null;
  /** What staff recorded at acceptance about the provider's gender (a victim of violence or trafficking is always asked). */
  providerGenderPreference?: { preference: ProviderGenderPreference; at: Date; by: string } | null;
  documentKinds: EvidenceKind[];
  documentsRequested: EvidenceKind[];
  documentsDueAt: Date | null;
  /** The documents' time limit crosses a year without an official calendar decision loaded. */
  documentsDueProvisional?: boolean;
  /** When the documents were asked for, and the working days given: the limit is counted again from these when a calendar decision is loaded. */
  documentsRequestedAt?: Date | null;
  documentsDueWorkingDays?: number | null;
  possibleDuplicateOf: string[];
  /** Flagged for staff: an open request of the same person in the same field existed at receipt. */
  duplicateFlagged: boolean;
  referral: ReferralRecord | null;
  consent: ConsentRecord;
  registerNumber: string | null;
  receivedAt: Date;
  receivedBy: string;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  rejection: { ground: RejectionGround; note: string | null; rejectedAt: Date; rejectedBy: string } | null;
  withdrawnAt: Date | null;
  contactAccess: ContactGrant[];
  /**
   * The offers matching made on the matter, as its events told (who, open or answered, a possible
   * conflict awaiting the provider's answer): who may read the brief staff wrote. Absent before the first.
   */
  offers?: OfferSight[];
  /** Staff wrote a brief at acceptance (sealed in `personal`): reading it is logged, reading nothing is not. */
  hasBrief?: boolean;
  downstream: { caseId: string | null; referredAt: Date | null; assignedAt: Date | null; caseOpenedAt: Date | null; closedAt: Date | null };
  /** When the request ended (rejected, withdrawn, or its case closed): the retention period runs from here. */
  finishedAt: Date | null;
  erasedAt: Date | null;
  timeline: { status: TimelineStatus; at: Date }[];
  appliedEventIds?: string[];
}

function illegal(r: LegalAidRequest, action: string): DomainError {
  return new DomainError('ILLEGAL_TRANSITION', `a request that is ${r.status} cannot be ${action}`);
}

function screenable(r: LegalAidRequest): boolean {
  return r.status === 'RECEIVED' || r.status === 'DOCUMENTS_REQUESTED';
}

/** Staff ask for missing documents; the request waits until they arrive or `dueAt` passes. */
export function requestDocuments(r: LegalAidRequest, kinds: EvidenceKind[], due: { dueAt: Date; provisional: boolean; workingDays?: number }, now: Date): LegalAidRequest {
  if (!screenable(r)) throw illegal(r, 'sent a request for documents');
  return {
    ...r,
    status: 'DOCUMENTS_REQUESTED',
    documentsRequested: [...new Set(kinds)],
    documentsDueAt: due.dueAt,
    documentsDueProvisional: due.provisional,
    documentsRequestedAt: now,
    documentsDueWorkingDays: due.workingDays ?? null,
    timeline: [...r.timeline, { status: 'DOCUMENTS_REQUESTED', at: now }],
  };
}

/**
 * A year's official calendar decision was loaded or corrected (`calendar`
 * counts by it): a request still waiting for documents whose time limit
 * runs over that year has it counted again from when the documents were
 * asked for, by the working days given then (`fallbackDays` for a request
 * asked before they were stored). Null when nothing changes.
 */
export function recountDocumentsDue(
  r: LegalAidRequest,
  calendar: WorkingCalendar,
  year: number,
  fallbackDays: number,
): { request: LegalAidRequest; previousDueAt: Date; dueAt: Date; provisional: boolean } | null {
  if (r.status !== 'DOCUMENTS_REQUESTED' || !r.documentsDueAt) return null;
  const requestedAt = r.documentsRequestedAt ?? [...r.timeline].reverse().find((t) => t.status === 'DOCUMENTS_REQUESTED')?.at;
  if (!requestedAt) return null;
  const previousDueAt = new Date(r.documentsDueAt);
  if (Number(vnDate(new Date(requestedAt)).slice(0, 4)) > year || Number(vnDate(previousDueAt).slice(0, 4)) < year) return null;
  const { dueAt, provisional } = calendar.deadline(new Date(requestedAt), r.documentsDueWorkingDays ?? fallbackDays);
  if (dueAt.getTime() === previousDueAt.getTime() && provisional === (r.documentsDueProvisional ?? false)) return null;
  return { request: { ...r, documentsDueAt: dueAt, documentsDueProvisional: provisional }, previousDueAt, dueAt, provisional };
}

/** The documents arrived: back to screening, with what arrived added to the file. */
export function completeDocuments(r: LegalAidRequest, kinds: EvidenceKind[], now: Date): { request: LegalAidRequest; late: boolean } {
  if (r.status !== 'DOCUMENTS_REQUESTED') throw illegal(r, 'completed with documents (none were requested)');
  const late = r.documentsDueAt !== null && now.getTime() > new Date(r.documentsDueAt).getTime();
  return {
    late,
    request: {
      ...r,
      status: 'RECEIVED',
      documentKinds: [...new Set([...r.documentKinds, ...kinds])],
      timeline: [...r.timeline, { status: 'DOCUMENTS_COMPLETED', at: now }],
    },
  };
}

export type ProviderGenderPreference = 'FEMALE' | 'MALE' | 'NO_PREFERENCE';

/** Refuses to accept a victim of violence or trafficking whose preference about the provider's gender nobody recorded. */
export function requireGenderPreference(r: LegalAidRequest, urgency: Urgency, given: ProviderGenderPreference | undefined): void {
  const victim = urgency.reasons.includes('VIOLENCE') || urgency.reasons.includes('TRAFFICKING');
  if (victim && !given && !r.preferredProviderGender) {
    throw new DomainError(
      'PROVIDER_GENDER_PREFERENCE_REQUIRED',
      'the applicant is a victim of violence or trafficking: ask whether they prefer a provider of a given gender and record it (FEMALE, MALE or NO_PREFERENCE)',
      [{ path: 'providerGenderPreference', message: 'required for a victim of violence or trafficking' }],
    );
  }
}

/**
 * Accepts (thụ lý) a request into the register; eligibility was decided by `evaluateEligibility`.
 * A victim of domestic violence or trafficking may not want a provider of the abuser's gender:
 * unless the submission recorded a preference, staff must ask and record it (or "no preference").
 */
export function accept(
  r: LegalAidRequest,
  d: {
    eligibilityGroup: EligibilityGroup;
    ruleSetId: string;
    basis: string;
    evidence: EvidenceKind[];
    registerNumber: string;
    urgency: Urgency;
    providerGenderPreference?: ProviderGenderPreference;
    now: Date;
    by: string;
  },
): LegalAidRequest {
  if (!screenable(r)) throw illegal(r, 'accepted');
  requireGenderPreference(r, d.urgency, d.providerGenderPreference);
  const given = d.providerGenderPreference;
  return {
    ...r,
    ...(given
      ? { preferredProviderGender: given === 'NO_PREFERENCE' ? null : given, providerGenderPreference: { preference: given, at: d.now, by: d.by } }
      : {}),
    status: 'ACCEPTED',
    eligibilityGroup: d.eligibilityGroup,
    ruleSetId: d.ruleSetId,
    eligibilityBasis: d.basis,
    evidence: [...new Set(d.evidence)],
    registerNumber: d.registerNumber,
    urgency: d.urgency,
    acceptedAt: d.now,
    acceptedBy: d.by,
    documentsDueAt: null,
    timeline: [...r.timeline, { status: 'ACCEPTED', at: d.now }],
  };
}

/** Refuses a request in writing; `checkRejectionGround` decided the ground is admissible. */
export function reject(r: LegalAidRequest, d: { ground: RejectionGround; note: string | null; ruleSetId: string | null; now: Date; by: string }): LegalAidRequest {
  if (!screenable(r)) throw illegal(r, 'rejected');
  return {
    ...r,
    status: 'REJECTED',
    ruleSetId: d.ruleSetId,
    rejection: { ground: d.ground, note: d.note, rejectedAt: d.now, rejectedBy: d.by },
    finishedAt: d.now,
    documentsDueAt: null,
    timeline: [...r.timeline, { status: 'REJECTED', at: d.now }],
  };
}

/** The applicant withdraws at any time before closure; every provider loses contact access. */
export function withdraw(r: LegalAidRequest, now: Date): LegalAidRequest {
  if (!OPEN_STATUSES.includes(r.status) || r.downstreamStatus === 'CLOSED') throw illegal(r, 'withdrawn');
  return {
    ...r,
    status: 'WITHDRAWN',
    withdrawnAt: now,
    finishedAt: now,
    documentsDueAt: null,
    contactAccess: revokeAll(r.contactAccess, now, 'WITHDRAWN'),
    timeline: [...r.timeline, { status: 'WITHDRAWN', at: now }],
  };
}

/** Records withdrawal of consent; without consent to referral, providers lose contact access. */
export function withdrawConsent(r: LegalAidRequest, purposes: ConsentPurpose[], now: Date): { request: LegalAidRequest; withdrawn: ConsentPurpose[] } {
  const already = new Set(r.consent.withdrawn.map((w) => w.purpose));
  const fresh = [...new Set(purposes)].filter((p) => r.consent.purposes.includes(p) && !already.has(p));
  if (fresh.length === 0) throw new DomainError('CONFLICT', 'consent for these purposes was not given or is already withdrawn');
  const contactAccess = fresh.includes('REFERRAL_TO_PROVIDER') ? revokeAll(r.contactAccess, now, 'CONSENT_WITHDRAWN') : r.contactAccess;
  return {
    withdrawn: fresh,
    request: { ...r, contactAccess, consent: { ...r.consent, withdrawn: [...r.consent.withdrawn, ...fresh.map((purpose) => ({ purpose, at: now }))] } },
  };
}

export function hasConsent(r: LegalAidRequest, purpose: ConsentPurpose): boolean {
  return r.consent.purposes.includes(purpose) && !r.consent.withdrawn.some((w) => w.purpose === purpose);
}

function revokeAll(grants: ContactGrant[], at: Date, reason: NonNullable<ContactGrant['revokeReason']>): ContactGrant[] {
  return grants.map((g) => (g.revokedAt ? g : { ...g, revokedAt: at, revokeReason: reason }));
}

/** An offer of the matter to a provider, as intake learns of it from matching's events. */
export interface OfferSight {
  offerId: string;
  providerId: string;
  open: boolean;
  conflictPending: boolean;
}

type OfferChange = { kind: 'made'; providerId: string; conflictPending: boolean } | { kind: 'closed'; providerId: string } | { kind: 'conflict-cleared'; providerId: string };

/**
 * Follows one offer: made (open), answered or lapsed (closed), a possible conflict cleared.
 * Events may be redelivered; an offer once closed never reopens.
 */
export function trackOffer(r: LegalAidRequest, offerId: string, change: OfferChange): LegalAidRequest {
  const offers = r.offers ?? [];
  const current = offers.find((o) => o.offerId === offerId) ?? { offerId, providerId: change.providerId, open: change.kind === 'made', conflictPending: false };
  const next: OfferSight =
    change.kind === 'made'
      ? { ...current, conflictPending: offers.some((o) => o.offerId === offerId) ? current.conflictPending : change.conflictPending }
      : change.kind === 'closed'
        ? { ...current, open: false }
        : { ...current, conflictPending: false };
  return { ...r, offers: [...offers.filter((o) => o.offerId !== offerId), next] };
}

export function openOfferTo(r: LegalAidRequest, providerId: string): OfferSight | undefined {
  return (r.offers ?? []).find((o) => o.providerId === providerId && o.open);
}

export function activeGrants(r: LegalAidRequest): ContactGrant[] {
  return r.contactAccess.filter((g) => g.revokedAt === null);
}

const DOWNSTREAM_RANK: Record<DownstreamStatus, number> = { NONE: 0, REFERRED: 1, ASSIGNED: 2, CASE_OPEN: 3, CLOSED: 4 };

/**
 * Applies a downstream fact (from matching's or case-tracking's events, which
 * may arrive in any order across streams): the status only moves forward,
 * each fact keeps its own timestamp and timeline entry.
 */
export function applyDownstream(r: LegalAidRequest, status: Exclude<DownstreamStatus, 'NONE'>, at: Date, caseId?: string): LegalAidRequest {
  const key = ({ REFERRED: 'referredAt', ASSIGNED: 'assignedAt', CASE_OPEN: 'caseOpenedAt', CLOSED: 'closedAt' } as const)[status];
  const downstream = { ...r.downstream, [key]: r.downstream[key] ?? at, caseId: caseId ?? r.downstream.caseId };
  const forward = DOWNSTREAM_RANK[status] > DOWNSTREAM_RANK[r.downstreamStatus];
  const seen = r.timeline.some((t) => t.status === status);
  let next: LegalAidRequest = {
    ...r,
    downstream,
    downstreamStatus: forward ? status : r.downstreamStatus,
    timeline: seen ? r.timeline : [...r.timeline, { status, at }],
  };
  if (status === 'CLOSED') {
    next = { ...next, contactAccess: revokeAll(next.contactAccess, at, 'CLOSED'), finishedAt: latest(next.finishedAt, at) };
  }
  return next;
}

/**
 * Grants a provider sight of the applicant's contact details on assignment,
 * unless the matter already ended, referral consent was withdrawn, or a later
 * revocation for that provider has been seen (events arrive in any order).
 */
export function grantContact(r: LegalAidRequest, providerId: string, at: Date): { request: LegalAidRequest; granted: boolean } {
  const ended = r.status === 'WITHDRAWN' || r.status === 'REJECTED' || (r.downstream.closedAt !== null && new Date(r.downstream.closedAt) >= at);
  const revokedLater = r.contactAccess.some((g) => g.providerId === providerId && g.revokedAt !== null && new Date(g.revokedAt) >= at);
  const active = r.contactAccess.some((g) => g.providerId === providerId && g.revokedAt === null);
  if (ended || revokedLater || active || !hasConsent(r, 'REFERRAL_TO_PROVIDER') || r.erasedAt) return { request: r, granted: false };
  return { granted: true, request: { ...r, contactAccess: [...r.contactAccess.filter((g) => g.providerId !== providerId), { providerId, grantedAt: at, revokedAt: null, revokeReason: null }] } };
}

/** Revokes one provider's access (transfer); records the revocation even before the grant is seen. */
export function revokeContact(r: LegalAidRequest, providerId: string, at: Date, reason: 'TRANSFERRED' | 'CLOSED'): { request: LegalAidRequest; revoked: boolean } {
  const current = r.contactAccess.find((g) => g.providerId === providerId);
  if (current && current.revokedAt !== null) return { request: r, revoked: false };
  if (current && new Date(current.grantedAt) > at) return { request: r, revoked: false }; // a later grant wins
  const others = r.contactAccess.filter((g) => g.providerId !== providerId);
  const grant: ContactGrant = { providerId, grantedAt: current?.grantedAt ?? at, revokedAt: at, revokeReason: reason };
  return { request: { ...r, contactAccess: [...others, grant] }, revoked: current !== undefined };
}

/** Erases personal data after retention: sealed data and blind indexes go, pseudonymous facts stay. */
export function erase(r: LegalAidRequest, now: Date): LegalAidRequest {
  if (r.erasedAt) return r;
  if (!r.finishedAt) throw new DomainError('ILLEGAL_TRANSITION', 'an open request cannot be erased');
  return {
    ...r,
    personal: null,
    keyId: null,
    idNumberIndex: null,
    phoneIndex: null,
    referral: r.referral ? { ...r.referral, officer: null, officerPhone: null, officerEmail: null, documentNumber: null } : null,
    rejection: r.rejection ? { ...r.rejection, note: null } : null,
    contactAccess: revokeAll(r.contactAccess, now, 'CLOSED'),
    erasedAt: now,
  };
}

function latest(a: Date | null, b: Date): Date {
  return a && new Date(a) > b ? a : b;
}
