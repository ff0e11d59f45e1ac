import { describe, expect, it } from 'vitest';
import { parsePeriod, periodAt, periodCode, periodDays, periodFromDate } from './period';
import { contactSafetyInput, emptyContactSafety, safeTimesError } from './contact-safety';

describe('statistics periods', () => {
  it('maps year, quarter and month choices to the fixed periods the contract accepts', () => {
    expect(periodCode({ kind: 'year', year: 2026, part: 3 })).toBe('2026');
    expect(periodCode({ kind: 'quarter', year: 2026, part: 2 })).toBe('2026-Q2');
    expect(periodCode({ kind: 'month', year: 2026, part: 3 })).toBe('2026-03');
    for (const code of ['2026', '2026-Q4', '2026-12', '1999-01']) expect(periodCode(parsePeriod(code)!)).toBe(code);
    for (const bad of ['2026-Q5', '2026-13', '2026-00', '26', '2026-03-01', '', null]) expect(parsePeriod(bad)).toBeNull();
  });

  it('gives first and last days, leap years included', () => {
    expect(periodDays('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodDays('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('counts "now" in Viet Nam time: 31 Dec 20:00 UTC is already next year there', () => {
    const now = new Date('2026-12-31T20:00:00Z');
    expect(periodCode(periodAt('year', now))).toBe('2027');
    expect(periodCode(periodAt('quarter', now))).toBe('2027-Q1');
    expect(periodCode(periodAt('month', new Date('2026-05-15T03:00:00Z')))).toBe('2026-05');
    expect(periodFromDate('2025-04-01')).toEqual({ kind: 'year', year: 2025, part: 1 });
  });
});

describe('safe contact', () => {
  it('sends nothing when not asked, and the contract shape when asked', () => {
    expect(contactSafetyInput({ ...emptyContactSafety(), asked: false })).toBeUndefined();
    expect(
      contactSafetyInput({ ...emptyContactSafety(), asked: true, safeToCall: false, leaveMessages: false, times: [{ from: '08:00', to: '11:30' }, { from: '', to: '' }], note: '  chỉ gọi buổi sáng ' }),
    ).toEqual({ safeToCall: false, safeToSms: true, safeToEmail: true, safeToZalo: false, leaveMessages: false, safeTimes: [{ from: '08:00', to: '11:30' }], note: 'chỉ gọi buổi sáng' });
  });

  it('needs both ends of a time window as HH:MM', () => {
    expect(safeTimesError([{ from: '08:00', to: '' }])).toBe(true);
    expect(safeTimesError([{ from: '8h', to: '11:00' }])).toBe(true);
    expect(safeTimesError([{ from: '24:00', to: '11:00' }])).toBe(true);
    expect(safeTimesError([{ from: '22:00', to: '06:00' }, { from: '', to: '' }])).toBe(false);
  });
});
