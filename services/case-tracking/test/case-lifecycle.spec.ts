import { describe, expect, it } from '@jest/globals';
import { CASE_STATES, DomainError, type CaseState } from '@legalaid/contracts';
import { CASE_ACTIONS, nextState, transition, type CaseAction } from '../src/domain/case-lifecycle.js';
import { changeState, closeCase, recordActivity, resumeCase, scheduleDeadline, startCase, suspendCase, transferCase, withdrawCase, type Case } from '../src/domain/case.js';
import { ctxAt, openedAt, SYSTEM } from './fixtures.js';

/**
 * The expected rules, written out by hand (not read from the implementation's
 * table): every action from every state, allowed (target state) or refused (—).
 */
const _ = null;
const EXPECTED: Record<CaseAction, Record<CaseState, CaseState | null>> = {
  //                 OPEN            IN_PROGRESS     SUSPENDED       CLOSED TRANSFERRED WITHDRAWN
  START:             { OPEN: 'IN_PROGRESS', IN_PROGRESS: _, SUSPENDED: _, CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  SUSPEND:           { OPEN: _, IN_PROGRESS: 'SUSPENDED', SUSPENDED: _, CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  RESUME:            { OPEN: _, IN_PROGRESS: _, SUSPENDED: 'IN_PROGRESS', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  RECORD_ACTIVITY:   { OPEN: 'IN_PROGRESS', IN_PROGRESS: 'IN_PROGRESS', SUSPENDED: 'SUSPENDED', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  RECORD_NOTE:       { OPEN: 'OPEN', IN_PROGRESS: 'IN_PROGRESS', SUSPENDED: 'SUSPENDED', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  SCHEDULE_DEADLINE: { OPEN: 'OPEN', IN_PROGRESS: 'IN_PROGRESS', SUSPENDED: 'SUSPENDED', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  CLOSE:             { OPEN: _, IN_PROGRESS: 'CLOSED', SUSPENDED: 'CLOSED', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  TERMINATE:         { OPEN: 'CLOSED', IN_PROGRESS: 'CLOSED', SUSPENDED: 'CLOSED', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  TRANSFER:          { OPEN: 'TRANSFERRED', IN_PROGRESS: 'TRANSFERRED', SUSPENDED: 'TRANSFERRED', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
  WITHDRAW:          { OPEN: 'WITHDRAWN', IN_PROGRESS: 'WITHDRAWN', SUSPENDED: 'WITHDRAWN', CLOSED: _, TRANSFERRED: _, WITHDRAWN: _ },
};

const cells = CASE_ACTIONS.flatMap((action) => CASE_STATES.map((from) => ({ action, from, to: EXPECTED[action][from] })));

describe('case state machine (table)', () => {
  it('covers every action and state', () => {
    expect(cells).toHaveLength(CASE_ACTIONS.length * CASE_STATES.length);
  });

  it.each(cells.filter((c) => c.to !== null))('$action from $from → $to', ({ action, from, to }) => {
    expect(nextState(from, action)).toBe(to);
    expect(transition(from, action)).toBe(to);
  });

  it.each(cells.filter((c) => c.to === null))('$action from $from is refused with ILLEGAL_TRANSITION', ({ action, from }) => {
    expect(nextState(from, action)).toBeUndefined();
    let error: unknown;
    try {
      transition(from, action);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('ILLEGAL_TRANSITION');
    expect((error as DomainError).message).toContain(from);
  });
});

/** A case brought into a state through the domain's own operations. */
function caseIn(state: CaseState): Case {
  const open = openedAt('2025-03-03T09:00:00+07:00');
  const at = (iso: string) => ctxAt(iso);
  switch (state) {
    case 'OPEN':
      return open;
    case 'IN_PROGRESS':
      return changeState(open, { to: 'IN_PROGRESS' }, at('2025-03-03T10:00:00+07:00')).next;
    case 'SUSPENDED':
      return changeState(caseIn('IN_PROGRESS'), { to: 'SUSPENDED', reason: 'PROCEEDINGS_SUSPENDED', resumeOn: '2025-04-01' }, at('2025-03-04T10:00:00+07:00')).next;
    case 'CLOSED':
      return closeCase(caseIn('IN_PROGRESS'), { outcome: 'SUCCESSFUL', summary: 'Won at first instance', totalHours: 3 }, at('2025-03-05T10:00:00+07:00')).next;
    case 'TRANSFERRED':
      return transferCase(open, { reason: 'CONFLICT_OF_INTEREST' }, at('2025-03-03T11:00:00+07:00')).next;
    case 'WITHDRAWN':
      return withdrawCase(open, ctxAt('2025-03-03T11:00:00+07:00', SYSTEM)).next;
  }
}

/** Each command of the domain, named by the action it performs. */
const COMMANDS: Record<CaseAction, (c: Case) => Case> = {
  START: (c) => startCase(c, ctxAt('2025-03-06T10:00:00+07:00')).next,
  SUSPEND: (c) => suspendCase(c, { reason: 'AWAITING_DOCUMENTS', resumeOn: '2025-05-01' }, ctxAt('2025-03-06T10:00:00+07:00')).next,
  RESUME: (c) => resumeCase(c, ctxAt('2025-03-06T10:00:00+07:00')).next,
  RECORD_ACTIVITY: (c) =>
    recordActivity(c, { kind: 'CONSULTATION', performedAt: new Date('2025-03-06T09:00:00+07:00'), hours: 1, attachments: [] }, ctxAt('2025-03-06T10:00:00+07:00')).next,
  RECORD_NOTE: (c) =>
    recordActivity(c, { kind: 'NOTE', performedAt: new Date('2025-03-06T09:00:00+07:00'), hours: 0, note: 'Called, no answer', attachments: [] }, ctxAt('2025-03-06T10:00:00+07:00')).next,
  SCHEDULE_DEADLINE: (c) => scheduleDeadline(c, { kind: 'HEARING', at: new Date('2025-04-10T08:00:00+07:00'), court: 'TAND TP.HCM' }, ctxAt('2025-03-06T10:00:00+07:00')).next,
  CLOSE: (c) => closeCase(c, { outcome: 'PARTLY_SUCCESSFUL', summary: 'Settled', totalHours: 10 }, ctxAt('2025-03-06T10:00:00+07:00')).next,
  TERMINATE: (c) => closeCase(c, { outcome: 'TERMINATED', summary: 'No longer eligible', totalHours: 10 }, ctxAt('2025-03-06T10:00:00+07:00')).next,
  TRANSFER: (c) => transferCase(c, { reason: 'PROVIDER_UNAVAILABLE' }, ctxAt('2025-03-06T10:00:00+07:00')).next,
  WITHDRAW: (c) => withdrawCase(c, ctxAt('2025-03-06T10:00:00+07:00', SYSTEM)).next,
};

describe('case commands obey the state machine', () => {
  it.each(cells)('$action on a $from case', ({ action, from, to }) => {
    const before = caseIn(from);
    expect(before.state).toBe(from);
    const snapshot = structuredClone(before);
    if (to === null) {
      expect(() => COMMANDS[action](before)).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
    } else {
      expect(COMMANDS[action](before).state).toBe(to);
    }
    // Refused or not, the case handed in is never changed in place.
    expect(before).toEqual(snapshot);
  });
});

describe('changeState, the operation behind changeCaseState', () => {
  it.each([
    ['OPEN', 'IN_PROGRESS', 'IN_PROGRESS'],
    ['SUSPENDED', 'IN_PROGRESS', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'SUSPENDED', 'SUSPENDED'],
  ] as const)('moves a %s case to %s', (from, to, expected) => {
    const input = to === 'SUSPENDED' ? { to, reason: 'APPLICANT_UNREACHABLE' as const, resumeOn: '2025-06-01' } : { to };
    expect(changeState(caseIn(from), input, ctxAt('2025-03-06T10:00:00+07:00')).next.state).toBe(expected);
  });

  it.each([
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['OPEN', 'SUSPENDED'],
    ['SUSPENDED', 'SUSPENDED'],
    ['CLOSED', 'IN_PROGRESS'],
    ['WITHDRAWN', 'SUSPENDED'],
  ] as const)('refuses to move a %s case to %s', (from, to) => {
    const input = to === 'SUSPENDED' ? { to, reason: 'APPLICANT_UNREACHABLE' as const, resumeOn: '2025-06-01' } : { to };
    expect(() => changeState(caseIn(from), input, ctxAt('2025-03-06T10:00:00+07:00'))).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
  });

  it('refuses a suspension without a reason or with a resume date that is not in the future', () => {
    const c = caseIn('IN_PROGRESS');
    expect(() => changeState(c, { to: 'SUSPENDED', resumeOn: '2025-06-01' }, ctxAt('2025-03-06T10:00:00+07:00'))).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => changeState(c, { to: 'SUSPENDED', reason: 'OTHER', resumeOn: '2025-03-06' }, ctxAt('2025-03-06T10:00:00+07:00'))).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', message: 'the resume date must be after today' }),
    );
  });
});
