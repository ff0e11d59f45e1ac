import { DomainError } from '@legalaid/contracts';
import { sha256Hex } from './hashing.js';

/**
 * A feedback invitation as oversight knows it: intake sent the citizen a
 * one-time token and told oversight only its SHA-256 and expiry. The
 * citizen's answer is stored in the same document, so using the token and
 * recording the answer are one update.
 */
export interface FeedbackInvitation {
  /** SHA-256 (hex) of the token. */
  _id: string;
  version: number;
  caseId: string | null;
  requestId: string;
  applicantRef: string;
  organisationId: string | null;
  providerId: string | null;
  invitedAt: Date;
  expiresAt: Date;
  status: 'OPEN' | 'USED';
  feedback: StoredFeedback | null;
  /** Set when the answer carries a complaint or a payment report; supervisors list these. */
  complaint: { complaintId: string; kinds: ('COMPLAINT' | 'PAYMENT_REQUEST')[]; text: string | null; filedAt: Date } | null;
  appliedEventIds?: string[];
}

export interface StoredFeedback {
  feedbackId: string;
  rating: number;
  answers: { lawyerReachable: boolean | null; outcomeExplained: boolean | null; paymentRequested: boolean | null };
  /** Masked before storage (names, numbers, phones, addresses). */
  comment: string | null;
  language: string;
  receivedAt: Date;
}

export function tokenHash(token: string): string {
  return sha256Hex(token);
}

/** Refuses a token that was used or has expired; an unknown token never reaches here (TOKEN_INVALID). */
export function assertUsable(inv: FeedbackInvitation, now: Date): void {
  if (inv.status === 'USED') throw new DomainError('TOKEN_USED', 'this feedback link was already used');
  if (now >= inv.expiresAt) throw new DomainError('TOKEN_EXPIRED', 'this feedback link has expired');
}

export function complaintKinds(complaint: string | undefined, paymentRequested: boolean | null): ('COMPLAINT' | 'PAYMENT_REQUEST')[] {
  return [...(complaint ? (['COMPLAINT'] as const) : []), ...(paymentRequested === true ? (['PAYMENT_REQUEST'] as const) : [])];
}
