import { Inject, Injectable } from '@nestjs/common';
import { DomainError, newId, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { AppraisalRepository } from '../adapters/appraisal.repository.js';
import { assertCanAppraise } from '../domain/access.js';
import { appraisalIdFor, recordResult } from '../domain/appraisal.js';
import { WriteDrawnAppraisals } from './write-drawn-appraisals.js';
import { appraisalView } from '../queries/appraisal-views.js';

/** An appraiser records whether a drawn case meets quality; the result is an event for oversight and statistics. */
@Injectable()
export class RecordAppraisal {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly writeAppraisals: WriteDrawnAppraisals,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.recordAppraisal>>): Promise<OutputOf<typeof CasesRpc.recordAppraisal>> {
    assertCanAppraise(req.actor);
    const { caseId, ...input } = req.input;
    let current = await this.appraisals.get(appraisalIdFor(caseId));
    if (!current) {
      await this.writeAppraisals.all();
      current = await this.appraisals.get(appraisalIdFor(caseId));
    }
    if (!current) throw new DomainError('NOT_FOUND', `case ${caseId} was not drawn for appraisal`);
    const { next, events } = recordResult(current, input, { now: this.clock(), newId, actor: req.actor, correlationId: req.correlationId });
    await this.appraisals.save(next, current.version, events);
    return appraisalView({ ...next, version: current.version + 1 }, 'FULL');
  }
}
