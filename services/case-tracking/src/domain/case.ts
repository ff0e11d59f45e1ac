import { createHash } from 'node:crypto';
import {
  CasesActivityRecorded,
  CasesCaseClosed,
  CasesCaseOpened,
  CasesCaseStateChanged,
  CasesCaseTransferred,
  CasesDeadlineBreached,
  CasesDeadlineRecomputed,
  CasesDeadlineReminder,
  DomainError,
  createEvent,
  startOfVnDay,
  vnDate,
  type ActivityKind,
  type Actor,
  type AidForm,
  type CaseOutcome,
  type CaseRef,
  type CaseState,
  type DeadlineKind,
  type Envelope,
  type EventDefinition,
  type FieldOfLaw,
  type PolicyFeedbackTag,
  type SuspensionReason,
  type TransferReason,
  type WorkingCalendar,
} from '@legalaid/contracts';
import { isTerminal, transition } from './case-lifecycle.js';
import {
  fireDue,
  firstContactDueAt,
  hearingDeadline,
  inactivityDueAt,
  isOverdue,
  isPending,
  meets,
  newDeadline,
  nextTimerAt,
  remindAtFor,
  type Deadline,
  type DeadlinePolicy,
} from './deadlines.js';

/** Attachment metadata only: the file itself lives in the provider's own records. */
export interface Attachment {
  name: string;
  mediaType: string;
  sha256: string;
  sizeBytes: number | null;
}

export interface Activity {
  id: string;
  kind: ActivityKind;
  performedAt: Date;
  recordedAt: Date;
  hours: number;
  authorId: string;
  hearing: { date: string; court: string | null } | null;
  /** The provider's own words: kept here, never in an event, withheld from supervisors. */
  note: string | null;
  attachments: Attachment[];
}

export type TimelineType =
  | 'OPENED'
  | 'ACTIVITY'
  | 'STATE_CHANGED'
  | 'DEADLINE_SCHEDULED'
  | 'DEADLINE_REMINDER'
  | 'DEADLINE_BREACHED'
  | 'DEADLINE_SATISFIED'
  | 'DEADLINE_RECOMPUTED'
  | 'CLOSED'
  | 'TRANSFERRED';

export interface TimelineEntry {
  at: Date;
  type: TimelineType;
  actorId: string;
  refId: string | null;
  state: CaseState | null;
  activityKind: ActivityKind | null;
  deadlineKind: DeadlineKind | null;
}

/** The Case (vụ việc trợ giúp pháp lý): one provider's handling of one request, from assignment to outcome. */
export interface Case {
  _id: string;
  version: number;
  referralId: string;
  requestId: string;
  applicantRef: string;
  providerId: string;
  organisationId: string;
  centreId: string;
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  urgent: boolean;
  custody: boolean;
  state: CaseState;
  openedAt: Date;
  firstContactAt: Date | null;
  lastActivityAt: Date | null;
  activityHours: number;
  suspension: { reason: SuspensionReason; resumeOn: string; since: Date } | null;
  closure: {
    outcome: CaseOutcome;
    summary: string | null;
    totalHours: number;
    policyFeedbackTag: PolicyFeedbackTag | null;
    closedAt: Date;
    closedBy: string;
  } | null;
  transferReason: TransferReason | null;
  /** Copies of closure fields, for indexed queries. */
  outcome: CaseOutcome | null;
  closedAt: Date | null;
  activities: Activity[];
  deadlines: Deadline[];
  timeline: TimelineEntry[];
  /** The poller's index: the next instant a deadline of this case needs looking at. */
  nextTimerAt: Date | null;
  overdue: boolean;
  appliedEventIds: string[];
}

/** What a domain operation needs from outside: time, ids, who acts and why, and the rules in force. */
export interface CaseContext {
  now: Date;
  newId: () => string;
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
  policy: DeadlinePolicy;
  calendar: WorkingCalendar;
}

export interface Change {
  next: Case;
  events: Envelope[];
}

