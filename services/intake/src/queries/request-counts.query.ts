import { Inject, Injectable } from '@nestjs/common';
import { DUE_SOON_WORKING_DAYS, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { listScope } from '../domain/access-policy.js';
import { REFERENCE, type Reference } from '../adapters/reference.provider.js';
import { RequestRepository, toMongoFilter } from '../adapters/request.repository.js';

/**
 * Counts for dashboards, within the actor's scope and the filters: each a
 * countDocuments (or a $group by one field) on the same equality filters the
 * list uses. Documents due "soon" means by the end of the
 * DUE_SOON_WORKING_DAYS-th working day (Viet Nam calendar).
 */
@Injectable()
export class RequestCounts {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(REFERENCE) private readonly reference: Reference,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.counts>>): Promise<OutputOf<typeof IntakeRpc.counts>> {
    const f = toMongoFilter(req.input.filter, listScope(req.actor, req.input.filter.centreId));
    const now = this.clock();
    const soon = this.reference.calendar.addWorkingDays(now, DUE_SOON_WORKING_DAYS);
    const waiting = { ...f, status: 'DOCUMENTS_REQUESTED', ...(f.status ? { $and: [{ status: f.status }] } : {}) };
    const [total, urgent, possibleDuplicates, byStatus, byDownstreamStatus, byChannel, byEligibilityGroup, byFieldOfLaw, past, dueSoon, later] = await Promise.all([
      this.requests.count(f),
      this.requests.count({ ...f, 'urgency.urgent': true }),
      this.requests.count({ ...f, duplicateFlagged: true }),
      this.requests.countBy(f, 'status'),
      this.requests.countBy(f, 'downstreamStatus'),
      this.requests.countBy(f, 'channel'),
      this.requests.countBy(f, 'eligibilityGroup'),
      this.requests.countBy(f, 'fieldOfLaw'),
      this.requests.count({ ...waiting, documentsDueAt: { $lt: now } }),
      this.requests.count({ ...waiting, documentsDueAt: { $gte: now, $lte: soon } }),
      this.requests.count({ ...waiting, documentsDueAt: { $gt: soon } }),
    ]);
    return { total, urgent, possibleDuplicates, byStatus, byDownstreamStatus, byChannel, byEligibilityGroup, byFieldOfLaw, documentsDue: { past, dueSoon, later } };
  }
}
