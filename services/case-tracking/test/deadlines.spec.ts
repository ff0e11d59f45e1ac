import { describe, expect, it } from '@jest/globals';
import { vietnamCalendar } from '@legalaid/contracts';
import { fireDueTimers, recordActivity, closeCase, scheduleDeadline, applyUrgencyFacts, suspendCase, resumeCase, type Case } from '../src/domain/case.js';
import { DEFAULT_DEADLINE_POLICY, firstContactDueAt } from '../src/domain/deadlines.js';
import { ctxAt, openedAt, SYSTEM } from './fixtures.js';

const policy = DEFAULT_DEADLINE_POLICY; // 5 working days; urgent 2; custody 1; reminder 24 h ahead; inactivity 30 days
const due = (iso: string, f = { urgent: false, custody: false }) => firstContactDueAt(new Date(iso), f, policy, vietnamCalendar).toISOString();
/** The end of a Vietnamese calendar day, as an instant. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+07:00`).toISOString();

describe('first-contact deadline in working days (Viet Nam calendar, UTC+7)', () => {
  it.each([
    // [assigned at, urgency, end of the day it falls due]
    ['ordinary, across a weekend', '2025-03-06T16:00:00+07:00', {}, '2025-03-13'],
    ['urgent, across a weekend', '2025-03-06T16:00:00+07:00', { urgent: true }, '2025-03-10'],
    ['custody, Friday → Monday', '2025-03-07T16:00:00+07:00', { custody: true }, '2025-03-10'],
    ['custody wins over urgent', '2025-03-07T16:00:00+07:00', { custody: true, urgent: true }, '2025-03-10'],
    ['ordinary, across Tết 2026 (16–20 Feb off)', '2026-02-13T10:00:00+07:00', {}, '2026-02-27'],
    ['urgent, across Tết 2026', '2026-02-13T10:00:00+07:00', { urgent: true }, '2026-02-24'],
    ['ordinary, across Tết 2025 (27–31 Jan off)', '2025-01-24T10:00:00+07:00', {}, '2025-02-07'],
    ['custody on the Saturday make-up working day after Tết 2025', '2025-02-14T10:00:00+07:00', { custody: true }, '2025-02-15'],
    ['assigned 01:00 Friday in Viet Nam (still Thursday in UTC)', '2025-03-07T01:00:00+07:00', { custody: true }, '2025-03-10'],
    ['assigned 23:30 Thursday in Viet Nam', '2025-03-06T23:30:00+07:00', { custody: true }, '2025-03-07'],
    ['ordinary, across Reunification Day and Labour Day 2025', '2025-04-28T09:00:00+07:00', {}, '2025-05-08'],
  ])('%s', (_label, assigned, urgency, expected) => {
    expect(due(assigned, { urgent: false, custody: false, ...urgency })).toBe(endOf(expected));
  });

  it('shortens, never lengthens, a pending first-contact limit when intake reports custody later', () => {
    const c = openedAt('2025-03-06T16:00:00+07:00');
    const first = () => c.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!;
    expect(first().dueAt.toISOString()).toBe(endOf('2025-03-13'));
    const custody = applyUrgencyFacts(c, { urgent: true, custody: true, defenceCounselDeadline: null }, ctxAt('2025-03-06T16:05:00+07:00', SYSTEM)).next;
    expect(custody.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.dueAt.toISOString()).toBe(endOf('2025-03-07'));
    const urgent = applyUrgencyFacts(custody, { urgent: true, custody: false, defenceCounselDeadline: null }, ctxAt('2025-03-06T16:06:00+07:00', SYSTEM)).next;
    expect(urgent.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.dueAt.toISOString()).toBe(endOf('2025-03-07'));
  });
});

function fire(c: Case, iso: string) {
  return fireDueTimers(c, ctxAt(iso, SYSTEM));
}
const types = (r: { events: { type: string; data: unknown }[] }) => r.events.map((e) => `${e.type}:${(e.data as { kind: string }).kind}`);

describe('reminders and breaches fire once', () => {
  // Opened Thursday 6 March 2025, 16:00: first contact due end of Thursday 13 March.
  const opened = () => openedAt('2025-03-06T16:00:00+07:00');

  it('fires nothing before the reminder time, then the reminder once, then the breach once', () => {
    let c = opened();
    expect(c.nextTimerAt!.toISOString()).toBe(new Date('2025-03-12T23:59:59.999+07:00').toISOString());
    expect(fire(c, '2025-03-12T23:00:00+07:00').events).toHaveLength(0);

    const reminder = fire(c, '2025-03-13T00:00:00+07:00');
    expect(types(reminder)).toEqual(['cases.case.deadline-reminder:FIRST_CONTACT']);
    c = reminder.next;
    expect(c.nextTimerAt!.toISOString()).toBe(endOf('2025-03-13'));
    // The same instant again (a second replica, or a redelivered tick) fires nothing.
    expect(fire(c, '2025-03-13T00:00:00+07:00').events).toHaveLength(0);
    expect(fire(c, '2025-03-13T23:00:00+07:00').events).toHaveLength(0);

    const breach = fire(c, '2025-03-14T00:00:00+07:00');
    expect(types(breach)).toEqual(['cases.case.deadline-breached:FIRST_CONTACT']);
    c = breach.next;
    expect(c.overdue).toBe(true);
    expect(fire(c, '2025-03-14T09:00:00+07:00').events).toHaveLength(0);
    expect(fire(c, '2025-03-20T09:00:00+07:00').events).toHaveLength(0);
  });

  it('skips a reminder whose time passed with the deadline (service was down): only the breach fires', () => {
    const r = fire(opened(), '2025-03-17T09:00:00+07:00');
    expect(types(r)).toEqual(['cases.case.deadline-breached:FIRST_CONTACT']);
    expect(r.next.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.remindedAt).toBeNull();
  });

  it('a deadline met in time never fires; a late contact clears the overdue flag but not the breach', () => {
    const met = recordActivity(opened(), { kind: 'FIRST_CONTACT', performedAt: new Date('2025-03-07T09:00:00+07:00'), hours: 0.5, attachments: [] }, ctxAt('2025-03-07T09:10:00+07:00')).next;
    expect(met.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.status).toBe('SATISFIED');
    expect(fire(met, '2025-03-20T09:00:00+07:00').events).toHaveLength(0);

    const breached = fire(opened(), '2025-03-14T09:00:00+07:00').next;
    const late = recordActivity(breached, { kind: 'FIRST_CONTACT', performedAt: new Date('2025-03-14T10:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-14T10:05:00+07:00')).next;
    const d = late.deadlines.find((x) => x.kind === 'FIRST_CONTACT')!;
    expect([d.status, d.satisfiedAt?.toISOString()]).toEqual(['BREACHED', new Date('2025-03-14T10:05:00+07:00').toISOString()]);
    expect(late.overdue).toBe(false);
  });

  it('a hearing: reminder before the hearing, breach if attendance is not recorded within the report window', () => {
    const c = recordActivity(opened(), { kind: 'FIRST_CONTACT', performedAt: new Date('2025-03-07T09:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-07T09:00:00+07:00')).next;
    const scheduled = scheduleDeadline(c, { kind: 'HEARING', at: new Date('2025-03-20T08:00:00+07:00'), court: 'TAND khu vực 1' }, ctxAt('2025-03-10T09:00:00+07:00'));
    const hearing = () => scheduled.next.deadlines.find((d) => d.id === scheduled.deadlineId)!;
    expect(hearing().remindAt.toISOString()).toBe(new Date('2025-03-19T08:00:00+07:00').toISOString());
    expect(hearing().dueAt.toISOString()).toBe(new Date('2025-03-22T08:00:00+07:00').toISOString());
    expect(types(fire(scheduled.next, '2025-03-19T08:00:00+07:00'))).toEqual(['cases.case.deadline-reminder:HEARING']);
    expect(types(fire(scheduled.next, '2025-03-22T08:00:00+07:00'))).toEqual(['cases.case.deadline-breached:HEARING']);

    const attended = recordActivity(
      scheduled.next,
      { kind: 'HEARING_ATTENDED', performedAt: new Date('2025-03-20T08:00:00+07:00'), hours: 4, hearing: { date: '2025-03-20', court: 'TAND khu vực 1' }, attachments: [] },
      ctxAt('2025-03-20T17:00:00+07:00'),
    ).next;
    expect(attended.deadlines.find((d) => d.id === scheduled.deadlineId)!.status).toBe('SATISFIED');
    expect(fire(attended, '2025-03-25T08:00:00+07:00').events).toHaveLength(0);
  });

  it('attendance at another date does not meet a hearing', () => {
    const s = scheduleDeadline(opened(), { kind: 'HEARING', at: new Date('2025-03-20T08:00:00+07:00') }, ctxAt('2025-03-10T09:00:00+07:00'));
    const other = recordActivity(
      s.next,
      { kind: 'HEARING_ATTENDED', performedAt: new Date('2025-03-11T08:00:00+07:00'), hours: 2, hearing: { date: '2025-03-11', court: 'TAND' }, attachments: [] },
      ctxAt('2025-03-11T17:00:00+07:00'),
    ).next;
    expect(other.deadlines.find((d) => d.id === s.deadlineId)!.status).toBe('PENDING');
  });

  it("the procedural body's defence-counsel deadline is met by a filing or a meeting with the body", () => {
    const c = openedAt('2025-03-06T16:00:00+07:00', { defenceCounselDeadline: new Date('2025-03-09T17:00:00+07:00') });
    expect(types(fire(c, '2025-03-09T17:00:00+07:00'))).toEqual(['cases.case.deadline-breached:DEFENCE_COUNSEL']);
    const filed = recordActivity(c, { kind: 'FILING', performedAt: new Date('2025-03-07T09:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-07T09:00:00+07:00')).next;
    expect(filed.deadlines.find((d) => d.kind === 'DEFENCE_COUNSEL')!.status).toBe('SATISFIED');
  });

  it('inactivity: 30 days after the last activity; each activity restarts it; suspension moves it past the resume date', () => {
    const contacted = recordActivity(opened(), { kind: 'FIRST_CONTACT', performedAt: new Date('2025-03-07T09:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-07T09:00:00+07:00')).next;
    const inactivity = (c: Case) => c.deadlines.filter((d) => d.kind === 'INACTIVITY' && d.status === 'PENDING');
    expect(inactivity(contacted).map((d) => d.dueAt.toISOString())).toEqual([new Date('2025-04-06T09:00:00+07:00').toISOString()]);
    expect(types(fire(contacted, '2025-04-06T09:00:00+07:00'))).toEqual(['cases.case.deadline-breached:INACTIVITY']);

    const again = recordActivity(contacted, { kind: 'CONSULTATION', performedAt: new Date('2025-03-20T09:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-20T10:00:00+07:00')).next;
    expect(inactivity(again).map((d) => d.dueAt.toISOString())).toEqual([new Date('2025-04-19T09:00:00+07:00').toISOString()]);
    expect(fire(again, '2025-04-06T09:00:00+07:00').events.map((e) => e.type)).not.toContain('cases.case.deadline-breached');

    const suspended = suspendCase(again, { reason: 'PROCEEDINGS_SUSPENDED', resumeOn: '2025-06-01' }, ctxAt('2025-03-21T10:00:00+07:00')).next;
    expect(inactivity(suspended).map((d) => d.dueAt.toISOString())).toEqual([new Date('2025-07-01T00:00:00+07:00').toISOString()]);
    const resumed = resumeCase(suspended, ctxAt('2025-05-02T10:00:00+07:00')).next;
    expect(inactivity(resumed).map((d) => d.dueAt.toISOString())).toEqual([new Date('2025-06-01T10:00:00+07:00').toISOString()]);
  });

  it('a closed case has no timers', () => {
    const c = recordActivity(opened(), { kind: 'FIRST_CONTACT', performedAt: new Date('2025-03-07T09:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-07T09:00:00+07:00')).next;
    const closed = closeCase(c, { outcome: 'ADVICE_GIVEN', summary: 'Advised on custody rights', totalHours: 1 }, ctxAt('2025-03-07T12:00:00+07:00')).next;
    expect(closed.nextTimerAt).toBeNull();
    expect(closed.deadlines.filter((d) => d.status === 'PENDING')).toHaveLength(0);
    expect(fire(closed, '2026-01-01T00:00:00+07:00').events).toHaveLength(0);
  });
});

describe('timer event ids', () => {
  it('derive from the deadline, so two replicas firing the same timer publish one event', async () => {
    const { timerEventId } = await import('../src/domain/case.js');
    const c = openedAt('2025-03-06T16:00:00+07:00');
    const a = fire(c, '2025-03-14T00:00:00+07:00');
    const b = fire(c, '2025-03-14T00:00:05+07:00');
    expect(a.events[0].id).toBe(b.events[0].id);
    expect(a.events[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const first = c.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.id;
    expect(timerEventId(first, 'BREACH')).toBe(a.events[0].id);
    expect(timerEventId(first, 'REMINDER')).not.toBe(a.events[0].id);
  });
});
