import type { AidForm, FieldOfLaw } from '@legalaid/contracts';

export type ReferralStatus = 'PENDING' | 'OFFERED' | 'ASSIGNED' | 'ESCALATED' | 'CANCELLED';

/** The referral of one accepted request to a provider. */
export interface Referral {
  _id: string;
  version: number;
  requestId: string;
  applicantRef: string;
  centreId: string;
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  status: ReferralStatus;
  createdAt: Date;
  appliedEventIds?: string[];
}

/** A reaction that creates a document derives its id from the causing event (DESIGN.md §6). */
export function referralIdFor(acceptedEventId: string): string {
  return `ref-${acceptedEventId}`;
}
