import { createHash } from 'node:crypto';

/**
 * One-time feedback invitations (DESIGN.md §6 Personal data): the token goes
 * to the citizen only; events and logs carry its SHA-256 and expiry.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The invitation's id derives from the closing event, so a redelivery finds it already there. */
export function invitationIdFor(closingEventId: string): string {
  return `fi_${closingEventId}`;
}

export function invitationExpiry(now: Date, ttlDays: number): Date {
  return new Date(now.getTime() + ttlDays * 86_400_000);
}
