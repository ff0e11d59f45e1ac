import { DomainError, type RejectionGround } from '@legalaid/contracts';
import type { LegalAidRequest } from './legal-aid-request.js';

/**
 * Whether a ground may be used on this request (a refusal in writing must
 * state a ground that fits the file): business and commerce only for such a
 * matter, missing documents only once the documents' time limit has passed,
 * "other" only with a note saying what.
 */
export function checkRejectionGround(r: Pick<LegalAidRequest, 'status' | 'fieldOfLaw' | 'documentsDueAt'>, ground: RejectionGround, note: string | null, now: Date): void {
  if (r.status !== 'RECEIVED' && r.status !== 'DOCUMENTS_REQUESTED') {
    throw new DomainError('ILLEGAL_TRANSITION', `a request that is ${r.status} cannot be rejected`);
  }
  switch (ground) {
    case 'BUSINESS_COMMERCE':
      if (r.fieldOfLaw !== 'BUSINESS_COMMERCE') throw invalid('ground', `BUSINESS_COMMERCE applies only to a business and commerce matter; this one is ${r.fieldOfLaw}`);
      return;
    case 'DOCUMENTS_NOT_PROVIDED':
      if (r.status !== 'DOCUMENTS_REQUESTED' || !r.documentsDueAt) throw invalid('ground', 'no documents were requested from the applicant');
      if (now.getTime() <= new Date(r.documentsDueAt).getTime()) {
        throw invalid('ground', `the time limit for the documents runs until ${new Date(r.documentsDueAt).toISOString()}`);
      }
      return;
    case 'OTHER':
      if (!note) throw invalid('note', 'the OTHER ground needs a note stating the reason');
      return;
    default:
      return;
  }
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, [{ path, message }]);
}
