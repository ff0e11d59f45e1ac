import { Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { listScope } from '../domain/access-policy.js';
import { RequestRepository, toMongoFilter } from '../adapters/request.repository.js';
import { decodeCursor, encodeCursor, toSummary } from './views.js';

/**
 * Requests matching filters, newest first, a page at a time. Filters are
 * validated enums, codes and dates (an operator object such as {"$gt": ""}
 * never reaches the database: the contract refuses it), and confined to the
 * actor's scope. No personal data in the list.
 */
@Injectable()
export class ListRequests {
  constructor(private readonly requests: RequestRepository) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.list>>): Promise<OutputOf<typeof IntakeRpc.list>> {
    const { filter, page } = req.input;
    const scope = listScope(req.actor, filter.centreId);
    const { items, hasNextPage } = await this.requests.page(toMongoFilter(filter, scope), page.first, decodeCursor(page.after));
    return { items: items.map(toSummary), pageInfo: { endCursor: items.length ? encodeCursor(items[items.length - 1]._id) : null, hasNextPage } };
  }
}
