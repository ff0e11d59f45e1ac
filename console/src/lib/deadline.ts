/** The one deadline model behind every badge (documents, offers, urgency, case deadlines, recommendations). */
export type DeadlineState = 'open' | 'soon' | 'overdue' | 'satisfied';

export interface DeadlineInput {
  dueAt: string;
  /** When the service starts reminding (a case deadline's remindAt); else "soon" is within two days. */
  remindAt?: string | null;
  satisfiedAt?: string | null;
  /** Working days left as the server counted them on the official calendar, where the law counts working days. */
  workingDaysLeft?: number | null;
}

export interface DeadlineView {
  state: DeadlineState;
  /** Whole minutes to the due time (negative once passed). */
  minutesLeft: number;
  /** Whole calendar days overdue (0 when not overdue). */
  daysOverdue: number;
  workingDaysLeft: number | null;
}

const MINUTE = 60_000;
const SOON_MS = 2 * 24 * 60 * MINUTE;

export function deadlineView(input: DeadlineInput, now: Date): DeadlineView {
  const due = Date.parse(input.dueAt);
  const minutesLeft = Math.floor((due - now.getTime()) / MINUTE);
  const workingDaysLeft = input.workingDaysLeft ?? null;
  if (input.satisfiedAt) return { state: 'satisfied', minutesLeft, daysOverdue: 0, workingDaysLeft };
  if (due <= now.getTime()) {
    return { state: 'overdue', minutesLeft, daysOverdue: Math.floor((now.getTime() - due) / (24 * 60 * MINUTE)), workingDaysLeft };
  }
  const remind = input.remindAt ? Date.parse(input.remindAt) : undefined;
  const soon = remind !== undefined ? now.getTime() >= remind : workingDaysLeft !== null ? workingDaysLeft <= 2 : due - now.getTime() <= SOON_MS;
  return { state: soon ? 'soon' : 'open', minutesLeft, daysOverdue: 0, workingDaysLeft };
}

/** "2 giờ 05 phút" style parts for a countdown: days, hours, minutes left (never negative). */
export function countdownParts(minutesLeft: number): { days: number; hours: number; minutes: number } {
  const m = Math.max(0, minutesLeft);
  return { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60), minutes: m % 60 };
}