/** Everything a case opens with, from matching's assignment and what intake told about urgency. */
export interface OpeningFacts {
  caseId: string;
  referralId: string;
  requestId: string;
  applicantRef: string;
  providerId: string;
  organisationId: string;
  centreId: string;
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  urgent: boolean;
  custody: boolean;
  /** The procedural body's latest time for defence counsel, if intake learned one. */
  defenceCounselDeadline: Date | null;
  /** The hearing intake learned of (from the acceptance or matching's assignment), however far away. */
  hearingAt?: Date | null;
  /** When matching assigned the provider: limits run from then, even if this service saw it later. */
  assignedAt?: Date;
}

/** A case is derived from the assignment event: a redelivered event finds it there (DESIGN.md §6). */
export function caseIdFor(assignedEventId: string): string {
  return `case-${assignedEventId}`;
}

function ref(c: Case): CaseRef {
  return {
    caseId: c._id,
    requestId: c.requestId,
    applicantRef: c.applicantRef,
    providerId: c.providerId,
    organisationId: c.organisationId,
    centreId: c.centreId,
  };
}

function emit<D extends EventDefinition>(ctx: CaseContext, def: D, data: unknown, id: string = ctx.newId()): Envelope {
  return createEvent(def, data as never, {
    id,
    occurredAt: ctx.now,
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId ?? null,
  });
}

function note(c: Case, ctx: CaseContext, type: TimelineType, extra: Partial<TimelineEntry> = {}): void {
  c.timeline.push({ at: ctx.now, type, actorId: ctx.actor.id, refId: null, state: null, activityKind: null, deadlineKind: null, ...extra });
}

/** Derived fields kept in step after every change. */
function settle(c: Case): Case {
  if (isTerminal(c.state)) {
    c.nextTimerAt = null;
    c.overdue = false;
  } else {
    c.nextTimerAt = nextTimerAt(c.deadlines);
    c.overdue = c.deadlines.some(isOverdue);
  }
  return c;
}

function iso(d: Date): string {
  return d.toISOString();
}

// ---------------------------------------------------------------------------

export function openCase(facts: OpeningFacts, ctx: CaseContext): Change {
  const openedAt = facts.assignedAt && facts.assignedAt.getTime() < ctx.now.getTime() ? facts.assignedAt : ctx.now;
  const firstContactDue = firstContactDueAt(openedAt, facts, ctx.policy, ctx.calendar);
  const c: Case = {
    _id: facts.caseId,
    version: 1,
    referralId: facts.referralId,
    requestId: facts.requestId,
    applicantRef: facts.applicantRef,
    providerId: facts.providerId,
    organisationId: facts.organisationId,
    centreId: facts.centreId,
    fieldOfLaw: facts.fieldOfLaw,
    aidForm: facts.aidForm,
    urgent: facts.urgent || facts.custody,
    custody: facts.custody,
    state: 'OPEN',
    openedAt,
    firstContactAt: null,
    lastActivityAt: null,
    activityHours: 0,
    suspension: null,
    closure: null,
    transferReason: null,
    outcome: null,
    closedAt: null,
    activities: [],
    deadlines: [
      newDeadline(ctx.newId(), 'FIRST_CONTACT', openedAt, firstContactDue, ctx.policy, { provisional: ctx.calendar.provisionalBetween(openedAt, firstContactDue) }),
      newDeadline(ctx.newId(), 'INACTIVITY', openedAt, inactivityDueAt(openedAt, ctx.policy), ctx.policy),
    ],
    timeline: [],
    nextTimerAt: null,
    overdue: false,
    appliedEventIds: [],
  };
  note(c, ctx, 'OPENED', { state: 'OPEN' });
  addIntakeDeadlines(c, facts, ctx);
  const events = [
    emit(ctx, CasesCaseOpened, {
      ...ref(c),
      referralId: c.referralId,
      fieldOfLaw: c.fieldOfLaw,
      aidForm: c.aidForm,
      urgent: c.urgent,
      custody: c.custody,
      openedAt: iso(c.openedAt),
      firstContactDueAt: iso(firstContactDue),
    }),
  ];
  return { next: settle(c), events };
}

