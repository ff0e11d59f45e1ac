import { describe, expect, it } from '@jest/globals';
import { CasesDeadlineRecomputed, vietnamCalendar, type CalendarDecision } from '@legalaid/contracts';
import { recomputeWorkingDayDeadlines, type Case } from '../src/domain/case.js';
import { ctxAt, openedAt, SYSTEM } from './fixtures.js';

/**
 * 2027 has no official decision shipped: a first-contact limit counted over
 * it is provisional (Tết computed: 5–9 February, with 10 and 11 February for
 * the Tết days on the weekend). Then the year's decision is loaded — here one
 * that also swaps Thursday 4 February for Saturday 20 February — and every
 * open limit over 2027 is counted again by it.
 */
const DECISION_2027: CalendarDecision = {
  year: 2027,
  documents: [{ number: '1/TB-BNV', issuedOn: '2026-11-20', issuer: 'Bộ Nội vụ' }],
  daysOff: [
    { date: '2027-01-01', name: 'Tết Dương lịch', kind: 'HOLIDAY', document: '1/TB-BNV' },
    { date: '2027-02-04', name: 'Nghỉ hoán đổi trước Tết', kind: 'SWAP', document: '1/TB-BNV' },
    ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((date) => ({ date, name: 'Tết Nguyên đán', kind: 'HOLIDAY' as const, document: '1/TB-BNV' })),
    { date: '2027-02-10', name: 'Tết Nguyên đán (nghỉ bù)', kind: 'COMPENSATORY', document: '1/TB-BNV' },
    { date: '2027-02-11', name: 'Tết Nguyên đán (nghỉ bù)', kind: 'COMPENSATORY', document: '1/TB-BNV' },
  ],
  makeUpWorkingDays: [{ date: '2027-02-20', replaces: '2027-02-04', document: '1/TB-BNV' }],
};
const official = vietnamCalendar.with(DECISION_2027);
const endOfVnDay = (date: string) => new Date(`${date}T23:59:59.999+07:00`).toISOString();
const firstContact = (c: Case) => c.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!;

describe('deadlines counted again when a year’s official calendar decision is loaded', () => {
  it('a limit over Tết 2027 counted provisionally moves to the right day and is no longer provisional', () => {
    // Opened Monday 1 February 2027: provisionally 2, 3, 4, 12, 15 February are the five working days.
    const before = openedAt('2027-02-01T10:00:00+07:00');
    expect(firstContact(before)).toMatchObject({ provisional: true });
    expect(firstContact(before).dueAt.toISOString()).toBe(endOfVnDay('2027-02-15'));

    // Officially 4 February is off (swapped): 2, 3, 12, 15, 16 February.
    const r = recomputeWorkingDayDeadlines(before, { ...ctxAt('2027-02-02T09:00:00+07:00', SYSTEM), calendar: official }, { year: 2027, version: 1 });
    const after = firstContact(r.next);
    expect(after.dueAt.toISOString()).toBe(endOfVnDay('2027-02-16'));
    expect(after.provisional).toBeUndefined();
    expect(after.remindAt.getTime()).toBeLessThan(after.dueAt.getTime());
    expect(r.next.nextTimerAt!.getTime()).toBeLessThanOrEqual(after.dueAt.getTime());
    expect(r.next.timeline.at(-1)).toMatchObject({ type: 'DEADLINE_RECOMPUTED', refId: after.id, deadlineKind: 'FIRST_CONTACT' });

    expect(r.events).toHaveLength(1);
    const event = r.events[0];
    expect(event.type).toBe(CasesDeadlineRecomputed.type);
    expect(CasesDeadlineRecomputed.data.parse(event.data)).toEqual({
      caseId: before._id,
      requestId: before.requestId,
      applicantRef: before.applicantRef,
      providerId: 'prov-1',
      organisationId: 'org-bar-hcm',
      centreId: 'centre-hcm',
      deadlineId: after.id,
      kind: 'FIRST_CONTACT',
      dueAt: endOfVnDay('2027-02-16'),
      previousDueAt: endOfVnDay('2027-02-15'),
      provisional: false,
      calendarYear: 2027,
      calendarVersion: 1,
      fieldOfLaw: 'CRIMINAL',
      aidForm: 'PROCEEDINGS',
      recomputedAt: new Date('2027-02-02T09:00:00+07:00').toISOString(),
    });
  });

  it('a make-up Saturday inside the limit brings it a day earlier', () => {
    // Opened Wednesday 17 February 2027: provisionally 18, 19, 22, 23, 24; officially 18, 19, 20 (make-up), 22, 23.
    const before = openedAt('2027-02-17T10:00:00+07:00');
    expect(firstContact(before).dueAt.toISOString()).toBe(endOfVnDay('2027-02-24'));
    const r = recomputeWorkingDayDeadlines(before, { ...ctxAt('2027-02-17T11:00:00+07:00', SYSTEM), calendar: official }, { year: 2027, version: 1 });
    expect(firstContact(r.next).dueAt.toISOString()).toBe(endOfVnDay('2027-02-23'));
    expect(firstContact(r.next).provisional).toBeUndefined();
  });

  it('a limit from December 2026 into January 2027 is counted again, and stays provisional only while a year it crosses has no decision', () => {
    const before = openedAt('2026-12-30T10:00:00+07:00');
    expect(firstContact(before)).toMatchObject({ provisional: true });
    const r = recomputeWorkingDayDeadlines(before, { ...ctxAt('2026-12-30T11:00:00+07:00', SYSTEM), calendar: official }, { year: 2027, version: 1 });
    expect(firstContact(r.next).provisional).toBeUndefined();
    expect(r.events.map((e) => (e.data as { provisional: boolean }).provisional)).toEqual([false]);
  });

  it('changes nothing where the decision changes nothing, on other years, and on ended cases; counting again twice gives one change', () => {
    const unchanged = openedAt('2027-03-01T10:00:00+07:00');
    const once = recomputeWorkingDayDeadlines(unchanged, { ...ctxAt('2027-03-01T11:00:00+07:00', SYSTEM), calendar: official }, { year: 2027, version: 1 });
    // Only the provisional flag goes: the days are the same.
    expect(firstContact(once.next).dueAt.getTime()).toBe(firstContact(unchanged).dueAt.getTime());
    expect(once.events).toHaveLength(1);
    const twice = recomputeWorkingDayDeadlines(once.next, { ...ctxAt('2027-03-01T12:00:00+07:00', SYSTEM), calendar: official }, { year: 2027, version: 1 });
    expect(twice.events).toEqual([]);
    expect(twice.next).toBe(once.next);

    const otherYear = recomputeWorkingDayDeadlines(openedAt('2026-06-01T10:00:00+07:00'), { ...ctxAt('2026-06-01T11:00:00+07:00', SYSTEM), calendar: official }, { year: 2027, version: 1 });
    expect(otherYear.events).toEqual([]);

    const ended: Case = { ...openedAt('2027-02-01T10:00:00+07:00'), state: 'CLOSED' };
    expect(recomputeWorkingDayDeadlines(ended, { ...ctxAt('2027-02-02T09:00:00+07:00', SYSTEM), calendar: official }, { year: 2027, version: 1 }).events).toEqual([]);
  });
});
