import { Inject, Injectable } from '@nestjs/common';
import {
  MatchingOfferAccepted,
  MatchingOfferConflictCleared,
  MatchingOfferDeclined,
  MatchingOfferExpired,
  MatchingOfferMade,
  MatchingOfferWithdrawn,
  MatchingReferralAssigned,
  MatchingReferralCreated,
  streamNameOf,
  type Envelope,
  type EventOf,
} from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent } from '@legalaid/infra';
import type { Logger } from 'pino';
import { applyDownstream, grantContact, revokeContact, trackOffer } from '../domain/legal-aid-request.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { applyToRequest } from './apply-to-request.js';

/**
 * Follows matching's referral: REFERRED when it opens, ASSIGNED when a
 * provider takes it. Assignment grants that provider sight of the
 * applicant's contact details (and a reassignment revokes the previous one's).
 * Offers are followed too (made, answered, lapsed, a possible conflict
 * cleared): a provider reads the brief staff wrote only while the matter is offered to them.
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

  @OnEvent(MatchingOfferMade)
  async offerMade(event: EventOf<typeof MatchingOfferMade>): Promise<void> {
    const d = event.data;
    await this.offer(event, d, { kind: 'made', providerId: d.providerId, conflictPending: d.conflictCheck === 'PENDING' });
  }

  @OnEvent(MatchingOfferConflictCleared)
  async conflictCleared(event: EventOf<typeof MatchingOfferConflictCleared>): Promise<void> {
    await this.offer(event, event.data, { kind: 'conflict-cleared', providerId: event.data.providerId });
  }

  @OnEvent(MatchingOfferAccepted)
  async offerAccepted(event: EventOf<typeof MatchingOfferAccepted>): Promise<void> {
    await this.offerClosed(event);
  }

  @OnEvent(MatchingOfferDeclined)
  async offerDeclined(event: EventOf<typeof MatchingOfferDeclined>): Promise<void> {
    await this.offerClosed(event);
  }

  @OnEvent(MatchingOfferExpired)
  async offerExpired(event: EventOf<typeof MatchingOfferExpired>): Promise<void> {
    await this.offerClosed(event);
  }

  @OnEvent(MatchingOfferWithdrawn)
  async offerWithdrawn(event: EventOf<typeof MatchingOfferWithdrawn>): Promise<void> {
    await this.offerClosed(event);
  }

  private offerClosed(event: EventOf<typeof MatchingOfferAccepted | typeof MatchingOfferDeclined | typeof MatchingOfferExpired | typeof MatchingOfferWithdrawn>): Promise<void> {
    return this.offer(event, event.data, { kind: 'closed', providerId: event.data.providerId });
  }

  private offer(event: Envelope, d: { requestId: string; offerId: string }, change: Parameters<typeof trackOffer>[2]): Promise<void> {
    return applyToRequest(this.requests, this.logger, event, d.requestId, (r) => trackOffer(r, d.offerId, change));
  }
}