/**
 * Intake's facts about urgency arrived (possibly after the case opened, since
 * streams are read independently): shorten a still-pending first-contact
 * limit and add the procedural body's defence-counsel deadline. Never
 * lengthens a limit.
 */
export interface UrgencyFacts {
  urgent: boolean;
  custody: boolean;
  defenceCounselDeadline: Date | null;
  hearingAt?: Date | null;
}

export function applyUrgencyFacts(current: Case, facts: UrgencyFacts, ctx: CaseContext): Change {
  const c = structuredClone(current);
  if (isTerminal(c.state)) return { next: c, events: [] };
  c.urgent = c.urgent || facts.urgent || facts.custody;
  c.custody = c.custody || facts.custody;
  const first = c.deadlines.find((d) => d.kind === 'FIRST_CONTACT' && isPending(d));
  if (first) {
    const shorter = firstContactDueAt(c.openedAt, c, ctx.policy, ctx.calendar);
    if (shorter.getTime() < first.dueAt.getTime()) {
      first.dueAt = shorter;
      first.remindAt = remindAtFor(first.createdAt, shorter, ctx.policy);
      first.provisional = ctx.calendar.provisionalBetween(c.openedAt, shorter);
    }
  }
  addIntakeDeadlines(c, facts, ctx);
  return { next: settle(c), events: [] };
}

/** The defence-counsel deadline and hearing intake learned of, each added once. */
function addIntakeDeadlines(c: Case, facts: UrgencyFacts, ctx: CaseContext): void {
  const dc = facts.defenceCounselDeadline;
  if (dc && !c.deadlines.some((d) => d.kind === 'DEFENCE_COUNSEL' && d.dueAt.getTime() === dc.getTime())) {
    const d = newDeadline(ctx.newId(), 'DEFENCE_COUNSEL', ctx.now, dc, ctx.policy);
    c.deadlines.push(d);
    note(c, ctx, 'DEADLINE_SCHEDULED', { refId: d.id, deadlineKind: d.kind });
  }
  const hearing = facts.hearingAt;
  if (hearing && !c.deadlines.some((d) => d.kind === 'HEARING' && d.eventAt?.getTime() === hearing.getTime())) {
    const d = hearingDeadline(ctx.newId(), ctx.now, hearing, null, ctx.policy);
    c.deadlines.push(d);
    note(c, ctx, 'DEADLINE_SCHEDULED', { refId: d.id, deadlineKind: d.kind });
  }
}

export interface ActivityInput {
  kind: ActivityKind;
  performedAt: Date;
  hours: number;
  note?: string;
  hearing?: { date: string; court: string };
  attachments: { name: string; mediaType: string; sha256: string; sizeBytes?: number }[];
}

