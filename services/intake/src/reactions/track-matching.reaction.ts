import { Inject, Injectable } from '@nestjs/common';
import { MatchingReferralAssigned, MatchingReferralCreated, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent } from '@legalaid/infra';
import type { Logger } from 'pino';
import { applyDownstream, grantContact, revokeContact } from '../domain/legal-aid-request.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { applyToRequest } from './apply-to-request.js';

/**
 * Follows matching's referral: REFERRED when it opens, ASSIGNED when a
 * provider takes it. Assignment grants that provider sight of the
 * applicant's contact details (and a reassignment revokes the previous one's).
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('matching'), durable: 'intake-matching' })
export class TrackMatching {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(MatchingReferralCreated)
  async referred(event: EventOf<typeof MatchingReferralCreated>): Promise<void> {
    await applyToRequest(this.requests, this.logger, event, event.data.requestId, (r) => applyDownstream(r, 'REFERRED', new Date(event.occurredAt)));
  }

  @OnEvent(MatchingReferralAssigned)
  async assigned(event: EventOf<typeof MatchingReferralAssigned>): Promise<void> {
    const d = event.data;
    const at = new Date(d.assignedAt);
    await applyToRequest(this.requests, this.logger, event, d.requestId, (r) => {
      let next = applyDownstream(r, 'ASSIGNED', at);
      if (d.previousProviderId && d.previousProviderId !== d.providerId) next = revokeContact(next, d.previousProviderId, at, 'TRANSFERRED').request;
      return grantContact(next, d.providerId, at).request;
    });
  }
}
