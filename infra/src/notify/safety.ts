import type { ContactSafety, NotificationChannel, SuppressionReason, TimeWindow } from '@legalaid/contracts';

/**
 * Which channels a message may use, and from when: pure rules, the clock
 * passed in. Safety comes first for applicants — many are victims of
 * domestic violence or trafficking whose phone or mailbox an abuser may
 * read:
 * - a channel the person marked unsafe is never used;
 * - "do not leave messages" sends nothing written at all (the centre is
 *   asked to call back at a safe time instead);
 * - for a victim of violence or trafficking, a personal channel is used only
 *   when safe contact was recorded and marks it safe (no record: nothing is
 *   sent but the centre's call-back task);
 * - quiet hours and the person's safe times defer a message, never drop it.
 * Professionals' messages honour quiet hours too, except urgent ones (a
 * custody offer lapses in hours).
 */

/** Viet Nam has kept UTC+7 without daylight saving since 1975. */
const VN_OFFSET_MIN = 7 * 60;
const DAY_MIN = 24 * 60;

export interface Reachable {
  email: string | null;
  phone: string | null;
  zaloPhone: string | null;
  /** Whether the console inbox exists for this recipient (professionals only). */
  inbox: boolean;
}

export interface SafetyInput {
  /** Channels the message would use, in order of preference. */
  wanted: readonly NotificationChannel[];
  reachable: Reachable;
  /** Applicants only; null: none recorded. */
  safety: ContactSafety | null;
  /** Victim of domestic violence or trafficking (eligibility group or urgency reason). */
  highRisk: boolean;
  urgent: boolean;
  quietHours: TimeWindow | null;
  now: Date;
}

export interface ChannelDecision {
  channel: NotificationChannel;
  /** Send at once when equal to `now`; later when quiet hours or safe times say so. */
  notBefore: Date;
}

export interface SafetyDecision {
  send: ChannelDecision[];
  suppressed: { channel: NotificationChannel; reason: SuppressionReason }[];
  /** Nothing written may reach the person: the centre should call back at a safe time. */
  callBack: boolean;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes since midnight in Viet Nam for an instant. */
export function vnMinuteOfDay(at: Date): number {
  return Math.floor((at.getTime() / 60_000 + VN_OFFSET_MIN) % DAY_MIN + DAY_MIN) % DAY_MIN;
}

export function inWindow(minute: number, w: TimeWindow): boolean {
  const from = minutes(w.from);
  const to = minutes(w.to);
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** The first instant at or after `now` whose Viet Nam time lies in one of the windows (any time when there are none). */
export function nextTimeIn(now: Date, windows: readonly TimeWindow[]): Date {
  if (windows.length === 0) return now;
  const minute = vnMinuteOfDay(now);
  if (windows.some((w) => inWindow(minute, w))) return now;
  const waits = windows.map((w) => (minutes(w.from) - minute + DAY_MIN) % DAY_MIN);
  const wait = Math.min(...waits);
  const startOfMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return new Date(startOfMinute + wait * 60_000);
}

/** The first instant at or after `now` outside quiet hours. */
export function afterQuietHours(now: Date, quiet: TimeWindow | null): Date {
  if (!quiet || !inWindow(vnMinuteOfDay(now), quiet)) return now;
  return nextTimeIn(now, [{ from: quiet.to, to: quiet.from }]);
}

/** The first instant at or after `now` that is in a safe time and outside quiet hours. */
function firstAllowed(now: Date, safeTimes: readonly TimeWindow[], quiet: TimeWindow | null): Date {
  let at = now;
  for (let i = 0; i < 4; i++) {
    const next = afterQuietHours(nextTimeIn(at, safeTimes), quiet);
    if (next.getTime() === at.getTime()) return at;
    at = next;
  }
  return at; // windows inside quiet hours only: the last candidate, still never dropped
}

const SAFE_FLAG: Record<Exclude<NotificationChannel, 'INBOX'>, keyof ContactSafety> = { EMAIL: 'safeToEmail', SMS: 'safeToSms', ZALO: 'safeToZalo' };

function hasAddress(channel: NotificationChannel, r: Reachable): boolean {
  if (channel === 'EMAIL') return r.email !== null;
  if (channel === 'SMS') return r.phone !== null;
  if (channel === 'ZALO') return r.zaloPhone !== null;
  return r.inbox;
}

export function decideChannels(input: SafetyInput): SafetyDecision {
  const { safety, highRisk, now } = input;
  const send: ChannelDecision[] = [];
  const suppressed: SafetyDecision['suppressed'] = [];
  const noMessages = safety !== null && !safety.leaveMessages;
  for (const channel of input.wanted) {
    if (channel !== 'INBOX') {
      if (noMessages) {
        suppressed.push({ channel, reason: 'NO_MESSAGES' });
        continue;
      }
      if (safety && safety[SAFE_FLAG[channel]] !== true) {
        suppressed.push({ channel, reason: 'UNSAFE_CHANNEL' });
        continue;
      }
      if (!safety && highRisk) {
        suppressed.push({ channel, reason: 'HIGH_RISK_UNCONFIRMED' });
        continue;
      }
    }
    if (!hasAddress(channel, input.reachable)) {
      suppressed.push({ channel, reason: 'NO_CONTACT' });
      continue;
    }
    const notBefore = channel === 'INBOX' || input.urgent ? now : firstAllowed(now, safety?.safeTimes ?? [], input.quietHours);
    send.push({ channel, notBefore });
  }
  const callBack = send.length === 0 && suppressed.some((s) => s.reason === 'NO_MESSAGES' || s.reason === 'HIGH_RISK_UNCONFIRMED' || s.reason === 'UNSAFE_CHANNEL');
  return { send, suppressed, callBack };
}

/** Quiet hours from configuration: `HH:MM-HH:MM` (Viet Nam time), or `off`. */
export function parseQuietHours(value: string): TimeWindow | null {
  if (value === 'off') return null;
  const [from, to] = value.split('-');
  return { from, to };
}
