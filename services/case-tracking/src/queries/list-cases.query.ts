import { Inject, Injectable } from '@nestjs/common';
import { DomainError, endOfVnDay, startOfVnDay, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CaseRepository, type CaseListFilter } from '../adapters/case.repository.js';
import { listScope } from '../domain/access.js';
import { caseSummary } from './case-views.js';

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  if (!CURSOR.test(cursor)) throw new DomainError('VALIDATION_FAILED', 'invalid cursor', [{ path: 'after', message: 'not a cursor this service issued' }]);
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/** Cases the reader may see, newest first, filtered, a page at a time. */
@Injectable()
export class ListCases {
  constructor(private readonly cases: CaseRepository) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.cases>>): Promise<OutputOf<typeof CasesRpc.cases>> {
    const input = req.input;
    const scope = listScope(req.actor);
    const filter: CaseListFilter = {
      state: input.state,
      providerId: input.providerId,
      organisationId: input.organisationId,
      centreId: input.centreId,
      outcome: input.outcome,
      overdue: input.overdue,
    };
    // A filter outside the reader's scope matches nothing, rather than silently widening or narrowing.
    for (const [k, v] of Object.entries(scope) as [keyof typeof scope, string][]) {
      if (filter[k] !== undefined && filter[k] !== v) return { items: [], pageInfo: { endCursor: null, hasNextPage: false } };
      filter[k] = v;
    }
    if (input.period) {
      if (input.period.from > input.period.to) {
        throw new DomainError('VALIDATION_FAILED', 'the period ends before it starts', [{ path: 'period.to', message: 'is before period.from' }]);
      }
      const range = { from: startOfVnDay(input.period.from), to: endOfVnDay(input.period.to) };
      if (input.period.on === 'CLOSED') filter.closedAt = range;
      else filter.openedAt = range;
    }
    const first = input.first;
    const after = input.after ? decodeCursor(input.after) : undefined;
    const rows = input.requestId ? await this.cases.latestForRequest(input.requestId, filter, after) : await this.cases.page(filter, after, first + 1);
    const items = rows.slice(0, first);
    return {
      items: items.map((c) => caseSummary({ ...c, activities: [], timeline: [] })),
      pageInfo: { endCursor: items.length ? encodeCursor(items.at(-1)!._id) : null, hasNextPage: rows.length > first },
    };
  }
}
