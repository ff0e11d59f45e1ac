import { Inject, Injectable } from '@nestjs/common';
import { DomainError, periodBounds, PublishedGroupings, type InputOf, type OutputOf, type OversightRpc, type PublishedStatistics, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, CONFIG, type Clock } from '@legalaid/infra';
import type { OversightSettings } from '../config.js';
import { FactsRepository } from '../adapters/facts.repository.js';
import { PublicationRepository } from '../adapters/publication.repository.js';
import { allow } from '../domain/access.js';
import { tabulatePeriods } from '../domain/period-statistics.js';
import { publication, publicationView, vnYear, type StoredPublication } from '../domain/publication.js';
import type { Cell } from '../domain/statistics.js';
import { yearCohorts } from './statistics.query.js';

const published = (c: Cell) => ({ key: c.key, suppressed: c.suppressed, requests: c.requests, accepted: c.accepted, cases: c.cases });

/**
 * Computes and stores a year's public files: every month, quarter and the
 * year that had ended at `now`, by each published grouping, all suppressed
 * as one set (see domain/period-statistics.ts). A period still running is
 * left out, so a figure is never published while it is still growing one
 * request at a time. This is the slow part (every fact of the year); it
 * runs when a period ends or an administrator asks, never for a reader.
 */
@Injectable()
export class StatisticsPublisher {
  constructor(
    private readonly facts: FactsRepository,
    private readonly publications: PublicationRepository,
    @Inject(CONFIG) private readonly config: OversightSettings,
  ) {}

  async figures(year: number, now: Date): Promise<PublishedStatistics> {
    const threshold = this.config.OVERSIGHT_MIN_CELL_PEOPLE;
    const ended = (p: string) => periodBounds(p).to.getTime() <= now.getTime();
    const cohorts = await yearCohorts(this.facts, year, {}, ended);
    const tables = tabulatePeriods(cohorts, PublishedGroupings, threshold);
    return {
      year,
      threshold,
      periods: cohorts.map(({ period }) => {
        const { from, to } = periodBounds(period);
        return {
          period,
          from: from.toISOString(),
          to: to.toISOString(),
          tables: PublishedGroupings.map((groupBy) => {
            const t = tables.get(period)?.get(groupBy);
            // A period nobody was received in is published as zeros: they reveal no one.
            if (!t) return { groupBy, rows: [], total: { key: null, suppressed: false, requests: 0, accepted: 0, cases: 0 } };
            return { groupBy, rows: t.rows.map(published), total: published(t.total) };
          }),
        };
      }),
    };
  }

  async publish(year: number, now: Date, trigger: StoredPublication['trigger']): Promise<StoredPublication> {
    const p = publication(await this.figures(year, now), now, trigger);
    await this.publications.put(p);
    return p;
  }
}

/** A stored file, exactly as stored: reading computes nothing. */
@Injectable()
export class PublishedStatisticsFile {
  constructor(private readonly publications: PublicationRepository) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.publishedStatisticsFile>>): Promise<OutputOf<typeof OversightRpc.publishedStatisticsFile>> {
    allow(req.actor, 'readStatistics');
    const { year, format } = req.input;
    const p = await this.publications.get(year);
    const file = p?.files.find((f) => f.format === format);
    if (!p || !file) {
      throw new DomainError(
        'STATISTICS_NOT_COMPUTED',
        `the figures for ${year} have not been computed: a year's files are computed when one of its months ends (the current and the previous year), or when an administrator asks`,
      );
    }
    return { year, format, through: p.through, computedAt: new Date(p.computedAt).toISOString(), sha256: file.sha256, content: file.content };
  }
}

/** An administrator computes a year's files now (the current year between period ends, or a year whose figures came in late). */
@Injectable()
export class PublishStatistics {
  constructor(
    private readonly publisher: StatisticsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.publishStatistics>>): Promise<OutputOf<typeof OversightRpc.publishStatistics>> {
    if (req.actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'only an administrator computes the published statistics on demand');
    const now = this.clock();
    if (req.input.year > vnYear(now)) throw new DomainError('VALIDATION_FAILED', `${req.input.year} has not begun`);
    return publicationView(await this.publisher.publish(req.input.year, now, 'ADMIN'));
  }
}