/** Clock skew allowed for "performed at" in the future. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function recordActivity(current: Case, input: ActivityInput, ctx: CaseContext): Change {
  const c = structuredClone(current);
  const from = c.state;
  c.state = transition(from, input.kind === 'NOTE' ? 'RECORD_NOTE' : 'RECORD_ACTIVITY');
  if (input.performedAt.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new DomainError('VALIDATION_FAILED', 'an activity cannot be recorded before it happens', [{ path: 'performedAt', message: 'is in the future' }]);
  }
  const activity: Activity = {
    id: ctx.newId(),
    kind: input.kind,
    performedAt: input.performedAt,
    recordedAt: ctx.now,
    hours: input.hours,
    authorId: ctx.actor.id,
    hearing: input.hearing ? { date: input.hearing.date, court: input.hearing.court } : null,
    note: input.note ?? null,
    attachments: input.attachments.map((a) => ({ name: a.name, mediaType: a.mediaType, sha256: a.sha256, sizeBytes: a.sizeBytes ?? null })),
  };
  c.activities.push(activity);
  c.activityHours = Math.round((c.activityHours + input.hours) * 100) / 100;
  note(c, ctx, 'ACTIVITY', { refId: activity.id, activityKind: activity.kind });

  // Deadlines this activity meets.
  const met = { kind: activity.kind, hearingDate: activity.hearing?.date ?? null };
  for (const d of c.deadlines) {
    if (d.kind === 'INACTIVITY') continue;
    if ((d.status === 'PENDING' || isOverdue(d)) && meets(d, met)) {
      if (d.status === 'PENDING') d.status = 'SATISFIED';
      d.satisfiedAt = ctx.now;
      note(c, ctx, 'DEADLINE_SATISFIED', { refId: d.id, deadlineKind: d.kind });
    }
  }
  if (activity.kind === 'FIRST_CONTACT' || activity.kind === 'CONSULTATION') {
    if (!c.firstContactAt || activity.performedAt < c.firstContactAt) c.firstContactAt = activity.performedAt;
  }
  // Any activity restarts the inactivity clock, from the latest work performed.
  const performed = activity.performedAt.getTime() > ctx.now.getTime() ? ctx.now : activity.performedAt;
  if (!c.lastActivityAt || performed > c.lastActivityAt) c.lastActivityAt = performed;
  rearmInactivity(c, ctx, c.lastActivityAt, true);

  const events = [
    emit(ctx, CasesActivityRecorded, {
      ...ref(c),
      activityId: activity.id,
      kind: activity.kind,
      performedAt: iso(activity.performedAt),
      hours: activity.hours,
      authorId: activity.authorId,
      attachmentCount: activity.attachments.length,
      hearingDate: activity.hearing?.date ?? null,
      state: c.state,
    }),
  ];
  if (from !== c.state) events.push(stateChanged(c, from, ctx));
  return { next: settle(c), events };
}

/**
 * One inactivity deadline runs at a time: a pending one is moved, a breached
 * one is marked met by an activity, and a new one starts. While suspended, the clock starts
 * again on the resume date.
 */
function rearmInactivity(c: Case, ctx: CaseContext, from: Date, byActivity = false): void {
  const start = c.suspension ? new Date(Math.max(from.getTime(), startOfVnDay(c.suspension.resumeOn).getTime())) : from;
  const dueAt = inactivityDueAt(start, ctx.policy);
  for (const d of c.deadlines) {
    if (d.kind !== 'INACTIVITY') continue;
    if (byActivity && isOverdue(d)) {
      d.satisfiedAt = ctx.now;
      note(c, ctx, 'DEADLINE_SATISFIED', { refId: d.id, deadlineKind: d.kind });
    }
    if (d.status === 'PENDING') {
      d.status = 'CANCELLED';
      d.cancelledAt = ctx.now;
    }
  }
  // Replace rather than grow: drop cancelled inactivity deadlines, keep breached ones as history.
  c.deadlines = c.deadlines.filter((d) => !(d.kind === 'INACTIVITY' && d.status === 'CANCELLED'));
  c.deadlines.push({ ...newDeadline(ctx.newId(), 'INACTIVITY', start, dueAt, ctx.policy), createdAt: ctx.now });
}

function stateChanged(c: Case, from: CaseState, ctx: CaseContext): Envelope {
  note(c, ctx, 'STATE_CHANGED', { state: c.state });
  return emit(ctx, CasesCaseStateChanged, {
    ...ref(c),
    from,
    to: c.state,
    suspensionReason: c.state === 'SUSPENDED' && c.suspension ? c.suspension.reason : null,
    resumeOn: c.state === 'SUSPENDED' && c.suspension ? c.suspension.resumeOn : null,
    changedAt: iso(ctx.now),
  });
}

