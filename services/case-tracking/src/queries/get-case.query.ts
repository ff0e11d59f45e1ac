import { Injectable } from '@nestjs/common';
import type { CaseView, CasesRpc, InputOf, RpcRequest } from '@legalaid/contracts';
import { CaseRepository } from '../adapters/case.repository.js';
import { AppraisalRepository } from '../adapters/appraisal.repository.js';
import { assertCanRead, notFound } from '../domain/access.js';
import { appraisalIdFor } from '../domain/appraisal.js';
import { caseView } from './case-views.js';

/** A case with its activities, deadlines and timeline, as the reader may see it. */
@Injectable()
export class GetCase {
  constructor(
    private readonly cases: CaseRepository,
    private readonly appraisals: AppraisalRepository,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.case>>): Promise<CaseView> {
    const c = await this.cases.get(req.input.caseId);
    if (!c) throw notFound(req.input.caseId);
    const appraisal = await this.appraisals.get(appraisalIdFor(c._id));
    const level = assertCanRead(req.actor, c, { drawnForAppraisal: appraisal !== null });
    return caseView(c, level, appraisal);
  }
}
