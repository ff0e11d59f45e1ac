import { Inject, Injectable } from '@nestjs/common';
import { createEvent, DomainError, OversightRecommendationFollowedUp, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CALENDAR, CLOCK, retryOnConflict, type CalendarCopy, type Clock } from '@legalaid/infra';
import { RecommendationRepository } from '../adapters/supervision.repository.js';
import { allow } from '../domain/access.js';
import { redactFreeText } from '../domain/personal-data.js';
import { followUp } from '../domain/supervision.js';
import { recommendationView } from '../queries/views.js';

/**
 * G21: a supervisor accepts an organisation's answer, reopens it, or reissues
 * an overdue recommendation; a new deadline counts working days on the Viet
 * Nam calendar, and the overdue timer runs again from it.
 */
@Injectable()
export class FollowUpRecommendation {
  constructor(
    private readonly recommendations: RecommendationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDAR) private readonly calendar: CalendarCopy,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.followUpRecommendation>>): Promise<OutputOf<typeof OversightRpc.followUpRecommendation>> {
    allow(req.actor, 'supervise');
    const { input } = req;
    return retryOnConflict(async () => {
      const rec = await this.recommendations.get(input.recommendationId);
      if (!rec) throw new DomainError('RECOMMENDATION_NOT_FOUND', `no recommendation ${input.recommendationId}`);
      if (input.expectedVersion !== undefined && input.expectedVersion !== rec.version) {
        throw new DomainError('CONFLICT', `recommendation ${rec._id} is at version ${rec.version}, not ${input.expectedVersion}`);
      }
      const now = this.clock();
      const newDueAt = input.responseWorkingDays ? this.calendar.current.addWorkingDays(now, input.responseWorkingDays) : null;
      const next = followUp(rec, input.action, redactFreeText(input.note), req.actor.id, now, newDueAt);
      await this.recommendations.save(next, rec.version, [
        createEvent(
          OversightRecommendationFollowedUp,
          { recommendationId: rec._id, planId: rec.planId, organisationId: rec.organisationId, action: input.action, responseDueAt: newDueAt ? newDueAt.toISOString() : null },
          { actor: req.actor, correlationId: req.correlationId, occurredAt: now },
        ),
      ]);
      return recommendationView(next);
    });
  }
}
