import { Injectable } from '@nestjs/common';
import { systemActor, type EventOf, type IntakeRequestAccepted } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import { CaseRepository } from '../adapters/case.repository.js';
import { RequestFactsRepository } from '../adapters/request-facts.repository.js';
import { CaseCommandRunner } from '../commands/case-command.runner.js';
import { applyUrgencyFacts, type UrgencyFacts } from '../domain/case.js';

/**
 * The facts of an accepted request, as case deadlines read them: the hearing and the
 * defence-counsel deadline come under their own names (urgency's deadline is only the
 * earliest of them, and a far hearing is not in it).
 */
export function urgencyFactsOf(d: Pick<EventOf<typeof IntakeRequestAccepted>['data'], 'urgency' | 'hearingAt' | 'defenceCounselDueAt'>): UrgencyFacts {
  const u = d.urgency;
  // Acceptances published before the dates were carried: the nearest deadline, by its reason.
  const legacy = (reason: 'DEFENCE_COUNSEL_DEADLINE' | 'HEARING_SOON') => (u.deadlineAt && u.reasons.includes(reason) ? u.deadlineAt : null);
  const defenceCounsel = d.defenceCounselDueAt === undefined ? legacy('DEFENCE_COUNSEL_DEADLINE') : d.defenceCounselDueAt;
  const hearing = d.hearingAt === undefined && !u.reasons.includes('DEFENCE_COUNSEL_DEADLINE') ? legacy('HEARING_SOON') : (d.hearingAt ?? null);
  return {
    urgent: u.urgent,
    custody: u.reasons.includes('CUSTODY'),
    defenceCounselDeadline: defenceCounsel ? new Date(defenceCounsel) : null,
    hearingAt: hearing ? new Date(hearing) : null,
  };
}

/**
 * Intake accepted a request: remember its urgency for the case that will
 * open, and apply it to a case that opened first (streams are read
 * independently). The case records the event as applied, so a redelivery
 * changes nothing.
 */
@Injectable()
export class NoteRequestUrgency {
  constructor(
    private readonly cases: CaseRepository,
    private readonly requestFacts: RequestFactsRepository,
    private readonly runner: CaseCommandRunner,
  ) {}

  async handle(event: EventOf<typeof IntakeRequestAccepted>): Promise<void> {
    const facts = urgencyFactsOf(event.data);
    await this.requestFacts.merge(event.data.requestId, {
      urgent: facts.urgent,
      custody: facts.custody,
      defenceCounselDeadline: facts.defenceCounselDeadline,
      hearingAt: facts.hearingAt ?? null,
    });
    for (const open of await this.cases.liveForRequest(event.data.requestId)) {
      await retryOnConflict(async () => {
        const current = await this.cases.get(open._id);
        if (!current || current.appliedEventIds?.includes(event.id)) return;
        const { next, events } = applyUrgencyFacts(current, facts, this.runner.context(systemActor('case-tracking'), event.correlationId, event.id));
        await this.cases.save(next, current.version, events, event.id);
      });
    }
  }
}
