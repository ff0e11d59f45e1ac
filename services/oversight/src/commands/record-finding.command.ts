import { Inject, Injectable } from '@nestjs/common';
import { createEvent, DomainError, newId, OversightFindingRecorded, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, retryOnConflict, type Clock } from '@legalaid/infra';
import { PlanRepository } from '../adapters/supervision.repository.js';
import { allow } from '../domain/access.js';
import { redactFreeText } from '../domain/personal-data.js';
import { assertCaseInSample, MAX_FINDINGS, type SupervisionPlan } from '../domain/supervision.js';
import { planView } from '../queries/views.js';

/** A supervisor records a finding on a sampled case, after reviewing its trail. The note stays here, masked. */
@Injectable()
export class RecordFinding {
  constructor(
    private readonly plans: PlanRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.recordFinding>>): Promise<OutputOf<typeof OversightRpc.recordFinding>> {
    allow(req.actor, 'supervise');
    const { input } = req;
    const findingId = newId();
    return retryOnConflict(async () => {
      const plan = await this.plans.get(input.planId);
      if (!plan) throw new DomainError('PLAN_NOT_FOUND', `no supervision plan ${input.planId}`);
      assertCaseInSample(plan, input.caseId);
      if (plan.findings.length >= MAX_FINDINGS) throw new DomainError('CONFLICT', `a plan holds at most ${MAX_FINDINGS} findings`);
      const now = this.clock();
      const finding = { findingId, caseId: input.caseId, category: input.category, severity: input.severity, note: redactFreeText(input.note), recordedAt: now, recordedBy: req.actor.id };
      const next: SupervisionPlan = { ...plan, findings: [...plan.findings, finding] };
      await this.plans.save(next, plan.version, [
        createEvent(
          OversightFindingRecorded,
          { planId: plan._id, findingId, caseId: input.caseId, category: input.category, severity: input.severity },
          { actor: req.actor, correlationId: req.correlationId, occurredAt: now },
        ),
      ]);
      return { findingId, plan: planView(next) };
    });
  }
}
