import { nfc } from './text';

/**
 * Safe contact (liên lạc an toàn) as the new-request form holds it, and the
 * input intake's contract takes (contracts/src/notifications.ts:
 * ContactSafetySchema): which channels are safe, whether messages may be
 * left, daily windows in Viet Nam time (HH:MM, at most 4), a short note.
 */
export interface ContactSafetyForm {
  /** Whether staff asked; when not, nothing is sent and the network's defaults apply. */
  asked: boolean;
  safeToCall: boolean;
  safeToSms: boolean;
  safeToEmail: boolean;
  safeToZalo: boolean;
  leaveMessages: boolean;
  times: { from: string; to: string }[];
  note: string;
}

export const emptyContactSafety = (): ContactSafetyForm => ({
  asked: false,
  safeToCall: true,
  safeToSms: true,
  safeToEmail: true,
  safeToZalo: false,
  leaveMessages: true,
  times: [
    { from: '', to: '' },
    { from: '', to: '' },
  ],
  note: '',
});

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const blank = (w: { from: string; to: string }) => !w.from.trim() && !w.to.trim();

/** True when a window is half filled, not HH:MM, or empty (from = to). */
export function safeTimesError(times: { from: string; to: string }[]): boolean {
  return times.some((w) => !blank(w) && (!HH_MM.test(w.from.trim()) || !HH_MM.test(w.to.trim()) || w.from.trim() === w.to.trim()));
}

export function contactSafetyInput(c: ContactSafetyForm) {
  if (!c.asked) return undefined;
  const note = nfc(c.note.trim());
  return {
    safeToCall: c.safeToCall,
    safeToSms: c.safeToSms,
    safeToEmail: c.safeToEmail,
    safeToZalo: c.safeToZalo,
    leaveMessages: c.leaveMessages,
    safeTimes: c.times.filter((w) => !blank(w)).map((w) => ({ from: w.from.trim(), to: w.to.trim() })),
    ...(note ? { note } : {}),
  };
}

export interface ContactSafetyView {
  safeToCall: boolean;
  safeToSms: boolean;
  safeToEmail: boolean;
  safeToZalo: boolean;
  leaveMessages: boolean;
  safeTimes: readonly { from: string; to: string }[];
  note?: string | null;
}

export const SAFE_CHANNELS = ['safeToCall', 'safeToSms', 'safeToEmail', 'safeToZalo'] as const;