export function scheduleDeadline(current: Case, input: { kind: 'HEARING' | 'DEFENCE_COUNSEL'; at: Date; court?: string }, ctx: CaseContext): Change & { deadlineId: string } {
  const c = structuredClone(current);
  transition(c.state, 'SCHEDULE_DEADLINE');
  if (input.at.getTime() <= ctx.now.getTime()) {
    const hint = input.kind === 'HEARING' ? '; a hearing already held is recorded as a HEARING_ATTENDED activity' : '';
    throw new DomainError('VALIDATION_FAILED', `the ${input.kind === 'HEARING' ? 'hearing' : 'deadline'} must be in the future${hint}`, [{ path: 'at', message: 'is not in the future' }]);
  }
  if (input.kind === 'DEFENCE_COUNSEL' && input.court) {
    throw new DomainError('VALIDATION_FAILED', 'a court belongs to a hearing', [{ path: 'court', message: 'only for HEARING' }]);
  }
  // The same deadline scheduled twice (a retried request) is one deadline.
  const same = c.deadlines.find(
    (d) => d.kind === input.kind && isPending(d) && (input.kind === 'HEARING' ? d.eventAt?.getTime() : d.dueAt.getTime()) === input.at.getTime(),
  );
  if (same) return { next: current, events: [], deadlineId: same.id };
  const d =
    input.kind === 'HEARING'
      ? hearingDeadline(ctx.newId(), ctx.now, input.at, input.court ?? null, ctx.policy)
      : newDeadline(ctx.newId(), 'DEFENCE_COUNSEL', ctx.now, input.at, ctx.policy);
  c.deadlines.push(d);
  note(c, ctx, 'DEADLINE_SCHEDULED', { refId: d.id, deadlineKind: d.kind });
  return { next: settle(c), events: [], deadlineId: d.id };
}

/**
 * The request/reply operation's "move to IN_PROGRESS or SUSPENDED": moving an
 * open case to IN_PROGRESS starts it, a suspended one resumes.
 */
export function changeState(current: Case, input: { to: 'IN_PROGRESS' | 'SUSPENDED'; reason?: SuspensionReason; resumeOn?: string }, ctx: CaseContext): Change {
  if (input.to === 'SUSPENDED') {
    if (!input.reason || !input.resumeOn) {
      throw new DomainError('VALIDATION_FAILED', 'suspending needs a reason and a resume date', [{ path: 'reason', message: 'required' }]);
    }
    return suspendCase(current, { reason: input.reason, resumeOn: input.resumeOn }, ctx);
  }
  return current.state === 'SUSPENDED' ? resumeCase(current, ctx) : startCase(current, ctx);
}

export function startCase(current: Case, ctx: CaseContext): Change {
  const c = structuredClone(current);
  const from = c.state;
  c.state = transition(from, 'START');
  return { next: settle(c), events: [stateChanged(c, from, ctx)] };
}

export function suspendCase(current: Case, input: { reason: SuspensionReason; resumeOn: string }, ctx: CaseContext): Change {
  const c = structuredClone(current);
  const from = c.state;
  c.state = transition(from, 'SUSPEND');
  if (input.resumeOn <= vnDate(ctx.now)) {
    throw new DomainError('VALIDATION_FAILED', 'the resume date must be after today', [{ path: 'resumeOn', message: 'is not after today' }]);
  }
  c.suspension = { reason: input.reason, resumeOn: input.resumeOn, since: ctx.now };
  const events = [stateChanged(c, from, ctx)];
  // No inactivity breach while suspended: the clock restarts on the resume date.
  rearmInactivity(c, ctx, c.lastActivityAt ?? c.openedAt);
  return { next: settle(c), events };
}

export function resumeCase(current: Case, ctx: CaseContext): Change {
  const c = structuredClone(current);
  const from = c.state;
  c.state = transition(from, 'RESUME');
  c.suspension = null;
  const events = [stateChanged(c, from, ctx)];
  rearmInactivity(c, ctx, ctx.now);
  return { next: settle(c), events };
}

export function closeCase(
  current: Case,
  input: { outcome: Exclude<CaseOutcome, 'WITHDRAWN' | 'TRANSFERRED'>; summary: string; totalHours: number; policyFeedbackTag?: PolicyFeedbackTag | null },
  ctx: CaseContext,
): Change {
  const c = structuredClone(current);
  const from = c.state;
  c.state = transition(from, input.outcome === 'TERMINATED' ? 'TERMINATE' : 'CLOSE');
  if (input.totalHours + 1e-9 < c.activityHours) {
    throw new DomainError('VALIDATION_FAILED', `total hours (${input.totalHours}) are fewer than the hours recorded in activities (${c.activityHours})`, [
      { path: 'totalHours', message: `must be at least ${c.activityHours}` },
    ]);
  }
  return end(c, from, ctx, {
    outcome: input.outcome,
    summary: input.summary,
    totalHours: input.totalHours,
    policyFeedbackTag: input.policyFeedbackTag ?? null,
  });
}

