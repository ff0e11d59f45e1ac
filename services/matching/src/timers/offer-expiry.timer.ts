import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DomainError, systemActor } from '@legalaid/contracts';
import { CONFIG, DuePoller, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import type { MatchingConfig } from '../config.js';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { Matchmaker } from '../commands/matchmaker.js';
import { expireDueOffer } from '../domain/referral.js';

/**
 * Offer expiry as data (DESIGN.md §6): the referral holds `offerDueAt`; this
 * poller expires what is due with one conditional update per referral
 * (version-guarded, events in the same update), then cascades to the next
 * candidate. When two replicas race, the loser's update matches nothing and
 * it moves on: an offer expires exactly once, and a restart loses nothing.
 */
@Injectable()
export class OfferExpiryTimer implements OnApplicationBootstrap, OnModuleDestroy {
  readonly poller: DuePoller;

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly matchmaker: Matchmaker,
    @Inject(CONFIG) config: MatchingConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.poller = new DuePoller({
      name: 'offer-expiry',
      intervalMs: config.MATCHING_TIMER_POLL_MS,
      logger,
      clock: () => this.matchmaker.now(),
      tick: (now) => this.tick(now),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.poller.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
  }

  async tick(now: Date): Promise<number> {
    let fired = 0;
    for (const id of await this.referrals.dueIds(now, 50)) {
      const r = await this.referrals.get(id);
      // Answered or moved meanwhile: its stored timer already says when (if ever) it is due next.
      const step = r && expireDueOffer(r, await this.matchmaker.cascade(r, now));
      if (!r || !step) continue;
      const meta = { actor: systemActor('matching'), correlationId: r.requestId, causationId: null };
      try {
        await this.referrals.save(step.referral, r.version, this.matchmaker.envelopes(step.events, meta, now));
        fired++;
        this.logger.info({ referralId: r._id, status: step.referral.status }, 'offer expired');
      } catch (err) {
        // Another replica fired it, or the provider answered meanwhile: nothing to do.
        if (!(err instanceof DomainError && err.code === 'VERSION_CONFLICT')) throw err;
      }
    }
    return fired;
  }
}
