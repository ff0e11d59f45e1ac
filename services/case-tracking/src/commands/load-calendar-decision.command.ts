import { Inject, Injectable } from '@nestjs/common';
import { DomainError, newId, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, retryOnConflict, type Clock } from '@legalaid/infra';
import { CalendarYearRepository } from '../adapters/calendar-year.repository.js';
import { assertCanLoadCalendar, calendarYearId, loadDecision } from '../domain/calendar-year.js';

/**
 * An administrator loads a year's official decision (or a correction) as a
 * new version. The event goes out through the outbox; every service —
 * this one too — applies it to its own copy and counts by it from then on.
 */
@Injectable()
export class LoadCalendarDecision {
  constructor(
    private readonly years: CalendarYearRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.loadCalendarDecision>>): Promise<OutputOf<typeof CasesRpc.loadCalendarDecision>> {
    assertCanLoadCalendar(req.actor);
    const { decision } = req.input;
    const loaded = await retryOnConflict(async () => {
      const current = await this.years.get(calendarYearId(decision.year));
      const { next, loaded, events } = loadDecision(current, decision, { now: this.clock(), newId, actor: req.actor, correlationId: req.correlationId });
      if (current) await this.years.save(next, current.version, events);
      else if (!(await this.years.insert(next, events))) throw new DomainError('VERSION_CONFLICT', 'the year was loaded concurrently; retrying');
      return loaded;
    });
    return { year: decision.year, version: loaded.version, loadedAt: loaded.loadedAt };
  }
}
