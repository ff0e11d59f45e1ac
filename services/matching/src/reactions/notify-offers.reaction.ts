import { Inject, Injectable } from '@nestjs/common';
import { MatchingOfferExpired, MatchingOfferMade, MatchingReferralEscalated, streamNameOf, type EventOf } from '@legalaid/contracts';
import { CONFIG, EventConsumer, OnEvent } from '@legalaid/infra';
import type { MatchingConfig } from '../config.js';
import { ProfessionalMessages } from '../adapters/professional-messages.js';
import { ReferralRepository } from '../adapters/referral.repository.js';

/**
 * Tells lawyers about offers (made, about to lapse, lapsed) and
 * organisations about escalated referrals. The reminder is planned with the
 * offer, due shortly before it lapses; it is dropped when it comes due if
 * the offer was answered meanwhile.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('matching'), durable: 'matching-notify-offers' })
export class NotifyOffers {
  constructor(
    private readonly messages: ProfessionalMessages,
    private readonly referrals: ReferralRepository,
    @Inject(CONFIG) private readonly config: MatchingConfig,
  ) {}

  @OnEvent(MatchingOfferMade)
  async made(event: EventOf<typeof MatchingOfferMade>): Promise<void> {
    const d = event.data;
    const params = { offerId: d.offerId, fieldOfLaw: d.fieldOfLaw, aidForm: d.aidForm, urgent: String(d.urgent), expiresAt: d.expiresAt };
    const opts = { requestId: d.requestId, centreId: d.centreId, urgent: d.urgent };
    const provider = { type: 'PROVIDER' as const, ref: d.providerId };
    await this.messages.send(event, 'OFFER_MADE', provider, params, opts);
    const lead = this.config.MATCHING_OFFER_REMINDER_MINUTES * 60_000;
    const remindAt = new Date(Date.parse(d.expiresAt) - lead);
    // Only when the reminder falls well after the offer itself (a 2-hour custody offer gets one at 1h30).
    if (lead > 0 && remindAt.getTime() - Date.parse(d.offeredAt) >= lead) {
      await this.messages.send(event, 'OFFER_EXPIRING', provider, params, { ...opts, urgent: true, notBefore: remindAt });
    }
  }

  @OnEvent(MatchingOfferExpired)
  async expired(event: EventOf<typeof MatchingOfferExpired>): Promise<void> {
    const d = event.data;
    await this.messages.send(event, 'OFFER_EXPIRED', { type: 'PROVIDER', ref: d.providerId }, { offerId: d.offerId }, { requestId: d.requestId, centreId: d.centreId, urgent: false });
  }

  @OnEvent(MatchingReferralEscalated)
  async escalated(event: EventOf<typeof MatchingReferralEscalated>): Promise<void> {
    const d = event.data;
    const referral = await this.referrals.get(d.referralId);
    const params = { referralId: d.referralId, reason: d.reason, fieldOfLaw: referral?.fieldOfLaw ?? 'OTHER' };
    const opts = { requestId: d.requestId, centreId: d.centreId, urgent: false };
    await this.messages.send(event, 'REFERRAL_ESCALATED', { type: 'ORGANISATION', ref: d.organisationId }, params, opts);
    // The centre hears of it too when the matter went to a bar organisation's queue.
    if (d.organisationId !== d.centreId) await this.messages.send(event, 'REFERRAL_ESCALATED', { type: 'CENTRE', ref: d.centreId }, params, opts);
  }
}
