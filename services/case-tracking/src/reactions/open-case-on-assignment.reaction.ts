import { Inject, Injectable } from '@nestjs/common';
import { MatchingReferralAssigned, streamNameOf, systemActor, type EventOf } from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent } from '@legalaid/infra';
import type { Logger } from 'pino';
import { CaseRepository } from '../adapters/case.repository.js';
import { RequestFactsRepository } from '../adapters/request-facts.repository.js';
import { CaseCommandRunner } from '../commands/case-command.runner.js';
import { caseIdFor, openCase, withdrawCase } from '../domain/case.js';

/**
 * When matching assigns a provider, a case opens for them. Its id derives
 * from the event id, so a redelivered event finds the case there and changes
 * nothing. What intake already said about the request (custody, a
 * procedural body's deadline, a withdrawal that overtook the assignment)
 * applies at once.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('matching'), durable: 'case-tracking-matching' })
export class OpenCaseOnAssignment {
  constructor(
    private readonly cases: CaseRepository,
    private readonly requestFacts: RequestFactsRepository,
    private readonly runner: CaseCommandRunner,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(MatchingReferralAssigned)
  async handle(event: EventOf<typeof MatchingReferralAssigned>): Promise<void> {
    const d = event.data;
    const facts = await this.requestFacts.get(d.requestId);
    const ctx = this.runner.context(systemActor('case-tracking'), event.correlationId, event.id);
    let change = openCase(
      {
        caseId: caseIdFor(event.id),
        referralId: d.referralId,
        requestId: d.requestId,
        applicantRef: d.applicantRef,
        providerId: d.providerId,
        organisationId: d.organisationId,
        centreId: d.centreId,
        fieldOfLaw: d.fieldOfLaw,
        aidForm: d.aidForm,
        urgent: d.urgent || (facts?.urgent ?? false),
        custody: facts?.custody ?? false,
        defenceCounselDeadline: d.defenceCounselDueAt ? new Date(d.defenceCounselDueAt) : (facts?.defenceCounselDeadline ?? null),
        hearingAt: d.hearingAt ? new Date(d.hearingAt) : (facts?.hearingAt ?? null),
        assignedAt: new Date(d.assignedAt),
      },
      ctx,
    );
    if (facts?.withdrawnAt) {
      const withdrawn = withdrawCase(change.next, ctx);
      change = { next: withdrawn.next, events: [...change.events, ...withdrawn.events] };
    }
    const others = await this.cases.liveForRequest(d.requestId);
    const created = await this.cases.insert(change.next, change.events);
    if (!created) {
      this.logger.info({ eventId: event.id }, 'case already open for this assignment; nothing to do');
      return;
    }
    if (others.length) {
      this.logger.warn({ requestId: d.requestId, caseIds: others.map((c) => c._id) }, 'another case of this request is still live; it was not transferred through case-tracking');
    }
  }
}
