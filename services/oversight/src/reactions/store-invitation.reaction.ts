import { Injectable } from '@nestjs/common';
import type { DataOf, Envelope, IntakeFeedbackInvited } from '@legalaid/contracts';
import { FeedbackRepository } from '../adapters/feedback.repository.js';
import { FactsRepository } from '../adapters/facts.repository.js';

/**
 * Intake invited a citizen to give feedback and sent them the token; oversight
 * keeps only the token's hash and expiry, under the hash (a redelivery finds
 * the invitation already there).
 */
@Injectable()
export class StoreInvitation {
  constructor(
    private readonly invitations: FeedbackRepository,
    private readonly facts: FactsRepository,
  ) {}

  async execute(e: Envelope): Promise<void> {
    const d = e.data as DataOf<typeof IntakeFeedbackInvited>;
    // The organisation that helped, if the case is known here, so complaints reach the right supervisors' filters.
    const closed = d.caseId ? await this.facts.closedCases.findById(d.caseId).lean() : null;
    await this.invitations.insert(
      {
        _id: d.tokenHash,
        version: 1,
        caseId: d.caseId,
        requestId: d.requestId,
        applicantRef: d.applicantRef,
        organisationId: closed?.organisationId ?? null,
        providerId: d.providerId ?? closed?.providerId ?? null,
        invitedAt: new Date(d.invitedAt),
        expiresAt: new Date(d.expiresAt),
        status: 'OPEN',
        feedback: null,
        complaint: null,
        complaintFiledAt: null,
        complaintOrganisationId: null,
      },
      [],
    );
  }
}
