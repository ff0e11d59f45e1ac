import { z } from 'zod';

const base64Key = /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=$/;

/** Intake's own configuration (besides the base variables). */
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
};

export interface IntakeSettings {
  INTAKE_DATA_KEYS: string;
  INTAKE_ACTIVE_KEY_ID: string;
  INTAKE_INDEX_KEY: string;
}
