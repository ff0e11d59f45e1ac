import { Injectable } from '@nestjs/common';
import {
  MatchingOfferAccepted,
  MatchingOfferMade,
  MatchingReferralAssigned,
  streamNameOf,
  type EventOf,
} from '@legalaid/contracts';
import { EventConsumer, OnEvent, retryOnConflict } from '@legalaid/infra';
import { ProviderRepository } from '../adapters/provider.repository.js';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { Matchmaker } from '../commands/matchmaker.js';
import { recordAssignment, recordOfferAccepted, recordOfferMade, type Provider } from '../domain/provider.js';
import { hashesOf, partiesOf } from '../domain/referral.js';

/**
 * Keeps each provider's counters current from matching's own events: offers
 * made (fairness: least recently offered first), acceptances (acceptance
 * rate), assignments (load, experience in the field, parties acted for).
 * Each change records the event id in the provider document, so a
 * redelivered event changes nothing.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('matching'), durable: 'matching-provider-stats' })
export class ProviderStatsFromMatching {
  constructor(
    private readonly providers: ProviderRepository,
    private readonly referrals: ReferralRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  @OnEvent(MatchingOfferMade)
  async offerMade(e: EventOf<typeof MatchingOfferMade>): Promise<void> {
    await this.apply(e.id, e.data.providerId, (p, now) => recordOfferMade(p, new Date(e.data.offeredAt), now));
  }

  @OnEvent(MatchingOfferAccepted)
  async offerAccepted(e: EventOf<typeof MatchingOfferAccepted>): Promise<void> {
    await this.apply(e.id, e.data.providerId, (p, now) => recordOfferAccepted(p, now));
  }

  @OnEvent(MatchingReferralAssigned)
  async assigned(e: EventOf<typeof MatchingReferralAssigned>): Promise<void> {
    const referral = await this.referrals.get(e.data.referralId);
    const applicantPartyHashes = referral ? hashesOf(partiesOf(referral).applicant) : [];
    await this.apply(e.id, e.data.providerId, (p, now) => recordAssignment(p, { requestId: e.data.requestId, fieldOfLaw: e.data.fieldOfLaw, applicantPartyHashes }, now));
  }

  private async apply(eventId: string, providerId: string, change: (p: Provider, now: Date) => Provider): Promise<void> {
    await retryOnConflict(async () => {
      const p = await this.providers.get(providerId);
      if (!p || p.appliedEventIds?.includes(eventId)) return;
      await this.providers.save(change(p, this.matchmaker.now()), p.version, [], eventId);
    });
  }
}
