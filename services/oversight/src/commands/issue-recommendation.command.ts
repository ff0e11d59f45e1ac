import { Inject, Injectable } from '@nestjs/common';
import { createEvent, DomainError, newId, OversightRecommendationIssued, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CALENDAR, CLOCK, creationId, type CalendarCopy, type Clock } from '@legalaid/infra';
import { PlanRepository, RecommendationRepository } from '../adapters/supervision.repository.js';
import { allow } from '../domain/access.js';
import { issue } from '../domain/supervision.js';
import { recommendationView } from '../queries/views.js';

/**
 * From a plan's findings, a supervisor issues a recommendation (kiến nghị) to
 * an organisation with a response deadline: a time, or working days counted
 * on the Viet Nam calendar. The deadline is the timer, kept in the document.
 */
@Injectable()
export class IssueRecommendation {
  constructor(
    private readonly plans: PlanRepository,
    private readonly recommendations: RecommendationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDAR) private readonly calendar: CalendarCopy,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.issueRecommendation>>): Promise<OutputOf<typeof OversightRpc.issueRecommendation>> {
    allow(req.actor, 'supervise');
    const { input } = req;
    const plan = await this.plans.get(input.planId);
    if (!plan) throw new DomainError('PLAN_NOT_FOUND', `no supervision plan ${input.planId}`);
    const now = this.clock();
    const responseDueAt = input.responseDueAt ? new Date(input.responseDueAt) : this.calendar.current.addWorkingDays(now, input.responseWorkingDays!);
    const rec = issue(
      { _id: creationId(req, 'recommendation', newId), planId: plan._id, organisationId: input.organisationId, findingIds: [...new Set(input.findingIds)], text: input.text, issuedAt: now, issuedBy: req.actor.id, responseDueAt },
      plan,
    );
    const inserted = await this.recommendations.insert(rec, [
      createEvent(
        OversightRecommendationIssued,
        { recommendationId: rec._id, planId: rec.planId, organisationId: rec.organisationId, findingIds: rec.findingIds, responseDueAt: responseDueAt.toISOString() },
        { actor: req.actor, correlationId: req.correlationId, occurredAt: now },
      ),
    ]);
    // Retried with its request id after its first try died: the recommendation that try stored.
    const stored = inserted ? rec : await this.recommendations.get(rec._id);
    return recommendationView(stored ?? rec);
  }
}
