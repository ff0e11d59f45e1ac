import { z } from 'zod';
import type { DeadlinePolicy } from './domain/deadlines.js';

const days = (d: number) => z.coerce.number().int().min(0).max(60).default(d);

/** Case-tracking's own configuration (besides the base variables); see README.md. */
export const CaseTrackingConfig = {
  /** Working days from assignment to first contact: ordinary, urgent, custody. */
  CASES_FIRST_CONTACT_WORKING_DAYS: days(5),
  CASES_FIRST_CONTACT_URGENT_WORKING_DAYS: days(2),
  CASES_FIRST_CONTACT_CUSTODY_WORKING_DAYS: days(1),
  /** Reminder lead before a deadline, in hours (at most half the time the deadline gives). */
  CASES_REMINDER_LEAD_HOURS: z.coerce.number().min(0).max(720).default(24),
  /** Days without activity on a live case before an inactivity breach. */
  CASES_INACTIVITY_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Hours after a hearing by which its attendance must be recorded. */
  CASES_HEARING_REPORT_HOURS: z.coerce.number().min(0).max(720).default(48),
  /** How often the deadline poller looks for due timers. */
  CASES_TIMER_POLL_MS: z.coerce.number().int().min(50).max(600000).default(5000),
  /** Share of the year's closed PROCEEDINGS and OUT_OF_COURT cases drawn for appraisal (Circular 12/2018/TT-BTP). */
  CASES_APPRAISAL_SHARE: z.coerce.number().gt(0).max(1).default(0.1),
};

export type CaseTrackingSettings = z.infer<z.ZodObject<typeof CaseTrackingConfig>>;

/** The deadline policy in force; refuses a configuration where urgent cases would wait longer than ordinary ones. */
export function deadlinePolicyFrom(s: CaseTrackingSettings): DeadlinePolicy {
  if (!(s.CASES_FIRST_CONTACT_CUSTODY_WORKING_DAYS <= s.CASES_FIRST_CONTACT_URGENT_WORKING_DAYS && s.CASES_FIRST_CONTACT_URGENT_WORKING_DAYS <= s.CASES_FIRST_CONTACT_WORKING_DAYS)) {
    throw new Error(
      'CASES_FIRST_CONTACT_CUSTODY_WORKING_DAYS <= CASES_FIRST_CONTACT_URGENT_WORKING_DAYS <= CASES_FIRST_CONTACT_WORKING_DAYS must hold: urgent and custody cases get shorter limits',
    );
  }
  return {
    firstContactWorkingDays: s.CASES_FIRST_CONTACT_WORKING_DAYS,
    urgentFirstContactWorkingDays: s.CASES_FIRST_CONTACT_URGENT_WORKING_DAYS,
    custodyFirstContactWorkingDays: s.CASES_FIRST_CONTACT_CUSTODY_WORKING_DAYS,
    reminderLeadHours: s.CASES_REMINDER_LEAD_HOURS,
    inactivityDays: s.CASES_INACTIVITY_DAYS,
    hearingReportHours: s.CASES_HEARING_REPORT_HOURS,
  };
}

/** Injection tokens of this service. */
export const SETTINGS = Symbol('CASE_TRACKING_SETTINGS');
export const DEADLINE_POLICY = Symbol('DEADLINE_POLICY');
