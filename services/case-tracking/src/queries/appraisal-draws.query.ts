import { Injectable } from '@nestjs/common';
import { DomainError, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { AppraisalYearRepository } from '../adapters/appraisal.repository.js';
import { appraisalYearId } from '../domain/appraisal.js';
import { drawViewChecked } from './appraisal-views.js';

/** A year's draws, each re-run from its seed and candidates to show it is reproducible. */
@Injectable()
export class AppraisalDraws {
  constructor(private readonly years: AppraisalYearRepository) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.appraisalDraws>>): Promise<OutputOf<typeof CasesRpc.appraisalDraws>> {
    if (!['APPRAISER', 'ADMIN', 'SUPERVISOR'].includes(req.actor.role)) throw new DomainError('FORBIDDEN', 'your role cannot read appraisal draws');
    const year = await this.years.get(appraisalYearId(req.input.year));
    return (year?.draws ?? []).map((d) => drawViewChecked(d, req.input.year));
  }
}
