import { vnDate, type ActivityKind, type DeadlineKind, type WorkingCalendar } from '@legalaid/contracts';

/** How long each deadline runs; from configuration (see config.ts). */
export interface DeadlinePolicy {
  /** Working days from assignment to first contact, ordinary cases. */
  firstContactWorkingDays: number;
  /** Shorter limit for urgent matters (violence, trafficking, hearing soon). */
  urgentFirstContactWorkingDays: number;
  /** Shortest limit when the person is held in custody or detention. */
  custodyFirstContactWorkingDays: number;
  /** Reminder this many hours before a deadline (at most half the time the deadline gives). */
  reminderLeadHours: number;
  /** Days without any activity on a live case before an inactivity breach. */
  inactivityDays: number;
  /** Hours after a hearing by which its attendance must be recorded. */
  hearingReportHours: number;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  firstContactWorkingDays: 5,
  urgentFirstContactWorkingDays: 2,
  custodyFirstContactWorkingDays: 1,
  reminderLeadHours: 24,
  inactivityDays: 30,
  hearingReportHours: 48,
};

export type DeadlineStatus = 'PENDING' | 'SATISFIED' | 'BREACHED' | 'CANCELLED';

/**
 * A deadline kept as data (DESIGN.md §6): the case document holds its
 * instants and the poller fires it with a version-guarded update.
 */
export interface Deadline {
  id: string;
  kind: DeadlineKind;
  status: DeadlineStatus;
  createdAt: Date;
  dueAt: Date;
  remindAt: Date;
  remindedAt: Date | null;
  breachedAt: Date | null;
  /** When it was met; set on a breached deadline met late, which then stops counting as overdue. */
  satisfiedAt: Date | null;
  cancelledAt: Date | null;
  /** The hearing's own date and time (HEARING only). */
  eventAt: Date | null;
  court: string | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The first-contact limit: the end of the n-th working day after assignment
 * (Viet Nam calendar, weekends, Tết and make-up days from the shared data).
 * Custody comes first, then urgency.
 */
export function firstContactDueAt(openedAt: Date, facts: { urgent: boolean; custody: boolean }, policy: DeadlinePolicy, calendar: WorkingCalendar): Date {
  const days = facts.custody
    ? policy.custodyFirstContactWorkingDays
    : facts.urgent
      ? policy.urgentFirstContactWorkingDays
      : policy.firstContactWorkingDays;
  return calendar.addWorkingDays(openedAt, days);
}

/** Reminder time: `reminderLeadHours` before, but never earlier than half-way (short deadlines get a useful reminder). */
export function remindAtFor(from: Date, target: Date, policy: DeadlinePolicy): Date {
  const span = Math.max(0, target.getTime() - from.getTime());
  return new Date(target.getTime() - Math.min(policy.reminderLeadHours * HOUR, span / 2));
}

export function newDeadline(
  id: string,
  kind: DeadlineKind,
  now: Date,
  dueAt: Date,
  policy: DeadlinePolicy,
  extra: { eventAt?: Date; court?: string | null; remindBefore?: Date } = {},
): Deadline {
  return {
    id,
    kind,
    status: 'PENDING',
    createdAt: now,
    dueAt,
    remindAt: remindAtFor(now, extra.remindBefore ?? dueAt, policy),
    remindedAt: null,
    breachedAt: null,
    satisfiedAt: null,
    cancelledAt: null,
    eventAt: extra.eventAt ?? null,
    court: extra.court ?? null,
  };
}

/** A hearing deadline: reminder before the hearing, breach if attendance is not recorded soon after. */
export function hearingDeadline(id: string, now: Date, hearingAt: Date, court: string | null, policy: DeadlinePolicy): Deadline {
  return newDeadline(id, 'HEARING', now, new Date(hearingAt.getTime() + policy.hearingReportHours * HOUR), policy, {
    eventAt: hearingAt,
    court,
    remindBefore: hearingAt,
  });
}

export function inactivityDueAt(from: Date, policy: DeadlinePolicy): Date {
  return new Date(from.getTime() + policy.inactivityDays * DAY);
}

/** Whether an activity meets a deadline. */
export function meets(deadline: Deadline, activity: { kind: ActivityKind; hearingDate: string | null }): boolean {
  switch (deadline.kind) {
    case 'FIRST_CONTACT':
      return activity.kind === 'FIRST_CONTACT' || activity.kind === 'CONSULTATION';
    case 'HEARING':
      return activity.kind === 'HEARING_ATTENDED' && deadline.eventAt !== null && activity.hearingDate === vnDate(deadline.eventAt);
    case 'DEFENCE_COUNSEL':
      // Registering as defence counsel is a filing with, or a meeting at, the procedural body.
      return activity.kind === 'FILING' || activity.kind === 'PROCEDURAL_BODY_MEETING';
    case 'INACTIVITY':
      return true;
  }
}

/** A deadline still waits to be met or fired. */
export function isPending(d: Deadline): boolean {
  return d.status === 'PENDING';
}

/** Passed unmet and still unmet. */
export function isOverdue(d: Deadline): boolean {
  return d.status === 'BREACHED' && d.satisfiedAt === null;
}

/** The pending deadline that falls due first, or null: what a case's list row shows and is ordered by. */
export function nextPendingDeadline<D extends Pick<Deadline, 'status' | 'dueAt'>>(deadlines: readonly D[]): D | null {
  let next: D | null = null;
  for (const d of deadlines) {
    if (d.status === 'PENDING' && (next === null || new Date(d.dueAt).getTime() < new Date(next.dueAt).getTime())) next = d;
  }
  return next;
}

/** The next instant the poller must look at this set of deadlines, or null. */
export function nextTimerAt(deadlines: readonly Deadline[]): Date | null {
  let next: number | null = null;
  for (const d of deadlines) {
    if (!isPending(d)) continue;
    const t = d.remindedAt ? d.dueAt.getTime() : Math.min(d.remindAt.getTime(), d.dueAt.getTime());
    if (next === null || t < next) next = t;
  }
  return next === null ? null : new Date(next);
}

export type TimerFiring = { deadline: Deadline; fired: 'REMINDER' | 'BREACH' };

/**
 * Fires what is due at `now`, in place: a deadline past due is breached (its
 * reminder, if not yet sent, is skipped: a reminder after the fact helps no
 * one); one past its reminder time gets its reminder. Each fires once,
 * because the status and `remindedAt` are part of the saved state.
 */
export function fireDue(deadlines: Deadline[], now: Date): TimerFiring[] {
  const fired: TimerFiring[] = [];
  for (const d of deadlines) {
    if (!isPending(d)) continue;
    if (now.getTime() >= d.dueAt.getTime()) {
      d.status = 'BREACHED';
      d.breachedAt = now;
      fired.push({ deadline: d, fired: 'BREACH' });
    } else if (!d.remindedAt && now.getTime() >= d.remindAt.getTime()) {
      d.remindedAt = now;
      fired.push({ deadline: d, fired: 'REMINDER' });
    }
  }
  return fired;
}
