import { describe, expect, it } from '@jest/globals';
import { endOfVnDay, vietnamCalendar, vnDate, WorkingCalendar, UnknownCalendarYear } from '@legalaid/contracts';

describe('working days (Asia/Ho_Chi_Minh)', () => {
  it.each([
    // from (instant), n, expected last day (VN date)
    ['2025-01-20T09:00:00+07:00', 5, '2025-02-03', 'across Tết 2025: 21-24/1 count, 27/1 swapped, 28-31/1 off, 1-2/2 weekend'],
    ['2025-01-24T09:00:00+07:00', 1, '2025-02-03', 'the day after a Friday before Tết is the first day back'],
    ['2025-02-14T09:00:00+07:00', 1, '2025-02-15', 'Saturday 15/2/2025 is a make-up working day'],
    ['2026-02-13T10:00:00+07:00', 1, '2026-02-23', 'Tết 2026: 16-20/2 off'],
    ['2025-04-25T10:00:00+07:00', 2, '2025-04-28', 'make-up Saturday 26/4/2025 counts'],
    ['2025-04-29T10:00:00+07:00', 1, '2025-05-05', '30/4, 1/5, 2/5 off, then the weekend'],
    ['2025-06-02T10:00:00+07:00', 0, '2025-06-02', 'zero days ends the same day'],
  ])('from %s plus %i working days ends on %s (%s)', (from, n, expected) => {
    const deadline = vietnamCalendar.addWorkingDays(new Date(from), n);
    expect(vnDate(deadline)).toBe(expected);
    expect(deadline.toISOString()).toBe(endOfVnDay(expected).toISOString());
  });

  it('counts the day in Viet Nam, not in UTC: 23:30 UTC on Friday is already Saturday in Ha Noi', () => {
    // 2025-06-06T23:30Z = Saturday 07/06 06:30 +07
    expect(vnDate(new Date('2025-06-06T23:30:00Z'))).toBe('2025-06-07');
    expect(vnDate(vietnamCalendar.addWorkingDays(new Date('2025-06-06T23:30:00Z'), 1))).toBe('2025-06-09');
  });

  it('counts working days between two instants', () => {
    expect(vietnamCalendar.workingDaysBetween(new Date('2025-01-24T08:00:00+07:00'), new Date('2025-02-05T08:00:00+07:00'))).toBe(3);
  });

  it('a strict calendar refuses a year it has no data for', () => {
    const strict = new WorkingCalendar({ format: 'legalaid.holiday-calendar/v1', timeZone: 'Asia/Ho_Chi_Minh', years: [{ year: 2025, holidays: [], makeUpWorkingDays: [] }] }, true);
    expect(() => strict.addWorkingDays(new Date('2031-03-02T00:00:00Z'), 2)).toThrow(UnknownCalendarYear);
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => vietnamCalendar.addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => vietnamCalendar.addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});
