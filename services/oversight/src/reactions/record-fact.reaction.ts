import { Injectable } from '@nestjs/common';
import type { CasesCaseClosed, DataOf, Envelope } from '@legalaid/contracts';
import { FactsRepository } from '../adapters/facts.repository.js';
import { factOf } from '../domain/facts.js';

/** Keeps the statistics fact rows and the index of closed cases supervision samples from. */
@Injectable()
export class RecordFact {
  constructor(private readonly facts: FactsRepository) {}

  async execute(e: Envelope): Promise<void> {
    const fact = factOf(e);
    if (fact) await this.facts.record(fact);
    if (e.type === 'cases.case.closed') {
      const d = e.data as DataOf<typeof CasesCaseClosed>;
      await this.facts.recordClosedCase({
        _id: d.caseId,
        requestId: d.requestId,
        organisationId: d.organisationId,
        providerId: d.providerId,
        centreId: d.centreId,
        outcome: d.outcome,
        closedAt: new Date(d.closedAt),
      });
    }
  }
}
