import { Inject, Injectable } from '@nestjs/common';
import type { InputOf, OutputOf, OversightRpc, RpcRequest } from '@legalaid/contracts';
import { CONFIG } from '@legalaid/infra';
import type { OversightSettings } from '../config.js';
import { FactsRepository } from '../adapters/facts.repository.js';
import { allow } from '../domain/access.js';
import { centreReport, readsExactly, reportCsv, reportPeriod } from '../domain/centre-report.js';
import { foldRequest, type Fact } from '../domain/statistics.js';

/** A centre's report to the Ministry for a fixed calendar period, from the fact rows. */
@Injectable()
export class CentreReport {
  constructor(
    private readonly facts: FactsRepository,
    @Inject(CONFIG) private readonly config: OversightSettings,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.centreReport>>): Promise<OutputOf<typeof OversightRpc.centreReport>> {
    allow(req.actor, 'readStatistics');
    const { centreId, year } = req.input;
    const quarter = req.input.quarter ?? null;
    const { from, to } = reportPeriod(year, quarter);
    const received = await this.facts.receivedBetween(from, to);
    const ids = [...new Set(received.filter((f) => f.dims.centreId === centreId).map((f) => f.requestId!))];
    const byRequest = new Map<string, Fact[]>();
    for (const f of await this.facts.forRequests(ids)) byRequest.set(f.requestId!, [...(byRequest.get(f.requestId!) ?? []), f]);
    const cohort = [...byRequest.entries()].map(([id, fs]) => foldRequest(id, fs)).filter((r): r is NonNullable<typeof r> => r !== null && r.receivedAt >= from && r.receivedAt < to);
    const report = centreReport(cohort, { centreId, year, quarter, exact: readsExactly(req.actor, centreId), threshold: this.config.OVERSIGHT_MIN_CELL_PEOPLE });
    return { ...report, from: report.from.toISOString(), to: report.to.toISOString(), csv: reportCsv(report) };
  }
}
