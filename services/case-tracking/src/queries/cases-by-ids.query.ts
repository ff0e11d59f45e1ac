import { Injectable } from '@nestjs/common';
import type { CasesRpc, InputOf, OutputOf, RpcRequest } from '@legalaid/contracts';
import { CaseRepository } from '../adapters/case.repository.js';
import { readLevel } from '../domain/access.js';
import type { Case } from '../domain/case.js';
import { caseSummary } from './case-views.js';

/**
 * A page's cases in one call, as list rows (no free text), for display joins
 * such as a complaint's case; each read by id, and those the reader may not
 * see left out, as unknown ones are.
 */
@Injectable()
export class CasesByIds {
  constructor(private readonly cases: CaseRepository) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.casesByIds>>): Promise<OutputOf<typeof CasesRpc.casesByIds>> {
    const found = await Promise.all([...new Set(req.input.caseIds)].map((id) => this.cases.get(id)));
    return { cases: found.filter((c): c is Case => !!c && readLevel(req.actor, c) !== null).map((c) => caseSummary({ ...c, activities: [], timeline: [] })) };
  }
}
