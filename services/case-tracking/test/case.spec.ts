import { describe, expect, it } from '@jest/globals';
import { CasesCaseClosed, type Actor } from '@legalaid/contracts';
import { closeCase, recordActivity, scheduleDeadline, transferCase, withdrawCase, type Case } from '../src/domain/case.js';
import { assertCanRead, assertCanTransfer, assertIsAssignedProvider, listScope, readLevel } from '../src/domain/access.js';
import { ctxAt, openedAt, SYSTEM } from './fixtures.js';

const SECRET_NOTE = 'Nguyễn Văn A, 0912345678, số 12 đường Lê Lợi';

function worked(): Case {
  let c = openedAt('2025-03-06T16:00:00+07:00');
  c = recordActivity(
    c,
    {
      kind: 'FIRST_CONTACT',
      performedAt: new Date('2025-03-07T09:00:00+07:00'),
      hours: 1.5,
      note: SECRET_NOTE,
      attachments: [{ name: 'CCCD_NguyenVanA.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64) }],
    },
    ctxAt('2025-03-07T09:30:00+07:00'),
  ).next;
  return recordActivity(c, { kind: 'DOCUMENT_DRAFTED', performedAt: new Date('2025-03-10T09:00:00+07:00'), hours: 2, attachments: [] }, ctxAt('2025-03-10T11:00:00+07:00')).next;
}

describe('activities', () => {
  it('the first activity moves an open case into progress and publishes no free text', () => {
    const r = recordActivity(
      openedAt('2025-03-06T16:00:00+07:00'),
      { kind: 'FIRST_CONTACT', performedAt: new Date('2025-03-07T09:00:00+07:00'), hours: 1, note: SECRET_NOTE, attachments: [{ name: 'CCCD_NguyenVanA.pdf', mediaType: 'application/pdf', sha256: 'b'.repeat(64) }] },
      ctxAt('2025-03-07T09:30:00+07:00'),
    );
    expect(r.next.state).toBe('IN_PROGRESS');
    expect(r.events.map((e) => e.type)).toEqual(['cases.case.activity-recorded', 'cases.case.state-changed']);
    const wire = JSON.stringify(r.events);
    expect(wire).not.toContain('Nguyễn');
    expect(wire).not.toContain('CCCD');
    expect(r.events[0].data).toMatchObject({ providerId: 'prov-1', organisationId: 'org-bar-hcm', centreId: 'centre-hcm', attachmentCount: 1, hours: 1 });
    expect(r.next.firstContactAt!.toISOString()).toBe(new Date('2025-03-07T09:00:00+07:00').toISOString());
  });

  it('a note alone leaves the case open', () => {
    const r = recordActivity(openedAt('2025-03-06T16:00:00+07:00'), { kind: 'NOTE', performedAt: new Date('2025-03-07T09:00:00+07:00'), hours: 0, note: 'No answer', attachments: [] }, ctxAt('2025-03-07T09:30:00+07:00'));
    expect(r.next.state).toBe('OPEN');
    expect(r.events.map((e) => e.type)).toEqual(['cases.case.activity-recorded']);
  });

  it('refuses an activity dated in the future', () => {
    expect(() =>
      recordActivity(openedAt('2025-03-06T16:00:00+07:00'), { kind: 'CONSULTATION', performedAt: new Date('2025-03-08T09:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-07T09:30:00+07:00')),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('refuses a hearing or deadline in the past', () => {
    expect(() => scheduleDeadline(worked(), { kind: 'HEARING', at: new Date('2025-03-01T08:00:00+07:00') }, ctxAt('2025-03-10T12:00:00+07:00'))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('the same hearing scheduled twice is one deadline', () => {
    const at = new Date('2025-04-01T08:00:00+07:00');
    const once = scheduleDeadline(worked(), { kind: 'HEARING', at }, ctxAt('2025-03-10T12:00:00+07:00'));
    const twice = scheduleDeadline(once.next, { kind: 'HEARING', at }, ctxAt('2025-03-10T12:01:00+07:00'));
    expect(twice.deadlineId).toBe(once.deadlineId);
    expect(twice.next).toBe(once.next);
  });
});

describe('closure', () => {
  it('publishes state-changed and closed with the facts statistics need, never the summary', () => {
    const r = closeCase(worked(), { outcome: 'SUCCESSFUL', summary: `Won. ${SECRET_NOTE}`, totalHours: 6, policyFeedbackTag: 'LAW_GAP' }, ctxAt('2025-03-20T10:00:00+07:00'));
    expect(r.next.state).toBe('CLOSED');
    expect(r.events.map((e) => e.type)).toEqual(['cases.case.state-changed', 'cases.case.closed']);
    const closed = CasesCaseClosed.schema.parse(r.events[1]);
    expect(closed.data).toMatchObject({
      state: 'CLOSED',
      outcome: 'SUCCESSFUL',
      totalHours: 6,
      activityCount: 2,
      fieldOfLaw: 'CRIMINAL',
      aidForm: 'PROCEEDINGS',
      hoursToFirstContact: 17,
      workingDaysToFirstContact: 1,
      breachedDeadlines: 0,
      policyFeedbackTag: 'LAW_GAP',
      applicantRef: 'ap_abcdefghijklmnop',
    });
    expect(JSON.stringify(r.events)).not.toContain('Won.');
    expect(r.next.closure!.summary).toContain('Won.');
  });

  it('refuses total hours below the hours recorded in activities', () => {
    expect(() => closeCase(worked(), { outcome: 'SUCCESSFUL', summary: 'Done', totalHours: 3 }, ctxAt('2025-03-20T10:00:00+07:00'))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: [{ path: 'totalHours', message: 'must be at least 3.5' }] }),
    );
  });

  it('a transfer ends the case as TRANSFERRED and tells matching which referral and provider', () => {
    const r = transferCase(worked(), { reason: 'CONFLICT_OF_INTEREST' }, ctxAt('2025-03-20T10:00:00+07:00'));
    expect(r.events.map((e) => e.type)).toEqual(['cases.case.state-changed', 'cases.case.transferred', 'cases.case.closed']);
    expect(r.events[1].data).toMatchObject({ referralId: 'ref-1', providerId: 'prov-1', reason: 'CONFLICT_OF_INTEREST' });
    expect(r.events[2].data).toMatchObject({ state: 'TRANSFERRED', outcome: 'TRANSFERRED', totalHours: 3.5 });
  });

  it('a withdrawal ends the case as WITHDRAWN', () => {
    const r = withdrawCase(worked(), ctxAt('2025-03-20T10:00:00+07:00', SYSTEM));
    expect(r.next.state).toBe('WITHDRAWN');
    expect(r.events[1].data).toMatchObject({ state: 'WITHDRAWN', outcome: 'WITHDRAWN' });
  });
});

describe('access', () => {
  const c = { _id: 'case-1', providerId: 'prov-1', organisationId: 'org-bar', centreId: 'centre-hcm' };
  const actors: [string, Actor, 'FULL' | 'REDACTED' | null][] = [
    ['the assigned lawyer', { id: 'u1', role: 'LAWYER', providerId: 'prov-1' }, 'FULL'],
    ['another lawyer', { id: 'u2', role: 'LAWYER', providerId: 'prov-2' }, null],
    ['a lawyer with no provider', { id: 'u3', role: 'LAWYER' }, null],
    ['the referring centre', { id: 'u4', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' }, 'FULL'],
    ['another centre', { id: 'u5', role: 'CENTRE_STAFF', organisationId: 'centre-hn' }, null],
    ["the provider's organisation admin", { id: 'u6', role: 'ORG_ADMIN', organisationId: 'org-bar' }, 'REDACTED'],
    ['a supervisor', { id: 'u7', role: 'SUPERVISOR' }, 'REDACTED'],
    ['an admin', { id: 'u8', role: 'ADMIN' }, 'FULL'],
    ['a referrer', { id: 'u9', role: 'REFERRER', organisationId: 'centre-hcm' }, null],
    ['a citizen', { id: 'u10', role: 'CITIZEN' }, null],
  ];
  it.each(actors)('%s reads at level %s', (_label, actor, level) => {
    expect(readLevel(actor, c)).toBe(level);
    if (level === null) expect(() => assertCanRead(actor, c)).toThrow(expect.objectContaining({ code: 'CASE_NOT_FOUND' }));
  });

  it('only the assigned lawyer changes the case; others who can see it get FORBIDDEN, the rest CASE_NOT_FOUND', () => {
    expect(() => assertIsAssignedProvider({ id: 'u1', role: 'LAWYER', providerId: 'prov-1' }, c)).not.toThrow();
    expect(() => assertIsAssignedProvider({ id: 'u4', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' }, c)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertIsAssignedProvider({ id: 'u2', role: 'LAWYER', providerId: 'prov-2' }, c)).toThrow(expect.objectContaining({ code: 'CASE_NOT_FOUND' }));
  });

  it('the centre and admins may transfer; a supervisor may not', () => {
    expect(() => assertCanTransfer({ id: 'u4', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' }, c)).not.toThrow();
    expect(() => assertCanTransfer({ id: 'u8', role: 'ADMIN' }, c)).not.toThrow();
    expect(() => assertCanTransfer({ id: 'u7', role: 'SUPERVISOR' }, c)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('lists only what each reader may see', () => {
    expect(listScope({ id: 'u1', role: 'LAWYER', providerId: 'prov-1' })).toEqual({ providerId: 'prov-1' });
    expect(listScope({ id: 'u4', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' })).toEqual({ centreId: 'centre-hcm' });
    expect(listScope({ id: 'u7', role: 'SUPERVISOR' })).toEqual({});
    expect(() => listScope({ id: 'u9', role: 'REFERRER' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
