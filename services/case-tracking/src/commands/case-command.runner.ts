import { Inject, Injectable } from '@nestjs/common';
import { DomainError, newId, vietnamCalendar, type Actor, type OutputOf, type CasesRpc } from '@legalaid/contracts';
import { appliedRequest, CLOCK, requestMarker, retryOnConflict, type Clock } from '@legalaid/infra';
import { CaseRepository } from '../adapters/case.repository.js';
import { notFound } from '../domain/access.js';
import type { Case, CaseContext, Change } from '../domain/case.js';
import type { DeadlinePolicy } from '../domain/deadlines.js';
import { DEADLINE_POLICY } from '../config.js';

export type CaseCommandOutput = OutputOf<typeof CasesRpc.recordCaseActivity>;

/**
 * The path every command on a case takes: load, check who acts, check the
 * client's expected version, run the pure domain operation, and save state
 * and events in one version-guarded write. Without an expected version a
 * lost race is retried on fresh state; with one, it is the client's conflict.
 */
@Injectable()
export class CaseCommandRunner {
  constructor(
    private readonly cases: CaseRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
  ) {}

  context(actor: Actor, correlationId: string, causationId: string | null = null): CaseContext {
    return { now: this.clock(), newId, actor, correlationId, causationId, policy: this.policy, calendar: vietnamCalendar };
  }

  async run(
    request: { actor: Actor; correlationId: string; requestId?: string },
    caseId: string,
    expectedVersion: number | undefined,
    authorize: (actor: Actor, c: Case) => void,
    operation: (c: Case, ctx: CaseContext) => Change & { refId?: string | null },
  ): Promise<CaseCommandOutput> {
    const attempt = async (): Promise<CaseCommandOutput> => {
      const current = await this.cases.get(caseId);
      if (!current) throw notFound(caseId);
      authorize(request.actor, current);
      // A retry of a command that was applied (its reply lost): answer with the case as it is, change nothing.
      if (appliedRequest(current, request)) return { caseId, state: current.state, version: current.version, refId: null };
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        throw new DomainError('VERSION_CONFLICT', `case ${caseId} is at version ${current.version}, not ${expectedVersion}: reload it and try again`);
      }
      const result = operation(current, this.context(request.actor, request.correlationId));
      if (result.next === current && result.events.length === 0) {
        return { caseId, state: current.state, version: current.version, refId: result.refId ?? null };
      }
      if ((await this.cases.save(result.next, current.version, result.events, requestMarker(request))) === 'already-applied') {
        return { caseId, state: current.state, version: current.version, refId: null };
      }
      return { caseId, state: result.next.state, version: current.version + 1, refId: result.refId ?? null };
    };
    return expectedVersion === undefined ? retryOnConflict(attempt) : attempt();
  }
}
