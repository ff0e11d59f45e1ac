import { Inject, Injectable } from '@nestjs/common';
import { IntakeRequestWithdrawn, streamNameOf, systemActor, type EventOf } from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent, retryOnConflict } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { Matchmaker } from '../commands/matchmaker.js';
import { cancelReferral } from '../domain/referral.js';

/**
 * The applicant withdrew the request (intake): open offers are withdrawn and
 * the referral cancelled. An assigned referral is left alone: case-tracking
 * closes its case as withdrawn. The event id is recorded in the referral, so
 * a redelivery changes nothing.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('intake'), durable: 'matching-intake-withdrawals' })
export class CancelReferralOnWithdrawal {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly matchmaker: Matchmaker,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(IntakeRequestWithdrawn)
  async handle(event: EventOf<typeof IntakeRequestWithdrawn>): Promise<void> {
    await retryOnConflict(async () => {
      const r = await this.referrals.findByRequest(event.data.requestId);
      if (!r || r.appliedEventIds?.includes(event.id)) return;
      const now = this.matchmaker.now();
      const step = cancelReferral(r, now);
      if (!step) return;
      const meta = { actor: systemActor('matching'), correlationId: event.correlationId, causationId: event.id };
      await this.referrals.save(step.referral, r.version, this.matchmaker.envelopes(step.events, meta, now), event.id);
      this.logger.info({ referralId: r._id }, 'referral cancelled: request withdrawn');
    });
  }
}
