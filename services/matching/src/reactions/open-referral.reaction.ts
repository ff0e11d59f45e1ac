import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestAccepted, MatchingReferralCreated, streamNameOf, systemActor, type EventOf } from '@legalaid/contracts';
import { CLOCK, EventConsumer, LOGGER, OnEvent, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { referralIdFor, type Referral } from '../domain/referral.js';

/**
 * When intake accepts a request, matching opens a referral for it. The
 * referral's id derives from the event id, so a redelivered event finds the
 * referral already there and changes nothing.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('intake'), durable: 'matching-intake' })
export class OpenReferralOnAcceptance {
  constructor(
    private readonly referrals: ReferralRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(IntakeRequestAccepted)
  async handle(event: EventOf<typeof IntakeRequestAccepted>): Promise<void> {
    const d = event.data;
    const referral: Referral = {
      _id: referralIdFor(event.id),
      version: 1,
      requestId: d.requestId,
      applicantRef: d.applicantRef,
      centreId: d.centreId,
      fieldOfLaw: d.fieldOfLaw,
      aidForm: d.aidForm,
      status: 'PENDING',
      createdAt: this.clock(),
    };
    const created = await this.referrals.insert(referral, [
      createEvent(
        MatchingReferralCreated,
        { referralId: referral._id, requestId: d.requestId, applicantRef: d.applicantRef, centreId: d.centreId, fieldOfLaw: d.fieldOfLaw, aidForm: d.aidForm, status: 'PENDING' },
        { actor: systemActor('matching'), correlationId: event.correlationId, causationId: event.id },
      ),
    ]);
    if (!created) this.logger.info({ eventId: event.id }, 'referral already open for this acceptance; nothing to do');
  }
}
