import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { AccessLogRepository } from '../adapters/access-log.repository.js';
import { decodeCursor, encodeCursor } from './views.js';

/** Who read personal data, when, of which request (G29: by actor, purpose and period too): for supervisors, admins, and a centre for its own requests. */
@Injectable()
export class AccessLogQuery {
  constructor(private readonly log: AccessLogRepository) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.accessLog>>): Promise<OutputOf<typeof IntakeRpc.accessLog>> {
    const { actor, input } = req;
    const filter: Record<string, unknown> = {};
    if (actor.role === 'CENTRE_STAFF') filter.centreId = actor.organisationId;
    else if (actor.role !== 'ADMIN' && actor.role !== 'SUPERVISOR') throw new DomainError('FORBIDDEN', 'the access log is for supervisors, admins and the centre');
    if (input.requestId) filter.requestId = input.requestId;
    if (input.actorId) filter.actorId = input.actorId;
    if (input.purpose) filter.purpose = input.purpose;
    if (input.accessedFrom || input.accessedTo) {
      filter.accessedAt = { ...(input.accessedFrom ? { $gte: new Date(input.accessedFrom) } : {}), ...(input.accessedTo ? { $lt: new Date(input.accessedTo) } : {}) };
    }
    const { items, hasNextPage } = await this.log.page(filter, input.page.first, decodeCursor(input.page.after));
    return {
      items: items.map((e) => ({
        accessId: e._id,
        requestId: e.requestId,
        actorId: e.actorId,
        actorRole: e.actorRole,
        purpose: e.purpose,
        fields: e.fields,
        accessedAt: new Date(e.accessedAt).toISOString(),
      })),
      pageInfo: { endCursor: items.length ? encodeCursor(items[items.length - 1]._id) : null, hasNextPage },
    };
  }
}
