import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { decodeCursor, encodeCursor } from '../adapters/cursor.js';
import { PlanRepository, RecommendationRepository } from '../adapters/supervision.repository.js';
import { allow } from '../domain/access.js';
import { planView, recommendationView } from './views.js';

/** Supervision plans and recommendations as their readers may see them. */
@Injectable()
export class SupervisionQueries {
  constructor(
    private readonly plans: PlanRepository,
    private readonly recommendations: RecommendationRepository,
  ) {}

  async plansPage(req: RpcRequest<InputOf<typeof OversightRpc.supervisionPlans>>): Promise<OutputOf<typeof OversightRpc.supervisionPlans>> {
    allow(req.actor, 'readSupervision');
    const { first, after, planId } = req.input;
    if (planId) {
      const plan = await this.plans.get(planId);
      if (!plan) throw new DomainError('PLAN_NOT_FOUND', `no supervision plan ${planId}`);
      return { items: [planView(plan)], nextCursor: null };
    }
    const docs = await this.plans.page(first + 1, decodeCursor(after));
    const page = docs.slice(0, first);
    const last = page.at(-1);
    return { items: page.map(planView), nextCursor: docs.length > first && last ? encodeCursor(last.createdAt, last._id) : null };
  }

  /** An organisation's admin sees only what was addressed to their organisation, with the findings behind it. */
  async recommendationsPage(req: RpcRequest<InputOf<typeof OversightRpc.recommendations>>): Promise<OutputOf<typeof OversightRpc.recommendations>> {
    allow(req.actor, 'readRecommendations');
    const { first, after, planId, status, recommendationId, withTotalCount } = req.input;
    let organisationId = req.input.organisationId;
    if (req.actor.role === 'ORG_ADMIN') {
      if (!req.actor.organisationId) throw new DomainError('FORBIDDEN', 'your token names no organisation');
      if (organisationId && organisationId !== req.actor.organisationId) return { items: [], nextCursor: null, ...(withTotalCount ? { totalCount: 0 } : {}) };
      organisationId = req.actor.organisationId;
    }
    const filter = { planId, organisationId, status, recommendationId };
    const [docs, totalCount] = await Promise.all([
      this.recommendations.page(filter, first + 1, decodeCursor(after)),
      withTotalCount ? this.recommendations.count(filter) : undefined,
    ]);
    const page = docs.slice(0, first);
    const last = page.at(-1);
    // The findings behind each, read from their plans (one read per plan on the page).
    const plans = new Map((await Promise.all([...new Set(page.map((r) => r.planId))].map((id) => this.plans.get(id)))).flatMap((p) => (p ? [[p._id, planView(p)] as const] : [])));
    return {
      items: page.map((r) => ({ ...recommendationView(r), findings: (plans.get(r.planId)?.findings ?? []).filter((f) => r.findingIds.includes(f.findingId)) })),
      nextCursor: docs.length > first && last ? encodeCursor(last.issuedAt, last._id) : null,
      ...(totalCount !== undefined ? { totalCount } : {}),
    };
  }
}
