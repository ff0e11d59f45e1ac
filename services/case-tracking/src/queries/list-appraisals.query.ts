import { Injectable } from '@nestjs/common';
import { DomainError, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { AppraisalRepository, type AppraisalFilter } from '../adapters/appraisal.repository.js';
import { readLevel } from '../domain/access.js';
import { WriteDrawnAppraisals } from '../commands/write-drawn-appraisals.js';
import { appraisalView } from './appraisal-views.js';
import { decodeCursor, encodeCursor } from './list-cases.query.js';

/**
 * Appraisals: appraisers, admins and supervisors see all (supervisors without
 * the findings text); a lawyer their own cases'; a centre those it referred;
 * an organisation admin its members'.
 */
@Injectable()
export class ListAppraisals {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly writeAppraisals: WriteDrawnAppraisals,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.appraisals>>): Promise<OutputOf<typeof CasesRpc.appraisals>> {
    const { actor, input } = req;
    const filter: AppraisalFilter = { year: input.year, status: input.status, result: input.result };
    switch (actor.role) {
      case 'APPRAISER':
      case 'ADMIN':
      case 'SUPERVISOR':
      case 'SYSTEM':
        break;
      case 'LAWYER':
        if (!actor.providerId) throw new DomainError('FORBIDDEN', 'your account is not linked to a provider');
        filter.providerId = actor.providerId;
        break;
      case 'CENTRE_STAFF':
        if (!actor.organisationId) throw new DomainError('FORBIDDEN', 'your account is not linked to a centre');
        filter.centreId = actor.organisationId;
        break;
      case 'ORG_ADMIN':
        if (!actor.organisationId) throw new DomainError('FORBIDDEN', 'your account is not linked to an organisation');
        filter.organisationId = actor.organisationId;
        break;
      default:
        throw new DomainError('FORBIDDEN', 'your role cannot read appraisals');
    }
    await this.writeAppraisals.all();
    const rows = await this.appraisals.page(filter, input.after ? decodeCursor(input.after) : undefined, input.first + 1);
    const items = rows.slice(0, input.first);
    return {
      items: items.map((a) => appraisalView(a, readLevel(actor, a, { drawnForAppraisal: true }) ?? 'REDACTED')),
      pageInfo: { endCursor: items.length ? encodeCursor(items.at(-1)!._id) : null, hasNextPage: rows.length > input.first },
    };
  }
}
