import { z } from 'zod';
import { parseSigningKey } from './domain/checkpoint.js';

/** Oversight's own configuration (besides the base variables). */
export const OversightConfig = {
  /**
   * Ed25519 key that signs ledger checkpoints: PKCS#8 PEM (newlines may be
   * written `\n`) or base64 of the 32-byte seed. Required in production; in
   * development and tests a key is made up at start and its public key is
   * still recorded, so earlier checkpoints stay verifiable.
   */
  OVERSIGHT_SIGNING_KEY: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      try {
        parseSigningKey(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  /** A checkpoint is signed every N ledger entries. */
  OVERSIGHT_CHECKPOINT_EVERY: z.coerce.number().int().min(10).max(1_000_000).default(1000),
  /** How often the recommendation-deadline timer looks for overdue recommendations. */
  OVERSIGHT_TIMER_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(5000),
  /** Cells with fewer distinct people are suppressed (never below 5). */
  OVERSIGHT_MIN_CELL_PEOPLE: z.coerce.number().int().min(5).max(1000).default(5),
};

export interface OversightSettings {
  NODE_ENV: 'development' | 'production' | 'test';
  OVERSIGHT_SIGNING_KEY?: string;
  OVERSIGHT_CHECKPOINT_EVERY: number;
  OVERSIGHT_TIMER_POLL_MS: number;
  OVERSIGHT_MIN_CELL_PEOPLE: number;
}
