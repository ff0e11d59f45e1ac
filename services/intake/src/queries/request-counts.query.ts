import { Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { listScope } from '../domain/access-policy.js';
import { RequestRepository, toMongoFilter } from '../adapters/request.repository.js';

/** Counts for dashboards, within the actor's scope and the filters. */
@Injectable()
export class RequestCounts {
  constructor(private readonly requests: RequestRepository) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.counts>>): Promise<OutputOf<typeof IntakeRpc.counts>> {
    const f = toMongoFilter(req.input.filter, listScope(req.actor, req.input.filter.centreId));
    const [total, urgent, possibleDuplicates, byStatus, byDownstreamStatus, byChannel, byEligibilityGroup, byFieldOfLaw] = await Promise.all([
      this.requests.count(f),
      this.requests.count({ ...f, 'urgency.urgent': true }),
      this.requests.count({ ...f, duplicateFlagged: true }),
      this.requests.countBy(f, 'status'),
      this.requests.countBy(f, 'downstreamStatus'),
      this.requests.countBy(f, 'channel'),
      this.requests.countBy(f, 'eligibilityGroup'),
      this.requests.countBy(f, 'fieldOfLaw'),
    ]);
    return { total, urgent, possibleDuplicates, byStatus, byDownstreamStatus, byChannel, byEligibilityGroup, byFieldOfLaw };
  }
}
