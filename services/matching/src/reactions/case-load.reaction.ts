import { Injectable } from '@nestjs/common';
import { CasesActivityRecorded, CasesCaseClosed, CasesCaseOpened, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, OnEvent, retryOnConflict } from '@legalaid/infra';
import { ProviderRepository } from '../adapters/provider.repository.js';
import { Matchmaker } from '../commands/matchmaker.js';
import { recordCaseOpened, recordCaseReleased, recordHours, type Provider } from '../domain/provider.js';

/**
 * Keeps capacity and pro bono totals current from case-tracking: a case
 * opened counts toward load, a closed one no longer does; a pro bono
 * provider's closed case (not transferred or withdrawn) and recorded hours
 * add to the year's pro bono delivered (paid and salaried work does not). Each change records the event id in the provider.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('cases'), durable: 'matching-cases-load' })
export class CaseLoadFromCases {
  constructor(
    private readonly providers: ProviderRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  @OnEvent(CasesCaseOpened)
  async opened(e: EventOf<typeof CasesCaseOpened>): Promise<void> {
    await this.apply(e.id, e.data.providerId, (p, now) => recordCaseOpened(p, e.data.requestId, now));
  }

  @OnEvent(CasesCaseClosed)
  async closed(e: EventOf<typeof CasesCaseClosed>): Promise<void> {
    await this.apply(e.id, e.data.providerId, (p, now) => recordCaseReleased(p, e.data.requestId, e.data.outcome, now));
  }

  @OnEvent(CasesActivityRecorded)
  async hours(e: EventOf<typeof CasesActivityRecorded>): Promise<void> {
    if (e.data.hours <= 0) return;
    await this.apply(e.id, e.data.providerId, (p, now) => recordHours(p, e.data.hours, now));
  }

  private async apply(eventId: string, providerId: string, change: (p: Provider, now: Date) => Provider): Promise<void> {
    await retryOnConflict(async () => {
      const p = await this.providers.get(providerId);
      if (!p || p.appliedEventIds?.includes(eventId)) return;
      await this.providers.save(change(p, this.matchmaker.now()), p.version, [], eventId);
    });
  }
}
