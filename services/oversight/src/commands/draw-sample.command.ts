import { Inject, Injectable } from '@nestjs/common';
import { createEvent, DomainError, endOfVnDay, OversightSampleDrawn, startOfVnDay, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, retryOnConflict, type Clock } from '@legalaid/infra';
import { FactsRepository } from '../adapters/facts.repository.js';
import { PlanRepository } from '../adapters/supervision.repository.js';
import { allow } from '../domain/access.js';
import { drawSample } from '../domain/sample.js';
import { assertCanSample, type SupervisionPlan } from '../domain/supervision.js';
import { planView } from '../queries/views.js';

/**
 * Draws the plan's sample from the cases closed in its period (Viet Nam
 * dates), in its provinces and organisations. The seed (given, or the plan id)
 * and the population hash are recorded, so anyone can draw it again.
 */
@Injectable()
export class DrawSample {
  constructor(
    private readonly plans: PlanRepository,
    private readonly facts: FactsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.drawSupervisionSample>>): Promise<OutputOf<typeof OversightRpc.drawSupervisionSample>> {
    allow(req.actor, 'supervise');
    const { input } = req;
    return retryOnConflict(async () => {
      const plan = await this.plans.get(input.planId);
      if (!plan) throw new DomainError('PLAN_NOT_FOUND', `no supervision plan ${input.planId}`);
      assertCanSample(plan);
      const population = await this.population(plan);
      const seed = input.seed ?? plan._id;
      const drawn = drawSample(population, input.size, seed);
      const now = this.clock();
      const next: SupervisionPlan = { ...plan, status: 'SAMPLED', sample: { seed, size: input.size, ...drawn, drawnAt: now } };
      await this.plans.save(next, plan.version, [
        createEvent(
          OversightSampleDrawn,
          { planId: plan._id, seed, size: input.size, population: drawn.population, populationHash: drawn.populationHash, caseIds: drawn.caseIds },
          { actor: req.actor, correlationId: req.correlationId, occurredAt: now },
        ),
      ]);
      return planView(next);
    });
  }

  /** Closed cases in scope: closed within the period, in one of the provinces and organisations (when listed). */
  private async population(plan: SupervisionPlan): Promise<string[]> {
    const { periodFrom, periodTo, provinceCodes, organisationIds } = plan.scope;
    let cases = await this.facts.closedBetween(startOfVnDay(periodFrom), new Date(endOfVnDay(periodTo).getTime() + 1));
    if (organisationIds.length) cases = cases.filter((c) => organisationIds.includes(c.organisationId) || organisationIds.includes(c.centreId));
    if (provinceCodes.length) {
      const places = await this.facts.placesOf(cases.map((c) => c.requestId));
      cases = cases.filter((c) => provinceCodes.includes(places.get(c.requestId)?.provinceCode ?? ''));
    }
    return cases.map((c) => c._id);
  }
}
