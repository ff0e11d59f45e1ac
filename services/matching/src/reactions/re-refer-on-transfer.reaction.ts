import { Inject, Injectable } from '@nestjs/common';
import { CasesCaseTransferred, streamNameOf, systemActor, type EventOf } from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent, retryOnConflict } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { Matchmaker } from '../commands/matchmaker.js';
import { reopenForNewRound } from '../domain/referral.js';

/**
 * Case-tracking transferred a case away from its provider: matching runs a
 * new ranking round that leaves that provider (and everyone tried before)
 * out, and offers the matter again.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('cases'), durable: 'matching-cases-transfers' })
export class ReReferOnTransfer {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly matchmaker: Matchmaker,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(CasesCaseTransferred)
  async handle(event: EventOf<typeof CasesCaseTransferred>): Promise<void> {
    await retryOnConflict(async () => {
      const r = (await this.referrals.get(event.data.referralId)) ?? (await this.referrals.findByRequest(event.data.requestId));
      if (!r || r.appliedEventIds?.includes(event.id)) return;
      if (r.status !== 'ASSIGNED' || r.assignedProviderId !== event.data.providerId) {
        this.logger.warn({ referralId: r._id, status: r.status }, 'transfer of a case whose referral is not assigned to that provider; nothing to do');
        return;
      }
      const now = this.matchmaker.now();
      const reopened = reopenForNewRound(r, 'CASE_TRANSFERRED', now);
      const round = await this.matchmaker.newRound(reopened.referral, now);
      const meta = { actor: systemActor('matching'), correlationId: event.correlationId, causationId: event.id };
      await this.referrals.save(round.referral, r.version, this.matchmaker.envelopes([...reopened.events, ...round.events], meta, now), event.id);
      this.logger.info({ referralId: r._id, round: round.referral.round, status: round.referral.status }, 'case transferred: new ranking round');
    });
  }
}
