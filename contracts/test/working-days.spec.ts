import { describe, expect, it } from '@jest/globals';
import {
  CalendarDecisionSchema,
  endOfVnDay,
  hungKingsDay,
  lunarNewYear,
  missingNextYearDecision,
  statutoryDaysOff,
  vietnamCalendar,
  vnDate,
  WorkingCalendar,
  type CalendarDecision,
} from '@legalaid/contracts';

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
    ['2025-12-31T10:00:00+07:00', 1, '2026-01-05', '1/1/2026 off, 2/1/2026 swapped (12729/VPCP-KGVX), then the weekend'],
    ['2026-01-09T10:00:00+07:00', 1, '2026-01-10', 'Saturday 10/1/2026 is the make-up day for 2/1'],
    ['2026-08-28T10:00:00+07:00', 1, '2026-09-03', 'Quốc khánh 2026: 31/8 swapped, 1-2/9 off (9441/TB-BNV)'],
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

  it('refuses a negative or fractional number of days', () => {
    expect(() => vietnamCalendar.addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => vietnamCalendar.addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });

  it('a year with an official decision is not provisional; one without is', () => {
    expect(vietnamCalendar.deadline(new Date('2026-03-02T10:00:00+07:00'), 5).provisional).toBe(false);
    expect(vietnamCalendar.deadline(new Date('2026-12-28T10:00:00+07:00'), 5).provisional).toBe(true);
    expect(vietnamCalendar.provisionalBetween(new Date('2025-05-01T10:00:00+07:00'), new Date('2026-12-31T10:00:00+07:00'))).toBe(false);
  });
});

describe('lunar holidays for years without a decision', () => {
  it.each([
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
  ])('%i: Tết on %s, the Hùng Kings on %s', (year, tet, hung) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(hung);
  });

  it('Tết 2027 falls on Saturday 6 February', () => {
    expect(new Date('2027-02-06T00:00:00Z').getUTCDay()).toBe(6);
  });

  it('2027 by the statute: Tết 5-9/2 with the weekend days taken on 10-11/2, Hùng Kings 16/4', () => {
    const days = statutoryDaysOff(2027).map((d) => `${d.date} ${d.kind}`);
    expect(days).toEqual(
      expect.arrayContaining(['2027-02-05 HOLIDAY', '2027-02-06 HOLIDAY', '2027-02-09 HOLIDAY', '2027-02-10 COMPENSATORY', '2027-02-11 COMPENSATORY', '2027-04-16 HOLIDAY']),
    );
  });

  it.each([
    ['2027-02-04T09:00:00+07:00', 1, '2027-02-12', 'Tết 2027: 5/2 and 8-11/2 off, 6-7/2 a weekend'],
    ['2027-04-15T09:00:00+07:00', 1, '2027-04-19', 'Hùng Kings Friday 16/4/2027'],
    ['2028-01-24T09:00:00+07:00', 1, '2028-02-01', 'Tết 2028 (Wednesday 26/1): 25-28/1 off, Saturday 29/1 taken on Monday 31/1'],
    ['2027-12-31T09:00:00+07:00', 1, '2028-01-04', '1/1/2028 is a Saturday: taken on Monday 3/1, so Tuesday 4/1 is the first working day'],
  ])('from %s plus %i working days ends on %s (%s, provisional)', (from, n, expected) => {
    const d = vietnamCalendar.deadline(new Date(from), n);
    expect(vnDate(d.dueAt)).toBe(expected);
    expect(d.provisional).toBe(true);
  });
});

describe('a loaded decision', () => {
  const decision2027: CalendarDecision = {
    year: 2027,
    documents: [{ number: '1234/TB-BNV', issuedOn: '2026-11-20', issuer: 'Bộ Nội vụ' }],
    daysOff: [
      { date: '2027-02-04', name: 'Tết Nguyên đán', kind: 'HOLIDAY', document: '1234/TB-BNV' },
      { date: '2027-02-05', name: 'Tết Nguyên đán', kind: 'HOLIDAY', document: '1234/TB-BNV' },
      { date: '2027-02-08', name: 'Tết Nguyên đán', kind: 'HOLIDAY', document: '1234/TB-BNV' },
      { date: '2027-02-09', name: 'Tết Nguyên đán', kind: 'HOLIDAY', document: '1234/TB-BNV' },
      { date: '2027-02-10', name: 'Tết Nguyên đán', kind: 'HOLIDAY', document: '1234/TB-BNV' },
      { date: '2027-02-11', name: 'Tết Nguyên đán (hoán đổi)', kind: 'SWAP', document: '1234/TB-BNV' },
    ],
    makeUpWorkingDays: [{ date: '2027-02-20', replaces: '2027-02-11', document: '1234/TB-BNV' }],
  };

  it('replaces the statutory days and counts its make-up Saturday', () => {
    const calendar = vietnamCalendar.with(decision2027);
    const d = calendar.deadline(new Date('2027-02-03T09:00:00+07:00'), 1);
    expect(vnDate(d.dueAt)).toBe('2027-02-12');
    expect(d.provisional).toBe(false);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
    expect(vietnamCalendar.isWorkingDay('2027-02-20')).toBe(false);
    expect(vnDate(calendar.addWorkingDays(new Date('2027-02-19T09:00:00+07:00'), 1))).toBe('2027-02-20');
  });

  it.each([
    [{ ...decision2027, makeUpWorkingDays: [{ date: '2027-02-17' }] }, 'not a Saturday or Sunday'],
    [{ ...decision2027, daysOff: [{ date: '2028-01-01', name: 'x', kind: 'HOLIDAY' }] }, 'not a date of 2027'],
    [{ ...decision2027, daysOff: [{ date: '2027-02-30', name: 'x', kind: 'HOLIDAY' }] }, 'not a date of 2027'],
    [{ ...decision2027, daysOff: [...decision2027.daysOff, decision2027.daysOff[0]] }, 'listed twice'],
    [{ ...decision2027, makeUpWorkingDays: [{ date: '2027-02-20', document: '99/XX' }] }, 'not one of the decision'],
    [{ ...decision2027, documents: [] }, 'documents'],
  ])('refuses a malformed decision (case %#)', (bad, message) => {
    const r = CalendarDecisionSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain(message);
  });
});

describe("next year's decision missing after 1 November (Viet Nam time)", () => {
  const withOnly2026 = new WorkingCalendar(vietnamCalendar.decidedYears().map((y) => vietnamCalendar.decisionFor(y)!));
  it.each([
    ['2026-10-31T16:59:59Z', false, '31 October in Viet Nam'],
    ['2026-10-31T17:00:00Z', true, '1 November 00:00 in Viet Nam'],
    ['2026-12-31T10:00:00Z', true, 'end of December'],
    ['2027-01-05T10:00:00Z', false, 'January: 2028 is not due yet'],
  ])('at %s: missing=%s (%s)', (now, missing) => {
    expect(missingNextYearDecision(withOnly2026, new Date(now)).missing).toBe(missing);
  });

  it('is not reported once next year is loaded', () => {
    const loaded = withOnly2026.with({ year: 2027, documents: [{ number: '1/TB-BNV', issuer: 'Bộ Nội vụ' }], daysOff: [], makeUpWorkingDays: [] });
    expect(missingNextYearDecision(loaded, new Date('2026-12-01T10:00:00Z'))).toEqual({ nextYear: 2027, missing: false });
  });
});
