import { DomainError, type AidForm, type Channel, type EligibilityGroup, type FieldOfLaw, type Urgency, type UrgencyReason } from '@legalaid/contracts';
import type { Sealed } from './personal-data-crypto.js';

/** Statuses of a legal aid request (yêu cầu trợ giúp pháp lý) while intake owns it. */
export type RequestStatus = 'RECEIVED' | 'DOCUMENTS_REQUESTED' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';

/** The stored request. Personal fields live only in `personal` (sealed) and the blind indexes. */
export interface LegalAidRequest {
  _id: string;
  version: number;
  status: RequestStatus;
  channel: Channel;
  centreId: string;
  applicantRef: string;
  personal: Sealed;
  idNumberIndex: string | null;
  phoneIndex: string | null;
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  eligibilityGroup: EligibilityGroup | null;
  provinceCode: string;
  communeCode: string | null;
  language: string;
  urgency: Urgency;
  opposingPartyHashes: string[];
  registerNumber: string | null;
  ruleSetId: string | null;
  receivedAt: Date;
  acceptedAt: Date | null;
  receivedBy: string;
  appliedEventIds?: string[];
}

export function urgencyOf(reasons: UrgencyReason[], deadlineAt: string | undefined): Urgency {
  return { urgent: reasons.length > 0 || deadlineAt !== undefined, reasons, deadlineAt: deadlineAt ?? null };
}

/** Accepts (thụ lý) a received request into the register. */
export function accept(
  request: LegalAidRequest,
  decision: { eligibilityGroup: EligibilityGroup; registerNumber: string; ruleSetId: string; now: Date },
): LegalAidRequest {
  if (request.status !== 'RECEIVED' && request.status !== 'DOCUMENTS_REQUESTED') {
    throw new DomainError('ILLEGAL_TRANSITION', `a request that is ${request.status} cannot be accepted`);
  }
  if (request.fieldOfLaw === 'BUSINESS_COMMERCE') {
    throw new DomainError('NOT_ELIGIBLE', 'business and commerce matters are outside legal aid');
  }
  return {
    ...request,
    status: 'ACCEPTED',
    eligibilityGroup: decision.eligibilityGroup,
    registerNumber: decision.registerNumber,
    ruleSetId: decision.ruleSetId,
    acceptedAt: decision.now,
  };
}
