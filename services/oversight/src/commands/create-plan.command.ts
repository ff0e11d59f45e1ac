import { Inject, Injectable } from '@nestjs/common';
import { createEvent, newId, OversightPlanCreated, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, creationId, type Clock } from '@legalaid/infra';
import { PlanRepository } from '../adapters/supervision.repository.js';
import { allow } from '../domain/access.js';
import { redactFreeText } from '../domain/personal-data.js';
import type { SupervisionPlan } from '../domain/supervision.js';
import { planView } from '../queries/views.js';

/** A supervisor opens a supervision plan (kế hoạch giám sát) with its scope. */
@Injectable()
export class CreatePlan {
  constructor(
    private readonly plans: PlanRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.createSupervisionPlan>>): Promise<OutputOf<typeof OversightRpc.createSupervisionPlan>> {
    allow(req.actor, 'supervise');
    const { input } = req;
    const plan: SupervisionPlan = {
      // Retried with its request id after its first try died: the same id, found stored below.
      _id: creationId(req, 'supervision-plan', newId),
      version: 1,
      title: redactFreeText(input.title),
      scope: { periodFrom: input.periodFrom, periodTo: input.periodTo, provinceCodes: [...new Set(input.provinceCodes)], organisationIds: [...new Set(input.organisationIds)] },
      status: 'OPEN',
      createdAt: this.clock(),
      createdBy: req.actor.id,
      sample: null,
      findings: [],
    };
    const inserted = await this.plans.insert(plan, [
      createEvent(OversightPlanCreated, { planId: plan._id, ...plan.scope }, { actor: req.actor, correlationId: req.correlationId, occurredAt: plan.createdAt }),
    ]);
    const stored = inserted ? plan : await this.plans.get(plan._id);
    return planView(stored ?? plan);
  }
}
