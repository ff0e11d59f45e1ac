import { Injectable } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { DUE_SOON_WORKING_DAYS, vietnamCalendar, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, FAR_FUTURE, type Clock } from '@legalaid/infra';
import { CaseRepository } from '../adapters/case.repository.js';
import { scopedCaseFilter } from './list-cases.query.js';

const NONE = { total: 0, overdue: 0, byState: {}, byOutcome: {}, nextDeadline: { past: 0, dueSoon: 0, later: 0 } };

/**
 * Counts of the cases a reader may list, on the same filters: countDocuments
 * (and a $group by state and outcome) on the indexed equality fields. The
 * next deadline falls "soon" by the end of the DUE_SOON_WORKING_DAYS-th
 * working day (Viet Nam calendar); cases without a pending deadline are in
 * no bucket.
 */
@Injectable()
export class CaseCounts {
  constructor(
    private readonly cases: CaseRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.caseCounts>>): Promise<OutputOf<typeof CasesRpc.caseCounts>> {
    const filter = scopedCaseFilter(req.actor, req.input);
    if (!filter) return NONE;
    const now = this.clock();
    const soon = vietnamCalendar.addWorkingDays(now, DUE_SOON_WORKING_DAYS);
    const [total, overdue, byState, byOutcome, past, dueSoon, later] = await Promise.all([
      this.cases.count(filter),
      this.cases.count(filter, { overdue: true }),
      this.cases.countBy(filter, 'state'),
      this.cases.countBy(filter, 'outcome'),
      this.cases.count(filter, { sortNextDeadlineAt: { $lt: now } }),
      this.cases.count(filter, { sortNextDeadlineAt: { $gte: now, $lte: soon } }),
      this.cases.count(filter, { sortNextDeadlineAt: { $gt: soon, $lt: FAR_FUTURE } }),
    ]);
    return { total, overdue, byState, byOutcome, nextDeadline: { past, dueSoon, later } };
  }
}
