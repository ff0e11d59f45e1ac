import { Inject, Injectable } from '@nestjs/common';
import { periodBounds, PublishedGroupings, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CONFIG } from '@legalaid/infra';
import type { OversightSettings } from '../config.js';
import { FactsRepository } from '../adapters/facts.repository.js';
import { allow } from '../domain/access.js';
import { tabulatePeriods } from '../domain/period-statistics.js';
import type { Cell } from '../domain/statistics.js';
import { yearCohorts } from './statistics.query.js';

const published = (c: Cell) => ({ key: c.key, suppressed: c.suppressed, requests: c.requests, accepted: c.accepted, cases: c.cases });

/**
 * The public figures of a year: every ended month, quarter and the year, by
 * each published grouping, all suppressed as one set (see
 * domain/period-statistics.ts). A period still running is left out, so a
 * figure is never published while it is still growing one request at a time.
 */
@Injectable()
export class PublishedStatistics {
  constructor(
    private readonly facts: FactsRepository,
    @Inject(CONFIG) private readonly config: OversightSettings,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.publishedStatistics>>, now = new Date()): Promise<OutputOf<typeof OversightRpc.publishedStatistics>> {
    allow(req.actor, 'readStatistics');
    const { year } = req.input;
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
}
