import { z } from 'zod';
import { NotifyConfig } from '@legalaid/infra';

/** Matching's configuration variables, beyond the base ones every service reads (see README). */
export const MatchingConfigShape = {
  /** Offer window for custody matters or a defence-counsel request, in seconds (default 2 h). */
  MATCHING_OFFER_CUSTODY_SECONDS: z.coerce.number().int().min(1).max(7 * 86400).default(7200),
  /** Offer window for other urgent matters, in seconds (default 8 h). */
  MATCHING_OFFER_URGENT_SECONDS: z.coerce.number().int().min(1).max(14 * 86400).default(28800),
  /** Offer window for other matters, in working days (default 2). */
  MATCHING_OFFER_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
  /** Working days a queue has to place an escalated referral before it moves up (default 2). */
  MATCHING_ESCALATION_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
  /** The same for urgent matters, in seconds (default 4 h). */
  MATCHING_ESCALATION_URGENT_SECONDS: z.coerce.number().int().min(1).max(14 * 86400).default(14400),
  /** Offers per ranking round before the referral escalates (default 3). */
  MATCHING_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(3),
  /**
   * How often the referral timers (offer expiry, escalation reminders and deadlines) look for what is due (default 5 s: offers last hours or days).
   * Each look is a query FerretDB answers with a full scan of the referrals (measured in bench/README.md).
   */
  MATCHING_TIMER_POLL_MS: z.coerce.number().int().min(20).max(600000).default(5000),
  /**
   * How often each replica's provider index catches up with the database besides the notices of
   * other replicas and after a NATS reconnection (default 5 min): a safety net, and on FerretDB a
   * read of every provider.
   */
  MATCHING_INDEX_REFRESH_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
  /** Ranked candidates kept with their reasons per round (default 20). */
  MATCHING_RANKING_KEEP: z.coerce.number().int().min(1).max(200).default(20),
  /** Messages to providers, organisations and supervisors: SMTP, SMS gateway, Zalo ZNS, console links, quiet hours. */
  ...NotifyConfig,
  /** How long before an offer lapses its provider is reminded (minutes; 0: no reminder). */
  MATCHING_OFFER_REMINDER_MINUTES: z.coerce.number().int().min(0).max(7 * 1440).default(30),
  /** Where supervisors (Fatherland Front) receive complaint alerts by e-mail; their console inbox always does. */
  MATCHING_SUPERVISORS_EMAIL: z.string().max(200).email().optional(),
};

const Schema = z.object(MatchingConfigShape);
export type MatchingConfig = z.infer<typeof Schema> & { LEGALAID_DATA_DIR: string };