export function transferCase(current: Case, input: { reason: TransferReason }, ctx: CaseContext): Change {
  const c = structuredClone(current);
  const from = c.state;
  c.state = transition(from, 'TRANSFER');
  c.transferReason = input.reason;
  const change = end(c, from, ctx, { outcome: 'TRANSFERRED', summary: null, totalHours: c.activityHours, policyFeedbackTag: null });
  change.events.splice(
    1,
    0,
    emit(ctx, CasesCaseTransferred, {
      ...ref(c),
      referralId: c.referralId,
      reason: input.reason,
      fieldOfLaw: c.fieldOfLaw,
      aidForm: c.aidForm,
      transferredAt: iso(ctx.now),
    }),
  );
  note(change.next, ctx, 'TRANSFERRED', { state: 'TRANSFERRED' });
  return change;
}

/** Intake recorded the applicant's withdrawal: the case ends as withdrawn. */
export function withdrawCase(current: Case, ctx: CaseContext): Change {
  const c = structuredClone(current);
  const from = c.state;
  c.state = transition(from, 'WITHDRAW');
  return end(c, from, ctx, { outcome: 'WITHDRAWN', summary: null, totalHours: c.activityHours, policyFeedbackTag: null });
}

/** Every way a case ends: pending deadlines are cancelled, then state-changed and closed are published. */
function end(c: Case, from: CaseState, ctx: CaseContext, closure: Omit<NonNullable<Case['closure']>, 'closedAt' | 'closedBy'>): Change {
  for (const d of c.deadlines) {
    if (d.status === 'PENDING') {
      d.status = 'CANCELLED';
      d.cancelledAt = ctx.now;
    }
  }
  c.closure = { ...closure, closedAt: ctx.now, closedBy: ctx.actor.id };
  c.outcome = closure.outcome;
  c.closedAt = ctx.now;
  c.suspension = null;
  const events = [stateChanged(c, from, ctx)];
  const firstContact = c.firstContactAt;
  events.push(
    emit(ctx, CasesCaseClosed, {
      ...ref(c),
      state: c.state,
      outcome: closure.outcome,
      fieldOfLaw: c.fieldOfLaw,
      aidForm: c.aidForm,
      urgent: c.urgent,
      totalHours: closure.totalHours,
      activityCount: c.activities.length,
      openedAt: iso(c.openedAt),
      closedAt: iso(ctx.now),
      firstContactAt: firstContact ? iso(firstContact) : null,
      hoursToFirstContact: firstContact ? Math.max(0, Math.round(((firstContact.getTime() - c.openedAt.getTime()) / 3_600_000) * 100) / 100) : null,
      workingDaysToFirstContact: firstContact ? ctx.calendar.workingDaysBetween(c.openedAt, firstContact) : null,
      breachedDeadlines: c.deadlines.filter((d) => d.status === 'BREACHED').length,
      policyFeedbackTag: closure.policyFeedbackTag,
    }),
  );
  note(c, ctx, 'CLOSED', { state: c.state });
  return { next: settle(c), events };
}

/**
 * The id of a deadline's reminder or breach event, derived from the deadline
 * (a UUID of version 8, "custom"). Two replicas that fire the same timer
 * publish the same event id, which JetStream's de-duplication and every
 * consumer's idempotency guard count once. This is what keeps "fires once"
 * true where the database cannot make the version check atomic across
 * connections (FerretDB v1, see infra/src/mongo/connection.ts).
 */
export function timerEventId(deadlineId: string, fired: 'REMINDER' | 'BREACH'): string {
  return stableEventId(`${deadlineId}:${fired}`);
}

