import { Injectable } from '@nestjs/common';
import { DomainError, endOfVnDay, startOfVnDay, type Actor, type CaseFilterSchema, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { decodeKeysetCursor, encodeKeysetCursor } from '@legalaid/infra';
import type { z } from 'zod';
import { CASE_ORDER_KEYS, CaseRepository, type CaseListFilter } from '../adapters/case.repository.js';
import { listScope } from '../domain/access.js';
import type { Case } from '../domain/case.js';
import { caseSummary } from './case-views.js';

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
/** The plain id cursor of lists ordered by id alone (appraisals). */
export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  if (!CURSOR.test(cursor)) throw new DomainError('VALIDATION_FAILED', 'invalid cursor', [{ path: 'after', message: 'not a cursor this service issued' }]);
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/**
 * The repository filter for what the reader asked, confined to their scope;
 * null when the filter names something outside it (a filter outside the
 * reader's scope matches nothing, rather than silently widening or narrowing).
 */
export function scopedCaseFilter(actor: Actor, input: z.infer<typeof CaseFilterSchema>): CaseListFilter | null {
  const filter: CaseListFilter = {
    state: input.state,
    providerId: input.providerId,
    organisationId: input.organisationId,
    centreId: input.centreId,
    outcome: input.outcome,
    overdue: input.overdue,
  };
  for (const [k, v] of Object.entries(listScope(actor)) as [keyof CaseListFilter & ('providerId' | 'organisationId' | 'centreId'), string][]) {
    if (filter[k] !== undefined && filter[k] !== v) return null;
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
  return filter;
}

/** Cases the reader may see, filtered, newest first or by next deadline, a page at a time. */
@Injectable()
export class ListCases {
  constructor(private readonly cases: CaseRepository) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.cases>>): Promise<OutputOf<typeof CasesRpc.cases>> {
    const input = req.input;
    const filter = scopedCaseFilter(req.actor, input);
    if (!filter) return { items: [], pageInfo: { endCursor: null, hasNextPage: false } };
    const first = input.first;
    const order = CASE_ORDER_KEYS[input.orderBy];
    const after = decodeKeysetCursor(input.after, input.orderBy, 'after');
    const rows = input.requestId ? await this.cases.latestForRequest(input.requestId, filter, after?.id) : await this.cases.page(filter, order, after, first + 1);
    const items = rows.slice(0, first);
    const last = items.at(-1) as (Case & Record<string, unknown>) | undefined;
    return {
      items: items.map((c) => caseSummary({ ...c, activities: [], timeline: [] })),
      pageInfo: { endCursor: last ? encodeKeysetCursor(input.orderBy, last, order) : null, hasNextPage: rows.length > first },
    };
  }
}
