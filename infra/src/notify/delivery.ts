import { createHash } from 'node:crypto';
import type { NotificationChannel, NotificationKind, RecipientType, SuppressionReason } from '@legalaid/contracts';

/**
 * One message to one recipient on one channel, as data: its state, attempts
 * and next attempt time (a timer the dispatcher's poller fires). It holds
 * no address and no text — only what names the recipient pseudonymously and
 * the ids the service composes the message from when it sends — so a
 * delivery document carries no personal data.
 */
export type DeliveryStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SUPPRESSED';

export interface Recipient {
  type: RecipientType;
  /** Pseudonymous: applicantRef, provider id, organisation id, or `supervisors`. */
  ref: string;
}

export interface Delivery {
  _id: string;
  version: number;
  causeEventId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipient: Recipient;
  /** Ids and codes the message is composed from (never personal data). */
  params: Record<string, string>;
  requestId: string | null;
  centreId: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** When the next attempt may start (PENDING), or when a claimed attempt's lease ends (SENDING). */
  nextAt: Date | null;
  lastError: string | null;
  suppressedReason: SuppressionReason | null;
  createdAt: Date;
  sentAt: Date | null;
  appliedEventIds?: string[];
}

/**
 * The delivery's id derives from the causing event, the recipient, the
 * channel and the kind: a redelivered event, or a second replica handling
 * it, finds the delivery already there and sends nothing more.
 */
export function deliveryIdFor(causeEventId: string, recipient: Recipient, channel: NotificationChannel, kind: NotificationKind): string {
  return `nd_${createHash('sha256').update(`${causeEventId}|${recipient.type}:${recipient.ref}|${channel}|${kind}`).digest('hex').slice(0, 32)}`;
}

export function dueAtOf(d: Delivery): Date | null {
  return d.status === 'PENDING' || d.status === 'SENDING' ? d.nextAt : null;
}

/** Claims the next attempt: another replica's claim of the same version loses the version race. */
export function claim(d: Delivery, now: Date, leaseMs: number): Delivery | null {
  if (d.status !== 'PENDING' && d.status !== 'SENDING') return null;
  if (d.nextAt && d.nextAt > now) return null;
  return { ...d, status: 'SENDING', attempts: d.attempts + 1, nextAt: new Date(now.getTime() + leaseMs) };
}

export function succeeded(d: Delivery, now: Date): Delivery {
  return { ...d, status: 'SENT', nextAt: null, sentAt: now, lastError: null };
}

/**
 * A failed attempt: retried after the backoff for its number (retries as
 * data, surviving restarts), or failed for good — dead-lettered — when the
 * error is permanent or the backoff list is used up.
 */
export function failedAttempt(d: Delivery, now: Date, error: string, permanent: boolean, backoffMs: readonly number[]): Delivery {
  const wait = backoffMs[d.attempts - 1];
  if (permanent || wait === undefined) return { ...d, status: 'FAILED', nextAt: null, lastError: error };
  return { ...d, status: 'PENDING', nextAt: new Date(now.getTime() + wait), lastError: error };
}

export function obsolete(d: Delivery): Delivery {
  return { ...d, status: 'SUPPRESSED', nextAt: null, suppressedReason: 'OBSOLETE' };
}
