import { Inject, Injectable } from '@nestjs/common';
import { createEvent, DomainError, OversightRecommendationResponded, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, retryOnConflict, type Clock } from '@legalaid/infra';
import { RecommendationRepository } from '../adapters/supervision.repository.js';
import { allow } from '../domain/access.js';
import { respond } from '../domain/supervision.js';
import { recommendationView } from '../queries/views.js';

/** The admin of the organisation a recommendation is addressed to answers it (late answers are marked late). */
@Injectable()
export class RespondToRecommendation {
  constructor(
    private readonly recommendations: RecommendationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.respondToRecommendation>>): Promise<OutputOf<typeof OversightRpc.respondToRecommendation>> {
    allow(req.actor, 'respond');
    return retryOnConflict(async () => {
      const rec = await this.recommendations.get(req.input.recommendationId);
      // Another organisation's recommendation is reported as absent, not as forbidden.
      if (!rec || rec.organisationId !== req.actor.organisationId) {
        throw new DomainError('RECOMMENDATION_NOT_FOUND', `no recommendation ${req.input.recommendationId} for your organisation`);
      }
      const now = this.clock();
      const next = respond(rec, req.input.text, req.actor.id, now);
      await this.recommendations.save(next, rec.version, [
        createEvent(
          OversightRecommendationResponded,
          { recommendationId: rec._id, planId: rec.planId, organisationId: rec.organisationId, respondedAt: now.toISOString(), late: next.response!.late },
          { actor: req.actor, correlationId: req.correlationId, occurredAt: now },
        ),
      ]);
      return recommendationView(next);
    });
  }
}
