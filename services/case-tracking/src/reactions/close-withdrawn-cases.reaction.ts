import { Injectable } from '@nestjs/common';
import { systemActor, type EventOf, type IntakeRequestWithdrawn } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import { CaseRepository } from '../adapters/case.repository.js';
import { RequestFactsRepository } from '../adapters/request-facts.repository.js';
import { CaseCommandRunner } from '../commands/case-command.runner.js';
import { withdrawCase } from '../domain/case.js';
import { isTerminal } from '../domain/case-lifecycle.js';

/**
 * The applicant withdrew (withdrawal lives in intake, DESIGN.md §6): every
 * live case of the request ends as WITHDRAWN. The withdrawal is also kept
 * with the request's facts, so an assignment that arrives after it opens a
 * case that ends at once. Each case records the event as applied.
 */
@Injectable()
export class CloseWithdrawnCases {
  constructor(
    private readonly cases: CaseRepository,
    private readonly requestFacts: RequestFactsRepository,
    private readonly runner: CaseCommandRunner,
  ) {}

  async handle(event: EventOf<typeof IntakeRequestWithdrawn>): Promise<void> {
    await this.requestFacts.merge(event.data.requestId, { withdrawnAt: new Date(event.data.withdrawnAt) });
    for (const live of await this.cases.liveForRequest(event.data.requestId)) {
      await retryOnConflict(async () => {
        const current = await this.cases.get(live._id);
        if (!current || isTerminal(current.state) || current.appliedEventIds?.includes(event.id)) return;
        const { next, events } = withdrawCase(current, this.runner.context(systemActor('case-tracking'), event.correlationId, event.id));
        await this.cases.save(next, current.version, events, event.id);
      });
    }
  }
}
