import { z } from 'zod';
import { defineEvent } from './envelope.js';
import { defineRpc } from './rpc.js';
import { IsoDateTimeSchema, text } from './text.js';

/**
 * Notifications: messages to people (lawyers, organisations, centres,
 * supervisors, applicants and referring bodies) by e-mail, SMS, Zalo (ZNS)
 * and the console's inbox. Intake alone composes messages to applicants and
 * referring officers (it alone holds their contacts); matching composes
 * messages to providers, organisations and supervisors (it holds their
 * professional contacts). Events say that a delivery happened, failed or was
 * withheld for safety — never an address, a phone number or the text.
 */

export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS', 'ZALO', 'INBOX'] as const;
export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;

/** What a message is about: one template each (services' `notification-templates.json`). */
export const NOTIFICATION_KINDS = [
  'OFFER_MADE',
  'OFFER_EXPIRING',
  'OFFER_EXPIRED',
  'DEADLINE_REMINDER',
  'DEADLINE_BREACHED',
  'REFERRAL_ESCALATED',
  'RECOMMENDATION_ISSUED',
  'RECOMMENDATION_OVERDUE',
  'COMPLAINT_FILED',
  'REQUEST_ACCEPTED',
  'DOCUMENTS_REQUESTED',
  'REQUEST_REJECTED',
  'PERFORMER_APPOINTED',
  'FEEDBACK_INVITATION',
  'CALL_BACK_APPLICANT',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** Who receives it, by role; `recipientRef` is pseudonymous (applicantRef, provider or organisation id). */
export const RecipientTypeSchema = z.enum(['APPLICANT', 'GUARDIAN', 'REFERRING_OFFICER', 'PROVIDER', 'ORGANISATION', 'CENTRE', 'SUPERVISORS']);
export type RecipientType = z.infer<typeof RecipientTypeSchema>;

/** Why a message was not sent on a channel (safety and reachability, never the contact itself). */
export const SuppressionReasonSchema = z.enum(['UNSAFE_CHANNEL', 'NO_MESSAGES', 'HIGH_RISK_UNCONFIRMED', 'NO_CONTACT', 'NO_CONSENT', 'OBSOLETE']);
export type SuppressionReason = z.infer<typeof SuppressionReasonSchema>;

const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (Viet Nam time)');

/** A daily window in Viet Nam time (Asia/Ho_Chi_Minh); `to` before `from` runs past midnight. */
export const TimeWindowSchema = z.object({ from: HourMinute, to: HourMinute }).strict().refine((w) => w.from !== w.to, 'a window must not be empty');
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

/**
 * Safe contact (liên lạc an toàn): how an applicant — often a victim of
 * violence or trafficking whose phone an abuser may read — may be reached.
 * Personal data: sealed with the rest of the applicant in intake.
 * `leaveMessages: false` means no written or recorded message at all: staff
 * call back at a safe time instead.
 */
export const ContactSafetySchema = z
  .object({
    safeToCall: z.boolean(),
    safeToSms: z.boolean(),
    safeToEmail: z.boolean().default(true),
    safeToZalo: z.boolean().default(false),
    /** Voicemail and any other message left for the person to find. */
    leaveMessages: z.boolean(),
    /** When contact is safe (Viet Nam time); empty: any time outside quiet hours. */
    safeTimes: z.array(TimeWindowSchema).max(4).default([]),
    note: text(300).optional(),
  })
  .strict();
export type ContactSafety = z.infer<typeof ContactSafetySchema>;

const DeliveryData = {
  deliveryId: z.string().regex(/^nd_[0-9a-f]{32}$/),
  /** The event the message is about. */
  causeEventId: z.string().uuid(),
  kind: NotificationKindSchema,
  channel: NotificationChannelSchema,
  recipientType: RecipientTypeSchema,
  recipientRef: z.string().min(1).max(128),
  requestId: z.string().uuid().nullable(),
  /** The centre the matter belongs to, when there is one (its staff follow up withheld messages). */
  centreId: z.string().min(1).max(128).nullable(),
  attempts: z.number().int().min(0).max(1000),
  at: IsoDateTimeSchema,
};

function deliveryEvents<C extends 'intake' | 'matching'>(context: C) {
  return {
    sent: defineEvent({
      context,
      aggregate: 'notification',
      event: 'sent',
      version: 1,
      description: `A message (${context}) reached its channel: which kind, channel and recipient role, never the address or text.`,
      data: z.object(DeliveryData).strict(),
    }),
    failed: defineEvent({
      context,
      aggregate: 'notification',
      event: 'failed',
      version: 1,
      description: `A message (${context}) could not be delivered after its retries (dead-lettered); the error says why, without content.`,
      data: z.object({ ...DeliveryData, error: z.string().max(300) }).strict(),
    }),
    suppressed: defineEvent({
      context,
      aggregate: 'notification',
      event: 'suppressed',
      version: 1,
      description: `A message (${context}) was deliberately not sent on a channel (safe contact, no contact, no longer relevant).`,
      data: z.object({ ...DeliveryData, reason: SuppressionReasonSchema }).strict(),
    }),
    retried: defineEvent({
      context,
      aggregate: 'notification',
      event: 'retried',
      version: 1,
      description: `A dead-lettered message (${context}) was put back in the queue by centre staff or an administrator (the envelope's actor); attempts are those it had failed with.`,
      data: z.object(DeliveryData).strict(),
    }),
  };
}

const intakeDelivery = deliveryEvents('intake');
const matchingDelivery = deliveryEvents('matching');
/** Published by intake for each message to an applicant, guardian or referring officer. */
export const IntakeNotificationSent = intakeDelivery.sent;
/** Published by intake when a message is dead-lettered after its retries. */
export const IntakeNotificationFailed = intakeDelivery.failed;
/** Published by intake when safe contact (or a missing contact) withholds a message on a channel. */
export const IntakeNotificationSuppressed = intakeDelivery.suppressed;
/** Published by intake when staff put a dead-lettered message back in the queue. */
export const IntakeNotificationRetried = intakeDelivery.retried;
/** Published by matching for each message to a provider, organisation, centre or the supervisors. */
export const MatchingNotificationSent = matchingDelivery.sent;
/** Published by matching when a message is dead-lettered after its retries. */
export const MatchingNotificationFailed = matchingDelivery.failed;
/** Published by matching when a message is not sent on a channel (no contact, no longer relevant). */
export const MatchingNotificationSuppressed = matchingDelivery.suppressed;
/** Published by matching when staff put a dead-lettered message back in the queue. */
export const MatchingNotificationRetried = matchingDelivery.retried;

export const INTAKE_NOTIFICATION_EVENTS = [IntakeNotificationSent, IntakeNotificationFailed, IntakeNotificationSuppressed, IntakeNotificationRetried] as const;
export const MATCHING_NOTIFICATION_EVENTS = [MatchingNotificationSent, MatchingNotificationFailed, MatchingNotificationSuppressed, MatchingNotificationRetried] as const;

// ---------------------------------------------------------------------------
// Failed deliveries: listed and retried by the centre's staff (their centre's) and administrators

/** The services that send messages (each keeps its own deliveries). */
export const NOTIFICATION_SENDERS = ['intake', 'matching'] as const;
export type NotificationSender = (typeof NOTIFICATION_SENDERS)[number];

export const DeliveryIdSchema = z.string().regex(/^nd_[0-9a-f]{32}$/, 'a delivery id is nd_ and 32 hex digits');

/** A dead-lettered delivery as staff see it: what and to whom by role, never the address or text. */
export const FailedDeliverySchema = z
  .object({
    deliveryId: DeliveryIdSchema,
    sender: z.enum(NOTIFICATION_SENDERS),
    kind: NotificationKindSchema,
    channel: NotificationChannelSchema,
    recipientType: RecipientTypeSchema,
    requestId: z.string().uuid().nullable(),
    centreId: z.string().min(1).max(128).nullable(),
    attempts: z.number().int().min(0).max(1000),
    /** Why the last attempt failed (the provider's status or a transport error, no content). */
    lastError: z.string().max(300).nullable(),
    createdAt: IsoDateTimeSchema,
  })
  .strict();
export type FailedDelivery = z.infer<typeof FailedDeliverySchema>;

export const DeliveryStatusSchema = z.enum(['PENDING', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED']);

function deliveryRpcs<C extends NotificationSender>(context: C) {
  return {
    failedDeliveries: defineRpc({
      context,
      name: 'failedDeliveries',
    kind: 'query',
      description: `Dead-lettered messages (${context}), newest first: a centre's staff see their centre's, administrators every one (or one centre's).`,
      input: z.object({ centreId: z.string().min(1).max(128).optional(), first: z.number().int().min(1).max(100).default(50) }).strict(),
      output: z.object({ items: z.array(FailedDeliverySchema) }).strict(),
    }),
    retryDelivery: defineRpc({
      context,
      name: 'retryDelivery',
    kind: 'command',
      description: `Puts a dead-lettered message (${context}) back in the queue and attempts it at once; on a delivery that is not FAILED (already retried, sent) it changes nothing and says so.`,
      input: z.object({ deliveryId: DeliveryIdSchema }).strict(),
      output: z.object({ deliveryId: DeliveryIdSchema, retried: z.boolean(), status: DeliveryStatusSchema, attempts: z.number().int().min(0) }).strict(),
    }),
  };
}

export const DELIVERY_RPCS = { intake: deliveryRpcs('intake'), matching: deliveryRpcs('matching') } as const;

// ---------------------------------------------------------------------------
// The console's inbox (kept by matching for the people it holds contacts of)

/** Professional contacts of a provider or an organisation (not personal data of applicants). */
export const ProfessionalContactSchema = z
  .object({
    email: z.string().max(200).email().optional(),
    phone: z.string().regex(/^\+?\d{8,15}$/, 'phone must be 8 to 15 digits').optional(),
    /** Phone registered with Zalo, for ZNS messages. */
    zaloPhone: z.string().regex(/^\+?\d{8,15}$/, 'phone must be 8 to 15 digits').optional(),
    /** Language of messages: ISO 639-3, `vie` by default. */
    language: z.string().regex(/^[a-z]{3}$/).default('vie'),
  })
  .strict();
export type ProfessionalContact = z.infer<typeof ProfessionalContactSchema>;

export const InboxNotificationSchema = z
  .object({
    id: z.string(),
    kind: NotificationKindSchema,
    subject: z.string(),
    body: z.string(),
    requestId: z.string().nullable(),
    createdAt: IsoDateTimeSchema,
    readAt: IsoDateTimeSchema.nullable(),
  })
  .strict();
export type InboxNotification = z.infer<typeof InboxNotificationSchema>;

export const NotificationRpc = {
  myNotifications: defineRpc({
    context: 'matching',
    name: 'myNotifications',
    kind: 'query',
    description: "The signed-in user's inbox (their provider id, organisation, or the supervisors'), newest first.",
    input: z.object({ unreadOnly: z.boolean().default(false), first: z.number().int().min(1).max(100).default(20) }).strict(),
    output: z.object({ items: z.array(InboxNotificationSchema), unread: z.number().int().min(0) }).strict(),
  }),
  markNotificationRead: defineRpc({
    context: 'matching',
    name: 'markNotificationRead',
    kind: 'command',
    description: 'Marks one inbox notification of the signed-in user read (again: no change).',
    input: z.object({ id: z.string().regex(/^nd_[0-9a-f]{32}$/) }).strict(),
    output: InboxNotificationSchema,
  }),
  getNotification: defineRpc({
    context: 'matching',
    name: 'getNotification',
    kind: 'query',
    description: 'One inbox notification of the signed-in user (for live updates).',
    input: z.object({ id: z.string().regex(/^nd_[0-9a-f]{32}$/) }).strict(),
    output: InboxNotificationSchema,
  }),
};
