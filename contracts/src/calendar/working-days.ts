import { z } from 'zod';
import seed from './calendar-decisions.vn.json' with { type: 'json' };
import { addDays, CalendarDecisionSchema, isWeekend, statutoryDaysOff, type CalendarDayOff, type CalendarDecision } from './decisions.js';

/**
 * Working-day arithmetic for statutory time limits. Always in Viet Nam's
 * time (UTC+7, no daylight saving), never in the server's zone. A year
 * counts by its loaded official decision; a year without one counts by the
 * statute alone (lunar holidays computed) and every result reaching into it
 * is provisional.
 */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export const CalendarDecisionsFileSchema = z
  .object({ format: z.literal('legalaid.calendar-decisions/v1'), description: z.string().optional(), decisions: z.array(CalendarDecisionSchema) })
  .strict();

/** The calendar date (YYYY-MM-DD) of an instant in Viet Nam. */
export function vnDate(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnamese calendar day ends (23:59:59.999 +07:00). */
export function endOfVnDay(date: string): Date {
  return new Date(Date.parse(`${date}T23:59:59.999+07:00`));
}

export function startOfVnDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000+07:00`));
}

/** A time limit's end, and whether a year it crosses had no official decision loaded. */
export interface WorkingDeadline {
  dueAt: Date;
  provisional: boolean;
}

interface YearDays {
  daysOff: CalendarDayOff[];
  off: Set<string>;
  makeUp: Map<string, string | undefined>;
  decision: CalendarDecision | undefined;
}

export class WorkingCalendar {
  private readonly decisions = new Map<number, CalendarDecision>();
  private readonly years = new Map<number, YearDays>();

  constructor(decisions: readonly CalendarDecision[]) {
    for (const d of decisions) this.decisions.set(d.year, CalendarDecisionSchema.parse(d));
  }

  private year(year: number): YearDays {
    let y = this.years.get(year);
    if (!y) {
      const decision = this.decisions.get(year);
      const daysOff = decision ? [...decision.daysOff].sort((a, b) => a.date.localeCompare(b.date)) : statutoryDaysOff(year);
      y = {
        daysOff,
        off: new Set(daysOff.map((d) => d.date)),
        makeUp: new Map((decision?.makeUpWorkingDays ?? []).map((m) => [m.date, m.replaces])),
        decision,
      };
      this.years.set(year, y);
    }
    return y;
  }

  /** Monday to Friday unless a day off; a Saturday or Sunday only when it is a make-up working day. */
  isWorkingDay(date: string): boolean {
    const y = this.year(Number(date.slice(0, 4)));
    if (y.makeUp.has(date)) return true;
    if (y.off.has(date)) return false;
    return !isWeekend(date);
  }

  /**
   * The end of the n-th working day after the day of `from` (the day of
   * receipt does not count, as statutory limits are read).
   */
  addWorkingDays(from: Date, n: number): Date {
    return this.deadline(from, n).dueAt;
  }

  /** As addWorkingDays, saying whether the count crossed a year without an official decision. */
  deadline(from: Date, n: number): WorkingDeadline {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of working days');
    let date = vnDate(from);
    let left = n;
    while (left > 0) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) left--;
    }
    const dueAt = endOfVnDay(date);
    return { dueAt, provisional: this.provisionalBetween(from, dueAt) };
  }

  /** Working days strictly after the day of `from`, up to and including the day of `to`. */
  workingDaysBetween(from: Date, to: Date): number {
    let date = vnDate(from);
    const end = vnDate(to);
    let count = 0;
    while (date < end) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) count++;
    }
    return count;
  }

  /** True when a Viet Nam calendar year between the two instants has no official decision loaded. */
  provisionalBetween(from: Date, to: Date): boolean {
    const [a, b] = [Number(vnDate(from).slice(0, 4)), Number(vnDate(to).slice(0, 4))].sort((x, y) => x - y);
    for (let y = a; y <= b; y++) if (!this.decisions.has(y)) return true;
    return false;
  }

  hasDecision(year: number): boolean {
    return this.decisions.has(year);
  }

  decisionFor(year: number): CalendarDecision | undefined {
    return this.decisions.get(year);
  }

  /** Years with a loaded decision, ascending. */
  decidedYears(): number[] {
    return [...this.decisions.keys()].sort((a, b) => a - b);
  }

  /** A year's days off and make-up working days, as counted (official, or provisional from the statute). */
  yearView(year: number): { year: number; provisional: boolean; daysOff: CalendarDayOff[]; makeUpWorkingDays: { date: string; replaces?: string }[]; decision: CalendarDecision | undefined } {
    const y = this.year(year);
    return {
      year,
      provisional: !y.decision,
      daysOff: y.daysOff,
      makeUpWorkingDays: [...y.makeUp].map(([date, replaces]) => ({ date, ...(replaces ? { replaces } : {}) })),
      decision: y.decision,
    };
  }

  /** A calendar with one year's decision replaced (or added). */
  with(decision: CalendarDecision): WorkingCalendar {
    return new WorkingCalendar([...[...this.decisions.values()].filter((d) => d.year !== decision.year), decision]);
  }
}

/**
 * When next year's official decision is missing late in the year: from
 * 1 November (Viet Nam time), the months in which the government usually
 * announces the next year's Tết, a missing decision is reported (health and
 * metrics) so deadlines do not silently become provisional on 1 January.
 */
export function missingNextYearDecision(calendar: WorkingCalendar, now: Date): { nextYear: number; missing: boolean } {
  const today = vnDate(now);
  const year = Number(today.slice(0, 4));
  const nextYear = year + 1;
  return { nextYear, missing: today >= `${year}-11-01` && !calendar.hasDecision(nextYear) };
}

/** The official decisions shipped with the network (seed data). */
export const seedCalendarDecisions: CalendarDecision[] = CalendarDecisionsFileSchema.parse(seed).decisions;

/** The calendar of the shipped decisions only; services count by the decisions they have loaded. */
export const vietnamCalendar = new WorkingCalendar(seedCalendarDecisions);
