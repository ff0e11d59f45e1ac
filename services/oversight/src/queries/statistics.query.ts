import { Inject, Injectable } from '@nestjs/common';
import { periodBounds, periodsOfYear, type CalendarPeriod, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CONFIG } from '@legalaid/infra';
import type { OversightSettings } from '../config.js';
import { FactsRepository } from '../adapters/facts.repository.js';
import { allow } from '../domain/access.js';
import { tabulatePeriods, type PeriodCohort } from '../domain/period-statistics.js';
import { foldRequest, matchesFilter, tabulate, type Fact, type Filter, type Grouping, type RequestFolded } from '../domain/statistics.js';

/**
 * The cohorts of every fixed period of `year` (months, quarters, the year):
 * the requests received in each, folded from their facts and filtered.
 * Only periods `include` keeps are returned.
 */
export async function yearCohorts(facts: FactsRepository, year: number, filter: Filter, include: (p: CalendarPeriod) => boolean): Promise<PeriodCohort[]> {
  const { from, to } = periodBounds(String(year));
  const received = await facts.receivedBetween(from, to);
  const all = await facts.forRequests([...new Set(received.map((f) => f.requestId!))]);
  const byRequest = new Map<string, Fact[]>();
  for (const f of all) byRequest.set(f.requestId!, [...(byRequest.get(f.requestId!) ?? []), f]);
  const folded = [...byRequest.entries()]
    .map(([id, fs]) => foldRequest(id, fs))
    .filter((r): r is RequestFolded => r !== null && matchesFilter(r, filter));
  return periodsOfYear(year)
    .filter(include)
    .map((period) => {
      const b = periodBounds(period);
      return { period, requests: folded.filter((r) => r.receivedAt >= b.from && r.receivedAt < b.to) };
    });
}

/**
 * Figures for the requests received in a fixed calendar period, from the
 * fact rows: folded per request, filtered, grouped, with small cells
 * suppressed for every reader (supervisors and the public alike). The
 * period is suppressed together with every other period of its year under
 * the same grouping and filter, so a quarter minus its published months
 * (or a year minus its quarters) gives back no hidden cell.
 */
@Injectable()
export class Statistics {
  constructor(
    private readonly facts: FactsRepository,
    @Inject(CONFIG) private readonly config: OversightSettings,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.statistics>>): Promise<OutputOf<typeof OversightRpc.statistics>> {
    allow(req.actor, 'readStatistics');
    const { period, groupBy, filter } = req.input;
    const threshold = this.config.OVERSIGHT_MIN_CELL_PEOPLE;
    const cohorts = await yearCohorts(this.facts, Number(period.slice(0, 4)), filter as Filter, () => true);
    // Spreading only: the exact check by elimination takes seconds on a year of a province-wide grouping (see the README).
    const tables = tabulatePeriods(cohorts, [groupBy as Grouping], threshold, false);
    const { from, to } = periodBounds(period);
    // A period nobody was received in has only zeros, which reveal no one.
    const table = tables.get(period)?.get(groupBy as Grouping) ?? tabulate([], groupBy as Grouping, threshold);
    return { period, from: from.toISOString(), to: to.toISOString(), groupBy, threshold, rows: table.rows, total: table.total };
  }
}

