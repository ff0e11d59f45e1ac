import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createEvent, DomainError, OversightRecommendationOverdue, systemActor } from '@legalaid/contracts';
import { CLOCK, CONFIG, DuePoller, LOGGER, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import type { OversightSettings } from '../config.js';
import { RecommendationRepository } from '../adapters/supervision.repository.js';
import { markOverdue } from '../domain/supervision.js';

/**
 * Response deadlines as data (DESIGN.md §6): a recommendation awaiting an
 * answer holds `dueAt`; this poller marks what is past due as overdue with
 * one version-guarded update that carries `oversight.recommendation.overdue`
 * in its outbox. A second replica's update matches nothing; a restart loses
 * nothing.
 */
@Injectable()
export class RecommendationDeadlineTimer implements OnApplicationBootstrap, OnModuleDestroy {
  readonly poller: DuePoller;

  constructor(
    private readonly recommendations: RecommendationRepository,
    @Inject(CONFIG) config: OversightSettings,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.poller = new DuePoller({ name: 'recommendation-deadline', intervalMs: config.OVERSIGHT_TIMER_POLL_MS, logger, clock, tick: (now) => this.tick(now) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.poller.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
  }

  async tick(now: Date): Promise<number> {
    let fired = 0;
    for (const id of await this.recommendations.dueIds(now, 100)) {
      const rec = await this.recommendations.get(id);
      const next = rec ? markOverdue(rec, now) : null;
      // Answered meanwhile: its stored timer is cleared with the answer.
      if (!rec || !next) continue;
      try {
        await this.recommendations.save(next, rec.version, [
          createEvent(
            OversightRecommendationOverdue,
            { recommendationId: rec._id, planId: rec.planId, organisationId: rec.organisationId, responseDueAt: rec.responseDueAt.toISOString() },
            { actor: systemActor('oversight'), correlationId: `recommendation-${rec._id}`, occurredAt: now },
          ),
        ]);
        fired++;
        this.logger.info({ recommendationId: rec._id, organisationId: rec.organisationId }, 'recommendation overdue');
      } catch (err) {
        // Answered meanwhile, or another replica fired it: nothing to do.
        if (!(err instanceof DomainError && err.code === 'VERSION_CONFLICT')) throw err;
      }
    }
    return fired;
  }
}
