import { describe, expect, it } from '@jest/globals';
import { vietnamCalendar, vnDate, type CalendarDecision } from '@legalaid/contracts';
import { assessUrgency, withNearHearing, type UrgencyFacts } from '../src/domain/urgency.js';
import { requestDocuments, completeDocuments, recountDocumentsDue } from '../src/domain/legal-aid-request.js';
import { aRequest } from './support.js';

const policy = { calendar: vietnamCalendar, defenceCounselHours: 24, hearingWorkingDays: 5 };
const base: UrgencyFacts = { channel: 'HOTLINE', reasons: [], deadlineAt: null, hearingAt: null, custodySince: null, defenceCounselRequested: false, group: null };

describe('documents time limit in working days (Viet Nam calendar)', () => {
  it.each([
    // asked on, working days, last day
    ['2026-02-12T09:00:00+07:00', 5, '2026-02-26', 'across Tết 2026: 13/2, then 16-20/2 off, then 23-26/2'],
    ['2025-01-22T09:00:00+07:00', 5, '2025-02-05', 'across Tết 2025 (27-31/1 off)'],
    ['2025-01-24T16:30:00+07:00', 1, '2025-02-03', 'Friday before Tết: first day back'],
    ['2025-02-13T09:00:00+07:00', 2, '2025-02-15', 'make-up Saturday 15/2/2025 counts'],
    ['2025-08-29T09:00:00+07:00', 3, '2025-09-05', 'National Day 1-2/9'],
    ['2025-08-07T23:30:00Z', 1, '2025-08-11', '23:30 UTC Thursday is Friday in Viet Nam: next working day is Monday'],
    ['2027-02-03T09:00:00+07:00', 2, '2027-02-12', 'Tết 2027 (no decision loaded: statutory days, provisional)'],
  ])('asked %s, %i working days → due end of %s (%s)', (asked, days, lastDay) => {
    const now = new Date(asked);
    const r = requestDocuments(aRequest(), ['POOR_HOUSEHOLD_CERTIFICATE'], vietnamCalendar.deadline(now, days), now);
    expect(r.status).toBe('DOCUMENTS_REQUESTED');
    expect(vnDate(r.documentsDueAt!)).toBe(lastDay);
    expect(r.documentsDueAt!.toISOString()).toBe(new Date(`${lastDay}T23:59:59.999+07:00`).toISOString());
    expect(r.documentsDueProvisional).toBe(lastDay.startsWith('2027'));
  });

  it('documents arriving after the due date are marked late, not refused', () => {
    const dueAt = new Date('2025-08-11T16:59:59.999Z');
    const waiting = requestDocuments(aRequest(), ['POOR_HOUSEHOLD_CERTIFICATE'], { dueAt, provisional: false }, new Date('2025-08-04T03:00:00Z'));
    expect(completeDocuments(waiting, ['POOR_HOUSEHOLD_CERTIFICATE'], new Date('2025-08-11T16:00:00Z')).late).toBe(false);
    const late = completeDocuments(waiting, ['POOR_HOUSEHOLD_CERTIFICATE'], new Date('2025-08-11T17:00:00Z'));
    expect(late.late).toBe(true);
    expect(late.request.status).toBe('RECEIVED');
    expect(late.request.documentKinds).toEqual(['POOR_HOUSEHOLD_CERTIFICATE']);
  });
});

describe('documents time limit counted again when a calendar decision is loaded', () => {
  // A 2027 decision (none is shipped): Tết 5–9 February with 10–11 February in lieu, and Thursday 4 February swapped for Saturday 20 February.
  const decision: CalendarDecision = {
    year: 2027,
    documents: [{ number: '1/TB-BNV', issuer: 'Bộ Nội vụ' }],
    daysOff: [
      { date: '2027-01-01', name: 'Tết Dương lịch', kind: 'HOLIDAY' },
      { date: '2027-02-04', name: 'Nghỉ hoán đổi', kind: 'SWAP' },
      ...['05', '06', '07', '08', '09'].map((d) => ({ date: `2027-02-${d}`, name: 'Tết Nguyên đán', kind: 'HOLIDAY' as const })),
      { date: '2027-02-10', name: 'Nghỉ bù', kind: 'COMPENSATORY' },
      { date: '2027-02-11', name: 'Nghỉ bù', kind: 'COMPENSATORY' },
    ],
    makeUpWorkingDays: [{ date: '2027-02-20', replaces: '2027-02-04' }],
  };
  const official = vietnamCalendar.with(decision);
  const asked = new Date('2027-02-03T09:00:00+07:00');
  const waiting = () => requestDocuments(aRequest(), ['POOR_HOUSEHOLD_CERTIFICATE'], { ...vietnamCalendar.deadline(asked, 2), workingDays: 2 }, asked);

  it('a provisional limit over Tết 2027 moves to the day the decision gives and is no longer provisional', () => {
    const before = waiting();
    expect(vnDate(before.documentsDueAt!)).toBe('2027-02-12');
    expect(before.documentsDueProvisional).toBe(true);
    const r = recountDocumentsDue(before, official, 2027, 10)!;
    expect(vnDate(r.dueAt)).toBe('2027-02-15');
    expect(r.provisional).toBe(false);
    expect(r.previousDueAt).toEqual(before.documentsDueAt);
    expect(r.request).toMatchObject({ documentsDueAt: r.dueAt, documentsDueProvisional: false, status: 'DOCUMENTS_REQUESTED' });
    // Counted again by the same calendar: nothing more changes.
    expect(recountDocumentsDue(r.request, official, 2027, 10)).toBeNull();
  });

  it('counts by the working days given when the documents were asked for, not today’s setting', () => {
    expect(vnDate(recountDocumentsDue(waiting(), official, 2027, 30)!.dueAt)).toBe('2027-02-15');
  });

  it('leaves other years, and requests no longer waiting, alone', () => {
    expect(recountDocumentsDue(waiting(), official, 2026, 2)).toBeNull();
    const completed = completeDocuments(waiting(), ['POOR_HOUSEHOLD_CERTIFICATE'], new Date('2027-02-04T09:00:00+07:00')).request;
    expect(recountDocumentsDue(completed, official, 2027, 2)).toBeNull();
  });
});

