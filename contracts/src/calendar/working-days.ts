import { z } from 'zod';
import data from './holidays.vn.json' with { type: 'json' };

/**
 * Working-day arithmetic for statutory time limits. Always in Viet Nam's
 * time (UTC+7, no daylight saving), never in the server's zone. Holidays and
 * make-up working days (làm bù) are data, announced each year.
 */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const HolidayCalendarSchema = z.object({
  format: z.literal('legalaid.holiday-calendar/v1'),
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  description: z.string().optional(),
  years: z.array(
    z.object({
      year: z.number().int(),
      holidays: z.array(z.object({ date: LocalDate, name: z.string() })),
      makeUpWorkingDays: z.array(z.object({ date: LocalDate, replaces: LocalDate.optional() })),
    }),
  ),
});
export type HolidayCalendarData = z.infer<typeof HolidayCalendarSchema>;

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

function nextDate(date: string, days = 1): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export class UnknownCalendarYear extends Error {
  constructor(year: number) {
    super(`the holiday calendar has no data for ${year}: add that year's official notice to holidays.vn.json`);
    this.name = 'UnknownCalendarYear';
  }
}

export class WorkingCalendar {
  private readonly holidays = new Set<string>();
  private readonly makeUp = new Set<string>();
  private readonly years = new Set<number>();

  constructor(data: HolidayCalendarData, private readonly strict = false) {
    const parsed = HolidayCalendarSchema.parse(data);
    for (const y of parsed.years) {
      this.years.add(y.year);
      for (const h of y.holidays) this.holidays.add(h.date);
      for (const m of y.makeUpWorkingDays) this.makeUp.add(m.date);
    }
  }

  /** Monday to Friday unless a holiday; a Saturday or Sunday only when it is a make-up working day. */
  isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if (this.strict && !this.years.has(year)) throw new UnknownCalendarYear(year);
    if (this.makeUp.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  }

  /**
   * The end of the n-th working day after the day of `from` (the day of
   * receipt does not count, as statutory limits are read).
   */
  addWorkingDays(from: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of working days');
    let date = vnDate(from);
    let left = n;
    while (left > 0) {
      date = nextDate(date);
      if (this.isWorkingDay(date)) left--;
    }
    return endOfVnDay(date);
  }

  /** Working days strictly after the day of `from`, up to and including the day of `to`. */
  workingDaysBetween(from: Date, to: Date): number {
    let date = vnDate(from);
    const end = vnDate(to);
    let count = 0;
    while (date < end) {
      date = nextDate(date);
      if (this.isWorkingDay(date)) count++;
    }
    return count;
  }

  coversYear(year: number): boolean {
    return this.years.has(year);
  }
}

/** The calendar shipped with the network. */
export const vietnamCalendar = new WorkingCalendar(data as HolidayCalendarData);
