import { DomainError, type CaseState } from '@legalaid/contracts';

/**
 * The Case's state machine as a table: for each action, the states it may
 * start from and the state it leads to. Anything not in the table is refused
 * with ILLEGAL_TRANSITION, so adding a rule is adding a row.
 */
export const CASE_ACTIONS = [
  'START',
  'SUSPEND',
  'RESUME',
  'RECORD_ACTIVITY',
  'RECORD_NOTE',
  'SCHEDULE_DEADLINE',
  'CLOSE',
  'TERMINATE',
  'TRANSFER',
  'WITHDRAW',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

const LIVE = ['OPEN', 'IN_PROGRESS', 'SUSPENDED'] as const;
const toSame = (states: readonly CaseState[]) => Object.fromEntries(states.map((s) => [s, s])) as Partial<Record<CaseState, CaseState>>;
const toOne = (states: readonly CaseState[], to: CaseState) => Object.fromEntries(states.map((s) => [s, to])) as Partial<Record<CaseState, CaseState>>;

export const TRANSITIONS: Record<CaseAction, Partial<Record<CaseState, CaseState>>> = {
  /** Work begins (without an activity yet, e.g. the file was studied). */
  START: { OPEN: 'IN_PROGRESS' },
  /** Suspension follows work begun: proceedings suspended, documents awaited, person unreachable. */
  SUSPEND: { IN_PROGRESS: 'SUSPENDED' },
  RESUME: { SUSPENDED: 'IN_PROGRESS' },
  /** Any activity but a note is work on the case: an open case moves into progress. */
  RECORD_ACTIVITY: { OPEN: 'IN_PROGRESS', IN_PROGRESS: 'IN_PROGRESS', SUSPENDED: 'SUSPENDED' },
  RECORD_NOTE: toSame(LIVE),
  SCHEDULE_DEADLINE: toSame(LIVE),
  /** Closing with a result needs work begun. */
  CLOSE: { IN_PROGRESS: 'CLOSED', SUSPENDED: 'CLOSED' },
  /** Termination on statutory grounds may come before any contact (e.g. the person no longer qualifies). */
  TERMINATE: toOne(LIVE, 'CLOSED'),
  TRANSFER: toOne(LIVE, 'TRANSFERRED'),
  WITHDRAW: toOne(LIVE, 'WITHDRAWN'),
};

const VERBS: Record<CaseAction, string> = {
  START: 'start',
  SUSPEND: 'suspend',
  RESUME: 'resume',
  RECORD_ACTIVITY: 'record an activity on',
  RECORD_NOTE: 'record a note on',
  SCHEDULE_DEADLINE: 'schedule a deadline on',
  CLOSE: 'close with a result',
  TERMINATE: 'terminate',
  TRANSFER: 'transfer',
  WITHDRAW: 'withdraw',
};

/** The state an action leads to from `from`, or undefined if it is not allowed. */
export function nextState(from: CaseState, action: CaseAction): CaseState | undefined {
  return TRANSITIONS[action][from];
}

/** The state an action leads to; refuses an illegal transition with a clear error. */
export function transition(from: CaseState, action: CaseAction): CaseState {
  const to = nextState(from, action);
  if (!to) {
    const allowed = Object.keys(TRANSITIONS[action]).join(', ');
    throw new DomainError('ILLEGAL_TRANSITION', `cannot ${VERBS[action]} a case that is ${from} (allowed from: ${allowed})`);
  }
  return to;
}

export function isTerminal(state: CaseState): boolean {
  return state === 'CLOSED' || state === 'TRANSFERRED' || state === 'WITHDRAWN';
}
