import { Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { decodeKeysetCursor, encodeKeysetCursor } from '@legalaid/infra';
import { listScope } from '../domain/access-policy.js';
import { REQUEST_ORDER_KEYS, RequestRepository, toMongoFilter } from '../adapters/request.repository.js';
import { toSummary } from './views.js';

/**
 * Requests matching filters, in the order asked for, a page at a time.
 * Filters are validated enums, codes and dates (an operator object such as
 * {"$gt": ""} never reaches the database: the contract refuses it), and
 * confined to the actor's scope. No personal data in the list.
 */
@Injectable()
export class ListRequests {
  constructor(private readonly requests: RequestRepository) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.list>>): Promise<OutputOf<typeof IntakeRpc.list>> {
    const { filter, page, orderBy } = req.input;
    const scope = listScope(req.actor, filter.centreId);
    const order = REQUEST_ORDER_KEYS[orderBy];
    const { items, hasNextPage } = await this.requests.page(toMongoFilter(filter, scope), order, page.first, decodeKeysetCursor(page.after, orderBy));
    const last = items.at(-1) as (typeof items)[number] & Record<string, unknown>;
    return { items: items.map(toSummary), pageInfo: { endCursor: last ? encodeKeysetCursor(orderBy, last, order) : null, hasNextPage } };
  }
}
