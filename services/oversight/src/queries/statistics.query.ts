import { Inject, Injectable } from '@nestjs/common';
import type { InputOf, OutputOf, OversightRpc, RpcRequest } from '@legalaid/contracts';
import { CONFIG } from '@legalaid/infra';
import type { OversightSettings } from '../config.js';
import { FactsRepository } from '../adapters/facts.repository.js';
import { allow } from '../domain/access.js';
import { foldRequest, matchesFilter, tabulate, type Fact, type Filter } from '../domain/statistics.js';

/**
 * Figures for the requests received in a period, from the fact rows: folded
 * per request, filtered, grouped, with small cells suppressed for every
 * reader (supervisors and the public alike).
 */
@Injectable()
export class Statistics {
  constructor(
    private readonly facts: FactsRepository,
    @Inject(CONFIG) private readonly config: OversightSettings,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.statistics>>): Promise<OutputOf<typeof OversightRpc.statistics>> {
    allow(req.actor, 'readStatistics');
    const { from, to, groupBy, filter } = req.input;
    const received = await this.facts.receivedBetween(new Date(from), new Date(to));
    const all = await this.facts.forRequests([...new Set(received.map((f) => f.requestId!))]);
    const byRequest = new Map<string, Fact[]>();
    for (const f of all) byRequest.set(f.requestId!, [...(byRequest.get(f.requestId!) ?? []), f]);
    const cohort = [...byRequest.entries()]
      .map(([id, fs]) => foldRequest(id, fs))
      .filter((r): r is NonNullable<typeof r> => r !== null && r.receivedAt >= new Date(from) && r.receivedAt < new Date(to))
      .filter((r) => matchesFilter(r, filter as Filter));
    const threshold = this.config.OVERSIGHT_MIN_CELL_PEOPLE;
    const { rows, total } = tabulate(cohort, groupBy, threshold);
    return { from, to, groupBy, threshold, rows, total };
  }
}
