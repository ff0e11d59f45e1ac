import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CLOCK, CONFIG, DuePoller, LOGGER, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import type { OversightSettings } from '../config.js';
import { PublicationRepository } from '../adapters/publication.repository.js';
import { vnYear, yearsDue } from '../domain/publication.js';
import { StatisticsPublisher } from '../queries/published-statistics.query.js';

/**
 * Computes the public statistics files when a period ends: each tick reads
 * which month the current and the previous year's stored files go up to,
 * and recomputes a year when a month of it has ended since (or nothing is
 * stored, as after a first start or a restart that missed a month's end).
 * Two replicas may both compute a year; they store the same figures.
 */
@Injectable()
export class StatisticsPublicationTimer implements OnApplicationBootstrap, OnModuleDestroy {
  readonly poller: DuePoller;

  constructor(
    private readonly publications: PublicationRepository,
    private readonly publisher: StatisticsPublisher,
    @Inject(CONFIG) config: OversightSettings,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.poller = new DuePoller({ name: 'statistics-publication', intervalMs: config.OVERSIGHT_TIMER_POLL_MS, logger, clock, tick: (now) => this.tick(now) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.poller.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
  }

  async tick(now: Date): Promise<number> {
    const stored = new Map<number, string | null | undefined>();
    const current = vnYear(now);
    for (const y of [current - 1, current]) stored.set(y, (await this.publications.through(y))?.through);
    let done = 0;
    for (const year of yearsDue(now, (y) => stored.get(y))) {
      const started = Date.now();
      const p = await this.publisher.publish(year, now, 'PERIOD_ENDED');
      this.logger.info({ year, through: p.through, ms: Date.now() - started, bytes: p.files.map((f) => f.bytes) }, 'published statistics computed and stored');
      done++;
    }
    return done;
  }
}
