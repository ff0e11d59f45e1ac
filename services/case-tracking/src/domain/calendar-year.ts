import { CasesCalendarDecisionLoaded, createEvent, DomainError, type Actor, type CalendarDecision, type Envelope, type LoadedCalendarDecision } from '@legalaid/contracts';

/**
 * The versions of one year's official calendar decision. Each load is a new
 * version and the earlier ones stay (who loaded what, when), so a deadline
 * computed under an earlier version can be explained later.
 */
export interface CalendarYear {
  _id: string;
  version: number;
  year: number;
  versions: LoadedCalendarDecision[];
  appliedEventIds?: string[];
}

export const calendarYearId = (year: number): string => `calendar-${year}`;

export function assertCanLoadCalendar(actor: Actor): void {
  if (actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'only administrators load calendar decisions');
}

export function loadDecision(
  current: CalendarYear | null,
  decision: CalendarDecision,
  ctx: { now: Date; newId: () => string; actor: Actor; correlationId: string },
): { next: CalendarYear; loaded: LoadedCalendarDecision; events: Envelope[] } {
  const versions = current?.versions ?? [];
  const loaded: LoadedCalendarDecision = { decision, version: versions.length + 1, loadedAt: ctx.now.toISOString(), loadedBy: ctx.actor.id };
  const next: CalendarYear = { _id: calendarYearId(decision.year), version: current?.version ?? 0, year: decision.year, versions: [...versions, loaded], appliedEventIds: current?.appliedEventIds ?? [] };
  const event = createEvent(CasesCalendarDecisionLoaded, loaded, { id: ctx.newId(), occurredAt: ctx.now, actor: ctx.actor, correlationId: ctx.correlationId });
  return { next, loaded, events: [event] };
}
