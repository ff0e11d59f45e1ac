import type { Channel, EligibilityGroup, Urgency, UrgencyReason, WorkingCalendar } from '@legalaid/contracts';

export interface UrgencyPolicy {
  calendar: WorkingCalendar;
  /** A procedural body's request for defence counsel must be met within this many hours (default 24). */
  defenceCounselHours: number;
  /** A hearing this many working days away or fewer makes the matter urgent. */
  hearingWorkingDays: number;
}

export interface UrgencyFacts {
  channel: Channel;
  reasons: readonly UrgencyReason[];
  deadlineAt: Date | null;
  hearingAt: Date | null;
  custodySince: string | null;
  defenceCounselRequested: boolean;
  group: EligibilityGroup | null;
}

const PROCEDURAL_CHANNELS: readonly Channel[] = ['REFERRAL_POLICE', 'REFERRAL_PROCURACY', 'REFERRAL_COURT'];

export function isProceduralChannel(channel: Channel): boolean {
  return PROCEDURAL_CHANNELS.includes(channel);
}

/** A procedural body's deadline for defence counsel: only a police, procuracy or court referral sets one. */
export function defenceCounselDueAt(channel: Channel, requested: boolean, receivedAt: Date, hours: number): Date | null {
  return requested && isProceduralChannel(channel) ? new Date(receivedAt.getTime() + hours * 3600_000) : null;
}

/** A future hearing at most `hearingWorkingDays` working days away (Viet Nam calendar). */
function hearingIsNear(hearingAt: Date, now: Date, policy: Pick<UrgencyPolicy, 'calendar' | 'hearingWorkingDays'>): boolean {
  return hearingAt.getTime() > now.getTime() && policy.calendar.workingDaysBetween(now, hearingAt) <= policy.hearingWorkingDays;
}

/**
 * A hearing far away at receipt may be near by the time staff accept the request: assessed
 * again then, it adds HEARING_SOON and becomes the deadline unless an earlier one is known.
 */
export function withNearHearing(u: Urgency, hearingAt: Date | null, now: Date, policy: Pick<UrgencyPolicy, 'calendar' | 'hearingWorkingDays'>): Urgency {
  if (!hearingAt || u.reasons.includes('HEARING_SOON') || !hearingIsNear(hearingAt, now, policy)) return u;
  const deadline = u.deadlineAt && Date.parse(u.deadlineAt) < hearingAt.getTime() ? u.deadlineAt : hearingAt.toISOString();
  return { urgent: true, reasons: [...u.reasons, 'HEARING_SOON' as const].sort(), deadlineAt: deadline };
}

/**
 * Urgency travels in the events so matching can shorten offer windows:
 * custody or detention, a hearing within N working days, violence or
 * trafficking, and a procedural body's own deadline for defence counsel.
 * The deadline is the earliest of the ones known.
 */
export function assessUrgency(f: UrgencyFacts, now: Date, policy: UrgencyPolicy): Urgency {
  const reasons = new Set<UrgencyReason>(f.reasons);
  const deadlines: Date[] = [];
  if (f.deadlineAt) deadlines.push(f.deadlineAt);
  if (f.custodySince) reasons.add('CUSTODY');
  // Only a near hearing shortens offer windows and first contact: one months away is
  // known to case-tracking through the request's facts (hearingAt), not through urgency.
  if (f.hearingAt && hearingIsNear(f.hearingAt, now, policy)) {
    reasons.add('HEARING_SOON');
    deadlines.push(f.hearingAt);
  }
  const defenceCounsel = defenceCounselDueAt(f.channel, f.defenceCounselRequested, now, policy.defenceCounselHours);
  if (defenceCounsel) {
    reasons.add('DEFENCE_COUNSEL_DEADLINE');
    deadlines.push(defenceCounsel);
  }
  if (f.group === 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE') reasons.add('VIOLENCE');
  if (f.group === 'TRAFFICKING_VICTIM' || f.group === 'FIN_DIFFICULTY_TRAFFICKING') reasons.add('TRAFFICKING');
  const deadline = deadlines.length ? new Date(Math.min(...deadlines.map((d) => d.getTime()))) : null;
  const ordered = [...reasons].sort();
  return { urgent: ordered.length > 0 || deadline !== null, reasons: ordered, deadlineAt: deadline ? deadline.toISOString() : null };
}
