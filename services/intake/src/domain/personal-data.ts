import type { SubmitInput } from './submission.js';

/**
 * Everything personal about a request, sealed as one blob (AES-256-GCM, the
 * request id as associated data): the applicant, guardian, opposing parties,
 * the applicant's own account of the matter and document titles.
 */
export interface PersonalData {
  applicant: SubmitInput['applicant'];
  opposingParties: SubmitInput['opposingParties'];
  summary: string;
  attachedDocuments: SubmitInput['attachedDocuments'];
  receivedDocuments?: { kind: string; title?: string }[];
  documentRequestNotes?: string[];
  withdrawalReason?: string;
  /** Staff's de-identified brief for the lawyers offered the matter (written at acceptance). */
  brief?: string;
}

import type { PersonalDataCrypto, Sealed } from './personal-data-crypto.js';

/** Seals a request's personal data under the active key, bound to the request id. */
export function sealPersonal(crypto: PersonalDataCrypto, requestId: string, data: PersonalData): { personal: Sealed; keyId: string } {
  const personal = crypto.seal(JSON.stringify(data), requestId);
  return { personal, keyId: personal.k };
}

export function openPersonal(crypto: PersonalDataCrypto, requestId: string, sealed: Sealed): PersonalData {
  return JSON.parse(crypto.open(sealed, requestId)) as PersonalData;
}