describe('urgency', () => {
  const now = new Date('2026-02-12T09:00:00+07:00');

  it('a procedural body asking for defence counsel sets a 24-hour deadline', () => {
    const u = assessUrgency({ ...base, channel: 'REFERRAL_POLICE', defenceCounselRequested: true, custodySince: '2026-02-11' }, now, policy);
    expect(u).toEqual({ urgent: true, reasons: ['CUSTODY', 'DEFENCE_COUNSEL_DEADLINE'], deadlineAt: '2026-02-13T02:00:00.000Z' });
  });

  it('the defence-counsel deadline is configurable', () => {
    const u = assessUrgency({ ...base, channel: 'REFERRAL_COURT', defenceCounselRequested: true }, now, { ...policy, defenceCounselHours: 8 });
    expect(u.deadlineAt).toBe('2026-02-12T10:00:00.000Z');
  });

  it('a hearing within N working days is urgent; Tết days do not count toward N', () => {
    // 12/2 → 26/2/2026: 13, 23, 24, 25, 26 = 5 working days (16-20/2 Tết)
    const soon = assessUrgency({ ...base, channel: 'REFERRAL_COURT', hearingAt: new Date('2026-02-26T08:00:00+07:00') }, now, policy);
    expect(soon.reasons).toEqual(['HEARING_SOON']);
    expect(soon.deadlineAt).toBe('2026-02-26T01:00:00.000Z');
    const later = assessUrgency({ ...base, channel: 'REFERRAL_COURT', hearingAt: new Date('2026-02-27T08:00:00+07:00') }, now, policy);
    expect(later).toEqual({ urgent: false, reasons: [], deadlineAt: null });
  });

  it('a hearing six months away does not make the matter urgent (8-hour offers, 2-day first contact are for near hearings)', () => {
    const far = assessUrgency({ ...base, channel: 'REFERRAL_COURT', hearingAt: new Date('2026-08-12T08:00:00+07:00') }, now, policy);
    expect(far).toEqual({ urgent: false, reasons: [], deadlineAt: null });
  });

  it('the hearing threshold is configurable in working days', () => {
    const hearingAt = new Date('2026-03-12T08:00:00+07:00'); // 15 working days after 12/2/2026 (Tết 16-20/2 excluded)
    expect(assessUrgency({ ...base, hearingAt }, now, { ...policy, hearingWorkingDays: 14 }).urgent).toBe(false);
    expect(assessUrgency({ ...base, hearingAt }, now, { ...policy, hearingWorkingDays: 15 })).toEqual({ urgent: true, reasons: ['HEARING_SOON'], deadlineAt: '2026-03-12T01:00:00.000Z' });
  });

  it('a hearing far at receipt but near at acceptance makes the matter urgent then', () => {
    const hearingAt = new Date('2026-03-12T08:00:00+07:00');
    const atReceipt = assessUrgency({ ...base, hearingAt }, now, policy);
    expect(atReceipt.urgent).toBe(false);
    expect(withNearHearing(atReceipt, hearingAt, new Date('2026-03-05T09:00:00+07:00'), policy)).toEqual({ urgent: true, reasons: ['HEARING_SOON'], deadlineAt: '2026-03-12T01:00:00.000Z' });
    expect(withNearHearing(atReceipt, hearingAt, new Date('2026-02-24T09:00:00+07:00'), policy)).toEqual(atReceipt);
    // An earlier deadline already known stays the deadline.
    const counsel = assessUrgency({ ...base, channel: 'REFERRAL_COURT', defenceCounselRequested: true, hearingAt }, new Date('2026-03-05T09:00:00+07:00'), policy);
    expect(withNearHearing(counsel, hearingAt, new Date('2026-03-05T10:00:00+07:00'), policy).deadlineAt).toBe(counsel.deadlineAt);
  });

  it('a hearing in the past is not urgent', () => {
    expect(assessUrgency({ ...base, hearingAt: new Date('2026-02-10T08:00:00+07:00') }, now, policy).urgent).toBe(false);
  });

  it('the earliest known deadline wins', () => {
    const u = assessUrgency(
      { ...base, channel: 'REFERRAL_PROCURACY', defenceCounselRequested: true, deadlineAt: new Date('2026-02-12T12:00:00+07:00'), hearingAt: new Date('2026-02-24T08:00:00+07:00') },
      now,
      policy,
    );
    expect(u.deadlineAt).toBe('2026-02-12T05:00:00.000Z');
  });

  it.each([
    ['FIN_DIFFICULTY_DOMESTIC_VIOLENCE', ['VIOLENCE']],
    ['TRAFFICKING_VICTIM', ['TRAFFICKING']],
    ['FIN_DIFFICULTY_TRAFFICKING', ['TRAFFICKING']],
    ['POOR_HOUSEHOLD', []],
  ] as const)('group %s implies urgency %j', (group, reasons) => {
    expect(assessUrgency({ ...base, group }, now, policy).reasons).toEqual(reasons);
  });

  it('defence counsel requested outside a procedural channel does not set the deadline', () => {
    expect(assessUrgency({ ...base, channel: 'REFERRAL_NGO', defenceCounselRequested: true }, now, policy)).toEqual({ urgent: false, reasons: [], deadlineAt: null });
  });
});