/** A UUID-shaped event id derived from a key: the same key always gives the same id (JetStream drops the second publish). */
export function stableEventId(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Fires the case's due reminders and breaches at `ctx.now`. The caller saves
 * the result under the version it read, so of two replicas only one write
 * matches and each timer fires once.
 */
export function fireDueTimers(current: Case, ctx: CaseContext): Change & { fired: number } {
  const c = structuredClone(current);
  if (isTerminal(c.state)) return { next: settle(c), events: [], fired: 0 };
  const firings = fireDue(c.deadlines, ctx.now);
  const events: Envelope[] = [];
  for (const { deadline: d, fired } of firings) {
    const facts = { ...ref(c), deadlineId: d.id, kind: d.kind, dueAt: iso(d.dueAt), fieldOfLaw: c.fieldOfLaw, aidForm: c.aidForm };
    if (fired === 'REMINDER') {
      events.push(emit(ctx, CasesDeadlineReminder, { ...facts, remindedAt: iso(ctx.now) }, timerEventId(d.id, fired)));
      note(c, ctx, 'DEADLINE_REMINDER', { refId: d.id, deadlineKind: d.kind });
    } else {
      events.push(emit(ctx, CasesDeadlineBreached, { ...facts, breachedAt: iso(ctx.now) }, timerEventId(d.id, fired)));
      note(c, ctx, 'DEADLINE_BREACHED', { refId: d.id, deadlineKind: d.kind });
    }
  }
  return { next: settle(c), events, fired: firings.length };
}

/** The first and last Viet Nam calendar years a span touches. */
function touchesYear(from: Date, to: Date, year: number): boolean {
  return Number(vnDate(from).slice(0, 4)) <= year && year <= Number(vnDate(to).slice(0, 4));
}

/**
 * A year's official calendar decision was loaded or corrected (`ctx.calendar`
 * already counts by it): every pending first-contact limit whose span touches
 * that year is counted again from the case's opening, stored, flagged
 * provisional only while it still crosses a year without a decision, and
 * announced with `cases.case.deadline-recomputed`. Only first contact counts
 * working days here: hearings, defence-counsel limits and inactivity are
 * given instants or calendar days.
 */
export function recomputeWorkingDayDeadlines(current: Case, ctx: CaseContext, loaded: { year: number; version: number }): Change {
  if (isTerminal(current.state)) return { next: current, events: [] };
  const c = structuredClone(current);
  const events: Envelope[] = [];
  for (const d of c.deadlines) {
    if (d.kind !== 'FIRST_CONTACT' || !isPending(d) || !touchesYear(c.openedAt, d.dueAt, loaded.year)) continue;
    const dueAt = firstContactDueAt(c.openedAt, c, ctx.policy, ctx.calendar);
    const provisional = ctx.calendar.provisionalBetween(c.openedAt, dueAt);
    if (dueAt.getTime() === d.dueAt.getTime() && provisional === (d.provisional ?? false)) continue;
    const previousDueAt = d.dueAt;
    d.dueAt = dueAt;
    d.remindAt = remindAtFor(d.createdAt, dueAt, ctx.policy);
    if (provisional) d.provisional = true;
    else delete d.provisional;
    const key = `${d.id}:recomputed:${loaded.year}:${loaded.version}:${iso(dueAt)}:${provisional}`;
    events.push(
      emit(
        ctx,
        CasesDeadlineRecomputed,
        {
          ...ref(c),
          deadlineId: d.id,
          kind: d.kind,
          dueAt: iso(dueAt),
          fieldOfLaw: c.fieldOfLaw,
          aidForm: c.aidForm,
          previousDueAt: iso(previousDueAt),
          provisional,
          calendarYear: loaded.year,
          calendarVersion: loaded.version,
          recomputedAt: iso(ctx.now),
        },
        stableEventId(key),
      ),
    );
    note(c, ctx, 'DEADLINE_RECOMPUTED', { refId: d.id, deadlineKind: d.kind });
  }
  return events.length ? { next: settle(c), events } : { next: current, events: [] };
}
