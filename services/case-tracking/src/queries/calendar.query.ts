import { Inject, Injectable } from '@nestjs/common';
import type { CasesRpc, InputOf, OutputOf, RpcRequest } from '@legalaid/contracts';
import { CALENDAR, type CalendarCopy } from '@legalaid/infra';
import { CalendarYearRepository } from '../adapters/calendar-year.repository.js';
import { assertCanLoadCalendar, calendarYearId } from '../domain/calendar-year.js';

/** The calendar as deadlines count it (anyone), and the loaded versions of a year's decision (administrators). */
@Injectable()
export class CalendarQuery {
  constructor(
    private readonly years: CalendarYearRepository,
    @Inject(CALENDAR) private readonly calendar: CalendarCopy,
  ) {}

  async versions(req: RpcRequest<InputOf<typeof CasesRpc.calendarDecisions>>): Promise<OutputOf<typeof CasesRpc.calendarDecisions>> {
    assertCanLoadCalendar(req.actor);
    const year = await this.years.get(calendarYearId(req.input.year));
    return { versions: [...(year?.versions ?? [])].reverse() };
  }

  year(req: RpcRequest<InputOf<typeof CasesRpc.calendarYear>>): OutputOf<typeof CasesRpc.calendarYear> {
    const view = this.calendar.current.yearView(req.input.year);
    return {
      year: view.year,
      provisional: view.provisional,
      version: this.calendar.versionOf(req.input.year),
      daysOff: view.daysOff,
      makeUpWorkingDays: view.makeUpWorkingDays,
      documents: view.decision?.documents ?? [],
    };
  }
}
