import { z } from 'zod';
import { NotifyConfig } from '@legalaid/infra';

const base64Key = /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=$/;
const int = (min: number, max: number, def: number) => z.coerce.number().int().min(min).max(max).default(def);

/** Intake's own configuration (besides the base variables); documented in services/intake/README.md. */
export const IntakeConfig = {
  /** Data keys for personal data at rest: `keyId:base64(32 bytes)`, comma-separated; old keys stay to read old records. */
  INTAKE_DATA_KEYS: z
    .string()
    .refine((s) => s.split(',').every((p) => base64Key.test(p)), 'must be keyId:base64-of-32-bytes, comma-separated'),
  /** The key id new records are sealed with. */
  INTAKE_ACTIVE_KEY_ID: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be a key id present in INTAKE_DATA_KEYS'),
  /** Key for blind indexes and pseudonymous references: base64 of at least 32 bytes. */
  INTAKE_INDEX_KEY: z
    .string()
    .refine((s) => Buffer.from(s, 'base64').length >= 32, 'must be base64 of at least 32 random bytes'),
  /** Hours a procedural body's request for defence counsel leaves (Criminal Procedure Code 2015, art. 76). */
  INTAKE_DEFENCE_COUNSEL_HOURS: int(1, 720, 24),
  /** A hearing this many working days away or fewer makes a request urgent. */
  INTAKE_HEARING_URGENT_WORKING_DAYS: int(0, 60, 5),
  /** Working days the applicant has to supply requested documents. */
  INTAKE_DOCUMENTS_DUE_WORKING_DAYS: int(1, 60, 5),
  /** Days personal data is kept after a request ends (rejected, withdrawn, case closed); then it may be erased. */
  INTAKE_RETENTION_DAYS: int(0, 36500, 1825),
  /** Days a feedback invitation's token stays valid. */
  INTAKE_FEEDBACK_TTL_DAYS: int(1, 365, 30),
  /** Messages to applicants, guardians and referring officers: SMTP, SMS gateway, Zalo ZNS, console links, quiet hours. */
  ...NotifyConfig,
  /** Administrative units file (legalaid.admin-units/v1); default: the bundled Hồ Chí Minh City list. */
  INTAKE_UNITS_FILE: z.string().optional(),
  /** Eligibility rule sets file (legalaid.eligibility-rules/v1); default: the bundled rule sets. */
  INTAKE_RULES_FILE: z.string().optional(),
};

export interface IntakeSettings {
  INTAKE_DATA_KEYS: string;
  INTAKE_ACTIVE_KEY_ID: string;
  INTAKE_INDEX_KEY: string;
  INTAKE_DEFENCE_COUNSEL_HOURS: number;
  INTAKE_HEARING_URGENT_WORKING_DAYS: number;
  INTAKE_DOCUMENTS_DUE_WORKING_DAYS: number;
  INTAKE_RETENTION_DAYS: number;
  INTAKE_FEEDBACK_TTL_DAYS: number;
  INTAKE_UNITS_FILE?: string;
  INTAKE_RULES_FILE?: string;
  LEGALAID_DATA_DIR: string;
}
